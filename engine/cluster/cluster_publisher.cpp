// The snapshot publisher: every snapshotIntervalMs it gathers the brokers' views and
// counters into one immutable ClusterSnapshot for observers, and once a second it writes
// metrics samples to the catalog's history.

#include "catalog/catalog.h"
#include "catalog/metric_series.h"
#include "cluster/broker.h"
#include "cluster/cluster.h"
#include "cluster/listener_check.h"
#include "cluster/partition_lag.h"
#include "cluster/traffic_totals.h"
#include "common/counter_rate.h"

#include <array>
#include <unordered_map>
#include <unordered_set>

namespace es {

bool PartitionSnapshot::underReplicated() const
{
    int inSync = 0;
    for (const auto &r : replicas)
        inSync += r.inSync ? 1 : 0;
    return leader >= 0 && inSync < static_cast<int>(replicas.size());
}

namespace {

double perSecond(double delta, std::int64_t ms)
{
    return ms > 0 ? std::max(0.0, delta * 1000.0 / static_cast<double>(ms)) : 0;
}

struct CounterSample {
    std::int64_t timeMs = 0;
    std::uint64_t recordsIn = 0, recordsOut = 0, bytesIn = 0, bytesOut = 0, produceRequests = 0,
                  fetchRequests = 0;
    LatencyHistogram::Counts produce{};
};

struct PartitionSample {
    std::int64_t timeMs = 0;
    std::int64_t logEnd = 0;
    std::uint64_t size = 0;
    // The leader's consumer counters; they start again from zero on a new leader.
    std::int32_t leader = -1;
    std::uint64_t consumedRecords = 0;
    std::uint64_t consumedBytes = 0;
};

// Per second since `before`, or 0 when the counters are not comparable (another leader).
// The same leader restarted counts from zero again: counterRate() takes that as a reset.
double consumedPerSecond(std::uint64_t now, std::uint64_t before, bool comparable, std::int64_t ms)
{
    return comparable ? counterRate(now, before, ms) : 0;
}

// Rates of one topic over the last second, for the history.
struct TopicSecondRates {
    double recordsIn = 0, bytesIn = 0, recordsOut = 0, bytesOut = 0;
};

} // namespace

void Cluster::publisherLoop()
{
    std::unordered_map<std::int32_t, CounterSample> previous;
    std::unordered_map<std::int32_t, CounterSample> lastSecond;
    std::int64_t lastMetricsMs = 0;
    std::unordered_map<TopicPartition, PartitionSample> partitionSamples;
    // The history gets rates over the whole second since its previous sample, not the
    // last snapshot interval's, so a burst between two samples is not missed.
    std::unordered_map<TopicPartition, PartitionSample> partitionSecond;
    TrafficTotals trafficTotals;

    for (;;) {
        {
            std::unique_lock lock(m_publisherMutex);
            m_publisherCv.wait_for(lock, std::chrono::milliseconds(m_config.snapshotIntervalMs),
                                   [this] { return m_stopping; });
            if (m_stopping)
                return;
        }
        auto snap = std::make_shared<ClusterSnapshot>();
        auto img = metadata();
        if (!img)
            continue;
        const std::int64_t now = m_clock.nowMs();
        const bool metricsDue = now - lastMetricsMs >= 1000;
        // Per second since the previous history sample: records in/out, bytes in/out.
        std::unordered_map<std::int32_t, std::array<double, 4>> brokerSecondRates;
        std::unordered_map<std::string, TopicSecondRates> topicSecondRates;
        snap->timeMs = now;
        snap->metadataVersion = img->version;
        snap->clusterId = img->clusterId;
        snap->controllerId = img->controllerId;
        snap->controllerRunning = controllerRunning();
        snap->links = m_network.faults();
        snap->bootstrapServers = bootstrapServers();

        // Every replica's offsets as its broker reports them.
        std::unordered_map<TopicPartition, std::unordered_map<std::int32_t, Broker::ReplicaView>> views;
        std::vector<std::pair<std::int32_t, GroupSnapshot>> groups;
        const security::ListenerConfig first = firstListener(m_config);
        // Brokers stopped or crashed: their replicas are down at once, before the controller
        // notices (or whatever a crashed controller's last metadata still says).
        std::unordered_set<std::int32_t> down;
        {
            std::lock_guard lock(m_brokersMutex);
            for (const auto &[id, slot] : m_brokers) {
                if (slot.state == BrokerState::Stopped || slot.state == BrokerState::Crashed)
                    down.insert(id);
                BrokerSnapshot b;
                b.id = id;
                b.host = first.host;
                b.port = first.basePort + id - 1;
                b.state = slot.state;
                if (b.state == BrokerState::Running && img->brokers.count(id) && img->brokers.at(id).fenced)
                    b.state = BrokerState::Fenced;
                b.isController = img->controllerId == id;
                if (slot.broker &&
                    (slot.state == BrokerState::Running || slot.state == BrokerState::Paused)) {
                    for (auto &v : slot.broker->replicaViews())
                        views[v.tp][id] = std::move(v);
                    for (auto &g : slot.broker->groupSnapshots())
                        groups.emplace_back(id, std::move(g));
                    const BrokerMetrics &m = slot.broker->metrics();
                    CounterSample cur{now,
                                      m.recordsIn.load(),
                                      m.recordsOut.load(),
                                      m.bytesIn.load(),
                                      m.bytesOut.load(),
                                      m.produceRequests.load(),
                                      m.fetchRequests.load(),
                                      m.produceLatency.snapshot()};
                    b.recordsInTotal = cur.recordsIn;
                    b.bytesInTotal = cur.bytesIn;
                    b.recordsOutTotal = cur.recordsOut;
                    b.bytesOutTotal = cur.bytesOut;
                    b.isrShrinks = m.isrShrinks.load(std::memory_order_relaxed);
                    b.isrExpands = m.isrExpands.load(std::memory_order_relaxed);
                    auto prev = previous.find(id);
                    if (prev != previous.end() && cur.timeMs > prev->second.timeMs) {
                        const CounterSample &was = prev->second;
                        const std::int64_t ms = cur.timeMs - was.timeMs;
                        b.recordsInPerSec = counterRate(cur.recordsIn, was.recordsIn, ms);
                        b.recordsOutPerSec = counterRate(cur.recordsOut, was.recordsOut, ms);
                        b.bytesInPerSec = counterRate(cur.bytesIn, was.bytesIn, ms);
                        b.bytesOutPerSec = counterRate(cur.bytesOut, was.bytesOut, ms);
                        b.produceRequestsPerSec = counterRate(cur.produceRequests, was.produceRequests, ms);
                        b.fetchRequestsPerSec = counterRate(cur.fetchRequests, was.fetchRequests, ms);
                    }
                    auto sec = lastSecond.find(id);
                    if (sec != lastSecond.end() && metricsDue && cur.timeMs > sec->second.timeMs) {
                        const CounterSample &was = sec->second;
                        const std::int64_t ms = cur.timeMs - was.timeMs;
                        brokerSecondRates[id] = {counterRate(cur.recordsIn, was.recordsIn, ms),
                                                 counterRate(cur.recordsOut, was.recordsOut, ms),
                                                 counterRate(cur.bytesIn, was.bytesIn, ms),
                                                 counterRate(cur.bytesOut, was.bytesOut, ms)};
                    }
                    if (sec != lastSecond.end()) {
                        const auto window = LatencyHistogram::minus(cur.produce, sec->second.produce);
                        b.produceP50Ms = LatencyHistogram::percentile(window, 0.5) / 1000.0;
                        b.produceP99Ms = LatencyHistogram::percentile(window, 0.99) / 1000.0;
                    }
                    if (prev == previous.end() || metricsDue)
                        lastSecond[id] = cur;
                    previous[id] = cur;
                }
                snap->brokers.push_back(b);
            }
        }

        for (const auto &[name, t] : img->topics) {
            TopicSnapshot ts;
            ts.name = name;
            ts.topicId = t.topicId;
            ts.internal = t.internal;
            ts.configs = t.config.describe();
            for (const auto &p : t.partitions) {
                PartitionSnapshot ps;
                ps.partition = p.partition;
                ps.leader = p.leader;
                ps.leaderEpoch = p.leaderEpoch;
                ps.addingReplicas = p.addingReplicas;
                ps.removingReplicas = p.removingReplicas;
                const auto &pv = views[TopicPartition{name, p.partition}];
                for (auto r : p.replicas) {
                    ReplicaSnapshot rs;
                    rs.broker = r;
                    rs.inSync = p.inIsr(r);
                    rs.isLeader = p.leader == r;
                    rs.online = img->brokerAlive(r) && !down.contains(r);
                    auto v = pv.find(r);
                    if (v != pv.end()) {
                        rs.logEndOffset = v->second.logEnd;
                        rs.sizeBytes = v->second.sizeBytes;
                    }
                    ps.replicas.push_back(rs);
                }
                auto leaderView = pv.find(p.leader);
                if (leaderView != pv.end()) {
                    ps.logStartOffset = leaderView->second.logStart;
                    ps.highWatermark = leaderView->second.highWatermark;
                    ps.logEndOffset = leaderView->second.logEnd;
                    ps.sizeBytes = leaderView->second.sizeBytes;
                    ps.segments = leaderView->second.segments;
                    ps.segmentBaseOffsets = leaderView->second.segmentBaseOffsets;
                    ts.records += ps.highWatermark - ps.logStartOffset;
                    ts.sizeBytes += ps.sizeBytes;
                    const PartitionSample current{now,
                                                  ps.logEndOffset,
                                                  ps.sizeBytes,
                                                  p.leader,
                                                  leaderView->second.consumedRecords,
                                                  leaderView->second.consumedBytes};
                    auto &sample = partitionSamples[TopicPartition{name, p.partition}];
                    if (sample.timeMs > 0) {
                        const std::int64_t ms = now - sample.timeMs;
                        const bool sameLeader = sample.leader == p.leader;
                        ps.recordsInPerSec =
                            perSecond(static_cast<double>(ps.logEndOffset - sample.logEnd), ms);
                        ps.bytesInPerSec = perSecond(
                            static_cast<double>(ps.sizeBytes) - static_cast<double>(sample.size), ms);
                        ps.recordsOutPerSec = consumedPerSecond(current.consumedRecords,
                                                                sample.consumedRecords, sameLeader, ms);
                        ps.bytesOutPerSec =
                            consumedPerSecond(current.consumedBytes, sample.consumedBytes, sameLeader, ms);
                    }
                    sample = current;
                    if (metricsDue) {
                        auto &second = partitionSecond[TopicPartition{name, p.partition}];
                        if (second.timeMs > 0) {
                            auto &rates = topicSecondRates[name];
                            const std::int64_t ms = now - second.timeMs;
                            const bool sameLeader = second.leader == p.leader;
                            const auto appended = static_cast<double>(ps.logEndOffset - second.logEnd);
                            const double grown =
                                static_cast<double>(ps.sizeBytes) - static_cast<double>(second.size);
                            rates.recordsIn += perSecond(appended, ms);
                            rates.bytesIn += perSecond(grown, ms);
                            rates.recordsOut += consumedPerSecond(current.consumedRecords,
                                                                  second.consumedRecords, sameLeader, ms);
                            rates.bytesOut += consumedPerSecond(current.consumedBytes, second.consumedBytes,
                                                                sameLeader, ms);
                        }
                        second = current;
                    }
                    ts.recordsInPerSec += ps.recordsInPerSec;
                    ts.bytesInPerSec += ps.bytesInPerSec;
                    ts.recordsOutPerSec += ps.recordsOutPerSec;
                    ts.bytesOutPerSec += ps.bytesOutPerSec;
                }
                trafficTotals.fill(TopicPartition{name, p.partition}, t.topicId, pv, ps);
                ts.recordsInTotal += ps.recordsInTotal;
                ts.bytesInTotal += ps.bytesInTotal;
                ts.recordsOutTotal += ps.recordsOutTotal;
                ts.bytesOutTotal += ps.bytesOutTotal;
                if (p.leader < 0 || !img->brokerAlive(p.leader) || down.contains(p.leader))
                    ++ts.offline;
                else if (ps.underReplicated())
                    ++ts.underReplicated;
                ts.partitions.push_back(std::move(ps));
            }
            ts.replicationFactor =
                t.partitions.empty() ? 0 : static_cast<int>(t.partitions[0].replicas.size());
            snap->underReplicatedPartitions += ts.underReplicated;
            snap->offlinePartitions += ts.offline;
            snap->topics.push_back(std::move(ts));
        }
        trafficTotals.sweep();
        for (auto &b : snap->brokers) {
            for (const auto &t : snap->topics)
                for (const auto &p : t.partitions) {
                    for (const auto &r : p.replicas)
                        b.replicaCount += r.broker == b.id ? 1 : 0;
                    if (p.leader == b.id) {
                        ++b.leaderCount;
                        b.underReplicated += p.underReplicated() ? 1 : 0;
                    }
                }
        }

        // Lag: how far each group's committed offsets are behind the high watermarks.
        std::unordered_map<TopicPartition, const PartitionSnapshot *> partitionsByTp;
        for (const auto &t : snap->topics)
            for (const auto &p : t.partitions)
                partitionsByTp[TopicPartition{t.name, p.partition}] = &p;
        for (auto &[coordinator, g] : groups) {
            GroupView view;
            view.coordinator = coordinator;
            for (const auto &[tp, committed] : g.offsets) {
                auto p = partitionsByTp.find(tp);
                const PartitionLag lag =
                    partitionLag(tp, committed, p != partitionsByTp.end() ? p->second : nullptr);
                view.totalLag += lag.lag;
                view.lag.push_back(lag);
            }
            view.group = std::move(g);
            snap->groups.push_back(std::move(view));
        }

        if (metricsDue) {
            lastMetricsMs = now;
            std::vector<MetricSample> samples;
            for (const auto &b : snap->brokers) {
                auto sec = brokerSecondRates.find(b.id);
                const std::array<double, 4> instant{b.recordsInPerSec, b.recordsOutPerSec, b.bytesInPerSec,
                                                    b.bytesOutPerSec};
                const std::array<double, 4> rates = sec != brokerSecondRates.end() ? sec->second : instant;
                samples.push_back({brokerSeries(b.id, SeriesMetric::RecordsInPerSec), now, rates[0]});
                samples.push_back({brokerSeries(b.id, SeriesMetric::RecordsOutPerSec), now, rates[1]});
                samples.push_back({brokerSeries(b.id, SeriesMetric::BytesInPerSec), now, rates[2]});
                samples.push_back({brokerSeries(b.id, SeriesMetric::BytesOutPerSec), now, rates[3]});
                samples.push_back({brokerSeries(b.id, SeriesMetric::ProduceP50Ms), now, b.produceP50Ms});
                samples.push_back({brokerSeries(b.id, SeriesMetric::ProduceP99Ms), now, b.produceP99Ms});
            }
            for (const auto &b : snap->brokers) {
                samples.push_back(
                    {brokerSeries(b.id, SeriesMetric::ProduceRequestsPerSec), now, b.produceRequestsPerSec});
                samples.push_back(
                    {brokerSeries(b.id, SeriesMetric::FetchRequestsPerSec), now, b.fetchRequestsPerSec});
            }
            for (const auto &t : snap->topics) {
                auto sec = topicSecondRates.find(t.name);
                const bool haveSecond = sec != topicSecondRates.end();
                samples.push_back({topicSeries(t.name, SeriesMetric::RecordsInPerSec), now,
                                   haveSecond ? sec->second.recordsIn : t.recordsInPerSec});
                samples.push_back({topicSeries(t.name, SeriesMetric::BytesInPerSec), now,
                                   haveSecond ? sec->second.bytesIn : t.bytesInPerSec});
                samples.push_back({topicSeries(t.name, SeriesMetric::RecordsOutPerSec), now,
                                   haveSecond ? sec->second.recordsOut : t.recordsOutPerSec});
                samples.push_back({topicSeries(t.name, SeriesMetric::BytesOutPerSec), now,
                                   haveSecond ? sec->second.bytesOut : t.bytesOutPerSec});
                for (const auto &p : t.partitions) {
                    samples.push_back({partitionSeries(t.name, p.partition, SeriesMetric::RecordsInPerSec),
                                       now, p.recordsInPerSec});
                    samples.push_back({partitionSeries(t.name, p.partition, SeriesMetric::RecordsOutPerSec),
                                       now, p.recordsOutPerSec});
                }
            }
            for (const auto &g : snap->groups) {
                samples.push_back({groupLagSeries(g.group.groupId), now, static_cast<double>(g.totalLag)});
                for (const auto &l : g.lag)
                    samples.push_back({groupPartitionLagSeries(g.group.groupId, l.tp.topic, l.tp.partition),
                                       now, static_cast<double>(l.lag)});
            }
            samples.push_back({clusterSeries(SeriesMetric::UnderReplicated), now,
                               static_cast<double>(snap->underReplicatedPartitions)});
            samples.push_back(
                {clusterSeries(SeriesMetric::Offline), now, static_cast<double>(snap->offlinePartitions)});
            m_catalog->appendMetrics(std::move(samples));
        }

        std::lock_guard lock(m_observersMutex);
        m_snapshot = snap;
        for (auto *o : m_observers)
            o->onSnapshot(snap);
    }
}

} // namespace es
