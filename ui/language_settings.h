#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace es {

// The user's choice of language for the application, kept in QSettings. The translations
// are compiled in under :/i18n as eventscope_<language>.qm; English needs none. A change
// applies at the next start, when the translators are installed.
class LanguageSettings {
public:
    // The chosen language ("de", "es", "en"), or empty to follow the system.
    [[nodiscard]] static QString saved();
    static void save(const QString &language);
    // The locale to translate for: the chosen one, else the system's.
    [[nodiscard]] static QLocale locale();
    // The languages there are translations for, English first, then by code.
    [[nodiscard]] static QStringList available();
};

} // namespace es
