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

// "broker:12/records_in_per_s" -> 12, or -1.
int brokerOf(const std::string &series)
{
    static const std::string prefix = "broker:";
    if (series.rfind(prefix, 0) != 0)
        return -1;
    try {
        return std::stoi(series.substr(prefix.size()));
    } catch (...) {
        return -1;
    }
}

bool endsWith(const std::string &s, const std::string &suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// One solid and one dashed line per broker: the two suffixes, e.g. in and out.
std::vector<MetricsCharts::Line> perBroker(const MetricsResult &r, const std::string &solid,
                                           const QString &solidLabel, const std::string &dashed,
                                           const QString &dashedLabel)
{
    std::vector<MetricsCharts::Line> out;
    for (const auto &[name, points] : r.series) {
        const int broker = brokerOf(name);
        if (broker < 0)
            continue;
        if (endsWith(name, "/" + solid))
            out.push_back(lineOf(points, solidLabel.arg(broker), colorFor(broker - 1), Qt::SolidLine));
        else if (endsWith(name, "/" + dashed))
            out.push_back(lineOf(points, dashedLabel.arg(broker), colorFor(broker - 1), Qt::DashLine));
    }
    return out;
}

// The busiest topics by the average of `suffix` (in) over the range: a solid line for
// `suffix` and a dashed one in the same colour for `outSuffix`.
std::vector<MetricsCharts::Line> perTopic(const MetricsResult &r, const std::string &suffix,
                                          const std::string &outSuffix)
{
    static const std::string prefix = "topic:";
    std::vector<std::pair<double, const std::pair<const std::string, std::vector<MetricPoint>> *>> ranked;
    for (const auto &entry : r.series) {
        if (entry.first.rfind(prefix, 0) != 0 || !endsWith(entry.first, "/" + suffix))
            continue;
        if (entry.first.compare(prefix.size(), 2, "__") == 0)
            continue; // the cluster's own topics (__consumer_offsets): the user's traffic is the story
        const double sum = std::accumulate(entry.second.begin(), entry.second.end(), 0.0,
                                           [](double acc, const MetricPoint &p) { return acc + p.value; });
        ranked.emplace_back(sum / static_cast<double>(entry.second.size()), &entry);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    if (ranked.size() > static_cast<std::size_t>(MetricsCharts::kMaxTopics))
        ranked.resize(MetricsCharts::kMaxTopics);
    // In name order, colours by position: a topic keeps its colour while the set of the
    // busiest stays the same, and no two lines share one.
    std::sort(ranked.begin(), ranked.end(),
              [](const auto &a, const auto &b) { return a.second->first < b.second->first; });
    std::vector<MetricsCharts::Line> out;
    int color = 0;
    for (const auto &[average, entry] : ranked) {
        const std::string &name = entry->first;
        const std::string topic = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size() - 1);
        const QColor c = colorFor(color++);
        out.push_back(lineOf(entry->second, MetricsCharts::tr("%1 in").arg(QString::fromStdString(topic)), c,
                             Qt::SolidLine));
        if (auto o = r.series.find(prefix + topic + "/" + outSuffix); o != r.series.end())
            out.push_back(lineOf(o->second, MetricsCharts::tr("%1 out").arg(QString::fromStdString(topic)), c,
                                 Qt::DashLine));
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
    r.prefixes = {"broker:", "topic:", "cluster/"};
    r.suffixes = {"/records_in_per_s", "/records_out_per_s", "/bytes_in_per_s",   "/bytes_out_per_s",
                  "/produce_p50_ms",   "/produce_p99_ms",    "/under_replicated", "/offline"};
    r.fromMs = fromMs;
    r.toMs = toMs;
    r.stepMs = stepMs;
    return r;
}

std::vector<MetricsCharts::Line> MetricsCharts::lines(Id id, const MetricsResult &result)
{
    switch (id) {
    case RecordsByBroker:
        return perBroker(result, "records_in_per_s", tr("broker %1 in"), "records_out_per_s",
                         tr("broker %1 out"));
    case BytesByBroker:
        return perBroker(result, "bytes_in_per_s", tr("broker %1 in"), "bytes_out_per_s",
                         tr("broker %1 out"));
    case RecordsByTopic: return perTopic(result, "records_in_per_s", "records_out_per_s");
    case BytesByTopic: return perTopic(result, "bytes_in_per_s", "bytes_out_per_s");
    case ProduceLatency:
        return perBroker(result, "produce_p50_ms", tr("broker %1 p50"), "produce_p99_ms",
                         tr("broker %1 p99"));
    case UnderReplicated:
    case Count: break;
    }
    std::vector<Line> out;
    if (auto it = result.series.find("cluster/under_replicated"); it != result.series.end())
        out.push_back(lineOf(it->second, tr("under-replicated"), colorFor(1), Qt::SolidLine));
    if (auto it = result.series.find("cluster/offline"); it != result.series.end())
        out.push_back(lineOf(it->second, tr("offline"), colorFor(3), Qt::SolidLine));
    return out;
}

} // namespace es
