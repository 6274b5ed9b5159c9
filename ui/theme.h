#pragma once

#include <QColor>
#include <QPalette>

namespace es {

// Light and dark themes. "System" keeps the platform's own style and palette (Qt 6.4 cannot
// ask the platform for its colour scheme, so following the system means not overriding it);
// Light and Dark use the Fusion style with a fixed palette. The choice is saved in QSettings.
// GUI thread only, after the QApplication exists.
enum class ThemeChoice { System, Light, Dark };

class Theme {
public:
    [[nodiscard]] static ThemeChoice saved();
    static void save(ThemeChoice choice);
    static void apply(ThemeChoice choice);
    [[nodiscard]] static ThemeChoice current();

    // Whether `palette` is a dark one (light text on a dark window).
    [[nodiscard]] static bool isDark(const QPalette &palette);

    // Colours with a meaning, readable on `palette`. Meaning never rests on colour alone:
    // the diagram pairs each with a shape or a word.
    [[nodiscard]] static QColor good(const QPalette &palette);
    [[nodiscard]] static QColor warning(const QPalette &palette);
    [[nodiscard]] static QColor bad(const QPalette &palette);
};

} // namespace es
