#pragma once

#ifndef Q_MOC_RUN
#include "catalog/metrics_query.h"
#endif

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <vector>

namespace es {

// What each chart of the Metrics view shows, and how the metrics history's series become
// its lines. Kept apart from the widgets so the mapping can be read (and tested) alone.
class MetricsCharts {
    Q_DECLARE_TR_FUNCTIONS(MetricsCharts)

public:
    enum Id {
        RecordsByBroker,
        BytesByBroker,
        RecordsByTopic,
        BytesByTopic,
        ProduceLatency,
        UnderReplicated,
        Count
    };
    enum class Unit { PerSecond, BytesPerSecond, Milliseconds, Partitions };

    struct Spec {
        QString objectName; // for tests and style sheets
        QString title;
        QString toolTip;
        Unit unit = Unit::PerSecond;
    };

    struct Line {
        QString label;
        QColor color; // invalid: the chart's text colour, whatever the theme
        Qt::PenStyle style = Qt::SolidLine;
        QVector<double> keys;   // seconds since the epoch, as QCustomPlot's date axis wants
        QVector<double> values; // in the chart's unit
    };

    static Spec spec(Id id);
    // The series every chart together needs, for one query.
    static MetricsRequest request(std::int64_t fromMs, std::int64_t toMs, std::int64_t stepMs);
    static std::vector<Line> lines(Id id, const MetricsResult &result);

    // Charts with one line per topic show the busiest this many, so the legend stays
    // readable when a cluster has dozens of topics.
    static constexpr int kMaxTopics = 8;
};

} // namespace es
