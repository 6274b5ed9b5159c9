#include "ui/theme.h"

#include "ui/indicator_style.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace es {

namespace {

constexpr auto kSettingKey = "ui/theme";

// The platform's look as it was before any theme was applied, to go back to it.
struct SystemLook {
    QString styleName;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

ThemeChoice g_current = ThemeChoice::System;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x47));
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5e));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

ThemeChoice Theme::saved()
{
    const QString value = QSettings().value(QLatin1String(kSettingKey)).toString();
    if (value == QLatin1String("light"))
        return ThemeChoice::Light;
    if (value == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

void Theme::save(ThemeChoice choice)
{
    const char *value = choice == ThemeChoice::Light  ? "light"
                        : choice == ThemeChoice::Dark ? "dark"
                                                      : "system";
    QSettings().setValue(QLatin1String(kSettingKey), QLatin1String(value));
}

void Theme::apply(ThemeChoice choice)
{
    if (choice == ThemeChoice::System && g_current == ThemeChoice::System)
        return; // nothing was overridden yet
    const SystemLook &look = systemLook();
    g_current = choice;
    switch (choice) {
    case ThemeChoice::System:
        QApplication::setStyle(QStyleFactory::create(look.styleName));
        QApplication::setPalette(look.palette);
        break;
    case ThemeChoice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setStyle(new IndicatorStyle);
        QApplication::setPalette(darkPalette());
        break;
    }
}

ThemeChoice Theme::current() { return g_current; }

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor Theme::good(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x1e, 0x8e, 0x3e);
}

QColor Theme::warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xb4, 0x4c) : QColor(0xb0, 0x6a, 0x00);
}

QColor Theme::bad(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

} // namespace es
