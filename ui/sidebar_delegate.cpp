#include "ui/sidebar_delegate.h"

#include "ui/theme.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace es {

namespace {

constexpr int kGap = 4; // between the name and a pill, between pills, and at the right edge

// Dark text on a light fill, white on a dark one.
QColor textOn(const QColor &fill)
{
    return fill.lightnessF() > 0.55 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

} // namespace

QString SidebarDelegate::badgeText(int count)
{
    return count > 999 ? QStringLiteral("999+") : QString::number(count);
}

QFont SidebarDelegate::badgeFont(const QFont &font)
{
    QFont f = font;
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    else
        f.setPixelSize(std::max(8, f.pixelSize() * 9 / 10));
    return f;
}

int SidebarDelegate::pillHeight(const QFont &font) { return QFontMetrics(badgeFont(font)).height() + 2; }

std::vector<SidebarDelegate::Pill> SidebarDelegate::pills(const QStyleOptionViewItem &option,
                                                          const QModelIndex &index)
{
    const QFontMetrics metrics(badgeFont(option.font));
    const int height = pillHeight(option.font);
    std::vector<Pill> out;
    const auto add = [&](int role, const QColor &fill) {
        const int count = index.data(role).toInt();
        if (count <= 0)
            return;
        const QString text = badgeText(count);
        out.push_back({text, fill, std::max(height, metrics.horizontalAdvance(text) + height * 2 / 3)});
    };
    add(AlarmCountRole, Theme::bad(option.palette));
    add(WarningCountRole, Theme::warning(option.palette));
    return out;
}

int SidebarDelegate::pillsWidth(const std::vector<Pill> &pills, int gap)
{
    int width = 0;
    for (const Pill &p : pills)
        width += gap + p.width;
    return width;
}

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const std::vector<Pill> shown = pills(opt, index);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const int right = opt.rect.right() - kGap;
    if (!shown.empty()) {
        // The name gives way to the pills only when the sidebar is narrower than it asks.
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        const int room = right - pillsWidth(shown, kGap) - textRect.left();
        if (opt.fontMetrics.horizontalAdvance(opt.text) > room)
            opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, std::max(0, room));
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (shown.empty())
        return;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(badgeFont(opt.font));
    const int height = pillHeight(opt.font);
    int x = right + 1 - pillsWidth(shown, kGap) + kGap;
    for (const Pill &p : shown) {
        const QRectF pill(x, opt.rect.top() + (opt.rect.height() - height) / 2.0, p.width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(p.fill);
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(textOn(p.fill));
        painter->drawText(pill, Qt::AlignCenter, p.text);
        x += p.width + kGap;
    }
    painter->restore();
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Every entry is as tall as a pill needs, so that none moves when one appears.
    size.setHeight(std::max(size.height(), pillHeight(opt.font) + 4));
    if (const std::vector<Pill> shown = pills(opt, index); !shown.empty())
        size.rwidth() += pillsWidth(shown, kGap) + kGap;
    return size;
}

} // namespace es
