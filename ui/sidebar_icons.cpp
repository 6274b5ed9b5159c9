#include "ui/sidebar_icons.h"

#include "ui/theme.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>

#include <array>
#include <utility>

namespace es {

namespace {

struct Names {
    SidebarView view;
    const char *theme;    // freedesktop icon naming specification
    const char *resource; // Eventscope's own drawing
};

constexpr std::array kNames = {
    Names{SidebarView::Cluster, "network-server", ":/icons/views/cluster.svg"},
    Names{SidebarView::Topics, "view-list", ":/icons/views/topics.svg"},
    Names{SidebarView::Messages, "mail-unread", ":/icons/views/messages.svg"},
    Names{SidebarView::Produce, "mail-send", ":/icons/views/produce.svg"},
    Names{SidebarView::Groups, "system-users", ":/icons/views/groups.svg"},
    Names{SidebarView::Replay, "media-playlist-repeat", ":/icons/views/replay.svg"},
    Names{SidebarView::Events, "document-open-recent", ":/icons/views/events.svg"},
    Names{SidebarView::Metrics, "utilities-system-monitor", ":/icons/views/metrics.svg"},
    Names{SidebarView::Security, "security-high", ":/icons/views/security.svg"},
};

const Names &namesOf(SidebarView view)
{
    for (const Names &n : kNames)
        if (n.view == view)
            return n;
    return kNames.front();
}

// The drawing in one colour per mode, at the sizes a list asks for (and twice them).
QIcon tinted(const QString &resource, const QPalette &palette)
{
    const QIcon drawing(resource);
    const std::pair<QIcon::Mode, QColor> modes[] = {
        {QIcon::Normal, palette.color(QPalette::Active, QPalette::Text)},
        {QIcon::Selected, palette.color(QPalette::Active, QPalette::HighlightedText)},
        {QIcon::Disabled, palette.color(QPalette::Disabled, QPalette::Text)},
    };
    QIcon out;
    for (const int side : {16, 20, 24, 32, 40, 48}) {
        QImage shape(side, side, QImage::Format_ARGB32_Premultiplied);
        shape.fill(Qt::transparent);
        {
            QPainter painter(&shape);
            drawing.paint(&painter, shape.rect());
        }
        for (const auto &[mode, colour] : modes) {
            QImage image = shape;
            QPainter painter(&image);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(image.rect(), colour);
            painter.end();
            out.addPixmap(QPixmap::fromImage(image), mode);
        }
    }
    return out;
}

} // namespace

bool SidebarIcons::fromSystemTheme()
{
    if (Theme::current() != ThemeChoice::System || QIcon::themeName().isEmpty())
        return false;
    for (const Names &n : kNames)
        if (!QIcon::hasThemeIcon(QString::fromLatin1(n.theme)))
            return false;
    return true;
}

QIcon SidebarIcons::icon(SidebarView view, const QPalette &palette)
{
    const Names &names = namesOf(view);
    if (fromSystemTheme())
        return QIcon::fromTheme(QString::fromLatin1(names.theme));
    return tinted(QString::fromLatin1(names.resource), palette);
}

} // namespace es
