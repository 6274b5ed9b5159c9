#include "remote/remote_connection.h"

#include "catalog/lag_history.h"
#include "catalog/metric_series.h"
#include "catalog/metrics_query.h"
#include "common/logging.h"
#include "remote/kafka_handle.h"
#include "remote/remote_admin.h"
#include "remote/remote_broker_configs.h"
#include "remote/remote_elections.h"
#include "remote/remote_group_consumer.h"
#include "remote/remote_history.h"
#include "remote/remote_reader.h"
#include "remote/remote_record_reader.h"
#include "remote/remote_record_writer.h"
#include "remote/remote_security_admin.h"
#include "remote/snapshot_events.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace es {

using namespace remote_history;

namespace {

// Topic configs are read again at most this often (and whenever a topic appears).
constexpr std::int64_t kConfigsIntervalMs = 30'000;
// Every how many readings the partitions' log starts are read (they are kept between).
constexpr std::uint64_t kLogStartsEvery = 5;

// Records per second from the growth of high watermarks since the previous reading; a
// partition whose watermark is unknown in either reading gets none.
void deriveRates(ClusterSnapshot &snap, const ClusterSnapshot *previous)
{
    if (!previous || snap.timeMs <= previous->timeMs)
        return;
    const double seconds = static_cast<double>(snap.timeMs - previous->timeMs) / 1000.0;
    std::unordered_map<std::string, const TopicSnapshot *> before;
    for (const auto &t : previous->topics)
        before[t.name] = &t;
    std::unordered_map<std::int32_t, double> byLeader;
    for (auto &t : snap.topics) {
        const auto it = before.find(t.name);
        if (it == before.end())
            continue;
        t.recordsInPerSec = 0;
        for (auto &p : t.partitions) {
            if (static_cast<std::size_t>(p.partition) >= it->second->partitions.size())
                continue;
            const auto &old = it->second->partitions[static_cast<std::size_t>(p.partition)];
            if (old.partition != p.partition || old.highWatermark < 0 || p.highWatermark < old.highWatermark)
                continue;
            p.recordsInPerSec = static_cast<double>(p.highWatermark - old.highWatermark) / seconds;
            t.recordsInPerSec += p.recordsInPerSec;
            if (p.leader >= 0)
                byLeader[p.leader] += p.recordsInPerSec;
        }
    }
    for (auto &b : snap.brokers)
        b.recordsInPerSec = byLeader[b.id];
}

// Brokers seen before and missing now stay in the picture, stopped, so that a view shows
// them gone rather than forgets them.
void keepMissingBrokers(ClusterSnapshot &snap, const ClusterSnapshot *previous)
{
    if (!previous)
        return;
    for (const auto &b : previous->brokers) {
        const bool present = std::any_of(snap.brokers.begin(), snap.brokers.end(),
                                         [&](const BrokerSnapshot &now) { return now.id == b.id; });
        if (present)
            continue;
        BrokerSnapshot gone;
        gone.id = b.id;
        gone.host = b.host;
        gone.port = b.port;
        gone.state = BrokerState::Stopped;
        snap.brokers.push_back(gone);
    }
    std::sort(snap.brokers.begin(), snap.brokers.end(),
              [](const auto &a, const auto &b) { return a.id < b.id; });
}

} // namespace

RemoteConnection::RemoteConnection(RemoteSettings settings, const Clock &clock)
    : m_settings(std::move(settings)), m_clock(clock)
{
    m_catalogOptions.clock = &clock;
}

Result<std::unique_ptr<RemoteConnection>>
RemoteConnection::open(RemoteSettings settings, const std::filesystem::path &catalogFile, const Clock &clock)
{
    std::unique_ptr<RemoteConnection> c(new RemoteConnection(std::move(settings), clock));
    // One handle for everything, so one set of broker threads: the Admin API runs on a
    // consumer too, and the latest offset of a consumer reading uncommitted records is the
    // high watermark.
    auto client =
        KafkaHandle::create(c->m_settings, KafkaHandle::Kind::Consumer,
                            {{"isolation.level", "read_uncommitted"}, {"enable.auto.commit", "false"}});
    if (!client)
        return client.status();
    auto catalog = Catalog::open(catalogFile, c->m_catalogOptions);
    if (!catalog)
        return catalog.status();
    c->m_client = std::move(*client);
    c->m_securityAdmin = std::make_unique<RemoteSecurityAdmin>(
        c->m_client->get(), c->m_settings.name, c->m_settings.readOnly, c->m_settings.requestTimeoutMs);
    c->m_catalog = std::move(*catalog);
    c->m_thread = std::thread([self = c.get()] { self->loop(); });
    return c;
}

RemoteConnection::~RemoteConnection()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_catalog)
        (void)m_catalog->close();
}

std::string RemoteConnection::problem() const
{
    std::lock_guard lock(m_mutex);
    return m_problem;
}

void RemoteConnection::refresh()
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t wanted = ++m_readingsAsked;
    m_wake.notify_all();
    m_wake.wait(lock, [&] { return m_stopping || m_readingsDone >= wanted; });
}

void RemoteConnection::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        const std::uint64_t asked = m_readingsAsked;
        // A reading asked for (after a command, say) reads everything.
        const bool complete = asked > m_readingsDone;
        lock.unlock();
        readOnce(complete);
        lock.lock();
        m_readingsDone = std::max(m_readingsDone, asked);
        m_wake.notify_all();
        m_wake.wait_for(lock, std::chrono::milliseconds(m_settings.refreshIntervalMs),
                        [&] { return m_stopping || m_readingsAsked > m_readingsDone; });
    }
    m_readingsDone = m_readingsAsked;
    m_wake.notify_all();
}

void RemoteConnection::readOnce(bool complete)
{
    const int timeoutMs = m_settings.requestTimeoutMs;
    rd_kafka_t *rk = m_client->get();
    m_client->serveCallbacks();
    const ClusterSnapshotPtr previous = snapshot();

    auto read = readMetadata(rk, timeoutMs);
    std::string problem;
    ClusterSnapshot snap;
    if (read) {
        snap = std::move(*read);
        // Log starts are read at every few readings and kept between.
        complete = complete || m_readings % kLogStartsEvery == 0;
        if (Status offsets = readWatermarks(rk, snap, timeoutMs, complete ? nullptr : previous.get());
            !offsets.isOk())
            problem = offsets.message();
        if (auto groups = readGroups(rk, timeoutMs))
            snap.groups = groupViews(std::move(*groups), snap);
        else if (problem.empty())
            problem = groups.status().message();
    } else {
        // Nobody answers: the brokers are shown gone, the topics as last seen.
        problem = read.status().message();
        const auto errors = m_client->takeErrors();
        if (!errors.empty())
            problem = errors.back().text;
        if (previous) {
            snap.topics = previous->topics;
            snap.clusterId = previous->clusterId;
        }
    }
    (void)m_client->takeErrors();

    const std::int64_t now = m_clock.nowMs();
    snap.timeMs = now;
    snap.metadataVersion = static_cast<std::int64_t>(++m_readings);
    snap.bootstrapServers = m_settings.bootstrapServers;
    keepMissingBrokers(snap, previous.get());
    deriveRates(snap, previous.get());

    if (read) {
        const bool newTopic =
            std::any_of(snap.topics.begin(), snap.topics.end(),
                        [&](const TopicSnapshot &t) { return !m_configs.contains(t.name); });
        if (newTopic || m_configsReadMs < 0 || now - m_configsReadMs >= kConfigsIntervalMs) {
            std::vector<std::string> names;
            for (const auto &t : snap.topics)
                names.push_back(t.name);
            if (auto configs = readTopicConfigs(rk, names, timeoutMs)) {
                m_configs = std::move(*configs);
                m_configsReadMs = now;
            }
        }
        for (auto &t : snap.topics)
            if (auto it = m_configs.find(t.name); it != m_configs.end())
                t.configs = it->second;
    } else {
        for (auto &t : snap.topics)
            for (auto &p : t.partitions)
                for (auto &r : p.replicas)
                    r.online = false;
    }

    std::vector<EventRecord> events;
    if (previous)
        events = eventsBetween(*previous, snap);
    auto published = std::make_shared<const ClusterSnapshot>(std::move(snap));
    if (read)
        m_catalog->appendMetrics(samplesToWrite(published));
    {
        std::lock_guard lock(m_mutex);
        if (problem != m_problem && !problem.empty())
            logger("remote")->warn("{}: {}", m_settings.name, problem);
        m_problem = problem;
    }
    publish(published, std::move(events));
}

void RemoteConnection::publish(const ClusterSnapshotPtr &snapshot, std::vector<EventRecord> events)
{
    for (auto &e : events)
        e.id = m_catalog->appendEvent(e);
    {
        std::lock_guard lock(m_mutex);
        m_snapshot = snapshot;
    }
    std::lock_guard lock(m_observersMutex);
    for (auto *o : m_observers) {
        for (const auto &e : events)
            o->onEvent(e);
        o->onSnapshot(snapshot);
    }
}

std::vector<MetricSample> RemoteConnection::samplesToWrite(const ClusterSnapshotPtr &snap)
{
    const std::int64_t minute = floorDiv(snap->timeMs, kMinuteMs);
    const bool full = minute != m_writtenMinute;
    m_writtenMinute = minute;
    std::vector<MetricSample> out = remote_history::samplesToWrite(*snap, full ? nullptr : m_written.get());
    m_written = snap;
    return out;
}

ConnectionCapabilities RemoteConnection::capabilities() const { return capabilitiesOf(m_settings); }

ConnectionCapabilities RemoteConnection::capabilitiesOf(const RemoteSettings &settings)
{
    return {.brokerControl = false,
            .logDetails = false,
            .brokerMetrics = false,
            .brokerConfigs = true,
            .readOnly = settings.readOnly,
            .replicaMoves = false,
            .leaderElections = remoteLeaderElections()};
}

SecurityAdmin *RemoteConnection::securityAdmin() { return m_securityAdmin.get(); }

Result<std::vector<ReassignmentResult>> RemoteConnection::reassignPartitions(const ReplicaMoves &)
{
    return Status::unsupported("moving partition replicas is not supported by this client: librdkafka " +
                               std::string(rd_kafka_version_str()) + " has no partition reassignment API");
}

Result<std::vector<ElectionResult>> RemoteConnection::electLeaders(ElectionType,
                                                                   const std::vector<TopicPartition> &)
{
    return remoteElectionsRefused();
}

ClusterSnapshotPtr RemoteConnection::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

void RemoteConnection::addObserver(ClusterObserver *observer)
{
    std::lock_guard lock(m_observersMutex);
    m_observers.push_back(observer);
}

void RemoteConnection::removeObserver(ClusterObserver *observer)
{
    std::lock_guard lock(m_observersMutex);
    std::erase(m_observers, observer);
}

template <typename Command>
AdminResult RemoteConnection::write(Command command)
{
    if (m_settings.readOnly)
        return {ErrorCode::PolicyViolation, "the connection " + m_settings.name + " is read-only"};
    AdminResult result = command(m_client->get(), m_settings.requestTimeoutMs);
    if (result.ok())
        refresh();
    return result;
}

Result<std::unique_ptr<RecordWriter>> RemoteConnection::openWriter(const ProducerConfig &config)
{
    if (m_settings.readOnly)
        return Status::unsupported("the connection " + m_settings.name + " is read-only");
    return openRemoteWriter(m_settings, config);
}

Result<std::int64_t> RemoteConnection::deleteRecords(const TopicPartition &tp, std::int64_t offset)
{
    if (m_settings.readOnly)
        return Status::unsupported("the connection " + m_settings.name + " is read-only");
    Result<std::int64_t> start =
        remoteDeleteRecords(m_client->get(), tp, offset, m_settings.requestTimeoutMs);
    if (start)
        refresh();
    return start;
}

Result<std::unique_ptr<GroupConsumer>> RemoteConnection::openGroupConsumer(const ConsumerConfig &config)
{
    if (m_settings.readOnly)
        return Status::unsupported("the connection " + m_settings.name + " is read-only");
    return openRemoteGroupConsumer(m_settings, config);
}

AdminResult RemoteConnection::resetGroupOffsets(const std::string &groupId,
                                                const std::map<TopicPartition, std::int64_t> &offsets,
                                                std::stop_token stop)
{
    return write([&](rd_kafka_t *rk, int timeoutMs) {
        return remoteResetGroupOffsets(rk, groupId, offsets, timeoutMs, stop);
    });
}

AdminResult RemoteConnection::deleteGroupOffsets(const std::string &groupId,
                                                 const std::vector<TopicPartition> &partitions)
{
    return write([&](rd_kafka_t *rk, int timeoutMs) {
        return remoteDeleteGroupOffsets(rk, groupId, partitions, timeoutMs);
    });
}

AdminResult RemoteConnection::deleteGroup(const std::string &groupId)
{
    return write([&](rd_kafka_t *rk, int timeoutMs) { return remoteDeleteGroup(rk, groupId, timeoutMs); });
}

AdminResult RemoteConnection::createTopic(const CreateTopicSpec &spec)
{
    return write([&](rd_kafka_t *rk, int timeoutMs) { return remoteCreateTopic(rk, spec, timeoutMs); });
}

AdminResult RemoteConnection::deleteTopic(const std::string &name)
{
    return write([&](rd_kafka_t *rk, int timeoutMs) { return remoteDeleteTopic(rk, name, timeoutMs); });
}

AdminResult RemoteConnection::createPartitions(const std::string &name, int totalCount)
{
    return write([&](rd_kafka_t *rk, int timeoutMs) {
        return remoteCreatePartitions(rk, name, totalCount, timeoutMs);
    });
}

AdminResult
RemoteConnection::alterTopicConfigs(const std::string &name,
                                    const std::map<std::string, std::optional<std::string>> &changes)
{
    return write([&](rd_kafka_t *rk, int timeoutMs) {
        AdminResult result = remoteAlterTopicConfigs(rk, name, changes, timeoutMs);
        if (result.ok())
            m_configsReadMs = -1; // read again with the next reading
        return result;
    });
}

Result<std::vector<BrokerConfigDescription>>
RemoteConnection::describeBrokerConfigs(std::optional<std::int32_t> broker)
{
    std::optional<std::int32_t> asked = broker;
    if (!asked) {
        // Kafka's resource "" lists only the values set cluster-wide; one broker's answer,
        // without that broker's own values, shows every config as the cluster has it.
        const ClusterSnapshotPtr snap = snapshot();
        if (!snap || snap->brokers.empty())
            return Status::busy("no broker of " + m_settings.name + " has answered yet");
        asked = snap->brokers.front().id;
    }
    auto configs = remoteDescribeBrokerConfigs(m_client->get(), *asked, m_settings.requestTimeoutMs);
    if (!configs || broker)
        return configs;
    return withoutBrokerOwnValues(std::move(*configs));
}

AdminResult RemoteConnection::alterBrokerConfigs(std::optional<std::int32_t> broker,
                                                 const BrokerConfigChanges &changes, bool validateOnly)
{
    return write([&](rd_kafka_t *rk, int timeoutMs) {
        return remoteAlterBrokerConfigs(rk, broker, changes, validateOnly, timeoutMs);
    });
}

std::unique_ptr<RecordReader> RemoteConnection::openReader()
{
    auto reader = RemoteRecordReader::open(m_settings);
    if (reader)
        return std::move(*reader);
    // The settings were accepted when the connection opened; should librdkafka refuse them
    // now, every read says why.
    return unavailableReader(reader.status());
}

Result<std::int32_t> RemoteConnection::partitionCount(const std::string &topic)
{
    const auto find = [&]() -> std::optional<std::int32_t> {
        const ClusterSnapshotPtr snap = snapshot();
        if (!snap)
            return std::nullopt;
        for (const auto &t : snap->topics)
            if (t.name == topic)
                return static_cast<std::int32_t>(t.partitions.size());
        return std::nullopt;
    };
    auto count = find();
    if (!count) {
        refresh();
        count = find();
    }
    if (!count)
        return Status::notFound("there is no topic \"" + topic + "\"");
    return *count;
}

Result<std::vector<EventRecord>> RemoteConnection::events(const EventQuery &query) const
{
    return m_catalog->events(query);
}

MetricsResult RemoteConnection::metrics(const MetricsRequest &request) const
{
    const HeldRead plan = planHeldRead(request.fromMs, request.toMs, request.stepMs, m_clock.nowMs(),
                                       m_catalogOptions.rawMetricsRetentionMs);
    if (!plan.fill)
        return queryMetrics(*m_catalog, request);
    MetricsRequest perSecond = request;
    perSecond.fromMs = plan.readFromMs;
    perSecond.toMs = plan.readToMs;
    perSecond.stepMs = 1000;
    MetricsResult result = queryMetrics(*m_catalog, perSecond);
    if (!result.error.empty())
        return result;
    // A group's series are held through the readings of its total, the others through the
    // cluster's.
    std::map<std::string, std::vector<MetricPoint>> readings; // by marker
    for (MetricsSeries &series : result.series) {
        const bool ofGroup =
            series.name.scope == SeriesScope::Group || series.name.scope == SeriesScope::GroupPartition;
        const std::string marker = ofGroup ? groupLagSeries(series.name.group) : readingsMarker();
        auto found = readings.find(marker);
        if (found == readings.end()) {
            auto points = m_catalog->metrics(marker, plan.readFromMs, plan.readToMs, 1000);
            if (!points) {
                result.error = points.status().toString();
                return result;
            }
            found = readings.emplace(marker, std::move(*points)).first;
        }
        series.points = inSteps(holdValues(series.points, found->second), request.fromMs, request.toMs, plan);
    }
    std::erase_if(result.series, [](const MetricsSeries &s) { return s.points.empty(); });
    return result;
}

LagHistory RemoteConnection::lagHistory(const LagHistoryRequest &request,
                                        const std::atomic<bool> *cancel) const
{
    const HeldRead plan = planHeldRead(request.fromMs, request.toMs, request.stepMs, m_clock.nowMs(),
                                       m_catalogOptions.rawGroupMetricsRetentionMs);
    if (!plan.fill)
        return readLagHistory(*m_catalog, request, cancel);
    LagHistoryRequest perSecond = request;
    perSecond.fromMs = plan.readFromMs;
    perSecond.toMs = plan.readToMs;
    perSecond.stepMs = 1000;
    LagHistory history = readLagHistory(*m_catalog, perSecond, cancel);
    if (!history.error.empty() || history.cancelled)
        return history;
    // The total is written at every reading: its seconds are the readings'.
    const std::vector<MetricPoint> readings = history.total;
    history.total = inSteps(readings, request.fromMs, request.toMs, plan);
    for (auto it = history.partitions.begin(); it != history.partitions.end();) {
        it->second = inSteps(holdValues(it->second, readings), request.fromMs, request.toMs, plan);
        it = it->second.empty() ? history.partitions.erase(it) : std::next(it);
    }
    return history;
}

} // namespace es
