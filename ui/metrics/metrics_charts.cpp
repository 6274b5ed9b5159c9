#include "ui/metrics/metrics_charts.h"

#include <algorithm>
#include <numeric>

namespace es {

namespace {

// Ten colours that stay apart from each other on light and dark backgrounds.
QColor colorFor(int i)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                    QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                    QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
                                    QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    return colors[static_cast<std::size_t>(std::max(0, i)) % std::size(colors)];
}

MetricsCharts::Line lineOf(const std::vector<MetricPoint> &points, QString label, QColor color,
                           Qt::PenStyle style)
{
    MetricsCharts::Line line{std::move(label), color, style, {}, {}};
    line.keys.reserve(static_cast<qsizetype>(points.size()));
    line.values.reserve(static_cast<qsizetype>(points.size()));
    for (const auto &p : points) {
        line.keys << static_cast<double>(p.timeMs) / 1000.0;
        line.values << p.value;
    }
    return line;
}

// One solid and one dashed line per broker: the two metrics, e.g. in and out.
std::vector<MetricsCharts::Line> perBroker(const MetricsResult &r, SeriesMetric solid,
                                           const QString &solidLabel, SeriesMetric dashed,
                                           const QString &dashedLabel)
{
    std::vector<MetricsCharts::Line> out;
    for (const MetricsSeries &s : r.series) {
        if (s.name.scope != SeriesScope::Broker)
            continue;
        const int broker = s.name.broker;
        if (s.name.metric == solid)
            out.push_back(lineOf(s.points, solidLabel.arg(broker), colorFor(broker - 1), Qt::SolidLine));
        else if (s.name.metric == dashed)
            out.push_back(lineOf(s.points, dashedLabel.arg(broker), colorFor(broker - 1), Qt::DashLine));
    }
    return out;
}

// The busiest topics by the average of `in` over the range: a solid line for `in` and a
// dashed one in the same colour for `outMetric`.
std::vector<MetricsCharts::Line> perTopic(const MetricsResult &r, SeriesMetric in, SeriesMetric outMetric)
{
    std::vector<std::pair<double, const MetricsSeries *>> ranked;
    for (const MetricsSeries &s : r.series) {
        if (s.name.scope != SeriesScope::Topic || s.name.metric != in)
            continue;
        if (s.name.topic.starts_with("__"))
            continue; // the cluster's own topics (__consumer_offsets): the user's traffic is the story
        const double sum = std::accumulate(s.points.begin(), s.points.end(), 0.0,
                                           [](double acc, const MetricPoint &p) { return acc + p.value; });
        ranked.emplace_back(sum / static_cast<double>(s.points.size()), &s);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    if (ranked.size() > static_cast<std::size_t>(MetricsCharts::kMaxTopics))
        ranked.resize(MetricsCharts::kMaxTopics);
    // In name order, colours by position: a topic keeps its colour while the set of the
    // busiest stays the same, and no two lines share one.
    std::sort(ranked.begin(), ranked.end(),
              [](const auto &a, const auto &b) { return a.second->name.topic < b.second->name.topic; });
    std::vector<MetricsCharts::Line> out;
    int color = 0;
    for (const auto &[average, series] : ranked) {
        const QString topic = QString::fromStdString(series->name.topic);
        const QColor c = colorFor(color++);
        out.push_back(lineOf(series->points, MetricsCharts::tr("%1 in").arg(topic), c, Qt::SolidLine));
        SeriesName outName = series->name;
        outName.metric = outMetric;
        if (const MetricsSeries *o = r.find(outName))
            out.push_back(lineOf(o->points, MetricsCharts::tr("%1 out").arg(topic), c, Qt::DashLine));
    }
    return out;
}

} // namespace

MetricsCharts::Spec MetricsCharts::spec(Id id)
{
    switch (id) {
    case RecordsByBroker:
        return {
            QStringLiteral("recordsByBroker"), tr("Records per second by broker"),
            tr("Records produced to (in, solid) and fetched by consumers from (out, dashed) each broker."),
            Unit::PerSecond};
    case BytesByBroker:
        return {QStringLiteral("bytesByBroker"), tr("Bytes per second by broker"),
                tr("Bytes produced to (in, solid) and fetched by consumers from (out, dashed) each broker."),
                Unit::BytesPerSecond};
    case RecordsByTopic:
        return {QStringLiteral("recordsByTopic"), tr("Records per second by topic"),
                tr("Records appended to (in, solid) and fetched by consumers from (out, dashed) each topic, "
                   "over all its partitions; the %1 busiest topics.")
                    .arg(kMaxTopics),
                Unit::PerSecond};
    case BytesByTopic:
        return {QStringLiteral("bytesByTopic"), tr("Bytes per second by topic"),
                tr("Growth of each topic's logs (in, solid) and bytes fetched by consumers (out, dashed) per "
                   "second; the %1 busiest topics.")
                    .arg(kMaxTopics),
                Unit::BytesPerSecond};
    case ProduceLatency:
        return {
            QStringLiteral("produceLatency"), tr("Produce request latency"),
            tr("Time from a produce request's arrival to its answer, acknowledgements included: median (p50, "
               "solid) and 99th percentile (p99, dashed) per broker."),
            Unit::Milliseconds};
    case UnderReplicated:
    case Count: break;
    }
    return {QStringLiteral("underReplicated"), tr("Under-replicated and offline partitions"),
            tr("Partitions with fewer in-sync replicas than replicas, and partitions without a live leader."),
            Unit::Partitions};
}

MetricsRequest MetricsCharts::request(std::int64_t fromMs, std::int64_t toMs, std::int64_t stepMs)
{
    MetricsRequest r;
    r.scopes = {SeriesScope::Broker, SeriesScope::Topic, SeriesScope::Cluster};
    r.metrics = {SeriesMetric::RecordsInPerSec, SeriesMetric::RecordsOutPerSec, SeriesMetric::BytesInPerSec,
                 SeriesMetric::BytesOutPerSec,  SeriesMetric::ProduceP50Ms,     SeriesMetric::ProduceP99Ms,
                 SeriesMetric::UnderReplicated, SeriesMetric::Offline};
    r.fromMs = fromMs;
    r.toMs = toMs;
    r.stepMs = stepMs;
    return r;
}

std::vector<MetricsCharts::Line> MetricsCharts::lines(Id id, const MetricsResult &result)
{
    switch (id) {
    case RecordsByBroker:
        return perBroker(result, SeriesMetric::RecordsInPerSec, tr("broker %1 in"),
                         SeriesMetric::RecordsOutPerSec, tr("broker %1 out"));
    case BytesByBroker:
        return perBroker(result, SeriesMetric::BytesInPerSec, tr("broker %1 in"),
                         SeriesMetric::BytesOutPerSec, tr("broker %1 out"));
    case RecordsByTopic:
        return perTopic(result, SeriesMetric::RecordsInPerSec, SeriesMetric::RecordsOutPerSec);
    case BytesByTopic: return perTopic(result, SeriesMetric::BytesInPerSec, SeriesMetric::BytesOutPerSec);
    case ProduceLatency:
        return perBroker(result, SeriesMetric::ProduceP50Ms, tr("broker %1 p50"), SeriesMetric::ProduceP99Ms,
                         tr("broker %1 p99"));
    case UnderReplicated:
    case Count: break;
    }
    std::vector<Line> out;
    if (const MetricsSeries *s =
            result.find({.scope = SeriesScope::Cluster, .metric = SeriesMetric::UnderReplicated}))
        out.push_back(lineOf(s->points, tr("under-replicated"), colorFor(1), Qt::SolidLine));
    if (const MetricsSeries *s =
            result.find({.scope = SeriesScope::Cluster, .metric = SeriesMetric::Offline}))
        out.push_back(lineOf(s->points, tr("offline"), colorFor(3), Qt::SolidLine));
    return out;
}

} // namespace es
