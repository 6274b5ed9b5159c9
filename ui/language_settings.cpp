#include "ui/language_settings.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>

namespace es {

namespace {

constexpr auto kSettingKey = "ui/language";

} // namespace

QString LanguageSettings::saved() { return QSettings().value(QLatin1String(kSettingKey)).toString(); }

void LanguageSettings::save(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(QLatin1String(kSettingKey));
    else
        QSettings().setValue(QLatin1String(kSettingKey), language);
}

QLocale LanguageSettings::locale()
{
    const QString language = saved();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QStringList LanguageSettings::available()
{
    static const QRegularExpression name(QStringLiteral("^eventscope_(.+)\\.qm$"));
    QStringList languages;
    for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList(QDir::Files, QDir::Name))
        if (const auto match = name.match(file); match.hasMatch())
            languages << match.captured(1);
    languages.removeAll(QStringLiteral("en"));
    languages.prepend(QStringLiteral("en"));
    return languages;
}

} // namespace es
