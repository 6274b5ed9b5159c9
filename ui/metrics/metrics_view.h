#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "catalog/metrics_query.h"
#endif

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace es {

class ClusterBridge;
class MetricsChart;
class MetricsZoomSync;

// The Metrics view: charts of the metrics history (records and bytes in and out per
// broker and per topic, produce latency, under-replicated partitions) over the last 5
// minutes, hour or day. Zooming or panning one chart shows the same stretch of time on all,
// which then stay there while new samples arrive, until "Back to live" (or a double-click).
//
// The history is read on the bridge's worker (an SQLite query) on a timer, and only while
// the view is visible, only when a snapshot newer than the last query says new samples
// may exist, and never twice at once; a chart replots only when its lines changed.
// GUI thread only.
class MetricsView : public QWidget {
    Q_OBJECT

public:
    explicit MetricsView(ClusterBridge &bridge, QWidget *parent = nullptr);

    enum Range { FiveMinutes, OneHour, OneDay };
    void setRange(Range range);
    [[nodiscard]] MetricsChart *chart(int id) const { return m_charts.at(static_cast<std::size_t>(id)); }
    // Queries started so far (tests check that hidden views do not query).
    [[nodiscard]] int queryCount() const { return m_queries; }

public slots:
    // Back to live: every chart shows the whole range and follows new samples.
    void resetZoom();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onSnapshot(const ClusterSnapshotPtr &snapshot);
    void refresh();
    void apply(const MetricsResult &result, std::int64_t fromMs, std::int64_t toMs);
    // The status line: an error, else where the charts are zoomed to, else how to zoom.
    void updateStatus();

    ClusterBridge &m_bridge;
    QComboBox *m_range = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_backToLive = nullptr;
    MetricsZoomSync *m_zoomSync = nullptr;
    QString m_error; // of the last query, if it failed
    QTimer *m_timer = nullptr;
    std::vector<MetricsChart *> m_charts;
    std::int64_t m_newestSnapshotMs = 0; // the engine's clock, from snapshots
    std::int64_t m_queriedUpToMs = 0;    // the end of the last query's range
    bool m_dirty = true;                 // the range changed: query even without new data
    bool m_inFlight = false;
    int m_queries = 0;
};

} // namespace es
