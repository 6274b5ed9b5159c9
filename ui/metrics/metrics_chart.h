#pragma once

#include "ui/metrics/metrics_charts.h"

#include <qcustomplot.h>

#include <optional>

namespace es {

// One chart of the Metrics view: a QCustomPlot with a time axis, a legend, and horizontal
// zoom (wheel around the cursor, +/-) and pan (drag, arrow keys). While the user has not
// zoomed or panned, the x axis follows the live window set with setWindow(); after that it
// stays where the user put it until resetZoom() (a double-click, the 0 key, or zooming out
// to the whole window). A zoomed view keeps to the data: it stays within the window and,
// where the data covers only part of the window, on the data. The owner replots only when
// setLines() or setWindow() says something changed. GUI thread only.
class MetricsChart : public QCustomPlot {
    Q_OBJECT

public:
    MetricsChart(const MetricsCharts::Spec &spec, QWidget *parent = nullptr);

    // Replaces the lines; returns whether they differ from those drawn. Does not replot.
    bool setLines(const std::vector<MetricsCharts::Line> &lines);
    // The time range to follow, in seconds since the epoch, and the tick format for it.
    // Returns whether the axis moved (the caller replots once for both).
    bool setWindow(double fromSec, double toSec, const QString &timeFormat);
    void resetZoom();
    [[nodiscard]] bool zoomed() const { return m_zoomed; }
    // Points drawn, over all lines (for tests and the empty state).
    [[nodiscard]] int pointCount() const;

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

    MetricsCharts::Spec m_spec;
    QCPTextElement *m_title = nullptr;
    QCPItemText *m_empty = nullptr;
    QSharedPointer<QCPAxisTickerDateTime> m_timeTicker;
    double m_windowFrom = 0;
    double m_windowTo = 1;
    bool m_zoomed = false;
    bool m_settingRange = false; // our own range changes are not the user's zoom
    std::vector<MetricsCharts::Line> m_lines;
    double m_valueScale = 1; // values are divided by this (bytes shown as kB, MB...)
};

} // namespace es
