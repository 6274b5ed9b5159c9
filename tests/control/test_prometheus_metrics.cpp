// GET /metrics' text, rendered from a snapshot and request stats made by hand: the names
// and labels Kafka's dashboards query, counters as they are, label values escaped, and
// latency histograms cumulative with +Inf equal to the count.

#include "control/prometheus_metrics.h"
#include "control/prometheus_text.h"

#include <QtTest>

#include <map>
#include <set>
#include <sstream>

using namespace es;

namespace {

const std::string kOddGroup = "we\"ird\\group\nx";

ClusterSnapshot craftedSnapshot()
{
    ClusterSnapshot s;
    s.controllerId = 1;
    s.offlinePartitions = 1;
    BrokerSnapshot one;
    one.id = 1;
    one.state = BrokerState::Running;
    one.isController = true;
    one.leaderCount = 1;
    one.replicaCount = 2;
    one.underReplicated = 1;
    one.recordsInTotal = 42;
    one.bytesInTotal = 4200;
    one.isrShrinks = 3;
    one.isrExpands = 2;
    BrokerSnapshot two;
    two.id = 2;
    two.state = BrokerState::Crashed;
    s.brokers = {one, two};

    TopicSnapshot orders;
    orders.name = "orders";
    PartitionSnapshot p0;
    p0.partition = 0;
    p0.leader = 1;
    p0.logStartOffset = 0;
    p0.logEndOffset = 42;
    p0.highWatermark = 40;
    p0.replicas = {ReplicaSnapshot{1, true, true, true, 42, 5000},
                   ReplicaSnapshot{2, false, false, false, -1, 0}};
    PartitionSnapshot p1;
    p1.partition = 1;
    p1.leader = -1;
    p1.replicas = {ReplicaSnapshot{2, true, false, false, -1, 0}};
    orders.partitions = {p0, p1};
    orders.recordsInTotal = 42;
    orders.bytesInTotal = 4200;
    orders.recordsOutTotal = 7;
    orders.bytesOutTotal = 700;
    s.topics = {orders};

    GroupView g;
    g.group.groupId = kOddGroup;
    g.lag = {PartitionLag{{"orders", 0}, 30, 40, 10, -1}, PartitionLag{{"orders", 1}, 5, 10, 5, -1}};
    g.totalLag = 15;
    s.groups = {g, g}; // reported by two coordinators while it moves
    return s;
}

// 3 requests of 200 us, 2 of 3 ms, 1 of 20 s (past the last bound).
std::vector<BrokerRequestStats> craftedRequests()
{
    LatencyHistogram h;
    for (int i = 0; i < 3; ++i)
        h.record(200);
    for (int i = 0; i < 2; ++i)
        h.record(3000);
    h.record(20'000'000);
    BrokerRequestStats b;
    b.broker = 1;
    b.apis.push_back({3, "Metadata", 6, h.snapshot(), 20.0066});
    return {b};
}

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

bool hasLine(const std::string &text, const std::string &line)
{
    const auto lines = linesOf(text);
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

} // namespace

class TestPrometheusMetrics : public QObject {
    Q_OBJECT

private slots:
    void countersKeepTheirTotalSuffixAndValue()
    {
        const std::string text = control::renderPrometheusMetrics(craftedSnapshot(), {});
        QVERIFY(hasLine(text, "# TYPE kafka_server_brokertopicmetrics_messagesin_total counter"));
        QVERIFY(hasLine(text, "kafka_server_brokertopicmetrics_messagesin_total{topic=\"orders\"} 42"));
        QVERIFY(hasLine(text, "kafka_server_brokertopicmetrics_messagesin_total{broker=\"1\"} 42"));
        QVERIFY(hasLine(text, "kafka_server_brokertopicmetrics_bytesout_total{topic=\"orders\"} 700"));
        QVERIFY(hasLine(text, "kafka_server_replicamanager_isrshrinks_total{broker=\"1\"} 3"));
        QVERIFY(hasLine(text, "kafka_server_replicamanager_isrexpands_total{broker=\"1\"} 2"));
    }

    void gaugesNameTheControllerAndTheBrokersStates()
    {
        const std::string text = control::renderPrometheusMetrics(craftedSnapshot(), {});
        QVERIFY(hasLine(text, "kafka_controller_kafkacontroller_activecontrollercount{broker=\"1\"} 1"));
        QVERIFY(hasLine(text, "kafka_controller_kafkacontroller_activecontrollercount{broker=\"2\"} 0"));
        // A crashed controller is no active controller anywhere: the sum Kafka's alerts watch is 0.
        ClusterSnapshot down = craftedSnapshot();
        down.controllerRunning = false;
        const std::string downText = control::renderPrometheusMetrics(down, {});
        QVERIFY(hasLine(downText, "kafka_controller_kafkacontroller_activecontrollercount{broker=\"1\"} 0"));
        QVERIFY(hasLine(text, "kafka_controller_kafkacontroller_offlinepartitionscount 1"));
        QVERIFY(hasLine(text, "kafka_server_replicamanager_underreplicatedpartitions{broker=\"1\"} 1"));
        QVERIFY(hasLine(text, "kafka_server_kafkaserver_brokerstate{broker=\"1\"} 3"));
        QVERIFY(hasLine(text, "kafka_server_kafkaserver_brokerstate{broker=\"2\"} 0"));
        QVERIFY(hasLine(text, "eventscope_broker_up{broker=\"2\"} 0"));
        QVERIFY(
            hasLine(text, "kafka_log_log_size_bytes{topic=\"orders\",partition=\"0\",broker=\"1\"} 5000"));
        // A replica whose broker is down has no size to report.
        QVERIFY(!hasLine(text, "kafka_log_log_size_bytes{topic=\"orders\",partition=\"0\",broker=\"2\"} 0"));
        QVERIFY(hasLine(text, "kafka_log_log_logendoffset{topic=\"orders\",partition=\"0\"} 42"));
    }

    void labelValuesAreEscapedAndGroupsWrittenOnce()
    {
        const std::string text = control::renderPrometheusMetrics(craftedSnapshot(), {});
        const std::string group = "consumergroup=\"we\\\"ird\\\\group\\nx\"";
        const std::string lag = "kafka_consumergroup_lag{" + group + ",topic=\"orders\",partition=\"0\"} 10";
        QVERIFY2(hasLine(text, lag), text.c_str());
        QVERIFY(hasLine(text, "kafka_consumergroup_lag_sum{" + group + ",topic=\"orders\"} 15"));
        const auto lines = linesOf(text);
        QCOMPARE(std::count(lines.begin(), lines.end(), lag), 1);
        QCOMPARE(control::PrometheusText::escapeLabelValue("a\\b\"c\nd"), std::string("a\\\\b\\\"c\\nd"));
    }

    void latencyHistogramIsCumulativeInSeconds()
    {
        const std::string text = control::renderPrometheusMetrics(craftedSnapshot(), craftedRequests());
        const std::string family = "kafka_network_requestmetrics_totaltime_seconds";
        QVERIFY(hasLine(text, "# TYPE " + family + " histogram"));
        const std::string labels = "broker=\"1\",request=\"Metadata\"";
        QVERIFY2(hasLine(text, family + "_bucket{" + labels + ",le=\"0.0005\"} 3"), text.c_str());
        QVERIFY(hasLine(text, family + "_bucket{" + labels + ",le=\"0.0025\"} 3"));
        QVERIFY(hasLine(text, family + "_bucket{" + labels + ",le=\"0.005\"} 5"));
        QVERIFY(hasLine(text, family + "_bucket{" + labels + ",le=\"10\"} 5"));
        QVERIFY(hasLine(text, family + "_bucket{" + labels + ",le=\"+Inf\"} 6"));
        QVERIFY(hasLine(text, family + "_count{" + labels + "} 6"));
        QVERIFY(hasLine(text, family + "_sum{" + labels + "} 20.0066"));

        // Every bucket holds at least what the one before holds.
        std::uint64_t previous = 0;
        int buckets = 0;
        for (const auto &line : linesOf(text)) {
            if (line.rfind(family + "_bucket{", 0) != 0)
                continue;
            const std::uint64_t value = std::stoull(line.substr(line.rfind(' ') + 1));
            QVERIFY2(value >= previous, line.c_str());
            previous = value;
            ++buckets;
        }
        QCOMPARE(buckets, 15); // 14 bounds and +Inf
    }

    void everyFamilyIsDeclaredOnceBeforeItsSamples()
    {
        const std::string text = control::renderPrometheusMetrics(craftedSnapshot(), craftedRequests());
        std::set<std::string> declared;
        std::string current;
        for (const auto &line : linesOf(text)) {
            if (line.rfind("# TYPE ", 0) == 0) {
                current = line.substr(7, line.find(' ', 7) - 7);
                QVERIFY2(declared.insert(current).second, line.c_str());
                continue;
            }
            if (line.empty() || line[0] == '#')
                continue;
            const std::string name = line.substr(0, line.find_first_of("{ "));
            QVERIFY2(name == current || name == current + "_bucket" || name == current + "_sum" ||
                         name == current + "_count",
                     line.c_str());
        }
        QVERIFY(declared.count("kafka_consumergroup_lag"));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusMetrics)
#include "test_prometheus_metrics.moc"
