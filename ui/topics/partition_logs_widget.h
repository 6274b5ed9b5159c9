#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QWidget>

#include <vector>

namespace es {

// Draws each partition of one topic as its log, as DESIGN.md sketches it: a bar from the
// log start to the log end offset, cut into its segments, the part below the high
// watermark (readable by consumers) filled, the part above it (not yet on every in-sync
// replica) lighter, and above the bar a marker at the committed offset of every group
// that reads the partition. All partitions share one offset scale, so a partition whose
// retention moved its log start shows the gap. Hovering a marker explains it.
//
// Segment boundaries are drawn at the segments' base offsets, on the same scale.
// GUI thread only.
class PartitionLogsWidget : public QWidget {
    Q_OBJECT

public:
    explicit PartitionLogsWidget(QWidget *parent = nullptr);

    // `topic` points into `snapshot`, or is nullptr for none. Repaints.
    void setTopic(const ClusterSnapshotPtr &snapshot, const TopicSnapshot *topic);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct GroupMark {
        QString group;
        std::int64_t committed = -1;
        std::int64_t lag = 0;
    };
    struct Row {
        QString label;
        std::int32_t leader = -1;
        std::int64_t logStart = -1, highWatermark = -1, logEnd = -1;
        std::size_t segments = 0;
        std::vector<std::int64_t> segmentBases; // where each segment starts
        std::vector<GroupMark> groups;
    };
    struct Geometry {
        int top = 0;      // the row's top edge
        int barTop = 0;   // the bar's top edge
        int barLeft = 0;  // x of offset m_low
        int barWidth = 0; // pixels from m_low to m_high
    };

    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] int labelWidth() const;
    [[nodiscard]] Geometry geometry(int row) const;
    [[nodiscard]] int xOf(const Geometry &g, std::int64_t offset) const;
    void paintRow(QPainter &painter, const Row &row, const Geometry &g) const;
    // The group labels above a row's bar, left to right. Groups whose labels would overlap
    // share one ("3 groups"), so that every label stays readable; its tooltip names them.
    struct GroupLabel {
        QRect rect;
        QString text;
        std::vector<GroupMark> groups;
    };
    [[nodiscard]] std::vector<GroupLabel> groupLabels(const Row &row, const Geometry &g) const;

public:
    // What the tooltip says at `pos` (empty: none).
    [[nodiscard]] QString toolTipAt(const QPoint &pos) const;

private:
    std::vector<Row> m_rows;
    std::int64_t m_low = 0;  // the smallest log start of the topic's partitions
    std::int64_t m_high = 1; // the largest log end
};

} // namespace es
