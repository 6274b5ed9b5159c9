#include "cluster/controller.h"

#include "catalog/catalog.h"
#include "catalog/event_forms.h"
#include "cluster/cluster_event_sink.h"
#include "cluster/random_id.h"
#include "cluster/topic_name.h"
#include "common/logging.h"

#include <algorithm>

namespace es {

namespace {

// "orders-3"
std::string partitionName(const std::string &topic, const PartitionInfo &p)
{
    return topic + "-" + std::to_string(p.partition);
}

} // namespace

Controller::Controller(const ClusterConfig &config, Network &network, Catalog *catalog, ClusterEventSink &events,
                       const Clock &clock)
    : m_config(config), m_network(network), m_catalog(catalog), m_events(events), m_clock(clock),
      m_loop("controller")
{
}

Controller::~Controller() { stop(); }

MetadataImagePtr Controller::image() const
{
    std::lock_guard lock(m_imageMutex);
    return m_published;
}

MetadataImage &Controller::mutableImage() { return *m_working; }

void Controller::start(const CatalogState &restored, Publish onPublish, MetadataImagePtr takeOver)
{
    m_publish = std::move(onPublish);
    MetadataImage img;
    img.clusterId = restored.clusterId.value_or(randomBase64Id(m_rng));
    if (!restored.clusterId && m_catalog)
        m_catalog->setClusterId(img.clusterId);
    const std::int64_t now = m_clock.nowMs();
    for (const auto &b : restored.brokers) {
        img.brokers[b.id] = BrokerInfo{b.id, b.host, b.port, 0, true};
        m_lastHeartbeatMs[b.id] = now;
    }
    for (const auto &t : restored.topics) {
        TopicInfo info;
        info.name = t.name;
        info.topicId = t.topicId;
        info.internal = t.internal;
        auto cfg = TopicConfig::fromOverrides(t.configs);
        if (!cfg)
            logger("cluster")->error("topic {}: ignoring stored configs: {}", t.name, cfg.status().toString());
        else
            info.config = *cfg;
        info.partitions.resize(static_cast<std::size_t>(t.partitions));
        img.topics[t.name] = std::move(info);
    }
    for (const auto &p : restored.partitions) {
        auto it = img.topics.find(p.topic);
        if (it == img.topics.end() || p.partition < 0 ||
            p.partition >= static_cast<std::int32_t>(it->second.partitions.size()))
            continue;
        it->second.partitions[static_cast<std::size_t>(p.partition)] = PartitionInfo{
            p.partition,      p.replicas,        p.isr, p.leader, p.leaderEpoch, p.partitionEpoch,
            p.addingReplicas, p.removingReplicas};
    }
    if (takeOver) {
        img.version = takeOver->version;
        for (const auto &[id, b] : takeOver->brokers) {
            img.brokers[id] = b;
            m_lastHeartbeatMs[id] = now;
            m_nextBrokerEpoch = std::max(m_nextBrokerEpoch, b.epoch + 1);
        }
    }
    m_working = std::move(img);
    restoreBrokerConfigs(restored.brokerConfigs, restored.perBrokerConfigs);
    m_nextProducerId = std::max<std::int64_t>(m_nextProducerId, restored.nextProducerId);
    if (takeOver) {
        // image() is never null once a cluster runs: until this controller publishes its
        // first image (on its loop, below), the crashed one's last stands.
        std::lock_guard lock(m_imageMutex);
        m_published = std::move(takeOver);
    }
    m_loop.start();
    m_network.attach(kControllerNode, this);
    m_loop.post([this] {
        recomputeControllerId();
        publish();
        m_tickTimer = std::make_unique<asio::steady_timer>(m_loop.context());
        scheduleTick();
    });
}

void Controller::stop()
{
    if (!m_loop.running())
        return;
    m_network.detach(kControllerNode);
    m_loop.runSync([this] { m_tickTimer.reset(); });
    m_loop.stop();
}

void Controller::publish()
{
    if (m_publishHeld > 0) {
        m_publishDue = true;
        return;
    }
    MetadataImage &img = mutableImage();
    ++img.version;
    for (auto &[name, t] : img.topics)
        if (t.config.defaults() != m_topicDefaults)
            t.config.setDefaults(m_topicDefaults);
    img.brokerTopicDefaults = m_brokerTopicDefaults;
    auto ptr = std::make_shared<const MetadataImage>(img);
    {
        std::lock_guard lock(m_imageMutex);
        m_published = ptr;
    }
    if (m_publish)
        m_publish(ptr);
}

void Controller::scheduleTick()
{
    m_tickTimer->expires_after(std::chrono::milliseconds(100));
    m_tickTimer->async_wait([this](const std::error_code &ec) {
        // A tick that fired just before stop() reset the timer still runs, with no error.
        if (ec || !m_tickTimer)
            return;
        tick();
        scheduleTick();
    });
}

void Controller::tick()
{
    const std::int64_t now = m_clock.nowMs();
    std::vector<std::int32_t> expired;
    for (const auto &[id, b] : mutableImage().brokers)
        if (!b.fenced && now - m_lastHeartbeatMs[id] > m_config.brokerSessionTimeoutMs)
            expired.push_back(id);
    for (auto id : expired)
        fence(id, EventForm::BrokerFencedSessionExpired);
    // A broker that never came back after a restart still leads what it led: once its
    // session would have expired, its partitions need new leaders too.
    bool stale = false;
    for (const auto &[name, t] : mutableImage().topics)
        for (const auto &p : t.partitions) {
            auto b = mutableImage().brokers.find(p.leader);
            stale = stale || (b != mutableImage().brokers.end() && b->second.fenced &&
                              now - m_lastHeartbeatMs[p.leader] > m_config.brokerSessionTimeoutMs);
        }
    if (stale) {
        for (const auto &[id, b] : mutableImage().brokers)
            if (b.fenced && now - m_lastHeartbeatMs[id] > m_config.brokerSessionTimeoutMs)
                moveLeadershipAway(id, EventForm::IsrShrunkBrokerFenced);
        publish();
    }
    // Reassignments restored from the catalog, or waiting for a target replica to lead.
    if (completeReassignments())
        publish();
    if (m_config.autoLeaderRebalance && now - m_lastPreferredCheckMs >= m_config.leaderImbalanceCheckMs) {
        m_lastPreferredCheckMs = now;
        rebalanceLeaders();
    }
}

std::vector<std::int32_t> Controller::liveBrokers() const
{
    std::vector<std::int32_t> out;
    for (const auto &[id, b] : m_working->brokers)
        if (!b.fenced)
            out.push_back(id);
    return out;
}

std::set<std::int32_t> Controller::registeredBrokers() const
{
    std::set<std::int32_t> out;
    for (const auto &[id, b] : m_working->brokers)
        out.insert(id);
    return out;
}

void Controller::recomputeControllerId()
{
    const auto live = liveBrokers();
    mutableImage().controllerId = live.empty() ? (m_working->brokers.empty() ? -1 : m_working->brokers.begin()->first)
                                               : live.front();
}

void Controller::persistPartition(const std::string &topic, const PartitionInfo &p)
{
    if (m_catalog)
        m_catalog->savePartition(PartitionRecord{topic, p.partition, p.replicas, p.isr, p.leader,
                                                 p.leaderEpoch, p.partitionEpoch, p.addingReplicas,
                                                 p.removingReplicas});
}

void Controller::persistTopic(const TopicInfo &t)
{
    if (!m_catalog)
        return;
    TopicRecord rec;
    rec.name = t.name;
    rec.topicId = t.topicId;
    rec.partitions = static_cast<std::int32_t>(t.partitions.size());
    rec.replicationFactor = t.partitions.empty() ? 0 : static_cast<std::int32_t>(t.partitions[0].replicas.size());
    rec.internal = t.internal;
    rec.configs = t.config.overrides();
    rec.createdMs = m_clock.nowMs();
    m_catalog->saveTopic(rec);
    for (const auto &p : t.partitions)
        persistPartition(t.name, p);
}

RegistrationReply Controller::registerBroker(std::int32_t id, std::uint64_t incarnation, const std::string &host,
                                             std::int32_t port)
{
    MetadataImage &img = mutableImage();
    const bool known = img.brokers.count(id) != 0;
    const auto previous = m_incarnations.find(id);
    // A running broker whose incarnation this controller never saw (it took over from a
    // crashed one) is treated as restarted too: its log may have lost what it had not flushed.
    if (known && !img.brokers[id].fenced && (previous == m_incarnations.end() || previous->second != incarnation))
        fence(id, EventForm::BrokerFencedRestarted);
    m_incarnations[id] = incarnation;
    BrokerInfo &b = img.brokers[id];
    const bool wasFenced = !known || b.fenced;
    b.id = id;
    b.host = host;
    b.port = port;
    b.epoch = m_nextBrokerEpoch++;
    b.fenced = true; // until it has caught up: see heartbeat()
    m_lastHeartbeatMs[id] = m_clock.nowMs();
    const bool news = (wasFenced && known) || m_catchingUp[id];
    m_catchingUp[id] = news;
    if (m_catalog)
        m_catalog->saveBroker(BrokerRecord{id, host, port, "running"});
    publish();
    return RegistrationReply{ErrorCode::None, b.epoch, m_published};
}

HeartbeatReply Controller::heartbeat(std::int32_t id, std::int64_t epoch, bool wantFence)
{
    auto it = mutableImage().brokers.find(id);
    const auto catching = m_catchingUp.find(id);
    if (it == mutableImage().brokers.end() || it->second.epoch != epoch ||
        (it->second.fenced && catching == m_catchingUp.end()))
        return HeartbeatReply{ErrorCode::StaleBrokerEpoch, true};
    m_lastHeartbeatMs[id] = m_clock.nowMs();
    if (!it->second.fenced)
        return HeartbeatReply{};
    if (wantFence)
        return HeartbeatReply{ErrorCode::None, true};
    // Caught up: it may lead and join ISRs now.
    it->second.fenced = false;
    if (catching->second)
        m_events.record(EventKind::BrokerUnfenced, "broker:" + std::to_string(id),
                        {EventForm::BrokerUnfenced, {{"broker", id}}});
    m_catchingUp.erase(catching);
    electOfflineLeaders();
    recomputeControllerId();
    publish();
    return HeartbeatReply{};
}

void Controller::fence(std::int32_t id, EventForm why)
{
    m_catchingUp.erase(id); // a stopped or silent broker registers again
    auto it = mutableImage().brokers.find(id);
    if (it == mutableImage().brokers.end() || it->second.fenced)
        return;
    it->second.fenced = true;
    m_events.record(EventKind::BrokerFenced, "broker:" + std::to_string(id), {why, {{"broker", id}}});
    moveLeadershipAway(id, EventForm::IsrShrunkBrokerFenced);
    recomputeControllerId();
    publish();
}

void Controller::moveLeadershipAway(std::int32_t excluded, EventForm isrEvent)
{
    MetadataImage &img = mutableImage();
    for (auto &[name, t] : img.topics) {
        const bool unclean = t.config.uncleanLeaderElection(m_config.uncleanLeaderElection);
        for (auto &p : t.partitions) {
            const std::string partition = partitionName(name, p);
            bool changed = false;
            if (p.inIsr(excluded) && p.isr.size() > 1) {
                p.isr.erase(std::remove(p.isr.begin(), p.isr.end(), excluded), p.isr.end());
                m_events.record(
                    EventKind::IsrShrunk, "partition:" + partition,
                    {isrEvent,
                     {{"partition", partition}, {"isr", eventIdList(p.isr)}, {"broker", excluded}}});
                changed = true;
            }
            if (p.leader == excluded) {
                const std::int32_t old = p.leader;
                p.leader = -1;
                for (auto r : p.isr)
                    if (r != excluded && img.brokerAlive(r)) {
                        p.leader = r;
                        break;
                    }
                if (p.leader < 0 && unclean) {
                    for (auto r : p.replicas)
                        if (r != excluded && img.brokerAlive(r)) {
                            p.leader = r;
                            p.isr = {r};
                            break;
                        }
                }
                ++p.leaderEpoch;
                changed = true;
                if (p.leader >= 0)
                    m_events.record(EventKind::LeaderElected, "partition:" + partition,
                                    {EventForm::LeaderMoved,
                                     {{"partition", partition},
                                      {"from", old},
                                      {"to", p.leader},
                                      {"epoch", p.leaderEpoch}}});
                else
                    m_events.record(EventKind::PartitionOffline, "partition:" + partition,
                                    {EventForm::PartitionOffline, {{"partition", partition}}});
            }
            if (changed) {
                ++p.partitionEpoch;
                persistPartition(name, p);
            }
        }
    }
}

void Controller::electOfflineLeaders()
{
    MetadataImage &img = mutableImage();
    for (auto &[name, t] : img.topics) {
        const bool unclean = t.config.uncleanLeaderElection(m_config.uncleanLeaderElection);
        for (auto &p : t.partitions) {
            if (p.leader >= 0 && img.brokerAlive(p.leader))
                continue;
            std::int32_t chosen = -1;
            for (auto r : p.isr)
                if (img.brokerAlive(r)) {
                    chosen = r;
                    break;
                }
            if (chosen < 0 && unclean)
                for (auto r : p.replicas)
                    if (img.brokerAlive(r)) {
                        chosen = r;
                        p.isr = {r};
                        break;
                    }
            if (chosen < 0 || chosen == p.leader)
                continue;
            p.leader = chosen;
            ++p.leaderEpoch;
            ++p.partitionEpoch;
            persistPartition(name, p);
            m_events.record(
                EventKind::LeaderElected, "partition:" + partitionName(name, p),
                {EventForm::LeaderElected,
                 {{"partition", partitionName(name, p)}, {"leader", chosen}, {"epoch", p.leaderEpoch}}});
        }
    }
}

int Controller::electPreferredLeaders()
{
    int moved = 0;
    for (auto &[name, t] : mutableImage().topics)
        for (auto &p : t.partitions)
            if (electPreferredLeader(name, p).error == ErrorCode::None)
                ++moved;
    if (moved > 0)
        publish();
    return moved;
}

ErrorCode Controller::alterPartition(const AlterPartitionRequest &req)
{
    MetadataImage &img = mutableImage();
    auto b = img.brokers.find(req.brokerId);
    if (b == img.brokers.end() || b->second.epoch != req.brokerEpoch || b->second.fenced)
        return ErrorCode::StaleBrokerEpoch;
    auto t = img.topics.find(req.tp.topic);
    if (t == img.topics.end() || req.tp.partition < 0 ||
        req.tp.partition >= static_cast<std::int32_t>(t->second.partitions.size()))
        return ErrorCode::UnknownTopicOrPartition;
    PartitionInfo &p = t->second.partitions[static_cast<std::size_t>(req.tp.partition)];
    if (p.leader != req.brokerId)
        return ErrorCode::NotLeaderOrFollower;
    if (p.leaderEpoch != req.leaderEpoch)
        return ErrorCode::FencedLeaderEpoch;
    if (p.partitionEpoch != req.partitionEpoch)
        return ErrorCode::InvalidUpdateVersion;
    if (std::find(req.newIsr.begin(), req.newIsr.end(), p.leader) == req.newIsr.end())
        return ErrorCode::InvalidRequest;
    for (auto r : req.newIsr)
        if (!p.hasReplica(r) || (!p.inIsr(r) && !img.brokerAlive(r)))
            return ErrorCode::IneligibleReplica;
    const auto old = p.isr;
    p.isr = req.newIsr;
    ++p.partitionEpoch;
    persistPartition(req.tp.topic, p);
    const bool grew = p.isr.size() > old.size();
    m_events.record(
        grew ? EventKind::IsrExpanded : EventKind::IsrShrunk, "partition:" + req.tp.toString(),
        {grew ? EventForm::IsrExpanded : EventForm::IsrShrunk,
         {{"partition", req.tp.toString()}, {"from", eventIdList(old)}, {"to", eventIdList(p.isr)}}});
    maybeCompleteReassignment(req.tp.topic, p);
    publish();
    return ErrorCode::None;
}

std::vector<ErrorCode> Controller::alterPartitions(const std::vector<AlterPartitionRequest> &requests)
{
    // Each change alone would publish: thousands of partitions rejoining after a restart
    // would make thousands of images, each copied and applied by every broker.
    ++m_publishHeld;
    std::vector<ErrorCode> out;
    out.reserve(requests.size());
    for (const auto &r : requests)
        out.push_back(alterPartition(r));
    --m_publishHeld;
    if (m_publishHeld == 0 && m_publishDue) {
        m_publishDue = false;
        publish();
    }
    return out;
}

ErrorCode Controller::controlledShutdown(std::int32_t id, std::int64_t epoch)
{
    auto b = mutableImage().brokers.find(id);
    if (b == mutableImage().brokers.end() || b->second.epoch != epoch)
        return ErrorCode::StaleBrokerEpoch;
    b->second.fenced = true;
    m_catchingUp.erase(id);
    moveLeadershipAway(id, EventForm::IsrShrunkBrokerShuttingDown);
    recomputeControllerId();
    publish();
    return ErrorCode::None;
}

std::int64_t Controller::allocateProducerId() { return allocateProducerIds(1); }

std::int64_t Controller::allocateProducerIds(std::int32_t count)
{
    const std::int64_t first = m_nextProducerId;
    m_nextProducerId += std::max(1, count);
    if (m_catalog)
        m_catalog->setNextProducerId(m_nextProducerId);
    return first;
}

void Controller::brokerDown(std::int32_t id) { fence(id, EventForm::BrokerFencedStopped); }

} // namespace es
