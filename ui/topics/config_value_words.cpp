#include "ui/topics/config_value_words.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdint>
#include <limits>

namespace es {

namespace {

bool endsWith(const std::string &s, const char *suffix)
{
    const std::string tail(suffix);
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The largest unit that holds the value a whole number of times, or else the largest one
// it reaches, with a decimal: 604800000 → 7 days, 90000 → 1.5 min.
//
// Every text is a literal in its own translate() call, so that lupdate files it under this
// context, those with a count as numerus forms ("1 Tag", "7 Tage").
QString duration(qint64 ms)
{
    constexpr qint64 day = 86'400'000;
    constexpr qint64 hour = 3'600'000;
    constexpr qint64 minute = 60'000;
    constexpr qint64 second = 1'000;
    const auto whole = [ms](qint64 unit) {
        return ms >= unit && ms % unit == 0 && ms / unit <= std::numeric_limits<int>::max();
    };
    const auto count = [ms](qint64 unit) { return static_cast<int>(ms / unit); };
    if (whole(day))
        return QCoreApplication::translate("es::ConfigValueWords", "%n day(s)", nullptr, count(day));
    if (whole(hour))
        return QCoreApplication::translate("es::ConfigValueWords", "%n h", nullptr, count(hour));
    if (whole(minute))
        return QCoreApplication::translate("es::ConfigValueWords", "%n min", nullptr, count(minute));
    if (whole(second))
        return QCoreApplication::translate("es::ConfigValueWords", "%n s", nullptr, count(second));

    const auto decimal = [ms](qint64 unit) {
        return QLocale().toString(static_cast<double>(ms) / static_cast<double>(unit), 'f', 1);
    };
    if (ms >= day)
        return QCoreApplication::translate("es::ConfigValueWords", "%1 days").arg(decimal(day));
    if (ms >= hour)
        return QCoreApplication::translate("es::ConfigValueWords", "%1 h").arg(decimal(hour));
    if (ms >= minute)
        return QCoreApplication::translate("es::ConfigValueWords", "%1 min").arg(decimal(minute));
    if (ms >= second)
        return QCoreApplication::translate("es::ConfigValueWords", "%1 s").arg(decimal(second));
    return QCoreApplication::translate("es::ConfigValueWords", "%n ms", nullptr, static_cast<int>(ms));
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
        return QCoreApplication::translate("es::ConfigValueWords", "unlimited");
    if (n < 0)
        return {};
    if (n == std::numeric_limits<qint64>::max())
        return QCoreApplication::translate("es::ConfigValueWords", "never");
    return ms ? duration(n) : size(n);
}

} // namespace es
