#pragma once

#include <QIcon>
#include <QPalette>

namespace es {

// The views the sidebar lists, for their icons.
enum class SidebarView { Cluster, Topics, Messages, Produce, Groups, Replay, Events, Metrics, Security };

// The sidebar's icons. Following the system look, they come from the system icon theme
// when it has one for every view (a set drawn by two hands reads badly); otherwise, and
// with Eventscope's own light and dark themes, from Eventscope's line drawings
// (resources/icons), drawn in the palette's text colour (white on a selected entry), so
// they suit either theme. GUI thread only, after the QApplication exists.
class SidebarIcons {
public:
    [[nodiscard]] static QIcon icon(SidebarView view, const QPalette &palette);
    // Whether icon() takes the system theme's icons now.
    [[nodiscard]] static bool fromSystemTheme();
};

} // namespace es
