#include "cluster/group/group_loader.h"

#include "common/logging.h"

namespace es {

void GroupLoader::add(const GroupLogRecord &record)
{
    ++m_recordsRead;
    Result<GroupRecordKey> key = decodeGroupRecordKey(record.key);
    if (!key) {
        skip(key.status());
        return;
    }
    if (const auto *offsetKey = std::get_if<OffsetCommitKey>(&*key)) {
        TopicPartition tp{offsetKey->topic, offsetKey->partition};
        if (!record.value) {
            auto it = m_offsets.find(offsetKey->group);
            if (it != m_offsets.end()) {
                it->second.erase(tp);
                if (it->second.empty())
                    m_offsets.erase(it);
            }
            return;
        }
        Result<OffsetCommitValue> value = decodeOffsetCommitValue(*record.value);
        if (!value) {
            skip(value.status());
            return;
        }
        m_offsets[offsetKey->group][std::move(tp)] =
            CommittedOffset{value->offset, value->leaderEpoch, std::move(value->metadata),
                            value->commitTimestampMs, value->expireTimestampMs};
        return;
    }
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

std::map<std::string, GroupLoader::LoadedGroup> GroupLoader::take()
{
    std::map<std::string, LoadedGroup> out;
    for (auto &[id, metadata] : m_groups)
        out[id].metadata = std::move(metadata);
    for (auto &[id, offsets] : m_offsets)
        out[id].offsets = std::move(offsets);
    m_groups.clear();
    m_offsets.clear();
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
