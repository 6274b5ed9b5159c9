#include "ui/groups/lag_chart_lines.h"

#include "ui/groups/group_detail.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <string>
#include <utility>

namespace es {

namespace {

QColor partitionColor(int i)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                    QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                    QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
                                    QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    return colors[static_cast<std::size_t>(i) % std::size(colors)];
}

MetricsCharts::Line lineOf(const std::vector<MetricPoint> &points, QString label, QColor color,
                           Qt::PenStyle style)
{
    MetricsCharts::Line line{std::move(label), color, style, {}, {}};
    line.keys.reserve(static_cast<qsizetype>(points.size()));
    line.values.reserve(static_cast<qsizetype>(points.size()));
    for (const MetricPoint &p : points) {
        line.keys.push_back(static_cast<double>(p.timeMs) / 1000.0);
        line.values.push_back(p.value);
    }
    return line;
}

} // namespace

std::vector<MetricsCharts::Line> lagChartLines(const LagHistory &history)
{
    std::vector<MetricsCharts::Line> lines;
    lines.push_back(lineOf(history.total, GroupDetail::tr("total"), QColor(), Qt::SolidLine));
    std::vector<std::pair<std::pair<std::string, int>, const std::vector<MetricPoint> *>> partitions;
    for (const auto &[name, points] : history.partitions) {
        const auto dash = name.rfind('-');
        const int number = dash == std::string::npos ? 0 : std::atoi(name.c_str() + dash + 1);
        partitions.push_back({{name.substr(0, dash), number}, &points});
    }
    std::sort(partitions.begin(), partitions.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    int i = 0;
    // Ten colours, then the same dashed.
    for (const auto &[key, points] : partitions) {
        lines.push_back(lineOf(*points,
                               QStringLiteral("%1-%2").arg(QString::fromStdString(key.first)).arg(key.second),
                               partitionColor(i), i < 10 ? Qt::SolidLine : Qt::DashLine));
        ++i;
    }
    return lines;
}

} // namespace es
