#pragma once

#include "ui/metrics/metrics_charts.h"

#include <qcustomplot.h>

#include <optional>

namespace es {

class ChartLegend;
class FittedTimeTicker;

// One chart of the Metrics view: a QCustomPlot with a time axis, a legend above the plot
// (a click on an entry hides or shows its line), and horizontal zoom (wheel around the
// cursor, +/-) and pan (drag, arrow keys). While the user has not zoomed or panned, the x
// axis follows the live window set with setWindow(); after that it stays where the user put
// it until resetZoom() (a double-click, the 0 key, or zooming out to the whole window). A
// zoomed view keeps to the data: it stays within the window and, where the data covers only
// part of the window, on the data. The value axis fits the visible lines in the visible
// range. The owner replots only when setLines() or setWindow() says something changed. GUI
// thread only.
class MetricsChart : public QCustomPlot {
    Q_OBJECT

public:
    MetricsChart(const MetricsCharts::Spec &spec, QWidget *parent = nullptr);

    // Replaces the lines; returns whether they differ from those drawn. Does not replot. A
    // line without a valid colour is drawn in the palette's text colour, and follows it when
    // the theme changes.
    bool setLines(const std::vector<MetricsCharts::Line> &lines);
    // The time range to follow, in seconds since the epoch, and the tick format for it.
    // Returns whether the axis moved (the caller replots once for both).
    bool setWindow(double fromSec, double toSec, const QString &timeFormat);
    // Follows the window again. Not userChangedTimeRange(): the caller is not the user.
    void resetZoom();
    // Shows `range` and stays there, as after a zoom, even where this chart has no data
    // (another chart's zoom, shown here too). Replots later.
    void showRange(const QCPRange &range);
    [[nodiscard]] bool zoomed() const { return m_zoomed; }
    [[nodiscard]] ChartLegend *chartLegend() const { return m_legend; }
    // Points drawn, over all lines (for tests and the empty state).
    [[nodiscard]] int pointCount() const;

signals:
    // The user zoomed or panned the time axis (zoomed() and the x range say where to), or
    // went back to following the window (a double-click, 0, zooming out to all of it).
    void userChangedTimeRange();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void applyXRange(double lower, double upper);
    // After the user moved the x axis: back onto the data, or following again when zoomed
    // out to the whole window.
    void keepOnData();
    // The first and last key over all lines, if any.
    [[nodiscard]] std::optional<QCPRange> dataExtent() const;
    void rescaleValues();
    void fitTimeTicks();

    MetricsCharts::Spec m_spec;
    QCPTextElement *m_title = nullptr;
    ChartLegend *m_legend = nullptr;
    QCPItemText *m_empty = nullptr;
    QSharedPointer<FittedTimeTicker> m_timeTicker;
    double m_windowFrom = 0;
    double m_windowTo = 1;
    bool m_zoomed = false;
    bool m_settingRange = false; // our own range changes are not the user's zoom
    std::vector<MetricsCharts::Line> m_lines;
    double m_valueScale = 1; // values are divided by this (bytes shown as kB, MB...)
};

} // namespace es
