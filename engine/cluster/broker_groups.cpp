// The broker's side of consumer groups: the coordinator for the groups whose
// __consumer_offsets partition this broker leads, its log in that partition, and the
// loading and unloading that follow leadership.

#include "cluster/broker_internal.h"
#include "cluster/cluster_event_sink.h"
#include "cluster/topic_name.h"
#include "common/logging.h"
#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"
#include "storage/transaction_tracker.h"

namespace es {

namespace {

// Writes group records to the broker's own __consumer_offsets replica, as a produce with
// acks=all, so offsets and group metadata survive the coordinator's failure.
class BrokerGroupStore final : public GroupStore {
public:
    explicit BrokerGroupStore(Broker &broker) : m_broker(broker) {}

    void append(std::int32_t offsetsPartition, std::vector<GroupLogRecord> records,
                std::optional<TransactionalProducer> producer, std::function<void(ErrorCode)> done) override
    {
        RecordBatchBuilder builder(batchOptions(producer));
        const std::int64_t now =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                .count();
        for (const auto &r : records) {
            std::optional<ByteView> value;
            if (r.value)
                value = ByteView(*r.value);
            builder.append(ByteView(r.key), value, {}, now);
        }
        auto batch = builder.build();
        if (!batch) {
            done(ErrorCode::UnknownServerError);
            return;
        }
        ProduceRequest req;
        req.acks = -1;
        req.timeoutMs = 5000;
        req.clientId = "group-coordinator";
        req.origin = AppendOrigin::Coordinator;
        req.partitions.push_back({TopicPartition{std::string(kConsumerOffsetsTopic), offsetsPartition}, *batch});
        m_broker.handleProduce(std::move(req), [done = std::move(done)](ProduceResponse resp) {
            done(resp.partitions.empty() ? ErrorCode::UnknownServerError : resp.partitions[0].error);
        });
    }

private:
    // A TxnOffsetCommit's batch belongs to the producer's transaction: transactional, with its
    // id and epoch (the partition's producer state refuses a fenced epoch). It carries no
    // sequence: the producer did not number it, and a coordinator's batch without one is
    // neither checked nor recorded for de-duplication (Kafka numbers it 0 and skips the check
    // for coordinator appends instead).
    static RecordBatchOptions batchOptions(const std::optional<TransactionalProducer> &producer)
    {
        RecordBatchOptions options;
        if (producer) {
            options.transactional = true;
            options.producerId = producer->producerId;
            options.producerEpoch = producer->producerEpoch;
            options.baseSequence = batch::kNoSequence;
        }
        return options;
    }

    Broker &m_broker;
};

// The entries one batch of __consumer_offsets holds, for the group coordinator's load: its
// records, tagged with their producer when the batch is transactional, or its marker. False
// when the batch is damaged.
bool appendLogEntries(ByteView wholeBatch, const BatchHeader &header, Bytes &scratch,
                      std::vector<GroupLogEntry> &entries)
{
    if (header.isControl()) {
        Result<std::optional<std::int16_t>> type = readControlType(wholeBatch);
        if (!type)
            return false;
        if (*type == batch::kControlTypeCommit || *type == batch::kControlTypeAbort)
            entries.push_back(GroupLogEntry::marker(header.producerId, *type == batch::kControlTypeCommit));
        return true;
    }
    auto view = RecordBatchView::parse(wholeBatch, CrcCheck::Skip);
    if (!view)
        return false;
    const Status walked = view->forEachRecord(scratch, [&](const RecordView &rec) {
        if (!rec.key)
            return;
        GroupLogRecord g;
        g.key.assign(rec.key->begin(), rec.key->end());
        if (rec.value)
            g.value = Bytes(rec.value->begin(), rec.value->end());
        entries.push_back(header.isTransactional() ? GroupLogEntry::transactional(header.producerId, std::move(g))
                                                   : GroupLogEntry::plain(std::move(g)));
    });
    return walked.isOk();
}

EventKind eventKindFor(const GroupEvent &e)
{
    return e.kind == GroupEventKind::StateChanged && e.newState == GroupState::Stable ? EventKind::GroupRebalanced
           : e.kind == GroupEventKind::OffsetsReset                                   ? EventKind::GroupOffsetsReset
                                                                                       : EventKind::GroupStateChanged;
}

} // namespace

void Broker::startGroups()
{
    GroupCoordinatorConfig cfg;
    cfg.offsetsTopicPartitions = m_config.offsetsTopicPartitions;
    cfg.groupMinSessionTimeoutMs = static_cast<std::int32_t>(m_config.groupMinSessionTimeoutMs);
    cfg.groupMaxSessionTimeoutMs = static_cast<std::int32_t>(m_config.groupMaxSessionTimeoutMs);
    cfg.groupInitialRebalanceDelayMs = static_cast<std::int32_t>(m_config.groupInitialRebalanceDelayMs);
    m_groupStore = std::make_unique<BrokerGroupStore>(*this);
    m_groups = std::make_unique<GroupCoordinator>(cfg, *m_groupStore, m_clock);
    m_groups->setEventHook(
        [this](const GroupEvent &e) { m_events.record(eventKindFor(e), "group:" + e.groupId, e.sentence); });
    m_groupTimer = std::make_unique<asio::steady_timer>(m_loop.context());
    scheduleGroupTick();
}

void Broker::scheduleGroupTick()
{
    m_groupTimer->expires_after(std::chrono::milliseconds(100));
    m_groupTimer->async_wait([this](const std::error_code &ec) {
        if (ec || m_stopped || !m_groups)
            return;
        m_groups->tick(m_clock.nowMs());
        auto snap = m_groups->snapshot();
        {
            std::lock_guard lock(m_groupSnapshotMutex);
            m_groupSnapshot = std::move(snap);
        }
        scheduleGroupTick();
    });
}

void Broker::commitOffsets(OffsetCommitRequest request, GroupCoordinator::CommitCallback done)
{
    OffsetCommitResult unknown;
    std::erase_if(request.partitions, [&](const OffsetCommitPartition &p) {
        const TopicPartition tp{p.topic, p.partition};
        if (m_image && m_image->partition(tp))
            return false;
        unknown.push_back({tp, ErrorCode::UnknownTopicOrPartition});
        return true;
    });
    if (unknown.empty()) {
        m_groups->commitOffsets(std::move(request), std::move(done));
        return;
    }
    if (request.partitions.empty()) {
        done(std::move(unknown));
        return;
    }
    m_groups->commitOffsets(std::move(request),
                            [unknown = std::move(unknown), done = std::move(done)](OffsetCommitResult result) mutable {
                                result.insert(result.end(), unknown.begin(), unknown.end());
                                done(std::move(result));
                            });
}

void Broker::resetGroupOffsets(const std::string &groupId, std::map<TopicPartition, std::int64_t> offsets,
                               GroupCoordinator::ResetOffsetsCallback done)
{
    std::string unknown;
    std::erase_if(offsets, [&](const auto &entry) {
        if (m_image && m_image->partition(entry.first))
            return false;
        unknown += (unknown.empty() ? "" : ", ") + entry.first.toString();
        return true;
    });
    if (unknown.empty()) {
        m_groups->resetOffsets(groupId, offsets, std::move(done));
        return;
    }
    ResetOffsetsResult refused{ErrorCode::UnknownTopicOrPartition,
                               "group " + groupId + ": " + unknown + ": " +
                                   std::string(errorMessage(ErrorCode::UnknownTopicOrPartition))};
    if (offsets.empty()) {
        done(std::move(refused));
        return;
    }
    m_groups->resetOffsets(
        groupId, offsets,
        [refused = std::move(refused), done = std::move(done)](ResetOffsetsResult r) mutable {
            done(r.error == ErrorCode::None ? std::move(refused) : std::move(r));
        });
}

std::vector<GroupSnapshot> Broker::groupSnapshots() const
{
    std::lock_guard lock(m_groupSnapshotMutex);
    return m_groupSnapshot;
}

void Broker::updateGroupOwnership()
{
    if (!m_groups)
        return;
    std::set<std::int32_t> led;
    for (const auto &[tp, r] : m_replicas)
        if (tp.topic == kConsumerOffsetsTopic && r->isLeader())
            led.insert(tp.partition);
    for (auto it = m_ownedOffsetsPartitions.begin(); it != m_ownedOffsetsPartitions.end();) {
        if (!led.count(*it)) {
            m_groups->unloadPartition(*it);
            it = m_ownedOffsetsPartitions.erase(it);
        } else {
            ++it;
        }
    }
    for (auto p : led)
        if (!m_ownedOffsetsPartitions.count(p)) {
            loadOffsetsPartition(p);
            m_ownedOffsetsPartitions.insert(p);
        }
}

void Broker::loadOffsetsPartition(std::int32_t partition)
{
    Replica *r = replica({std::string(kConsumerOffsetsTopic), partition});
    if (!r)
        return;
    std::vector<GroupLogEntry> entries;
    Offset at = r->log().logStartOffset();
    Bytes scratch;
    while (at < r->log().logEndOffset()) {
        auto data = r->log().read(at, 1 << 20);
        if (!data || data->empty()) {
            if (!data)
                logger("cluster")->error("broker {}: loading groups from {}-{}: {}", m_id, kConsumerOffsetsTopic,
                                         partition, data.status().toString());
            break;
        }
        BatchIterator it(*data, CrcCheck::Skip);
        while (it.next()) {
            at = Offset(it.header().nextOffset());
            if (!appendLogEntries(it.batch(), it.header(), scratch, entries))
                logger("cluster")->warn("broker {}: loading groups from {}-{}: skipping the damaged batch at {}",
                                        m_id, kConsumerOffsetsTopic, partition, it.header().baseOffset);
        }
    }
    m_groups->loadPartition(partition, entries);
    logger("cluster")->debug("broker {}: coordinating groups of {}-{} ({} records loaded)", m_id,
                             kConsumerOffsetsTopic, partition, entries.size());
}

} // namespace es
