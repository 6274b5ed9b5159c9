#include "ui/topics/config_value_input.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace es {

namespace {

struct Unit {
    std::int64_t factor;
    QStringList words; // lower case
};

bool endsWith(const std::string &s, const char *suffix)
{
    const std::string tail(suffix);
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The unit word of a translated "%n day(s)" as the editor shows it, for one and for many.
QStringList shownWords(const char *text)
{
    QStringList out;
    for (int n : {1, 2, 5}) {
        QString shown = QCoreApplication::translate("es::ConfigValueWords", text, nullptr, n);
        shown.remove(QLocale().toString(n)).remove(QString::number(n));
        if (!shown.trimmed().isEmpty())
            out << shown.trimmed().toLower();
    }
    return out;
}

const std::vector<Unit> &durationUnits()
{
    static const std::vector<Unit> units = [] {
        std::vector<Unit> u = {
            {1, {QStringLiteral("ms"), QStringLiteral("millisecond"), QStringLiteral("milliseconds")}},
            {1'000,
             {QStringLiteral("s"), QStringLiteral("sec"), QStringLiteral("secs"), QStringLiteral("second"),
              QStringLiteral("seconds")}},
            {60'000,
             {QStringLiteral("min"), QStringLiteral("mins"), QStringLiteral("minute"),
              QStringLiteral("minutes")}},
            {3'600'000,
             {QStringLiteral("h"), QStringLiteral("hr"), QStringLiteral("hrs"), QStringLiteral("hour"),
              QStringLiteral("hours")}},
            {86'400'000, {QStringLiteral("d"), QStringLiteral("day"), QStringLiteral("days")}},
            {604'800'000, {QStringLiteral("w"), QStringLiteral("week"), QStringLiteral("weeks")}},
        };
        u[0].words << shownWords("%n ms");
        u[1].words << shownWords("%n s");
        u[2].words << shownWords("%n min");
        u[3].words << shownWords("%n h");
        u[4].words << shownWords("%n day(s)");
        return u;
    }();
    return units;
}

const std::vector<Unit> &sizeUnits()
{
    static const std::vector<Unit> units = {
        {1, {QStringLiteral("b"), QStringLiteral("byte"), QStringLiteral("bytes")}},
        {1'000, {QStringLiteral("kb")}},
        {1'000'000, {QStringLiteral("mb")}},
        {1'000'000'000, {QStringLiteral("gb")}},
        {1'000'000'000'000, {QStringLiteral("tb")}},
        {std::int64_t{1} << 10, {QStringLiteral("kib")}},
        {std::int64_t{1} << 20, {QStringLiteral("mib")}},
        {std::int64_t{1} << 30, {QStringLiteral("gib")}},
        {std::int64_t{1} << 40, {QStringLiteral("tib")}},
    };
    return units;
}

// A figure in the UI's language ("1,5") or in C's ("1.5").
std::optional<double> figure(const QString &text)
{
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

ConfigValueKind configValueKindOf(const std::string &config)
{
    if (endsWith(config, ".ms"))
        return ConfigValueKind::Duration;
    if (endsWith(config, ".bytes"))
        return ConfigValueKind::Size;
    return ConfigValueKind::Plain;
}

std::optional<std::string> configValueFromInput(const std::string &config, const QString &text)
{
    const QString typed = text.trimmed();
    const ConfigValueKind unit = configValueKindOf(config);
    if (unit == ConfigValueKind::Plain)
        return typed.toStdString();
    bool whole = false;
    typed.toLongLong(&whole);
    if (whole || typed.isEmpty())
        return typed.toStdString();
    const QString unlimited = QCoreApplication::translate("es::ConfigValueWords", "unlimited");
    if (typed.compare(unlimited, Qt::CaseInsensitive) == 0 ||
        typed.compare(u"unlimited", Qt::CaseInsensitive) == 0)
        return std::string("-1");
    static const QRegularExpression split(QStringLiteral(R"(^([0-9][0-9.,]*)\s*(\S.*)$)"));
    const auto match = split.match(typed);
    if (!match.hasMatch())
        return std::nullopt;
    const auto amount = figure(match.captured(1));
    if (!amount)
        return std::nullopt;
    const QString word = match.captured(2).trimmed().toLower();
    for (const Unit &u : unit == ConfigValueKind::Duration ? durationUnits() : sizeUnits()) {
        if (!u.words.contains(word))
            continue;
        const double value = std::round(*amount * static_cast<double>(u.factor));
        if (value >= static_cast<double>(std::numeric_limits<std::int64_t>::max()))
            return std::nullopt;
        return std::to_string(static_cast<std::int64_t>(value));
    }
    return std::nullopt;
}

} // namespace es
