#include "ui/topics/partition_logs_widget.h"

#include "ui/topics/topic_terms.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace es {

namespace {

constexpr int kMargin = 8;
constexpr int kBarHeight = 20;
constexpr int kRowGap = 10;
constexpr int kHitSlop = 5; // pixels either side of a marker that still show its tooltip

const QColor kGroupColor(0xef, 0x6c, 0x00);

QString num(std::int64_t v) { return QLocale().toString(static_cast<qlonglong>(v)); }

} // namespace

PartitionLogsWidget::PartitionLogsWidget(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::NoFocus);
}

void PartitionLogsWidget::setTopic(const ClusterSnapshotPtr &snapshot, const TopicSnapshot *topic)
{
    const std::size_t previousRows = m_rows.size();
    m_rows.clear();
    m_low = 0;
    m_high = 1;
    if (topic) {
        bool first = true;
        for (const auto &p : topic->partitions) {
            Row row;
            row.label = QStringLiteral("%1-%2").arg(QString::fromStdString(topic->name)).arg(p.partition);
            row.leader = p.leader;
            row.logStart = p.logStartOffset;
            row.highWatermark = p.highWatermark;
            row.logEnd = p.logEndOffset;
            row.segments = p.segments;
            row.segmentBases = p.segmentBaseOffsets;
            if (snapshot)
                for (const auto &g : snapshot->groups)
                    for (const auto &lag : g.lag)
                        if (lag.tp.topic == topic->name && lag.tp.partition == p.partition &&
                            lag.committed >= 0)
                            row.groups.push_back(
                                {QString::fromStdString(g.group.groupId), lag.committed, lag.lag});
            if (row.logStart >= 0 && row.logEnd >= 0) {
                m_low = first ? row.logStart : std::min(m_low, row.logStart);
                m_high = first ? row.logEnd : std::max(m_high, row.logEnd);
                first = false;
            }
            m_rows.push_back(std::move(row));
        }
        m_high = std::max(m_high, m_low + 1);
    }
    if (previousRows != m_rows.size())
        updateGeometry();
    update();
}

int PartitionLogsWidget::rowHeight() const
{
    const int line = fontMetrics().height();
    return line + 2 + kBarHeight + line + 4 + kRowGap;
}

int PartitionLogsWidget::labelWidth() const
{
    int widest = 0;
    for (const auto &r : m_rows)
        widest = std::max(widest, fontMetrics().horizontalAdvance(r.label));
    return std::min(widest + 4, 220) + 2 * kMargin; // +4: elision rounds against us
}

QSize PartitionLogsWidget::sizeHint() const
{
    return {640, kMargin * 2 + std::max<int>(1, static_cast<int>(m_rows.size())) * rowHeight()};
}

// Every row's full height, so that a scroll area scrolls instead of squeezing the rows.
QSize PartitionLogsWidget::minimumSizeHint() const { return {320, sizeHint().height()}; }

PartitionLogsWidget::Geometry PartitionLogsWidget::geometry(int row) const
{
    Geometry g;
    g.top = kMargin + row * rowHeight();
    g.barTop = g.top + fontMetrics().height() + 2;
    g.barLeft = labelWidth();
    // Room on the right for the log end label that sits under the bar's end.
    g.barWidth = std::max(40, width() - g.barLeft - kMargin -
                                  fontMetrics().horizontalAdvance(QStringLiteral("LEO 0000000")) / 2);
    return g;
}

int PartitionLogsWidget::xOf(const Geometry &g, std::int64_t offset) const
{
    const double f =
        static_cast<double>(std::clamp(offset, m_low, m_high) - m_low) / static_cast<double>(m_high - m_low);
    return g.barLeft + static_cast<int>(f * g.barWidth);
}

void PartitionLogsWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_rows.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No partitions to draw."));
        return;
    }
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        paintRow(painter, m_rows[i], geometry(static_cast<int>(i)));
}

void PartitionLogsWidget::paintRow(QPainter &painter, const Row &row, const Geometry &g) const
{
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRect bar(g.barLeft, g.barTop, g.barWidth, kBarHeight);

    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(kMargin, g.barTop, g.barLeft - 2 * kMargin, kBarHeight),
                     Qt::AlignVCenter | Qt::AlignLeft,
                     fm.elidedText(row.label, Qt::ElideMiddle, g.barLeft - 2 * kMargin));

    // The whole scale, as an outline: offsets below this partition's log start are gone.
    painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));

    if (row.logStart < 0 || row.logEnd < 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(bar, Qt::AlignCenter,
                         row.leader < 0 ? tr("offline: no leader") : tr("offsets not known yet"));
        return;
    }

    const int xStart = xOf(g, row.logStart);
    const int xHw = xOf(g, std::max(row.highWatermark, row.logStart));
    const int xEnd = std::max(xOf(g, row.logEnd), xStart + 2);
    QColor readable = pal.color(QPalette::Highlight);
    QColor pending = readable;
    pending.setAlpha(90);
    painter.setPen(Qt::NoPen);
    painter.setBrush(readable);
    painter.drawRect(QRect(QPoint(xStart, bar.top()), QPoint(std::max(xHw, xStart + 1) - 1, bar.bottom())));
    if (xEnd > xHw) {
        painter.setBrush(pending);
        painter.drawRect(QRect(QPoint(xHw, bar.top()), QPoint(xEnd - 1, bar.bottom())));
    }

    // Segment boundaries at their base offsets; the last segment is the active one.
    painter.setPen(QPen(pal.color(QPalette::Base), 2));
    for (std::size_t s = 1; s < row.segmentBases.size(); ++s) {
        const int x = xOf(g, row.segmentBases[s]);
        if (x > xStart && x < xEnd)
            painter.drawLine(x, bar.top(), x, bar.bottom());
    }

    // Offsets under the bar: log start on the left, high watermark and log end on the right.
    const int labelTop = bar.bottom() + 3;
    painter.setPen(pal.color(QPalette::WindowText));
    auto tick = [&](int x) { painter.drawLine(x, bar.bottom() + 1, x, bar.bottom() + 3); };
    tick(xStart);
    const QString startText = tr("start %1 · segments: %2").arg(num(row.logStart)).arg(row.segments);
    painter.drawText(QPoint(xStart, labelTop + fm.ascent()), startText);
    const QString endText = row.highWatermark == row.logEnd
                                ? tr("HW = LEO %1").arg(num(row.logEnd))
                                : tr("HW %1 · LEO %2").arg(num(row.highWatermark), num(row.logEnd));
    tick(xHw);
    tick(xEnd);
    const int endWidth = fm.horizontalAdvance(endText);
    const int endX = std::max(xStart + fm.horizontalAdvance(startText) + 12, xEnd - endWidth);
    painter.drawText(QPoint(std::min(endX, width() - kMargin - endWidth), labelTop + fm.ascent()), endText);

    // Groups: a line through the bar at the committed offset, the names above.
    for (const auto &mark : row.groups) {
        const int x = xOf(g, mark.committed);
        painter.setPen(QPen(kGroupColor, 2));
        painter.drawLine(x, bar.top() - 3, x, bar.bottom());
        QPainterPath arrow;
        arrow.moveTo(x - 4, bar.top() - 7);
        arrow.lineTo(x + 4, bar.top() - 7);
        arrow.lineTo(x, bar.top() - 2);
        arrow.closeSubpath();
        painter.fillPath(arrow, kGroupColor);
    }
    painter.setPen(kGroupColor);
    for (const GroupLabel &label : groupLabels(row, g))
        painter.drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter, label.text);
}

std::vector<PartitionLogsWidget::GroupLabel> PartitionLogsWidget::groupLabels(const Row &row,
                                                                              const Geometry &g) const
{
    const QFontMetrics fm = fontMetrics();
    std::vector<GroupMark> groups = row.groups;
    std::sort(groups.begin(), groups.end(),
              [](const GroupMark &a, const GroupMark &b) { return a.committed < b.committed; });
    const auto place = [&](GroupLabel &label) {
        const int w = fm.horizontalAdvance(label.text);
        const int x = xOf(g, label.groups.front().committed);
        const int left = std::clamp(x - w / 2, g.barLeft, std::max(g.barLeft, width() - kMargin - w));
        label.rect = QRect(left, g.top, w, fm.height());
    };
    std::vector<GroupLabel> labels;
    for (const auto &mark : groups) {
        GroupLabel label{{}, QStringLiteral("%1 (%2)").arg(mark.group, num(mark.committed)), {mark}};
        place(label);
        if (!labels.empty() && label.rect.left() <= labels.back().rect.right() + 6) {
            // Overlaps the one before: they share a label from the first one's line.
            GroupLabel &shared = labels.back();
            shared.groups.push_back(mark);
            shared.text = tr("%n groups", nullptr, static_cast<int>(shared.groups.size()));
            place(shared);
            continue;
        }
        labels.push_back(std::move(label));
    }
    return labels;
}

bool PartitionLogsWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

QString PartitionLogsWidget::toolTipAt(const QPoint &pos) const
{
    if (m_rows.empty() || pos.y() < kMargin)
        return {};
    const int index = (pos.y() - kMargin) / rowHeight();
    if (index < 0 || index >= static_cast<int>(m_rows.size()))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index)];
    const Geometry g = geometry(index);
    if (row.logStart < 0 || row.logEnd < 0)
        return row.leader < 0 ? tr("%1 has no leader, so no offsets to show.").arg(row.label) : QString();

    QStringList lines;
    for (const GroupLabel &label : groupLabels(row, g))
        if (label.rect.contains(pos))
            for (const auto &mark : label.groups)
                lines << tr("Group \"%1\" committed %2, lag %3.")
                             .arg(mark.group, num(mark.committed), num(mark.lag));
    const bool onLabel = !lines.isEmpty();
    for (const auto &mark : row.groups)
        if (!onLabel && std::abs(pos.x() - xOf(g, mark.committed)) <= kHitSlop)
            lines << tr("Group \"%1\" committed %2, lag %3.")
                         .arg(mark.group, num(mark.committed), num(mark.lag));
    if (!lines.isEmpty())
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + TopicTerms::committedOffset();
    if (std::abs(pos.x() - xOf(g, row.highWatermark)) <= kHitSlop)
        return tr("%1: high watermark %2.").arg(row.label, num(row.highWatermark)) + QLatin1Char('\n') +
               TopicTerms::highWatermark();
    if (std::abs(pos.x() - xOf(g, row.logEnd)) <= kHitSlop)
        return tr("%1: log end offset %2.").arg(row.label, num(row.logEnd)) + QLatin1Char('\n') +
               TopicTerms::logEndOffset();
    if (std::abs(pos.x() - xOf(g, row.logStart)) <= kHitSlop)
        return tr("%1: log start offset %2.").arg(row.label, num(row.logStart)) + QLatin1Char('\n') +
               TopicTerms::logStartOffset();
    return tr("%1: leader broker %2, segments: %3, readable records: %4.")
               .arg(row.label)
               .arg(row.leader)
               .arg(row.segments)
               .arg(num(std::max<std::int64_t>(0, row.highWatermark - row.logStart))) +
           QLatin1Char('\n') + TopicTerms::segments();
}

} // namespace es
