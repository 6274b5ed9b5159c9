#include "cluster/cluster.h"

#include "catalog/catalog.h"
#include "catalog/event_sentence.h"
#include "cluster/broker.h"
#include "cluster/broker_configs.h"
#include "cluster/cluster_event_sink.h"
#include "cluster/cluster_security.h"
#include "cluster/group/group_coordinator.h"
#include "cluster/listener_check.h"
#include "cluster/topic_name.h"
#include "common/logging.h"
#include "common/open_files_limit.h"
#include "common/thread_identity.h"

#include <algorithm>
#include <future>
#include <set>

namespace es {

// Timeline events: stamped, stored in the catalog and handed to observers.
class Cluster::Events final : public ClusterEventSink {
public:
    Events(Cluster &cluster) : m_cluster(cluster) {}
    void record(EventKind kind, std::string subject, EventSentence sentence) override
    {
        EventRecord e;
        e.timeMs = m_cluster.m_clock.nowMs();
        e.kind = kind;
        e.subject = std::move(subject);
        e.message = englishSentence(sentence);
        e.sentence = std::move(sentence);
        logger("cluster")->info("{}", e.message);
        if (m_cluster.m_catalog)
            e.id = m_cluster.m_catalog->appendEvent(e);
        std::lock_guard lock(m_cluster.m_observersMutex);
        for (auto *o : m_cluster.m_observers)
            o->onEvent(e);
    }

private:
    Cluster &m_cluster;
};

// The brokers' line to the controller, over the in-process network.
class Cluster::Channel final : public ControllerChannel {
public:
    explicit Channel(Network &network) : m_net(network) {}

    void registerBroker(std::int32_t id, std::uint64_t incarnation, const std::string &host, std::int32_t port,
                        Reply<RegistrationReply> reply) override
    {
        call(id, [id, incarnation, host, port](Controller &c) { return c.registerBroker(id, incarnation, host, port); },
             std::move(reply));
    }
    void heartbeat(std::int32_t id, std::int64_t epoch, bool wantFence, Reply<HeartbeatReply> reply) override
    {
        call(id, [id, epoch, wantFence](Controller &c) { return c.heartbeat(id, epoch, wantFence); },
             std::move(reply));
    }
    void alterPartitions(std::vector<AlterPartitionRequest> requests,
                         Reply<std::vector<ErrorCode>> reply) override
    {
        const std::int32_t broker = requests.empty() ? 0 : requests.front().brokerId;
        call(
            broker, [requests = std::move(requests)](Controller &c) { return c.alterPartitions(requests); },
            std::move(reply));
    }
    void controlledShutdown(std::int32_t id, std::int64_t epoch, Reply<ErrorCode> reply) override
    {
        call(id, [id, epoch](Controller &c) { return c.controlledShutdown(id, epoch); }, std::move(reply));
    }
    void allocateProducerIds(std::int32_t id, std::int32_t count, Reply<std::int64_t> reply) override
    {
        call(id, [count](Controller &c) { return c.allocateProducerIds(count); }, std::move(reply));
    }

private:
    template <typename Fn, typename R>
    void call(std::int32_t broker, Fn fn, Reply<R> reply)
    {
        Network *net = &m_net;
        m_net.sendTo<Controller>(broker, kControllerNode, [net, broker, fn = std::move(fn), reply = std::move(reply)](
                                                              Controller &c) mutable {
            R result = fn(c);
            net->sendTo<Broker>(kControllerNode, broker,
                                [result = std::move(result), reply = std::move(reply)](Broker &) mutable {
                                    reply(std::move(result));
                                });
        });
    }

    Network &m_net;
};

Cluster::Cluster(ClusterConfig config, const Clock &clock) : m_config(std::move(config)), m_clock(clock) {}

Result<std::unique_ptr<Cluster>> Cluster::create(ClusterConfig config, const Clock &clock)
{
    if (config.brokers < 1 || config.brokers > 9)
        return Status::invalidArgument("a cluster has 1 to 9 brokers, not " + std::to_string(config.brokers));
    ES_RETURN_IF_ERROR(applyStaticBrokerConfigs(config));
    // Each partition replica keeps a file open: a desktop session's soft limit of 1,024 is
    // spent by a few hundred partitions, when the hard limit allows far more.
    raiseOpenFilesLimit();
    std::error_code ec;
    std::filesystem::create_directories(config.dataDir, ec);
    if (ec)
        return Status::ioError("cannot create the data directory " + config.dataDir.string() + ": " + ec.message());
    std::unique_ptr<Cluster> cluster(new Cluster(std::move(config), clock));
    CatalogOptions options;
    options.clock = &clock;
    auto catalog = Catalog::open(cluster->m_config.dataDir / "catalog.sqlite", options);
    if (!catalog)
        return catalog.status();
    cluster->m_catalog = std::move(*catalog);
    ES_RETURN_IF_ERROR(cluster->prepareSecurity());
    cluster->m_events = std::make_unique<Events>(*cluster);
    cluster->m_channel = std::make_unique<Channel>(cluster->m_network);
    cluster->m_controller = std::make_unique<Controller>(cluster->m_config, cluster->m_network,
                                                         cluster->m_catalog.get(), *cluster->m_events, clock);
    return cluster;
}

Status Cluster::prepareSecurity()
{
    // The listeners' ports grow with the brokers the cluster has now, added ones included.
    auto restored = m_catalog->loadState();
    if (!restored)
        return restored.status();
    int brokers = m_config.brokers;
    for (const BrokerRecord &b : restored->brokers)
        brokers = std::max(brokers, static_cast<int>(b.id));
    if (m_config.useSavedListeners) {
        Result<SavedSecurity> saved = m_catalog->loadSecurity();
        if (!saved)
            return saved.status();
        if (!saved->listeners.empty()) {
            m_config.listeners = saved->listeners;
            m_config.tls = saved->tls;
        }
    }
    ES_RETURN_IF_ERROR(validateListeners(m_config, brokers));
    auto store = openSecurityStore(*m_catalog, m_config);
    if (!store)
        return store.status();
    m_security = std::move(*store);
    auto tls = prepareTlsMaterial(m_config);
    if (!tls)
        return tls.status();
    m_tlsMaterial = std::move(*tls);
    return Status::ok();
}

Cluster::~Cluster() { stop(); }

ClusterEventSink &Cluster::eventSink() { return *m_events; }

Status Cluster::start()
{
    auto restored = m_catalog->loadState();
    if (!restored)
        return restored.status();
    m_controller->start(*restored, [this](const MetadataImagePtr &image) { publishImage(image); });

    std::lock_guard lock(m_brokersMutex);
    std::set<std::int32_t> ids;
    for (const auto &b : restored->brokers)
        ids.insert(b.id);
    if (ids.empty())
        for (int i = 1; i <= m_config.brokers; ++i)
            ids.insert(i);
    for (auto id : ids) {
        Status s = startBrokerLocked(id);
        if (!s.isOk()) {
            // Leave nothing running: the caller may fix the cause (a port in use) and retry.
            for (auto &[other, slot] : m_brokers)
                if (slot.state == BrokerState::Running)
                    stopBrokerLocked(slot, false);
            m_brokers.clear();
            m_controller->stop();
            return s;
        }
    }
    m_started = true;
    {
        std::lock_guard plock(m_publisherMutex);
        m_stopping = false;
    }
    m_publisher = std::thread([this] {
        nameThisThread("snapshots");
        publisherLoop();
    });
    return Status::ok();
}

Status Cluster::startBrokerLocked(std::int32_t id)
{
    auto &slot = m_brokers[id];
    slot.broker = std::make_unique<Broker>(id, m_config, m_network, *m_channel, *m_events, m_clock);
    slot.state = BrokerState::Stopped;
    if (m_attachmentFactory) {
        auto attachment = m_attachmentFactory(*slot.broker);
        if (!attachment)
            return attachment.status();
        slot.attachment = std::move(*attachment);
    }
    if (Status s = slot.broker->start(); !s.isOk()) {
        slot.attachment.reset();
        return s;
    }
    slot.state = BrokerState::Running;
    const security::ListenerConfig first = firstListener(m_config);
    m_events->record(EventKind::BrokerStarted, "broker:" + std::to_string(id),
                     {EventForm::BrokerStarted,
                      {{"broker", id}, {"address", first.host + ":" + std::to_string(first.basePort + id - 1)}}});
    return Status::ok();
}

void Cluster::stopBrokerLocked(BrokerSlot &slot, bool moveLeadership)
{
    // The attachment closes on the broker's loop, which must not be frozen meanwhile;
    // stopGracefully() would resume it anyway.
    slot.broker->resume();
    slot.attachment.reset();
    slot.broker->stopGracefully(moveLeadership);
}

void Cluster::setBrokerAttachmentFactory(BrokerAttachmentFactory factory)
{
    std::lock_guard lock(m_brokersMutex);
    m_attachmentFactory = std::move(factory);
}

void Cluster::stop()
{
    if (!m_started)
        return;
    m_started = false;
    {
        std::lock_guard lock(m_publisherMutex);
        m_stopping = true;
    }
    m_publisherCv.notify_all();
    if (m_publisher.joinable())
        m_publisher.join();
    {
        std::lock_guard lock(m_brokersMutex);
        for (auto &[id, slot] : m_brokers)
            if (slot.broker && slot.state != BrokerState::Crashed && slot.state != BrokerState::Stopped)
                stopBrokerLocked(slot, false);
        m_brokers.clear();
    }
    {
        std::unique_lock controllerLock(m_controllerMutex);
        m_controller->stop();
        m_controllerDown = false; // nothing to restart: the cluster starts it again
    }
    Status s = m_catalog->flush();
    if (!s.isOk())
        logger("cluster")->error("saving the catalog: {}", s.toString());
}

void Cluster::publishImage(const MetadataImagePtr &image)
{
    // On the controller's loop: push to every broker over its controller link.
    for (std::int32_t id = 1; id <= 64; ++id)
        if (m_network.attached(id))
            m_network.sendTo<Broker>(kControllerNode, id, [image](Broker &b) { b.applyMetadata(image); });
}

bool Cluster::waitUntilReady(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        auto img = metadata();
        bool ready = img != nullptr;
        if (ready) {
            std::lock_guard lock(m_brokersMutex);
            for (const auto &[id, slot] : m_brokers)
                if (slot.state == BrokerState::Running && !img->brokerAlive(id))
                    ready = false;
            for (const auto &[name, t] : img->topics)
                for (const auto &p : t.partitions)
                    if (p.leader < 0 || !img->brokerAlive(p.leader))
                        ready = false;
        }
        if (ready)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

std::vector<std::int32_t> Cluster::brokerIds() const
{
    std::lock_guard lock(m_brokersMutex);
    std::vector<std::int32_t> ids;
    for (const auto &[id, slot] : m_brokers)
        ids.push_back(id);
    return ids;
}

BrokerState Cluster::brokerState(std::int32_t id) const
{
    std::lock_guard lock(m_brokersMutex);
    auto it = m_brokers.find(id);
    if (it == m_brokers.end())
        return BrokerState::Stopped;
    if (it->second.state == BrokerState::Running) {
        auto img = metadata();
        if (img && img->brokers.count(id) && img->brokers.at(id).fenced)
            return BrokerState::Fenced;
    }
    return it->second.state;
}

Status Cluster::stopBroker(std::int32_t id)
{
    std::lock_guard lock(m_brokersMutex);
    auto it = m_brokers.find(id);
    if (it == m_brokers.end())
        return Status::notFound("there is no broker " + std::to_string(id));
    if (it->second.state == BrokerState::Stopped || it->second.state == BrokerState::Crashed)
        return Status::invalidArgument("broker " + std::to_string(id) + " is not running");
    stopBrokerLocked(it->second, true);
    it->second.state = BrokerState::Stopped;
    m_events->record(EventKind::BrokerStopped, "broker:" + std::to_string(id),
                     {EventForm::BrokerStopped, {{"broker", id}}});
    return Status::ok();
}

Status Cluster::crashBroker(std::int32_t id, bool loseUnflushed)
{
    std::lock_guard lock(m_brokersMutex);
    auto it = m_brokers.find(id);
    if (it == m_brokers.end())
        return Status::notFound("there is no broker " + std::to_string(id));
    if (it->second.state == BrokerState::Stopped || it->second.state == BrokerState::Crashed)
        return Status::invalidArgument("broker " + std::to_string(id) + " is not running");
    it->second.broker->crash(loseUnflushed);
    it->second.attachment.reset(); // after the loop stopped: connections drop as in a killed process
    it->second.state = BrokerState::Crashed;
    m_events->record(EventKind::BrokerCrashed, "broker:" + std::to_string(id),
                     {loseUnflushed ? EventForm::BrokerCrashedLosingUnflushed : EventForm::BrokerCrashed,
                      {{"broker", id}}});
    return Status::ok();
}

Status Cluster::pauseBroker(std::int32_t id)
{
    std::lock_guard lock(m_brokersMutex);
    auto it = m_brokers.find(id);
    if (it == m_brokers.end() || it->second.state != BrokerState::Running)
        return Status::invalidArgument("broker " + std::to_string(id) + " is not running");
    it->second.broker->pause();
    it->second.state = BrokerState::Paused;
    m_events->record(EventKind::BrokerPaused, "broker:" + std::to_string(id),
                     {EventForm::BrokerPaused, {{"broker", id}}});
    return Status::ok();
}

Status Cluster::resumeBroker(std::int32_t id)
{
    std::lock_guard lock(m_brokersMutex);
    auto it = m_brokers.find(id);
    if (it == m_brokers.end() || it->second.state != BrokerState::Paused)
        return Status::invalidArgument("broker " + std::to_string(id) + " is not paused");
    it->second.broker->resume();
    it->second.state = BrokerState::Running;
    m_events->record(EventKind::BrokerResumed, "broker:" + std::to_string(id),
                     {EventForm::BrokerResumed, {{"broker", id}}});
    return Status::ok();
}

Status Cluster::restartBroker(std::int32_t id)
{
    std::lock_guard lock(m_brokersMutex);
    auto it = m_brokers.find(id);
    if (it == m_brokers.end())
        return Status::notFound("there is no broker " + std::to_string(id));
    if (it->second.state == BrokerState::Running || it->second.state == BrokerState::Paused)
        stopBrokerLocked(it->second, true);
    it->second.attachment.reset();
    it->second.broker.reset();
    return startBrokerLocked(id);
}

Result<std::int32_t> Cluster::addBroker()
{
    std::lock_guard lock(m_brokersMutex);
    const std::int32_t id = m_brokers.empty() ? 1 : m_brokers.rbegin()->first + 1;
    if (id > 9)
        return Status::invalidArgument("a cluster has at most 9 brokers");
    if (Status s = startBrokerLocked(id); !s.isOk()) {
        m_brokers.erase(id);
        return s;
    }
    m_events->record(EventKind::BrokerAdded, "broker:" + std::to_string(id),
                     {EventForm::BrokerAdded, {{"broker", id}}});
    return id;
}

void Cluster::setLink(NodeId a, NodeId b, LinkFault fault)
{
    m_network.setLink(a, b, fault);
    // Every client shares the clients' link.
    const auto node = [](NodeId n) { return std::max(n, kClientsNode); };
    EventSentence sentence{fault.healthy() ? EventForm::LinkHealed
                           : fault.cut     ? EventForm::LinkCut
                                           : EventForm::LinkDegraded,
                           {{"a", node(a)}, {"b", node(b)}}};
    if (sentence.form == EventForm::LinkDegraded) {
        sentence.args.emplace_back("latencyMs", fault.latencyMs);
        sentence.args.emplace_back("lossPercent", static_cast<int>(fault.lossRate * 100));
    }
    m_events->record(EventKind::LinkChanged, "link:" + std::to_string(a) + "-" + std::to_string(b),
                     std::move(sentence));
}

void Cluster::healLinks()
{
    m_network.healAll();
    m_events->record(EventKind::LinkChanged, "link:all", {EventForm::AllLinksHealed});
}

std::string Cluster::bootstrapServers() const
{
    const security::ListenerConfig first = firstListener(m_config);
    std::string s;
    for (auto id : brokerIds())
        s += (s.empty() ? "" : ",") + first.host + ":" + std::to_string(first.basePort + id - 1);
    return s;
}

void Cluster::addObserver(ClusterObserver *observer)
{
    std::lock_guard lock(m_observersMutex);
    m_observers.push_back(observer);
}

void Cluster::removeObserver(ClusterObserver *observer)
{
    std::lock_guard lock(m_observersMutex);
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer), m_observers.end());
}

ClusterSnapshotPtr Cluster::snapshot() const
{
    std::lock_guard lock(m_observersMutex);
    return m_snapshot;
}

std::vector<BrokerRequestLatencies> Cluster::requestStats() const
{
    std::vector<BrokerRequestLatencies> out;
    std::lock_guard lock(m_brokersMutex);
    for (const auto &[id, slot] : m_brokers) {
        if (!slot.broker || (slot.state != BrokerState::Running && slot.state != BrokerState::Paused))
            continue;
        BrokerRequestLatencies stats;
        stats.broker = id;
        const BrokerMetrics &metrics = slot.broker->metrics();
        for (std::size_t key = 0; key < BrokerMetrics::kRequestApiKeys; ++key) {
            LatencyHistogram::Counts counts = metrics.requestLatency[key].snapshot();
            if (LatencyHistogram::total(counts) > 0)
                stats.apis.push_back({static_cast<std::int16_t>(key), counts,
                                      metrics.requestMicros[key].load(std::memory_order_relaxed)});
        }
        out.push_back(std::move(stats));
    }
    return out;
}

} // namespace es
