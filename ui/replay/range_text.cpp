#include "ui/replay/range_text.h"

#include <QStringList>

#include <limits>
#include <set>

namespace es {

namespace {

std::optional<std::int64_t> parseNumber(const QString &text)
{
    bool ok = false;
    const qlonglong n = text.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

} // namespace

std::optional<std::vector<std::int32_t>> RangeText::parsePartitions(const QString &text, QString *error)
{
    std::vector<std::int32_t> out;
    std::set<std::int32_t> seen;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<std::int64_t> n = parseNumber(item);
        if (!n || *n > 100000) {
            *error =
                tr("\"%1\" is not a partition number; write partitions like 0, 2, 5").arg(item.trimmed());
            return std::nullopt;
        }
        if (seen.insert(static_cast<std::int32_t>(*n)).second)
            out.push_back(static_cast<std::int32_t>(*n));
    }
    return out;
}

std::optional<std::vector<RepublishRange>> RangeText::parseRanges(const QString &text, QString *error)
{
    std::vector<RepublishRange> out;
    std::set<std::int32_t> seen;
    for (const QString &raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        const auto bad = [&] {
            *error = tr("\"%1\" is not a partition or a range; write e.g. 0, 1:100-500, 2:950-").arg(item);
            return std::nullopt;
        };
        RepublishRange range;
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        const std::optional<std::int64_t> partition = parseNumber(colon < 0 ? item : item.left(colon));
        if (!partition || *partition > 100000)
            return bad();
        range.partition = static_cast<std::int32_t>(*partition);
        if (colon >= 0) {
            const QString span = item.mid(colon + 1).trimmed();
            const qsizetype dash = span.indexOf(QLatin1Char('-'));
            if (dash < 0)
                return bad();
            const QString from = span.left(dash).trimmed();
            const QString to = span.mid(dash + 1).trimmed();
            if (!from.isEmpty() && !(range.from = parseNumber(from)))
                return bad();
            if (!to.isEmpty() && !(range.to = parseNumber(to)))
                return bad();
            if (range.from && range.to && *range.from > *range.to) {
                *error = tr("In \"%1\" the range starts after its end").arg(item);
                return std::nullopt;
            }
            if (range.to == std::numeric_limits<std::int64_t>::max())
                return bad();
            if (range.to)
                range.to = *range.to + 1; // the last offset copied, then the engine's end
        }
        if (!seen.insert(range.partition).second) {
            *error = tr("Partition %1 is named twice").arg(range.partition);
            return std::nullopt;
        }
        out.push_back(range);
    }
    return out;
}

} // namespace es
