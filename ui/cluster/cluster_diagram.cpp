#include "ui/cluster/cluster_diagram.h"

#include "ui/cluster/broker_text.h"
#include "ui/cluster/diagram_metrics.h"
#include "ui/topics/replica_target_text.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace es {

using namespace diagram;

namespace {

QString roleText(ReplicaRole role)
{
    switch (role) {
    case ReplicaRole::Leader:
        return ClusterDiagram::tr("leader: serves every read and write of the partition");
    case ReplicaRole::Follower:
        return ClusterDiagram::tr("in-sync follower: a copy caught up with the leader, member of the ISR");
    case ReplicaRole::OutOfSync:
        return ClusterDiagram::tr(
            "out-of-sync follower: behind the leader, so not in the ISR (in-sync replicas)");
    case ReplicaRole::Offline: return ClusterDiagram::tr("offline: its broker is down");
    case ReplicaRole::None: break;
    }
    return {};
}

// What a replica does in its partition's move, for the tooltip; empty when it takes no part.
QString moveText(const MovingReplica &move)
{
    switch (move.move) {
    case ReplicaMove::Joining:
        if (move.inSync)
            return ClusterDiagram::tr(
                "Joining: it has caught up with the leader; the move completes once every "
                "joining replica has.");
        if (move.catchUp)
            return ClusterDiagram::tr(
                       "Joining: it copies the leader's log, %1% so far (%2 of %3 offsets), and "
                       "joins the partition's replicas once it has caught up.")
                .arg(move.catchUp->percent())
                .arg(QLocale().toString(static_cast<qlonglong>(move.catchUp->copied)),
                     QLocale().toString(static_cast<qlonglong>(move.catchUp->total)));
        return ClusterDiagram::tr(
            "Joining: it copies the leader's log, and joins the partition's replicas once it has caught up.");
    case ReplicaMove::Leaving:
        return ClusterDiagram::tr(
            "Leaving: it is removed, with its copy of the log, once every joining replica "
            "has caught up.");
    case ReplicaMove::None: break;
    }
    return {};
}

} // namespace

ClusterDiagram::ClusterDiagram(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("clusterDiagram"));
    setAccessibleName(tr("Cluster diagram"));
    setAccessibleDescription(tr("Brokers, the controller and the replicas of every partition. Left and right "
                                "arrows choose a broker."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);
    verticalScrollBar()->setSingleStep(kPartitionRowHeight);
    horizontalScrollBar()->setSingleStep(20);
    m_fadeTimer.setInterval(100);
    connect(&m_fadeTimer, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto it = m_changedAt.begin(); it != m_changedAt.end();)
            it = now - it.value() > kChangeHighlightMs ? m_changedAt.erase(it) : std::next(it);
        if (m_changedAt.isEmpty())
            m_fadeTimer.stop();
        viewport()->update();
    });
    m_rowTops = {0};
}

void ClusterDiagram::setLinkFaultsShown(bool shown)
{
    m_linkFaultsShown = shown;
    updateScrollBars(); // the legend may take another row, or one fewer
    viewport()->update();
}

void ClusterDiagram::setMovesShown(bool shown)
{
    m_movesShown = shown;
    updateScrollBars();
    viewport()->update();
}

void ClusterDiagram::setData(DiagramData data, bool highlightChanges)
{
    if (data == m_data)
        return;
    DiagramData previous = std::move(m_data);
    m_data = std::move(data);
    m_rowTops.assign(1, 0);
    m_rowTops.reserve(m_data.rows.size() + 1);
    for (const auto &row : m_data.rows)
        m_rowTops.push_back(m_rowTops.back() + (row.isHeader() ? kTopicRowHeight : kPartitionRowHeight));
    if (highlightChanges)
        markChangedRows(previous);
    else
        m_changedAt.clear();
    if (m_selected >= 0 && m_data.columnOf(m_selected) < 0)
        m_selected = -1;
    updateScrollBars();
    viewport()->update();
}

void ClusterDiagram::markChangedRows(const DiagramData &previous)
{
    if (previous.rows.empty() || previous.brokers.size() != m_data.brokers.size())
        return; // the first picture, or new columns: nothing "changed"
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto mark = [&](const DiagramRow &row, const DiagramRow *old) {
        if (old && old->cells != row.cells)
            m_changedAt.insert(row.label(), now);
    };
    const auto samePlace = [](const DiagramRow &a, const DiagramRow &b) {
        return a.partition == b.partition && a.topic == b.topic;
    };
    // Most often the rows are the same partitions in the same order: compared in step, with
    // no label made but for the rows that changed.
    const bool inStep =
        previous.rows.size() == m_data.rows.size() &&
        std::equal(previous.rows.begin(), previous.rows.end(), m_data.rows.begin(), samePlace);
    if (inStep) {
        for (std::size_t i = 0; i < m_data.rows.size(); ++i)
            if (!m_data.rows[i].isHeader())
                mark(m_data.rows[i], &previous.rows[i]);
    } else {
        QHash<std::pair<QString, std::int32_t>, const DiagramRow *> before;
        before.reserve(static_cast<qsizetype>(previous.rows.size()));
        for (const auto &row : previous.rows)
            if (!row.isHeader())
                before.insert({row.topic, row.partition}, &row);
        for (const auto &row : m_data.rows)
            if (!row.isHeader())
                mark(row, before.value({row.topic, row.partition}));
    }
    if (!m_changedAt.isEmpty() && !m_fadeTimer.isActive())
        m_fadeTimer.start();
}

void ClusterDiagram::setSelectedBroker(int brokerId)
{
    if (brokerId == m_selected || (brokerId >= 0 && m_data.columnOf(brokerId) < 0))
        return;
    m_selected = brokerId;
    viewport()->update();
    emit brokerSelected(brokerId);
}

QSize ClusterDiagram::sizeHint() const
{
    return {kLabelWidth + 3 * kMaxColumnWidth + 2 * kMargin, headerHeight() + 8 * kPartitionRowHeight};
}

ClusterDiagram::Geometry ClusterDiagram::geometry() const
{
    const int columns = std::max<int>(1, static_cast<int>(m_data.brokers.size()));
    const int available = viewport()->width() - kLabelWidth - 2 * kMargin;
    Geometry g;
    g.columnWidth = std::clamp(available / columns, kMinColumnWidth, kMaxColumnWidth);
    g.contentWidth = kLabelWidth + columns * g.columnWidth + 2 * kMargin;
    return g;
}

int ClusterDiagram::columnCenter(int column) const
{
    const Geometry g = geometry();
    return kMargin + kLabelWidth + column * g.columnWidth + g.columnWidth / 2;
}

QPointF ClusterDiagram::nodePoint(std::int32_t node) const
{
    if (node == kControllerNode) {
        const auto columns = static_cast<double>(std::max<std::size_t>(1, m_data.brokers.size()));
        return {kMargin + kLabelWidth + columns * geometry().columnWidth / 2, kBoxTop + kBoxHeight};
    }
    if (node <= kClientsNode)
        return {kMargin + kBoxWidth / 2.0, kBoxTop + kBoxHeight};
    const int column = m_data.columnOf(node);
    return {static_cast<double>(columnCenter(std::max(0, column))), static_cast<double>(kNodeCenterY)};
}

QRect ClusterDiagram::cellRect(std::size_t row, std::int32_t brokerId) const
{
    const int column = m_data.columnOf(brokerId);
    if (row >= m_data.rows.size() || m_data.rows[row].isHeader() || column < 0)
        return {};
    const int x = columnCenter(column) + xOffset() - horizontalScrollBar()->value();
    const int y = headerHeight() + rowTop(row) - verticalScrollBar()->value() + kPartitionRowHeight / 2;
    return {x - kGlyphWidth / 2, y - kGlyphHeight / 2, kGlyphWidth, kGlyphHeight};
}

int ClusterDiagram::rowTop(std::size_t row) const { return m_rowTops[row]; }

int ClusterDiagram::rowsHeight() const { return m_rowTops.back(); }

int ClusterDiagram::xOffset() const
{
    return std::max(0, (viewport()->width() - geometry().contentWidth) / 2);
}

QPoint ClusterDiagram::toContent(QPoint viewportPos) const
{
    return viewportPos + QPoint(horizontalScrollBar()->value() - xOffset(), 0);
}

int ClusterDiagram::columnAt(QPoint contentPos) const
{
    const Geometry g = geometry();
    const int x = contentPos.x() - kMargin - kLabelWidth;
    if (x < 0 || g.columnWidth <= 0)
        return -1;
    const int column = x / g.columnWidth;
    return column < static_cast<int>(m_data.brokers.size()) ? column : -1;
}

int ClusterDiagram::brokerNodeAt(QPoint contentPos) const
{
    const int column = columnAt(contentPos);
    if (column < 0)
        return -1;
    const QPoint center(columnCenter(column), kNodeCenterY);
    return (contentPos - center).manhattanLength() <= 2 * kNodeRadius ? column : -1;
}

std::size_t ClusterDiagram::firstRowReaching(int y) const
{
    // m_rowTops[i + 1] is row i's bottom.
    const auto bottom = std::lower_bound(m_rowTops.begin() + 1, m_rowTops.end(), y);
    return static_cast<std::size_t>(bottom - (m_rowTops.begin() + 1));
}

int ClusterDiagram::rowAt(QPoint viewportPos) const
{
    if (viewportPos.y() < headerHeight())
        return -1;
    const int y = viewportPos.y() - headerHeight() + verticalScrollBar()->value();
    const auto it = std::upper_bound(m_rowTops.begin(), m_rowTops.end(), y);
    const auto row = static_cast<int>(it - m_rowTops.begin()) - 1;
    return row >= 0 && row < static_cast<int>(m_data.rows.size()) ? row : -1;
}

void ClusterDiagram::updateScrollBars()
{
    const int rowsVisible = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setPageStep(std::max(kPartitionRowHeight, rowsVisible - kPartitionRowHeight));
    verticalScrollBar()->setRange(0, std::max(0, rowsHeight() - rowsVisible));
    const Geometry g = geometry();
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, std::max(0, g.contentWidth - viewport()->width()));
}

void ClusterDiagram::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void ClusterDiagram::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = toContent(event->position().toPoint());
    int column = brokerNodeAt(pos);
    if (column < 0 && rowAt(event->position().toPoint()) >= 0)
        column = columnAt(pos);
    if (column >= 0)
        setSelectedBroker(m_data.brokers[static_cast<std::size_t>(column)].id);
    QAbstractScrollArea::mousePressEvent(event);
}

void ClusterDiagram::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        emit topicActivated(m_data.rows[static_cast<std::size_t>(row)].topic);
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void ClusterDiagram::keyPressEvent(QKeyEvent *event)
{
    const int count = static_cast<int>(m_data.brokers.size());
    if ((event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) && count > 0) {
        const int column = m_data.columnOf(m_selected);
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        const int next = column < 0 ? 0 : std::clamp(column + step, 0, count - 1);
        setSelectedBroker(m_data.brokers[static_cast<std::size_t>(next)].id);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ClusterDiagram::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void ClusterDiagram::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool ClusterDiagram::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString ClusterDiagram::toolTipAt(QPoint viewportPos) const
{
    const QPoint pos = toContent(viewportPos);
    if (const int column = brokerNodeAt(pos); column >= 0 && viewportPos.y() < headerHeight()) {
        const DiagramBroker &b = m_data.brokers[static_cast<std::size_t>(column)];
        return tr("Broker %1: %2. %3 Leads %n partition(s).", nullptr, b.leaders)
            .arg(b.id)
            .arg(BrokerText::stateName(b.state), BrokerText::stateExplanation(b.state));
    }
    const int row = rowAt(viewportPos);
    if (row < 0)
        return {};
    const DiagramRow &r = m_data.rows[static_cast<std::size_t>(row)];
    if (r.isHeader())
        return tr("Topic %1: %n partition(s), replication factor %2. Double-click to open it.", nullptr,
                  r.partitionCount)
            .arg(r.topic)
            .arg(r.replicationFactor);
    const int column = columnAt(pos);
    if (column >= 0 && r.cells[static_cast<std::size_t>(column)] != ReplicaRole::None) {
        const auto c = static_cast<std::size_t>(column);
        const QString replica =
            tr("%1 on broker %2: %3").arg(r.label()).arg(m_data.brokers[c].id).arg(roleText(r.cells[c]));
        return r.moving() && r.moves[c].move != ReplicaMove::None
                   ? QStringLiteral("%1\n%2").arg(replica, moveText(r.moves[c]))
                   : replica;
    }
    if (r.offline)
        return tr("%1 is offline: no replica can lead it, so it can be neither read nor written.")
            .arg(r.label());
    if (r.moving()) {
        std::vector<std::int32_t> joining;
        std::vector<std::int32_t> leaving;
        for (std::size_t c = 0; c < r.moves.size(); ++c) {
            if (r.moves[c].move == ReplicaMove::Joining)
                joining.push_back(m_data.brokers[c].id);
            else if (r.moves[c].move == ReplicaMove::Leaving)
                leaving.push_back(m_data.brokers[c].id);
        }
        if (leaving.empty())
            return tr("%1 is moving: broker %2 copies its log and joins its replicas once caught up.")
                .arg(r.label(), replicaTargetsText(joining));
        if (joining.empty())
            return tr("%1 is moving: broker %2 leaves its replicas.")
                .arg(r.label(), replicaTargetsText(leaving));
        return tr("%1 is moving: broker %2 copies its log; once caught up, broker %3 leaves.")
            .arg(r.label(), replicaTargetsText(joining), replicaTargetsText(leaving));
    }
    if (r.underReplicated)
        return tr("%1 is under-replicated: fewer replicas are in sync than it has.").arg(r.label());
    return {};
}

} // namespace es
