#pragma once

#include "ui/cluster/diagram_data.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QTimer>

namespace es {

// The cluster as a picture: the clients and the controller at the top, the brokers in a
// row below them with the links between nodes (faulty links drawn by kind: dashed for
// latency, dotted for loss, crossed for cut), and beneath, one row per partition with a
// glyph in each broker's column for the replica it hosts: filled for the leader, outlined
// for an in-sync follower, dashed for an out-of-sync one, crossed for one whose broker is
// down. While a partition's replicas move, a joining replica is drawn as a bar filling with
// the share of the leader's log it has copied ("+40%"), and a leaving one faded with an
// arrow. A legend explains the glyphs, so colour is never the only cue. The node row stays
// put while the partitions scroll. Rows whose replicas just changed are highlighted for a
// moment, so a moving leader catches the eye.
//
// Keyboard: Left/Right choose a broker, Up/Down/Page keys scroll. GUI thread only.
class ClusterDiagram : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit ClusterDiagram(QWidget *parent = nullptr);

    // Repaints only when what is drawn changed. Rows whose replicas changed since the data
    // before are highlighted, unless `highlightChanges` is false (the picture catches up on
    // changes made long ago, while the diagram was not shown).
    void setData(DiagramData data, bool highlightChanges = true);
    [[nodiscard]] const DiagramData &data() const { return m_data; }

    [[nodiscard]] int selectedBroker() const { return m_selected; }
    void setSelectedBroker(int brokerId);
    // Whether the legend explains link faults (latency, loss, cuts): only where links can be
    // broken, on the embedded cluster.
    void setLinkFaultsShown(bool shown);
    // Whether the legend explains joining and leaving replicas: only where the connection
    // tells moves in progress (capabilities().replicaMoves).
    void setMovesShown(bool shown);

    [[nodiscard]] QSize sizeHint() const override;
    // Where the legend's entries are, in viewport coordinates: they wrap into as many rows as
    // the width needs, and the partition rows start below the last.
    [[nodiscard]] std::vector<QRect> legendEntryRects() const;
    // Where the glyph of broker `brokerId`'s replica in row `row` of data() is drawn, in
    // viewport coordinates (perhaps scrolled out of view); empty when there is no such row or
    // broker.
    [[nodiscard]] QRect cellRect(std::size_t row, std::int32_t brokerId) const;

signals:
    void brokerSelected(int brokerId);
    void topicActivated(const QString &topic);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Geometry {
        int columnWidth = 0;
        int contentWidth = 0;
    };
    // One entry of the legend: a replica's glyph (in a move when `move` says so), or (role
    // None) a link drawn with `fault`.
    struct LegendEntry {
        ReplicaRole role = ReplicaRole::None;
        MovingReplica move;
        LinkFault fault;
        QString label;
    };

    [[nodiscard]] Geometry geometry() const;
    [[nodiscard]] int columnCenter(int column) const;
    [[nodiscard]] QPointF nodePoint(std::int32_t node) const;
    [[nodiscard]] int rowTop(std::size_t row) const; // in content coordinates below the header
    [[nodiscard]] int rowsHeight() const;
    [[nodiscard]] int columnAt(QPoint contentPos) const;
    [[nodiscard]] int brokerNodeAt(QPoint contentPos) const;
    [[nodiscard]] int rowAt(QPoint viewportPos) const;
    // The first row whose bottom is at or below `y` (in content coordinates below the header).
    [[nodiscard]] std::size_t firstRowReaching(int y) const;
    [[nodiscard]] QString toolTipAt(QPoint viewportPos) const;
    [[nodiscard]] QPoint toContent(QPoint viewportPos) const;
    // Where the content starts: it is centred when the viewport is wider.
    [[nodiscard]] int xOffset() const;
    [[nodiscard]] std::vector<LegendEntry> legendEntries() const;
    // The legend's entries laid out in rows no wider than the viewport, in content coordinates.
    [[nodiscard]] std::vector<QRectF> legendLayout(const std::vector<LegendEntry> &entries) const;
    // Everything above the partition rows: the nodes, their links and the legend.
    [[nodiscard]] int headerHeight() const;

    void updateScrollBars();
    void markChangedRows(const DiagramData &previous);

    void paintTopology(QPainter &p) const;
    void paintLink(QPainter &p, const LinkState &link) const;
    void paintBrokerNode(QPainter &p, int column) const;
    void paintLegend(QPainter &p) const;
    void paintRows(QPainter &p, int viewportHeight) const;
    void paintCell(QPainter &p, const QRectF &rect, ReplicaRole role, const MovingReplica &move = {}) const;
    // A joining replica: a bar that fills with its catch-up.
    void paintJoining(QPainter &p, const QRectF &rect, const MovingReplica &move) const;

    DiagramData m_data;
    bool m_linkFaultsShown = true;
    bool m_movesShown = true;
    std::vector<int> m_rowTops; // cumulative, one more than rows
    int m_selected = -1;
    QHash<QString, qint64> m_changedAt; // row label -> when its replicas last changed (ms)
    QTimer m_fadeTimer;
};

} // namespace es
