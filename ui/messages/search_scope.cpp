#include "ui/messages/search_scope.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace es {

QString SearchScope::partitionRuns(std::vector<std::int32_t> partitions)
{
    std::sort(partitions.begin(), partitions.end());
    partitions.erase(std::unique(partitions.begin(), partitions.end()), partitions.end());
    QStringList runs;
    for (std::size_t i = 0; i < partitions.size();) {
        std::size_t j = i;
        while (j + 1 < partitions.size() && partitions[j + 1] == partitions[j] + 1)
            ++j;
        runs << (j == i ? QString::number(partitions[i])
                        : QStringLiteral("%1-%2").arg(partitions[i]).arg(partitions[j]));
        i = j + 1;
    }
    return runs.join(QStringLiteral(", "));
}

QString SearchScope::describe(const BrowseRequest &request, const std::vector<PartitionRange> &ranges)
{
    const QLocale locale;
    const int count = static_cast<int>(ranges.size());
    std::vector<std::int32_t> numbers;
    for (const PartitionRange &r : ranges)
        numbers.push_back(r.partition);
    const QString partitions =
        (count == 1 ? tr("partition %1") : tr("partitions %1")).arg(partitionRuns(numbers));

    QString from;
    if (count == 1) {
        from = tr("from offset %1").arg(locale.toString(static_cast<qlonglong>(ranges.front().start)));
    } else {
        switch (request.start) {
        case StartKind::Earliest: from = tr("from each partition's first record"); break;
        case StartKind::LatestN:
            from =
                tr("from the newest %1 of each").arg(locale.toString(static_cast<qlonglong>(request.count)));
            break;
        case StartKind::Offset:
            from = tr("from offset %1 in each").arg(locale.toString(static_cast<qlonglong>(request.offset)));
            break;
        case StartKind::Timestamp:
            from = tr("from %1").arg(
                locale.toString(QDateTime::fromMSecsSinceEpoch(request.timestampMs), QLocale::ShortFormat));
            break;
        case StartKind::GroupPosition:
            from = tr("from group %1's committed offsets").arg(request.group);
            break;
        case StartKind::LiveTail: from = tr("from the records that arrive"); break;
        }
    }
    return tr("Search results in %1: %2, %3, to the end").arg(request.topic, partitions, from);
}

} // namespace es
