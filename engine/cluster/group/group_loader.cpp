#include "cluster/group/group_loader.h"

#include "common/logging.h"

namespace es {

void GroupLoader::add(const GroupLogEntry &entry)
{
    ++m_recordsRead;
    switch (entry.kind) {
    case GroupLogEntry::Kind::Record: addRecord(entry.record, std::nullopt); return;
    case GroupLogEntry::Kind::TransactionalRecord: addRecord(entry.record, entry.producerId); return;
    case GroupLogEntry::Kind::CommitMarker: completeTransaction(entry.producerId, true); return;
    case GroupLogEntry::Kind::AbortMarker: completeTransaction(entry.producerId, false); return;
    }
}

void GroupLoader::addRecord(const GroupLogRecord &record, std::optional<std::int64_t> producerId)
{
    Result<GroupRecordKey> key = decodeGroupRecordKey(record.key);
    if (!key) {
        skip(key.status());
        return;
    }
    if (const auto *offsetKey = std::get_if<OffsetCommitKey>(&*key)) {
        addOffsetCommit(*offsetKey, record, producerId);
        return;
    }
    // Group metadata counts as written wherever its batch came from, as in Kafka's loader.
    const auto &groupKey = std::get<GroupMetadataKey>(*key);
    if (!record.value) {
        m_groups.erase(groupKey.group);
        return;
    }
    Result<GroupMetadataValue> value = decodeGroupMetadataValue(*record.value);
    if (!value) {
        skip(value.status());
        return;
    }
    m_groups[groupKey.group] = std::move(value).value();
}

void GroupLoader::addOffsetCommit(const OffsetCommitKey &key, const GroupLogRecord &record,
                                  std::optional<std::int64_t> producerId)
{
    const WriteOrder order = m_nextOrder++;
    TopicPartition tp{key.topic, key.partition};
    if (!record.value) {
        auto it = m_offsets.find(key.group);
        if (it == m_offsets.end())
            return;
        // A plain tombstone is what removing a partition's offsets writes (OffsetDelete,
        // topic deletion, DeleteGroups): it ends pending transactional offsets too, as the
        // removal did when it was written.
        if (producerId)
            it->second.dropTransactional(*producerId, tp);
        else
            it->second.remove(tp);
        if (it->second.empty())
            m_offsets.erase(it);
        return;
    }
    Result<OffsetCommitValue> value = decodeOffsetCommitValue(*record.value);
    if (!value) {
        skip(value.status());
        return;
    }
    CommittedOffset offset{value->offset, value->leaderEpoch, std::move(value->metadata), value->commitTimestampMs,
                           value->expireTimestampMs};
    GroupOffsets &offsets = m_offsets[key.group];
    if (!producerId) {
        offsets.commit(tp, std::move(offset), order);
        return;
    }
    offsets.stageTransactional(*producerId, tp, std::move(offset), order);
    offsets.endTransactionalWrite(*producerId, tp, order, true);
    m_transactionGroups[*producerId].insert(key.group);
}

void GroupLoader::completeTransaction(std::int64_t producerId, bool commit)
{
    auto producer = m_transactionGroups.find(producerId);
    if (producer == m_transactionGroups.end())
        return; // its offsets here were all removed (tombstones), or it wrote none here
    for (const std::string &group : producer->second) {
        auto it = m_offsets.find(group);
        if (it == m_offsets.end())
            continue;
        it->second.completeTransaction(producerId, commit);
        if (it->second.empty())
            m_offsets.erase(it);
    }
    m_transactionGroups.erase(producer);
}

std::map<std::string, GroupLoader::LoadedGroup> GroupLoader::take()
{
    std::map<std::string, LoadedGroup> out;
    for (auto &[id, metadata] : m_groups)
        out[id].metadata = std::move(metadata);
    for (auto &[id, offsets] : m_offsets)
        out[id].offsets = std::move(offsets);
    m_groups.clear();
    m_offsets.clear();
    m_transactionGroups.clear();
    return out;
}

void GroupLoader::skip(const Status &why)
{
    ++m_recordsSkipped;
    if (why.code() == StatusCode::Unsupported)
        logger("group")->debug("{}-{}: skipping a record: {}", kOffsetsTopic, m_offsetsPartition,
                               why.message());
    else
        logger("group")->warn("{}-{}: skipping a record: {}", kOffsetsTopic, m_offsetsPartition,
                              why.toString());
}

} // namespace es
