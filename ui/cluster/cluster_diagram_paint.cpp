// The painting half of ClusterDiagram: the topology header, the legend and the rows.

#include "ui/cluster/broker_text.h"
#include "ui/cluster/cluster_diagram.h"
#include "ui/cluster/diagram_metrics.h"
#include "ui/theme.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

#include <cmath>

namespace es {

using namespace diagram;

namespace {

QString faultText(const LinkFault &f)
{
    if (f.cut)
        return ClusterDiagram::tr("cut");
    QStringList parts;
    if (f.latencyMs > 0)
        parts << ClusterDiagram::tr("%1 ms").arg(f.latencyMs);
    if (f.lossRate > 0)
        parts << ClusterDiagram::tr("%1% loss").arg(std::lround(f.lossRate * 100));
    return parts.join(QStringLiteral(", "));
}

// Dashed for latency, dotted for loss, both when both; a cut is solid with a cross.
QPen faultPen(const LinkFault &f, const QPalette &palette)
{
    QPen pen(f.cut ? Theme::bad(palette) : Theme::warning(palette), 2.5);
    if (!f.cut)
        pen.setStyle(f.latencyMs > 0 && f.lossRate > 0 ? Qt::DashDotLine
                     : f.latencyMs > 0                 ? Qt::DashLine
                                                       : Qt::DotLine);
    return pen;
}

void drawLabel(QPainter &p, QPointF at, const QString &text, const QPalette &palette, const QColor &color)
{
    const QFontMetrics fm(p.font());
    QRectF box(0, 0, fm.horizontalAdvance(text) + 8, fm.height() + 2);
    box.moveCenter(at);
    p.setPen(QPen(color, 1));
    p.setBrush(palette.color(QPalette::Base));
    p.drawRoundedRect(box, 3, 3);
    p.setPen(color);
    p.drawText(box, Qt::AlignCenter, text);
}

void drawCross(QPainter &p, QPointF c, double r)
{
    p.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
    p.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
}

} // namespace

void ClusterDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const int dx = xOffset() - horizontalScrollBar()->value();
    p.translate(dx, 0);
    paintRows(p, viewport()->height());
    // The header is painted last, over rows scrolled up beneath it.
    const QRect header(-dx, 0, viewport()->width(), headerHeight());
    p.fillRect(header, palette().color(QPalette::Base));
    paintTopology(p);
    paintLegend(p);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(QPointF(header.left(), header.bottom() + 0.5), QPointF(header.right(), header.bottom() + 0.5));
}

void ClusterDiagram::paintTopology(QPainter &p) const
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor quiet = pal.color(QPalette::Mid);

    // Healthy links from the clients and the controller to every broker, thin and quiet.
    for (std::size_t c = 0; c < m_data.brokers.size(); ++c) {
        const QPointF broker(columnCenter(static_cast<int>(c)), kNodeCenterY - kNodeRadius);
        for (NodeId from : {kClientsNode, kControllerNode}) {
            p.setPen(QPen(quiet, 1));
            p.drawLine(nodePoint(from), broker);
        }
    }
    for (const LinkState &link : m_data.links)
        paintLink(p, link);

    // The two boxes.
    p.setFont(font());
    const auto drawBox = [&](NodeId node, const QString &label, const QString &caption, bool down = false) {
        const QPointF bottom = nodePoint(node);
        const QRectF box(bottom.x() - kBoxWidth / 2.0, kBoxTop, kBoxWidth, kBoxHeight);
        p.setPen(QPen(down ? Theme::bad(pal) : text, 1.5, down ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(pal.color(QPalette::AlternateBase));
        p.drawRoundedRect(box, 5, 5);
        p.drawText(box, Qt::AlignCenter, label);
        if (!caption.isEmpty()) {
            p.setPen(down ? Theme::bad(pal) : pal.color(QPalette::PlaceholderText));
            p.drawText(QRectF(box.right() + 6, box.top(), 200, box.height()),
                       Qt::AlignVCenter | Qt::AlignLeft, caption);
        }
    };
    drawBox(kClientsNode, tr("Clients"), {});
    if (m_data.controllerRunning)
        drawBox(kControllerNode, tr("Controller"), tr("metadata, elections"));
    else
        drawBox(kControllerNode, tr("Controller"), tr("crashed: nothing is elected"), true);

    for (std::size_t c = 0; c < m_data.brokers.size(); ++c)
        paintBrokerNode(p, static_cast<int>(c));
}

void ClusterDiagram::paintLink(QPainter &p, const LinkState &link) const
{
    const QPalette &pal = palette();
    const QPen pen = faultPen(link.fault, pal);
    const bool betweenBrokers = link.a > 0 && link.b > 0;
    QPointF from = nodePoint(link.a);
    QPointF to = nodePoint(link.b);
    QPointF mid;
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    if (betweenBrokers) {
        // An arc below the node row; further apart brokers dip lower.
        from.ry() += kNodeRadius;
        to.ry() += kNodeRadius;
        const double span = std::abs(to.x() - from.x());
        const double depth =
            std::min<double>(kArcBandBottom - kNodeCenterY - kNodeRadius - 8, 24 + span / 10);
        const QPointF control((from.x() + to.x()) / 2, from.y() + 2 * depth);
        QPainterPath path(from);
        path.quadTo(control, to);
        p.drawPath(path);
        mid = QPointF((from.x() + to.x()) / 2, from.y() + depth);
    } else {
        if (link.a > 0)
            from.ry() -= kNodeRadius;
        if (link.b > 0)
            to.ry() -= kNodeRadius;
        p.drawLine(from, to);
        mid = from + (to - from) * 0.55;
    }
    if (link.fault.cut) {
        p.setPen(QPen(Theme::bad(pal), 3));
        drawCross(p, mid, 6);
        mid.ry() += 14;
    }
    drawLabel(p, mid, faultText(link.fault), pal, pen.color());
}

void ClusterDiagram::paintBrokerNode(QPainter &p, int column) const
{
    const QPalette &pal = palette();
    const DiagramBroker &b = m_data.brokers[static_cast<std::size_t>(column)];
    const QPointF center(columnCenter(column), kNodeCenterY);
    const bool selected = b.id == m_selected;

    if (selected) {
        const QRectF band(center.x() - geometry().columnWidth / 2.0 + 2, kNodeCenterY - kNodeRadius - 8,
                          geometry().columnWidth - 4, kStateTextTop + 22 - (kNodeCenterY - kNodeRadius - 8));
        QColor h = pal.color(QPalette::Highlight);
        h.setAlpha(40);
        p.setPen(hasFocus() ? QPen(pal.color(QPalette::Highlight), 1.5, Qt::DotLine) : Qt::NoPen);
        p.setBrush(h);
        p.drawRoundedRect(band, 6, 6);
    }

    // Running: filled. Paused: outlined with a pause mark. Fenced: dashed outline.
    // Stopped and crashed: grey, crashed with a cross. The state is also written below.
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor grey = pal.color(QPalette::Mid);
    QPen outline(accent, 2.5);
    QBrush fill(Qt::NoBrush);
    switch (b.state) {
    case BrokerState::Running: fill = accent; break;
    case BrokerState::Paused: outline.setColor(Theme::warning(pal)); break;
    case BrokerState::Fenced:
        outline.setColor(Theme::bad(pal));
        outline.setStyle(Qt::DashLine);
        break;
    case BrokerState::Stopped: outline.setColor(grey); break;
    case BrokerState::Crashed: outline.setColor(Theme::bad(pal)); break;
    }
    p.setPen(outline);
    p.setBrush(fill);
    p.drawEllipse(center, kNodeRadius, kNodeRadius);

    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(font().pointSizeF() * 1.15);
    p.setFont(bold);
    p.setPen(b.state == BrokerState::Running ? pal.color(QPalette::HighlightedText)
                                             : pal.color(QPalette::Text));
    p.drawText(QRectF(center.x() - kNodeRadius, center.y() - kNodeRadius, 2 * kNodeRadius, 2 * kNodeRadius),
               Qt::AlignCenter, QString::number(b.id));
    if (b.state == BrokerState::Crashed) {
        p.setPen(QPen(Theme::bad(pal), 2.5));
        drawCross(p, center + QPointF(kNodeRadius * 0.75, -kNodeRadius * 0.75), 5);
    } else if (b.state == BrokerState::Paused) {
        p.setPen(QPen(Theme::warning(pal), 3));
        const QPointF mark = center + QPointF(kNodeRadius * 0.8, -kNodeRadius * 0.8);
        p.drawLine(mark + QPointF(-2.5, -4), mark + QPointF(-2.5, 4));
        p.drawLine(mark + QPointF(2.5, -4), mark + QPointF(2.5, 4));
    }

    p.setFont(font());
    p.setPen(BrokerText::isUp(b.state) ? pal.color(QPalette::Text) : Theme::bad(pal));
    const QRectF textBox(center.x() - geometry().columnWidth / 2.0, kStateTextTop, geometry().columnWidth,
                         18);
    p.drawText(textBox, Qt::AlignCenter, BrokerText::stateName(b.state));
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(textBox.translated(0, 16), Qt::AlignCenter, tr("leads %1").arg(b.leaders));
}

std::vector<ClusterDiagram::LegendEntry> ClusterDiagram::legendEntries() const
{
    std::vector<LegendEntry> entries{{ReplicaRole::Leader, {}, {}, tr("leader")},
                                     {ReplicaRole::Follower, {}, {}, tr("in-sync follower")},
                                     {ReplicaRole::OutOfSync, {}, {}, tr("out of sync")},
                                     {ReplicaRole::Offline, {}, {}, tr("broker down")}};
    if (m_movesShown) {
        const MovingReplica joining{ReplicaMove::Joining, ReplicaCatchUp{40, 100}, false};
        entries.push_back({ReplicaRole::OutOfSync, joining, {}, tr("joining: share copied")});
        entries.push_back(
            {ReplicaRole::Follower, {ReplicaMove::Leaving, std::nullopt, true}, {}, tr("leaving")});
    }
    if (m_linkFaultsShown) {
        entries.push_back({ReplicaRole::None, {}, {200, 0, false}, tr("latency")});
        entries.push_back({ReplicaRole::None, {}, {0, 0.2, false}, tr("lossy")});
        entries.push_back({ReplicaRole::None, {}, {0, 0, true}, tr("cut")});
    }
    return entries;
}

std::vector<QRectF> ClusterDiagram::legendLayout(const std::vector<LegendEntry> &entries) const
{
    const QFontMetrics fm(font());
    // The right edge of what shows when the diagram is not scrolled sideways.
    const double right = viewport()->width() - xOffset() - kMargin;
    std::vector<QRectF> rects;
    double x = kMargin;
    double y = kLegendTop;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const bool link = entries[i].role == ReplicaRole::None;
        const double width = (link ? 28 : kGlyphWidth) + 5 + fm.horizontalAdvance(entries[i].label) + 2;
        if (i > 0) {
            const bool firstLink = link && entries[i - 1].role != ReplicaRole::None;
            const double gap = firstLink ? 22 : 14;
            if (x + gap + width > right) {
                x = kMargin;
                y += kLegendHeight;
            } else {
                x += gap;
            }
        }
        rects.emplace_back(x, y, width, kLegendHeight);
        x += width;
    }
    return rects;
}

int ClusterDiagram::headerHeight() const
{
    const std::vector<QRectF> rects = legendLayout(legendEntries());
    const double bottom = rects.empty() ? kLegendTop : rects.back().bottom();
    return static_cast<int>(std::ceil(bottom)) + kLegendBottomGap;
}

std::vector<QRect> ClusterDiagram::legendEntryRects() const
{
    const int dx = xOffset() - horizontalScrollBar()->value();
    std::vector<QRect> rects;
    for (const QRectF &r : legendLayout(legendEntries()))
        rects.push_back(r.translated(dx, 0).toAlignedRect());
    return rects;
}

void ClusterDiagram::paintLegend(QPainter &p) const
{
    const QPalette &pal = palette();
    const std::vector<LegendEntry> entries = legendEntries();
    const std::vector<QRectF> rects = legendLayout(entries);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const LegendEntry &e = entries[i];
        const QRectF &at = rects[i];
        const double glyphWidth = e.role == ReplicaRole::None ? 28 : kGlyphWidth;
        const QRectF glyph(at.left(), at.top() + (kLegendHeight - kGlyphHeight) / 2.0, glyphWidth,
                           kGlyphHeight);
        if (e.role != ReplicaRole::None) {
            paintCell(p, glyph, e.role, e.move);
        } else {
            p.setPen(faultPen(e.fault, pal));
            p.drawLine(QPointF(glyph.left(), glyph.center().y()), QPointF(glyph.right(), glyph.center().y()));
            if (e.fault.cut) {
                p.setPen(QPen(Theme::bad(pal), 2.5));
                drawCross(p, glyph.center(), 4);
            }
        }
        p.setPen(pal.color(QPalette::Text));
        p.drawText(at.adjusted(glyphWidth + 5, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, e.label);
    }
}

void ClusterDiagram::paintRows(QPainter &p, int viewportHeight) const
{
    const QPalette &pal = palette();
    const int scroll = verticalScrollBar()->value();
    const int header = headerHeight();
    const int firstY = scroll;
    const int lastY = scroll + viewportHeight - header;
    const int width = geometry().contentWidth;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    // The selected broker's column, under everything.
    if (const int column = m_data.columnOf(m_selected); column >= 0) {
        const int w = geometry().columnWidth;
        QColor h = pal.color(QPalette::Highlight);
        h.setAlpha(28);
        p.fillRect(QRect(columnCenter(column) - w / 2, header, w, viewportHeight), h);
    }

    if (m_data.rows.empty() && !m_data.brokers.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(
            QRectF(kMargin, header + 16, width - 2 * kMargin, 60), Qt::AlignHCenter | Qt::TextWordWrap,
            tr("No topics yet. Create one in the Topics view, or let a client produce to a new topic: the "
               "brokers create it on first use."));
    }

    // Only the rows in view: thousands of partitions cost no more than a screenful.
    for (std::size_t i = firstRowReaching(firstY); i < m_data.rows.size() && rowTop(i) <= lastY; ++i) {
        const int top = rowTop(i);
        const int bottom = rowTop(i + 1);
        const DiagramRow &row = m_data.rows[i];
        const QRectF rect(0, header + top - scroll, width, bottom - top);
        const QColor alert = row.offline ? Theme::bad(pal) : Theme::warning(pal);

        if (row.isHeader()) {
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.setPen(pal.color(QPalette::Text));
            QString label = tr("%1  · %n partition(s), replication factor %2", nullptr, row.partitionCount)
                                .arg(row.topic)
                                .arg(row.replicationFactor);
            p.drawText(rect.adjusted(kMargin, 4, -kMargin, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
            p.setFont(font());
            p.setPen(QPen(pal.color(QPalette::Midlight), 1));
            p.drawLine(QPointF(kMargin, rect.bottom() - 0.5), QPointF(width - kMargin, rect.bottom() - 0.5));
            continue;
        }

        if (const auto it = m_changedAt.constFind(row.label()); it != m_changedAt.cend()) {
            QColor flash = Theme::warning(pal);
            flash.setAlphaF(0.35 *
                            std::max(0.0, 1.0 - static_cast<double>(now - it.value()) / kChangeHighlightMs));
            p.fillRect(rect, flash);
        }

        p.setPen(row.offline || row.underReplicated ? alert : pal.color(QPalette::Text));
        QString label = row.label();
        if (row.offline)
            label += tr(" (offline)");
        else if (row.underReplicated && row.moving())
            label += tr(" (under-replicated, moving)");
        else if (row.underReplicated)
            label += tr(" (under-replicated)");
        else if (row.moving())
            label += tr(" (moving)");
        p.drawText(rect.adjusted(kMargin + 10, 0, 0, 0)
                       .intersected(QRectF(0, rect.top(), kMargin + kLabelWidth, rect.height())),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(label, Qt::ElideMiddle, kLabelWidth - 14));
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            if (row.cells[c] == ReplicaRole::None)
                continue;
            const QPointF center(columnCenter(static_cast<int>(c)), rect.center().y());
            paintCell(p,
                      QRectF(center.x() - kGlyphWidth / 2.0, center.y() - kGlyphHeight / 2.0, kGlyphWidth,
                             kGlyphHeight),
                      row.cells[c], row.moving() ? row.moves[c] : MovingReplica{});
        }
    }
}

void ClusterDiagram::paintCell(QPainter &p, const QRectF &rect, ReplicaRole role,
                               const MovingReplica &move) const
{
    const QPalette &pal = palette();
    // A replica whose broker is down is drawn as such, whatever its part in a move.
    if (move.move == ReplicaMove::Joining && role != ReplicaRole::Offline) {
        paintJoining(p, rect, move);
        return;
    }
    const bool leaving = move.move == ReplicaMove::Leaving && role != ReplicaRole::Offline;
    const QColor accent = pal.color(QPalette::Highlight);
    QPen pen(accent, 1.5);
    QBrush brush(Qt::NoBrush);
    QString letter;
    QColor letterColor = pal.color(QPalette::Text);
    switch (role) {
    case ReplicaRole::Leader:
        brush = accent;
        letter = tr("L", "leader replica");
        letterColor = pal.color(QPalette::HighlightedText);
        break;
    case ReplicaRole::Follower: letter = tr("F", "in-sync follower replica"); break;
    case ReplicaRole::OutOfSync:
        pen = QPen(Theme::bad(pal), 1.5, Qt::DashLine);
        letter = tr("F!", "out-of-sync follower replica");
        letterColor = Theme::bad(pal);
        break;
    case ReplicaRole::Offline:
        pen = QPen(pal.color(QPalette::Mid), 1.2, Qt::DotLine);
        letter = QStringLiteral("×");
        letterColor = pal.color(QPalette::Mid);
        break;
    case ReplicaRole::None: return;
    }
    // A leaving replica fades, and its letter points out of the partition.
    p.save();
    if (leaving) {
        p.setOpacity(0.4);
        letter += QStringLiteral("→");
    }
    p.setPen(pen);
    p.setBrush(brush);
    p.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 4, 4);
    QFont small = font();
    small.setBold(true);
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    p.setOpacity(1.0);
    p.setPen(leaving && role == ReplicaRole::Leader ? pal.color(QPalette::Text) : letterColor);
    p.drawText(rect, Qt::AlignCenter, letter);
    p.restore();
}

void ClusterDiagram::paintJoining(QPainter &p, const QRectF &rect, const MovingReplica &move) const
{
    const QPalette &pal = palette();
    const QColor accent = pal.color(QPalette::Highlight);
    const QRectF box = rect.adjusted(0.75, 0.75, -0.75, -0.75);
    p.save();
    QPainterPath outline;
    outline.addRoundedRect(box, 4, 4);
    p.setClipPath(outline);
    // What is still to copy is striped, what is copied filled; unknown progress all striped.
    const double share = move.inSync ? 1.0 : move.catchUp ? move.catchUp->percent() / 100.0 : 0.0;
    const double split = box.left() + box.width() * share;
    QColor filled = accent;
    filled.setAlphaF(0.4);
    p.fillRect(QRectF(box.left(), box.top(), split - box.left(), box.height()), filled);
    QColor stripes = accent;
    stripes.setAlphaF(0.6);
    p.fillRect(QRectF(split, box.top(), box.right() - split, box.height()),
               QBrush(stripes, Qt::BDiagPattern));
    p.setClipping(false);
    p.setPen(QPen(accent, 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawPath(outline);
    QFont small = font();
    small.setBold(true);
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    QString text = QStringLiteral("+");
    if (move.inSync)
        text = tr("+F", "joining replica, caught up");
    else if (move.catchUp)
        text = tr("+%1%", "joining replica, share of the leader's log copied").arg(move.catchUp->percent());
    // On a plate of the background, so that the stripes never cross the text.
    const QFontMetricsF fm(small);
    QRectF plate(0, 0, fm.horizontalAdvance(text) + 4, fm.height() - 2);
    plate.moveCenter(box.center());
    QColor base = pal.color(QPalette::Base);
    base.setAlphaF(0.85);
    p.setPen(Qt::NoPen);
    p.setBrush(base);
    p.drawRoundedRect(plate, 2, 2);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(rect, Qt::AlignCenter, text);
    p.restore();
}

} // namespace es
