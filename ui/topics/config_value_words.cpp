#include "ui/topics/config_value_words.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdint>
#include <limits>

namespace es {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("es::ConfigValueWords", text, nullptr, n);
}

bool endsWith(const std::string &s, const char *suffix)
{
    const std::string tail(suffix);
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The largest unit that holds the value a whole number of times, or else the largest one
// it reaches, with a decimal: 604800000 → 7 days, 90000 → 1.5 min.
QString duration(qint64 ms)
{
    struct Unit {
        qint64 ms;
        const char *whole;   // %n of them
        const char *decimal; // %1 of them, with a decimal
    };
    static const Unit units[] = {
        {86'400'000, QT_TRANSLATE_NOOP("es::ConfigValueWords", "%n day(s)"),
         QT_TRANSLATE_NOOP("es::ConfigValueWords", "%1 days")},
        {3'600'000, QT_TRANSLATE_NOOP("es::ConfigValueWords", "%n h"),
         QT_TRANSLATE_NOOP("es::ConfigValueWords", "%1 h")},
        {60'000, QT_TRANSLATE_NOOP("es::ConfigValueWords", "%n min"),
         QT_TRANSLATE_NOOP("es::ConfigValueWords", "%1 min")},
        {1'000, QT_TRANSLATE_NOOP("es::ConfigValueWords", "%n s"),
         QT_TRANSLATE_NOOP("es::ConfigValueWords", "%1 s")},
    };
    for (const Unit &u : units)
        if (ms >= u.ms && ms % u.ms == 0 && ms / u.ms <= std::numeric_limits<int>::max())
            return tr(u.whole, static_cast<int>(ms / u.ms));
    for (const Unit &u : units)
        if (ms >= u.ms)
            return tr(u.decimal).arg(
                QLocale().toString(static_cast<double>(ms) / static_cast<double>(u.ms), 'f', 1));
    return tr("%n ms", static_cast<int>(ms));
}

QString size(qint64 bytes)
{
    const QLocale locale;
    for (int power = 3; power >= 1; --power) {
        const qint64 unit = qint64{1} << (10 * power);
        if (bytes >= unit && bytes % unit == 0)
            return locale.formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
    }
    return locale.formattedDataSize(bytes, bytes < 1024 ? 0 : 1, QLocale::DataSizeIecFormat);
}

} // namespace

QString configValueInWords(const std::string &config, const QString &value)
{
    const bool ms = endsWith(config, ".ms");
    const bool bytes = endsWith(config, ".bytes");
    if (!ms && !bytes)
        return {};
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok)
        return {};
    if (n == -1)
        return tr("unlimited");
    if (n < 0)
        return {};
    if (n == std::numeric_limits<qint64>::max())
        return tr("never");
    return ms ? duration(n) : size(n);
}

} // namespace es
