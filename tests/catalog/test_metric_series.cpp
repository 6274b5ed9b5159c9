// The metrics history's series names: every name the cluster writes reads back as what it
// was built from, with awkward topic names and group ids too, and a chart's query finds
// exactly the series of its scopes and metrics.

#include "catalog/metric_series.h"
#include "catalog/metrics_query.h"
#include "catalog_fixture.h"

using namespace es;
using namespace es::test;

namespace {

const SeriesMetric kAllMetrics[] = {
    SeriesMetric::RecordsInPerSec,
    SeriesMetric::RecordsOutPerSec,
    SeriesMetric::BytesInPerSec,
    SeriesMetric::BytesOutPerSec,
    SeriesMetric::ProduceP50Ms,
    SeriesMetric::ProduceP99Ms,
    SeriesMetric::ProduceRequestsPerSec,
    SeriesMetric::FetchRequestsPerSec,
    SeriesMetric::UnderReplicated,
    SeriesMetric::Offline,
    SeriesMetric::Lag,
};

bool readsBack(const std::string &name, const SeriesName &expected)
{
    const auto parsed = parseSeriesName(name);
    if (!parsed || !(*parsed == expected)) {
        qWarning("%s does not read back as built", name.c_str());
        return false;
    }
    return true;
}

} // namespace

class TestMetricSeries : public QObject, public CatalogFiles {
    Q_OBJECT

private slots:
    void namesAreTheOnesTheHistoryKeeps()
    {
        // The stored names are a file format: an existing catalog's history must still chart.
        QCOMPARE(brokerSeries(12, SeriesMetric::RecordsInPerSec), std::string("broker:12/records_in_per_s"));
        QCOMPARE(topicSeries("orders", SeriesMetric::BytesOutPerSec),
                 std::string("topic:orders/bytes_out_per_s"));
        QCOMPARE(partitionSeries("orders", 3, SeriesMetric::RecordsOutPerSec),
                 std::string("partition:orders-3/records_out_per_s"));
        QCOMPARE(clusterSeries(SeriesMetric::UnderReplicated), std::string("cluster/under_replicated"));
        QCOMPARE(groupLagSeries("billing"), std::string("group:billing/lag"));
        QCOMPARE(groupPartitionLagSeries("billing", "orders", 3), std::string("group:billing/lag/orders-3"));
        QCOMPARE(groupPartitionLagPrefix("billing"), std::string("group:billing/lag/"));
        QVERIFY(isGroupSeries(groupLagSeries("billing")));
        QVERIFY(!isGroupSeries(brokerSeries(1, SeriesMetric::Offline)));
    }

    void everyNameReadsBack()
    {
        for (SeriesMetric m : kAllMetrics) {
            QVERIFY(readsBack(clusterSeries(m), {.scope = SeriesScope::Cluster, .metric = m}));
            QVERIFY(readsBack(brokerSeries(7, m), {.scope = SeriesScope::Broker, .metric = m, .broker = 7}));
            for (const std::string topic : {"orders", "a-b-1", "x.y_z-", "9"}) {
                QVERIFY(readsBack(topicSeries(topic, m),
                                  {.scope = SeriesScope::Topic, .metric = m, .topic = topic}));
                QVERIFY(readsBack(
                    partitionSeries(topic, 12, m),
                    {.scope = SeriesScope::Partition, .metric = m, .topic = topic, .partition = 12}));
            }
        }
        // Group ids may hold anything, "/lag" included.
        for (const std::string group : {"billing", "a/b", "x/lag", "lag", "g/lag/orders-1", "-", "ü:"}) {
            QVERIFY(readsBack(groupLagSeries(group),
                              {.scope = SeriesScope::Group, .metric = SeriesMetric::Lag, .group = group}));
            for (const std::string topic : {"orders", "lag-2", "a-b"})
                QVERIFY(
                    readsBack(groupPartitionLagSeries(group, topic, 0), {.scope = SeriesScope::GroupPartition,
                                                                         .metric = SeriesMetric::Lag,
                                                                         .topic = topic,
                                                                         .partition = 0,
                                                                         .group = group}));
        }
    }

    void namesThisBuildDoesNotWriteAreRefused()
    {
        for (const char *name :
             {"", "broker:", "broker:x/records_in_per_s", "broker:1/unknown_metric", "broker:1", "topic:/lag",
              "topic:orders", "partition:orders/records_in_per_s", "partition:orders-x/records_in_per_s",
              "cluster/", "group:", "group:/lag", "group:g/lag/orders", "group:g/lags",
              "node:1/records_in_per_s"})
            QVERIFY2(!parseSeriesName(name), name);
    }

    void aQueryFindsItsScopesAndMetrics()
    {
        ManualClock clock(kT0 + 10 * kSecond);
        CatalogOptions options;
        options.clock = &clock;
        auto catalog = openOrFail(newFile(), options);
        QVERIFY(catalog);
        std::vector<MetricSample> samples;
        for (std::int64_t s = 0; s < 5; ++s) {
            const std::int64_t t = kT0 + s * kSecond;
            samples.push_back({brokerSeries(1, SeriesMetric::RecordsInPerSec), t, 1.0});
            samples.push_back({brokerSeries(2, SeriesMetric::RecordsInPerSec), t, 2.0});
            samples.push_back({brokerSeries(1, SeriesMetric::ProduceP99Ms), t, 3.0});
            samples.push_back({topicSeries("orders", SeriesMetric::RecordsInPerSec), t, 4.0});
            samples.push_back({partitionSeries("orders", 0, SeriesMetric::RecordsInPerSec), t, 5.0});
            samples.push_back({groupLagSeries("broker:1"), t, 6.0});
            samples.push_back({"broker:1/written_by_a_newer_build", t, 7.0});
        }
        catalog->appendMetrics(std::move(samples));
        QCOMPARE(catalog->flush(), Status::ok());

        MetricsRequest request;
        request.scopes = {SeriesScope::Broker, SeriesScope::Topic};
        request.metrics = {SeriesMetric::RecordsInPerSec};
        request.fromMs = kT0;
        request.toMs = kT0 + 10 * kSecond;
        const MetricsResult result = queryMetrics(*catalog, request);
        QVERIFY(result.error.empty());
        QCOMPARE(result.series.size(), 3u);
        const MetricsSeries *two =
            result.find({.scope = SeriesScope::Broker, .metric = SeriesMetric::RecordsInPerSec, .broker = 2});
        QVERIFY(two);
        QCOMPARE(two->points.size(), 5u);
        QCOMPARE(two->points.front().value, 2.0);
        QVERIFY(result.find(
            {.scope = SeriesScope::Topic, .metric = SeriesMetric::RecordsInPerSec, .topic = "orders"}));
        QVERIFY(
            !result.find({.scope = SeriesScope::Broker, .metric = SeriesMetric::ProduceP99Ms, .broker = 1}));
    }
};

QTEST_GUILESS_MAIN(TestMetricSeries)
#include "test_metric_series.moc"
