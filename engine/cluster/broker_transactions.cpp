// The broker's side of transactions: the transaction coordinator for the transactional ids
// whose __transaction_state partition this broker leads, its log in that partition, the
// markers it sends to the leaders of a transaction's partitions, the producer ids it hands
// out, and the loading and unloading that follow leadership.

#include "cluster/broker_internal.h"
#include "cluster/topic_name.h"
#include "cluster/txn/transaction_records.h"
#include "common/logging.h"
#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"

namespace es {

namespace {

// Producer ids come from the controller in blocks, as Kafka's AllocateProducerIds hands them.
constexpr std::int32_t kProducerIdBlock = 1000;
// How long the markers for one leader may take before they count as timed out and are
// retried (a cut link loses the request without an answer).
constexpr auto kMarkerRequestTimeout = std::chrono::milliseconds(10000);

std::int64_t wallClockMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Writes the coordinator's records to the broker's own __transaction_state replica, as a
// produce with acks=all, so that a transaction's state survives the coordinator's failure.
class BrokerTransactionStore final : public TransactionStore {
public:
    explicit BrokerTransactionStore(Broker &broker) : m_broker(broker) {}

    void append(std::int32_t statePartition, TransactionLogRecord record, std::function<void(ErrorCode)> done) override
    {
        const Bytes key = encodeTransactionLogKey(record.transactionalId);
        std::optional<Bytes> value;
        if (record.value)
            value = encodeTransactionLogValue(*record.value);
        RecordBatchBuilder builder;
        builder.append(ByteView(key), value ? std::optional<ByteView>(ByteView(*value)) : std::nullopt, {},
                       wallClockMs());
        auto batch = builder.build();
        if (!batch) {
            done(ErrorCode::UnknownServerError);
            return;
        }
        ProduceRequest req;
        req.acks = -1;
        req.timeoutMs = 5000;
        req.clientId = "transaction-coordinator";
        req.origin = AppendOrigin::Coordinator;
        req.partitions.push_back({TopicPartition{std::string(kTransactionStateTopic), statePartition}, *batch});
        m_broker.handleProduce(std::move(req), [done = std::move(done)](ProduceResponse resp) {
            done(resp.partitions.empty() ? ErrorCode::UnknownServerError : resp.partitions[0].error);
        });
    }

private:
    Broker &m_broker;
};

} // namespace

// Sends a transaction's markers to the leaders of its partitions, this broker included, and
// gathers their answers. A leader that does not answer in time (a cut link, a paused or
// crashed broker) leaves its partitions out of the answer, which the coordinator retries.
class Broker::MarkerChannel final : public TransactionMarkerChannel {
public:
    explicit MarkerChannel(Broker &broker) : m_broker(broker) {}

    void writeMarkers(TxnMarkerRequest request, Done done) override
    {
        struct Gather {
            TxnMarkerResult results;
            std::size_t waiting = 0;
            Done done;
            std::unique_ptr<asio::steady_timer> timer;
            void finish()
            {
                if (!done)
                    return;
                if (timer)
                    timer->cancel();
                auto d = std::move(done);
                done = nullptr;
                d(std::move(results));
            }
        };
        auto gather = std::make_shared<Gather>();
        gather->done = std::move(done);
        std::map<std::int32_t, std::vector<TopicPartition>> byLeader;
        const MetadataImagePtr &image = m_broker.m_image;
        for (const TopicPartition &tp : request.partitions) {
            const PartitionInfo *p = image ? image->partition(tp) : nullptr;
            if (!p)
                gather->results[tp] = ErrorCode::UnknownTopicOrPartition;
            else if (p->leader < 0 || !image->brokerAlive(p->leader))
                gather->results[tp] = ErrorCode::NotLeaderOrFollower;
            else
                byLeader[p->leader].push_back(tp);
        }
        gather->waiting = byLeader.size();
        if (gather->waiting == 0) {
            gather->finish();
            return;
        }
        gather->timer = std::make_unique<asio::steady_timer>(m_broker.m_loop.context());
        gather->timer->expires_after(kMarkerRequestTimeout);
        gather->timer->async_wait([gather](const std::error_code &ec) {
            if (!ec)
                gather->finish(); // the partitions not answered are retried
        });
        const std::int32_t self = m_broker.id();
        Network *net = &m_broker.m_network;
        for (auto &[leader, partitions] : byLeader) {
            TxnMarkerRequest forLeader = request;
            forLeader.partitions = std::move(partitions);
            const auto answer = [gather](TxnMarkerResult result) {
                for (auto &[tp, error] : result)
                    gather->results[tp] = error;
                if (--gather->waiting == 0)
                    gather->finish();
            };
            if (leader == self) {
                m_broker.handleWriteTxnMarkers(std::move(forLeader), answer);
                continue;
            }
            // The answer travels back over the network too; `gather` lives on this loop only.
            net->sendTo<Broker>(self, leader, [net, self, forLeader = std::move(forLeader), answer](Broker &l) mutable {
                l.handleWriteTxnMarkers(std::move(forLeader), [net, self, from = l.id(), answer](TxnMarkerResult r) {
                    net->sendTo<Broker>(from, self, [answer, r = std::move(r)](Broker &) mutable { answer(std::move(r)); });
                });
            });
        }
    }

private:
    Broker &m_broker;
};

void Broker::startTransactions()
{
    TransactionCoordinatorConfig cfg;
    cfg.statePartitions = m_config.transactionStateLogPartitions;
    cfg.limits.maxTimeoutMs = static_cast<std::int32_t>(m_config.transactionMaxTimeoutMs);
    cfg.limits.idExpirationMs = m_config.transactionalIdExpirationMs;
    cfg.abortTimedOutIntervalMs = m_config.transactionAbortCheckMs;
    m_transactionStore = std::make_unique<BrokerTransactionStore>(*this);
    m_markerChannel = std::make_unique<MarkerChannel>(*this);
    m_transactions = std::make_unique<TransactionCoordinator>(
        cfg, *m_transactionStore, *m_markerChannel,
        [this] {
            // initTransactionalProducer() made sure one is left before the coordinator runs.
            return m_producerIds.next < m_producerIds.end ? m_producerIds.next++ : batch::kNoProducerId;
        },
        [this](const TopicPartition &tp) { return m_image && m_image->partition(tp) != nullptr; }, m_clock);
    m_transactionTimer = std::make_unique<asio::steady_timer>(m_loop.context());
    scheduleTransactionTick();
}

void Broker::scheduleTransactionTick()
{
    m_transactionTimer->expires_after(std::chrono::milliseconds(100));
    m_transactionTimer->async_wait([this](const std::error_code &ec) {
        if (ec || m_stopped || !m_transactions)
            return;
        m_transactions->tick(m_clock.nowMs());
        auto snap = m_transactions->snapshot();
        {
            std::lock_guard lock(m_transactionSnapshotMutex);
            m_transactionSnapshot = std::move(snap);
        }
        scheduleTransactionTick();
    });
}

std::vector<TransactionSnapshot> Broker::transactionSnapshots() const
{
    std::lock_guard lock(m_transactionSnapshotMutex);
    return m_transactionSnapshot;
}

void Broker::initTransactionalProducer(std::string transactionalId, std::int32_t timeoutMs,
                                       std::optional<ProducerIdAndEpoch> expected,
                                       TransactionCoordinator::InitProducerIdCallback done)
{
    if (!m_transactions) {
        done(ErrorCode::NotCoordinator, -1, -1);
        return;
    }
    // The coordinator takes at most one id per call, synchronously: one left is enough.
    if (m_producerIds.next < m_producerIds.end) {
        m_transactions->initProducerId(transactionalId, timeoutMs, expected, std::move(done));
        return;
    }
    m_producerIds.waiting.push_back([this, transactionalId = std::move(transactionalId), timeoutMs, expected,
                                     done = std::move(done)](bool haveIds) mutable {
        if (!haveIds || !m_transactions || m_producerIds.next >= m_producerIds.end) {
            done(ErrorCode::CoordinatorNotAvailable, -1, -1);
            return;
        }
        m_transactions->initProducerId(transactionalId, timeoutMs, expected, std::move(done));
    });
    if (m_producerIds.asking)
        return;
    m_producerIds.asking = true;
    const std::uint64_t ask = ++m_producerIds.askSequence;
    const auto answered = [this, ask](std::optional<std::int64_t> first) {
        if (ask != m_producerIds.askSequence || !m_producerIds.asking)
            return; // timed out already, or asked again since
        m_producerIds.asking = false;
        if (first) {
            m_producerIds.next = *first;
            m_producerIds.end = *first + kProducerIdBlock;
        }
        auto waiting = std::move(m_producerIds.waiting);
        m_producerIds.waiting.clear();
        for (auto &w : waiting)
            w(first.has_value());
    };
    m_controller.allocateProducerIds(m_id, kProducerIdBlock, [answered](std::int64_t first) { answered(first); });
    // The controller may be down or cut off: the producers are told, and ask again.
    auto timer = std::make_shared<asio::steady_timer>(m_loop.context(), std::chrono::milliseconds(3000));
    timer->async_wait([timer, answered](const std::error_code &ec) {
        if (!ec)
            answered(std::nullopt);
    });
}

void Broker::updateTransactionOwnership()
{
    if (!m_transactions)
        return;
    std::map<std::int32_t, std::int32_t> led; // partition -> leader epoch
    for (const auto &[tp, r] : m_replicas)
        if (tp.topic == kTransactionStateTopic && r->isLeader())
            led[tp.partition] = r->leaderEpoch();
    for (auto it = m_ownedStatePartitions.begin(); it != m_ownedStatePartitions.end();) {
        auto now = led.find(it->first);
        if (now == led.end() || now->second != it->second) {
            m_transactions->unloadPartition(it->first);
            it = m_ownedStatePartitions.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &[partition, epoch] : led)
        if (!m_ownedStatePartitions.contains(partition)) {
            loadTransactionStatePartition(partition, epoch);
            m_ownedStatePartitions[partition] = epoch;
        }
}

void Broker::loadTransactionStatePartition(std::int32_t partition, std::int32_t coordinatorEpoch)
{
    Replica *r = replica({std::string(kTransactionStateTopic), partition});
    if (!r)
        return;
    std::vector<TransactionLogEntry> records;
    Offset at = r->log().logStartOffset();
    Bytes scratch;
    while (at < r->log().logEndOffset()) {
        auto data = r->log().read(at, 1 << 20);
        if (!data || data->empty()) {
            if (!data)
                logger("cluster")->error("broker {}: loading transactions from {}-{}: {}", m_id,
                                         kTransactionStateTopic, partition, data.status().toString());
            break;
        }
        BatchIterator it(*data, CrcCheck::Skip);
        while (it.next()) {
            at = Offset(it.header().nextOffset());
            if (it.header().isControl())
                continue;
            auto view = RecordBatchView::parse(it.batch(), CrcCheck::Skip);
            if (!view)
                continue;
            (void)view->forEachRecord(scratch, [&](const RecordView &rec) {
                if (!rec.key)
                    return;
                TransactionLogEntry e;
                e.key.assign(rec.key->begin(), rec.key->end());
                if (rec.value)
                    e.value = Bytes(rec.value->begin(), rec.value->end());
                records.push_back(std::move(e));
            });
        }
    }
    m_transactions->loadPartition(partition, coordinatorEpoch, records);
    logger("cluster")->debug("broker {}: coordinating transactions of {}-{} at epoch {} ({} records loaded)", m_id,
                             kTransactionStateTopic, partition, coordinatorEpoch, records.size());
}

} // namespace es
