#include "cluster/broker.h"

#include "cluster/broker_internal.h"
#include "cluster/cluster_event_sink.h"
#include "cluster/storage_events.h"
#include "common/logging.h"

#include <algorithm>
#include <future>
#include <optional>
#include <random>
#include <set>
#include <utility>

namespace es {

namespace {

std::uint64_t newIncarnation()
{
    std::random_device device;
    return (static_cast<std::uint64_t>(device()) << 32) | device();
}

} // namespace

Broker::Broker(std::int32_t id, const ClusterConfig &config, Network &network, ControllerChannel &controller,
               ClusterEventSink &events, const Clock &clock)
    : m_id(id),
      m_config(config),
      m_network(network),
      m_controller(controller),
      m_events(events),
      m_clock(clock),
      m_incarnation(newIncarnation()),
      m_loop("broker-" + std::to_string(id)),
      m_logMaintenance(id, events)
{}

Broker::~Broker()
{
    if (m_loop.running())
        crash(false);
}

std::filesystem::path Broker::dataDir() const
{
    return m_config.dataDir / ("broker-" + std::to_string(m_id));
}

Status Broker::start()
{
    std::error_code ec;
    std::filesystem::create_directories(dataDir(), ec);
    if (ec)
        return Status::ioError("cannot create " + dataDir().string() + ": " + ec.message());
    m_loop.start();
    m_logMaintenance.start();
    m_network.attach(m_id, this);
    m_loop.post([this] {
        m_heartbeatTimer = std::make_unique<asio::steady_timer>(m_loop.context());
        m_maintenanceTimer = std::make_unique<asio::steady_timer>(m_loop.context());
        startGroups();
        startTransactions();
        registerWithController();
        scheduleHeartbeat();
        // As Kafka, the first retention check comes log.initial.task.delay.ms after start,
        // not at once.
        m_nextRetentionMs = m_clock.nowMs() + m_config.logInitialTaskDelayMs;
        m_lastCompactionMs = m_clock.nowMs(); // the cleaner's first pass one backoff later
        scheduleMaintenance();
    });
    return Status::ok();
}

void Broker::registerWithController()
{
    if (m_registering || m_stopped || m_shuttingDown)
        return;
    m_registering = true;
    m_registrationSentMs = m_clock.nowMs();
    const std::uint64_t sequence = ++m_registrationSequence;
    m_controller.registerBroker(m_id, m_incarnation, m_config.bindAddress, m_config.basePort + m_id - 1,
                                [this, sequence](RegistrationReply r) {
                                    // Only the latest registration's epoch is current.
                                    if (sequence != m_registrationSequence)
                                        return;
                                    m_registering = false;
                                    if (r.error != ErrorCode::None || m_stopped)
                                        return;
                                    m_brokerEpoch = r.brokerEpoch;
                                    // Opens every replica this broker hosts; only then may
                                    // the controller unfence it.
                                    applyMetadata(r.image);
                                    sendHeartbeat();
                                });
}

void Broker::sendHeartbeat()
{
    if (m_stopped || m_shuttingDown)
        return; // a broker in controlled shutdown stays fenced: it must not register again
    if (m_brokerEpoch < 0) {
        registerWithController();
        return;
    }
    const std::int64_t epoch = m_brokerEpoch;
    m_controller.heartbeat(m_id, epoch, false, [this, epoch](HeartbeatReply r) {
        // An answer to an older registration's heartbeat says nothing about this one.
        if (r.error == ErrorCode::StaleBrokerEpoch && !m_shuttingDown && m_brokerEpoch == epoch) {
            m_brokerEpoch = -1;
            registerWithController();
        }
    });
}

void Broker::scheduleHeartbeat()
{
    m_heartbeatTimer->expires_after(std::chrono::milliseconds(m_config.brokerHeartbeatMs));
    m_heartbeatTimer->async_wait([this](const std::error_code &ec) {
        if (ec || m_stopped)
            return;
        sendHeartbeat();
        // A registration lost on a cut link is retried, once an answer is overdue: one
        // sent again while the first is still on its way would make a second epoch, and
        // the heartbeats of the first would be stale.
        if (m_registering && m_brokerEpoch < 0 &&
            m_clock.nowMs() - m_registrationSentMs > m_config.brokerSessionTimeoutMs)
            m_registering = false;
        scheduleHeartbeat();
    });
}

void Broker::scheduleMaintenance()
{
    m_maintenanceTimer->expires_after(std::chrono::milliseconds(250));
    m_maintenanceTimer->async_wait([this](const std::error_code &ec) {
        if (ec || m_stopped)
            return;
        runMaintenance();
        scheduleMaintenance();
    });
}

void Broker::runMaintenance()
{
    const std::int64_t now = m_clock.nowMs();
    proposeIsrChanges();
    const bool flushDue = now - m_lastFlushMs >= m_config.logFlushIntervalMs;
    const bool retentionDue = now >= m_nextRetentionMs;
    const bool compactionDue = now - m_lastCompactionMs >= m_config.logCleanerBackoffMs;
    const bool checkpointDue = now - m_lastCheckpointMs >= m_config.highWatermarkCheckpointMs;
    if (flushDue)
        m_lastFlushMs = now;
    if (retentionDue)
        m_nextRetentionMs = now + m_config.logRetentionCheckMs;
    if (compactionDue)
        m_lastCompactionMs = now;
    if (checkpointDue)
        m_lastCheckpointMs = now;
    if (!flushDue && !retentionDue && !compactionDue && !checkpointDue)
        return;
    std::vector<LogMaintenance::Job> jobs;
    jobs.reserve(m_replicas.size());
    for (const auto &[tp, r] : m_replicas)
        jobs.push_back({tp, r->sharedLog(), r->highWatermark(), r->isLeader(), flushDue, checkpointDue,
                        retentionDue, compactionDue});
    m_logMaintenance.submit(std::move(jobs));
}

Replica *Broker::replica(const TopicPartition &tp)
{
    auto it = m_replicas.find(tp);
    return it == m_replicas.end() ? nullptr : it->second.get();
}

std::vector<Broker::ReplicaView> Broker::replicaViews() const
{
    std::lock_guard lock(m_replicasMutex);
    std::vector<ReplicaView> out;
    out.reserve(m_replicas.size());
    for (const auto &[tp, r] : m_replicas) {
        LogFootprint footprint = r->log().footprint();
        const std::size_t segments = footprint.segmentBases.size();
        out.push_back({tp, r->role(), r->logStartOffset(), r->highWatermark(), r->logEndOffset(),
                       footprint.sizeBytes, segments, std::move(footprint.segmentBases), r->consumedRecords(),
                       r->consumedBytes(), r->appendedBytes()});
    }
    return out;
}

void Broker::applyMetadata(MetadataImagePtr image)
{
    if (!image || m_stopped || (m_image && image->version < m_image->version))
        return;
    // Topics deleted since the last image, a name deleted and created again included: its
    // old replicas and committed offsets must not pass to the new topic.
    std::set<std::string, std::less<>> deleted;
    if (m_image)
        for (const auto &[name, topic] : m_image->topics) {
            const TopicInfo *current = image->topic(name);
            if (!current || current->topicId != topic.topicId)
                deleted.insert(name);
        }
    const MetadataImagePtr previous = std::exchange(m_image, image);
    const std::int64_t now = m_clock.nowMs();
    // Replicas that cannot be opened (out of files or disk) are tried again with every
    // image, and told about once: when their partition is new to this broker.
    std::size_t notOpened = 0;
    std::optional<std::pair<TopicPartition, std::string>> firstNotOpened;

    // Replicas this broker should no longer host (topic deleted or reassigned).
    std::vector<TopicPartition> gone;
    for (const auto &[tp, r] : m_replicas) {
        const PartitionInfo *info = image->partition(tp);
        if (!info || !info->hasReplica(m_id) || deleted.contains(tp.topic))
            gone.push_back(tp);
    }
    for (const auto &tp : gone) {
        failProducesFor(tp, ErrorCode::NotLeaderOrFollower);
        std::unique_ptr<Replica> r;
        {
            std::lock_guard lock(m_replicasMutex);
            r = std::move(m_replicas[tp]);
            m_replicas.erase(tp);
        }
        Status s = r->log().destroy();
        if (!s.isOk())
            logger("cluster")->error("broker {}: deleting {}: {}", m_id, tp.toString(), s.toString());
    }

    for (const auto &[name, topic] : image->topics) {
        for (const auto &p : topic.partitions) {
            if (!p.hasReplica(m_id))
                continue;
            TopicPartition tp{name, p.partition};
            const LogConfig logConfig = image->topicConfigOn(topic, m_id).logConfig();
            Replica *r = replica(tp);
            if (!r) {
                auto opened = Replica::open(dataDir(), tp, m_id, logConfig, m_clock, &m_recentAppends);
                if (!opened) {
                    const PartitionInfo *before = previous ? previous->partition(tp) : nullptr;
                    if (before && before->hasReplica(m_id) && !deleted.contains(tp.topic))
                        continue; // told already
                    logger("cluster")->error("broker {}: cannot open {}: {}", m_id, tp.toString(),
                                             opened.status().toString());
                    if (notOpened++ == 0)
                        firstNotOpened.emplace(tp, opened.status().message());
                    continue;
                }
                std::lock_guard lock(m_replicasMutex);
                r = m_replicas.emplace(tp, std::move(*opened)).first->second.get();
            }
            r->log().setConfig(logConfig);
            const bool wasLeader = r->isLeader();
            if (wasLeader && p.leader == m_id)
                countIsrChange(r->isr(), p.isr);
            if (r->applyPartitionInfo(p, now)) {
                if (wasLeader && !r->isLeader())
                    failProducesFor(tp, ErrorCode::NotLeaderOrFollower);
                wakeFetches(tp);
            }
            if (r->isLeader())
                completeProduces(tp);
        }
    }
    if (firstNotOpened)
        recordReplicasNotOpened(m_events, m_id, notOpened, firstNotOpened->first, firstNotOpened->second);
    updateFetchers();
    updateGroupOwnership();
    if (m_groups)
        m_groups->onTopicsDeleted(deleted);
    updateTransactionOwnership();
}

void Broker::countIsrChange(const std::vector<std::int32_t> &before, const std::vector<std::int32_t> &after)
{
    const auto missingFrom = [](const std::vector<std::int32_t> &from, const std::vector<std::int32_t> &of) {
        return std::any_of(of.begin(), of.end(), [&](std::int32_t id) {
            return std::find(from.begin(), from.end(), id) == from.end();
        });
    };
    if (missingFrom(after, before))
        m_metrics.isrShrinks.fetch_add(1, std::memory_order_relaxed);
    if (missingFrom(before, after))
        m_metrics.isrExpands.fetch_add(1, std::memory_order_relaxed);
}

void Broker::closeReplicas(bool clean, bool loseUnflushed)
{
    std::lock_guard lock(m_replicasMutex);
    if (!clean) {
        for (auto &[tp, r] : m_replicas)
            if (Status s = r->log().abandon(loseUnflushed); !s.isOk())
                logger("cluster")->error("broker {}: closing {}: {}", m_id, tp.toString(), s.toString());
        m_replicas.clear();
        return;
    }
    // A clean close of every log with two file-system syncs in all, not a dozen fsyncs per
    // partition (seconds with thousands of them): the logs and high watermarks first, then
    // the marks that say the logs need no recovery, which must not land before the data.
    std::vector<std::filesystem::path> closed;
    closed.reserve(m_replicas.size());
    for (auto &[tp, r] : m_replicas) {
        Status s = writeHighWatermarkCheckpoint(r->log().dir(), r->highWatermark(), Durability::Deferred);
        if (s.isOk())
            s = r->log().closeUnsynced();
        if (s.isOk())
            closed.push_back(r->log().dir());
        else
            logger("cluster")->error("broker {}: closing {}: {}", m_id, tp.toString(), s.toString());
    }
    m_replicas.clear();
    if (closed.empty())
        return;
    Status synced = syncFileSystem(dataDir());
    for (std::size_t i = 0; synced.isOk() && i < closed.size(); ++i)
        synced = PartitionLog::writeCleanShutdownMark(closed[i], Durability::Deferred);
    if (synced.isOk())
        synced = syncFileSystem(dataDir());
    if (!synced.isOk()) // the logs without a mark are checked when they open next
        logger("cluster")->error("broker {}: closing its logs: {}", m_id, synced.toString());
}

void Broker::stopGracefully(bool moveLeadership)
{
    if (!m_loop.running())
        return;
    m_loop.resume();
    if (moveLeadership) {
        auto done = std::make_shared<std::promise<void>>();
        auto future = done->get_future();
        m_loop.post([this, done] {
            m_shuttingDown = true;
            if (m_brokerEpoch < 0) {
                done->set_value();
                return;
            }
            m_controller.controlledShutdown(m_id, m_brokerEpoch, [done](ErrorCode) { done->set_value(); });
        });
        future.wait_for(std::chrono::milliseconds(3000));
    }
    m_loop.runSync([this] {
        m_stopped = true;
        std::vector<TopicPartition> led;
        for (const auto &[tp, r] : m_replicas)
            led.push_back(tp);
        for (const auto &tp : led)
            failProducesFor(tp, ErrorCode::NotLeaderOrFollower);
        m_heartbeatTimer.reset();
        m_maintenanceTimer.reset();
        m_groupTimer.reset();
        m_transactionTimer.reset();
        m_fetchers.clear();
        m_groups.reset();
        m_transactions.reset();
        m_logMaintenance.stop();
        closeReplicas(true, false);
    });
    m_network.detach(m_id);
    m_loop.stop();
}

void Broker::crash(bool loseUnflushed)
{
    if (!m_loop.running())
        return;
    m_network.detach(m_id);
    m_loop.stop();
    // The loop thread is gone: nothing else touches the replicas now.
    m_stopped = true;
    m_pendingProduces.clear();
    m_pendingFetches.clear();
    m_fetchers.clear();
    m_heartbeatTimer.reset();
    m_maintenanceTimer.reset();
    m_groupTimer.reset();
    m_groups.reset();
    m_transactionTimer.reset();
    m_transactions.reset();
    m_logMaintenance.stop();
    closeReplicas(false, loseUnflushed);
}

} // namespace es
