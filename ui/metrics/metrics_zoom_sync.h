#pragma once

#include <qcustomplot.h>

#include <QObject>
#include <QPointer>

#include <vector>

namespace es {

class MetricsChart;

// Keeps the time axes of several charts on one range: when the user zooms or pans one of
// them, every other shows the same range and stays there as new samples arrive; when the
// user goes back to live on one (a double-click, 0, zooming out to the whole window), all
// follow their window again. The value axes stay each chart's own. GUI thread only.
class MetricsZoomSync : public QObject {
    Q_OBJECT

public:
    explicit MetricsZoomSync(QObject *parent = nullptr);

    void add(MetricsChart *chart);
    // Every chart back to following its window.
    void reset();
    [[nodiscard]] bool zoomed() const { return m_zoomed; }
    // The range all charts show while zoomed().
    [[nodiscard]] QCPRange range() const { return m_range; }

signals:
    // zoomed() or range() changed.
    void changed();

private:
    void follow(MetricsChart *leader);

    std::vector<QPointer<MetricsChart>> m_charts;
    QCPRange m_range;
    bool m_zoomed = false;
    bool m_busy = false; // passing a change on: the others' own signals are echoes
};

} // namespace es
