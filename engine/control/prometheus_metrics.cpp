// The metrics behind GET /metrics, named as Kafka's JMX exporter (and, for consumer lag,
// kafka_exporter) names them, so that existing dashboards and alerts read them. One process
// exports the whole cluster, so per-broker series carry a `broker` label where a real Kafka
// broker's exporter would have its own `instance`.
//
// | name                                                    | type      | labels                          |
// |---------------------------------------------------------|-----------|---------------------------------|
// | kafka_server_brokertopicmetrics_messagesin_total        | counter   | broker, or topic                |
// | kafka_server_brokertopicmetrics_bytesin_total           | counter   | broker, or topic                |
// | kafka_server_brokertopicmetrics_messagesout_total       | counter   | broker, or topic                |
// | kafka_server_brokertopicmetrics_bytesout_total          | counter   | broker, or topic                |
// | kafka_server_replicamanager_underreplicatedpartitions   | gauge     | broker                          |
// | kafka_server_replicamanager_leadercount                 | gauge     | broker                          |
// | kafka_server_replicamanager_partitioncount              | gauge     | broker                          |
// | kafka_server_replicamanager_isrshrinks_total            | counter   | broker                          |
// | kafka_server_replicamanager_isrexpands_total            | counter   | broker                          |
// | kafka_server_kafkaserver_brokerstate                    | gauge     | broker                          |
// | eventscope_broker_up                                    | gauge     | broker                          |
// | kafka_controller_kafkacontroller_activecontrollercount  | gauge     | broker                          |
// | kafka_controller_kafkacontroller_offlinepartitionscount | gauge     |                                 |
// | kafka_controller_kafkacontroller_globaltopiccount       | gauge     |                                 |
// | kafka_controller_kafkacontroller_globalpartitioncount   | gauge     |                                 |
// | kafka_network_requestmetrics_totaltime_seconds          | histogram | broker, request                 |
// | kafka_log_log_size_bytes                                | gauge     | topic, partition, broker        |
// | kafka_log_log_logstartoffset                            | gauge     | topic, partition                |
// | kafka_log_log_logendoffset                              | gauge     | topic, partition                |
// | kafka_cluster_partition_underreplicated                 | gauge     | topic, partition                |
// | kafka_consumergroup_current_offset                      | gauge     | consumergroup, topic, partition |
// | kafka_consumergroup_lag                                 | gauge     | consumergroup, topic, partition |
// | kafka_consumergroup_lag_sum                             | gauge     | consumergroup, topic            |
// | kafka_consumergroup_members                             | gauge     | consumergroup                   |
//
// The brokertopicmetrics families hold one series per broker (all topics, Kafka's aggregate
// bean) and one per topic (all brokers), as the JMX exporter mixes the aggregate and the
// per-topic beans: sum over one label set, not over both. messagesout (records fetched by
// consumers) is Eventscope's own; Kafka counts only fetch requests. Consumer group series are
// labelled `consumergroup` as kafka_exporter labels them, the name Grafana's Kafka dashboards
// query.

#include "control/prometheus_metrics.h"

#include "control/prometheus_text.h"

#include <array>
#include <map>
#include <set>
#include <string>

namespace es::control {

namespace {

std::string str(std::int64_t v) { return std::to_string(v); }

double num(std::uint64_t v) { return static_cast<double>(v); }
double num(std::int64_t v) { return static_cast<double>(v); }
double num(int v) { return static_cast<double>(v); }

void writeTraffic(PrometheusText &out, const ClusterSnapshot &s)
{
    struct Family {
        const char *name;
        const char *help;
        std::uint64_t BrokerSnapshot::*broker;
        double (*topic)(const TopicSnapshot &);
    };
    const std::array<Family, 4> families{{
        {"kafka_server_brokertopicmetrics_messagesin_total",
         "Records appended: per broker by clients since it started, per topic its partitions' log end "
         "offsets.",
         &BrokerSnapshot::recordsInTotal, [](const TopicSnapshot &t) { return num(t.recordsInTotal); }},
        {"kafka_server_brokertopicmetrics_bytesin_total", "Bytes appended by clients.",
         &BrokerSnapshot::bytesInTotal, [](const TopicSnapshot &t) { return num(t.bytesInTotal); }},
        {"kafka_server_brokertopicmetrics_messagesout_total", "Records fetched by consumers (not followers).",
         &BrokerSnapshot::recordsOutTotal, [](const TopicSnapshot &t) { return num(t.recordsOutTotal); }},
        {"kafka_server_brokertopicmetrics_bytesout_total", "Bytes fetched by consumers (not followers).",
         &BrokerSnapshot::bytesOutTotal, [](const TopicSnapshot &t) { return num(t.bytesOutTotal); }},
    }};
    for (const Family &f : families) {
        out.counter(f.name, f.help);
        for (const auto &b : s.brokers)
            out.sample({{"broker", str(b.id)}}, num(b.*f.broker));
        for (const auto &t : s.topics)
            out.sample({{"topic", t.name}}, f.topic(t));
    }
}

// Kafka's BrokerState numbers: 0 not running, 2 recovery (registered, fenced), 3 running.
int kafkaBrokerState(BrokerState state)
{
    switch (state) {
    case BrokerState::Running:
    case BrokerState::Paused: // frozen, but it still believes it runs
        return 3;
    case BrokerState::Fenced: return 2;
    case BrokerState::Stopped:
    case BrokerState::Crashed: return 0;
    }
    return 0;
}

void writeBrokers(PrometheusText &out, const ClusterSnapshot &s)
{
    const auto perBroker = [&](auto value) {
        for (const auto &b : s.brokers)
            out.sample({{"broker", str(b.id)}}, value(b));
    };
    out.gauge("kafka_server_replicamanager_underreplicatedpartitions",
              "Partitions the broker leads with fewer in-sync replicas than replicas.");
    perBroker([](const BrokerSnapshot &b) { return num(b.underReplicated); });
    out.gauge("kafka_server_replicamanager_leadercount", "Partitions the broker leads.");
    perBroker([](const BrokerSnapshot &b) { return num(b.leaderCount); });
    out.gauge("kafka_server_replicamanager_partitioncount", "Partition replicas the broker hosts.");
    perBroker([](const BrokerSnapshot &b) { return num(b.replicaCount); });
    out.counter("kafka_server_replicamanager_isrshrinks_total",
                "Shrinks of the ISR of partitions the broker leads, since it started.");
    perBroker([](const BrokerSnapshot &b) { return num(b.isrShrinks); });
    out.counter("kafka_server_replicamanager_isrexpands_total",
                "Expansions of the ISR of partitions the broker leads, since it started.");
    perBroker([](const BrokerSnapshot &b) { return num(b.isrExpands); });
    out.gauge("kafka_server_kafkaserver_brokerstate",
              "Kafka's broker state: 0 not running, 2 fenced (recovery), 3 running.");
    perBroker([](const BrokerSnapshot &b) { return num(kafkaBrokerState(b.state)); });
    out.gauge("eventscope_broker_up",
              "1 while the broker runs and serves, 0 when stopped, crashed, paused or fenced.");
    perBroker([](const BrokerSnapshot &b) { return b.state == BrokerState::Running ? 1.0 : 0.0; });
    out.gauge("kafka_controller_kafkacontroller_activecontrollercount",
              "1 on the broker that is the active controller, 0 on the others (on all while the "
              "controller is crashed).");
    perBroker([&](const BrokerSnapshot &b) { return s.controllerRunning && b.id == s.controllerId ? 1.0 : 0.0; });
}

void writeController(PrometheusText &out, const ClusterSnapshot &s)
{
    int partitions = 0;
    for (const auto &t : s.topics)
        partitions += static_cast<int>(t.partitions.size());
    out.gauge("kafka_controller_kafkacontroller_offlinepartitionscount", "Partitions without a live leader.");
    out.sample({}, num(s.offlinePartitions));
    out.gauge("kafka_controller_kafkacontroller_globaltopiccount", "Topics in the cluster.");
    out.sample({}, num(static_cast<int>(s.topics.size())));
    out.gauge("kafka_controller_kafkacontroller_globalpartitioncount", "Partitions in the cluster.");
    out.sample({}, num(partitions));
}

void writeLogs(PrometheusText &out, const ClusterSnapshot &s)
{
    const auto labels = [](const TopicSnapshot &t, const PartitionSnapshot &p) {
        return PrometheusLabels{{"topic", t.name}, {"partition", str(p.partition)}};
    };
    out.gauge("kafka_log_log_size_bytes", "Bytes of the partition's log on each broker hosting a replica.");
    for (const auto &t : s.topics)
        for (const auto &p : t.partitions)
            for (const auto &r : p.replicas)
                if (r.logEndOffset >= 0) { // its broker reports it
                    PrometheusLabels l = labels(t, p);
                    l.emplace_back("broker", str(r.broker));
                    out.sample(l, num(r.sizeBytes));
                }
    out.gauge("kafka_log_log_logstartoffset", "The leader's first offset.");
    for (const auto &t : s.topics)
        for (const auto &p : t.partitions)
            if (p.logStartOffset >= 0)
                out.sample(labels(t, p), num(p.logStartOffset));
    out.gauge("kafka_log_log_logendoffset", "The leader's log end offset.");
    for (const auto &t : s.topics)
        for (const auto &p : t.partitions)
            if (p.logEndOffset >= 0)
                out.sample(labels(t, p), num(p.logEndOffset));
    out.gauge("kafka_cluster_partition_underreplicated",
              "1 when the partition has fewer in-sync replicas than replicas.");
    for (const auto &t : s.topics)
        for (const auto &p : t.partitions)
            out.sample(labels(t, p), p.underReplicated() ? 1.0 : 0.0);
}

// The groups once each: while a coordinator moves, two brokers may both report one.
std::vector<const GroupView *> distinctGroups(const ClusterSnapshot &s)
{
    std::set<std::string, std::less<>> seen;
    std::vector<const GroupView *> out;
    for (const auto &g : s.groups)
        if (seen.insert(g.group.groupId).second)
            out.push_back(&g);
    return out;
}

void writeGroups(PrometheusText &out, const ClusterSnapshot &s)
{
    const auto groups = distinctGroups(s);
    const auto labels = [](const GroupView &g, const PartitionLag &l) {
        return PrometheusLabels{
            {"consumergroup", g.group.groupId}, {"topic", l.tp.topic}, {"partition", str(l.tp.partition)}};
    };
    out.gauge("kafka_consumergroup_current_offset", "The group's committed offset.");
    for (const auto *g : groups)
        for (const auto &l : g->lag)
            out.sample(labels(*g, l), num(l.committed));
    out.gauge("kafka_consumergroup_lag",
              "Records between the group's committed offset and the high watermark.");
    for (const auto *g : groups)
        for (const auto &l : g->lag)
            out.sample(labels(*g, l), num(l.lag));
    out.gauge("kafka_consumergroup_lag_sum", "The group's lag summed over a topic's partitions.");
    for (const auto *g : groups) {
        std::map<std::string, std::int64_t> byTopic;
        for (const auto &l : g->lag)
            byTopic[l.tp.topic] += l.lag;
        for (const auto &[topic, lag] : byTopic)
            out.sample({{"consumergroup", g->group.groupId}, {"topic", topic}}, num(lag));
    }
    out.gauge("kafka_consumergroup_members", "Members of the group.");
    for (const auto *g : groups)
        out.sample({{"consumergroup", g->group.groupId}}, num(static_cast<int>(g->group.members.size())));
}

// Prometheus' buckets, in seconds: from half a millisecond to ten seconds, as a broker's
// requests range from an in-memory Metadata to a long-poll Fetch.
constexpr std::array<double, 14> kLatencyBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                 0.1,    0.25,  0.5,    1,     2.5,  5,     10};

// The engine's fine log-spaced buckets folded into kLatencyBuckets: each fine bucket goes
// to the first bound at or above its own (the fine buckets are 9% wide, so a sample may
// land one bound higher than its exact value would); past the last bound, only +Inf.
std::array<std::pair<double, std::uint64_t>, kLatencyBuckets.size()>
foldLatencies(const LatencyHistogram::Counts &counts)
{
    std::array<std::pair<double, std::uint64_t>, kLatencyBuckets.size()> out{};
    for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i)
        out[i] = {kLatencyBuckets[i], 0};
    std::size_t bound = 0;
    for (int b = 0; b < LatencyHistogram::kBuckets; ++b) {
        const double seconds = LatencyHistogram::bucketUpper(b) / 1e6;
        while (bound < kLatencyBuckets.size() && kLatencyBuckets[bound] < seconds)
            ++bound;
        if (bound == kLatencyBuckets.size())
            break;
        out[bound].second += counts[static_cast<std::size_t>(b)];
    }
    return out;
}

void writeRequests(PrometheusText &out, const std::vector<BrokerRequestStats> &requests)
{
    out.histogram("kafka_network_requestmetrics_totaltime_seconds",
                  "Seconds from a request's arrival at the broker to its answer, per API.");
    for (const auto &b : requests)
        for (const auto &api : b.apis) {
            const auto buckets = foldLatencies(api.latency);
            out.histogramSample({{"broker", str(b.broker)}, {"request", api.name}}, buckets, api.count,
                                api.sumSeconds);
        }
}

} // namespace

std::string renderPrometheusMetrics(const ClusterSnapshot &snapshot,
                                    const std::vector<BrokerRequestStats> &requests)
{
    PrometheusText out;
    writeTraffic(out, snapshot);
    writeBrokers(out, snapshot);
    writeController(out, snapshot);
    writeRequests(out, requests);
    writeLogs(out, snapshot);
    writeGroups(out, snapshot);
    return out.text();
}

} // namespace es::control
