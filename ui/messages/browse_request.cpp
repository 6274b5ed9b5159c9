#include "ui/messages/browse_request.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <set>

namespace es {

bool showsTheSame(const BrowseRequest &a, const BrowseRequest &b)
{
    if (a.topic != b.topic || a.partitions != b.partitions || a.start != b.start || a.follow != b.follow)
        return false;
    switch (a.start) {
    case StartKind::LatestN: return a.count == b.count;
    case StartKind::Offset: return a.offset == b.offset;
    case StartKind::Timestamp: return a.timestampMs == b.timestampMs;
    case StartKind::GroupPosition: return a.group == b.group;
    case StartKind::Earliest:
    case StartKind::LiveTail: break;
    }
    return true;
}

std::optional<std::vector<std::int32_t>> BrowseResolver::parsePartitions(const QString &text, QString *error)
{
    std::set<std::int32_t> out;
    static const QRegularExpression item(QStringLiteral("^\\s*(\\d{1,6})\\s*(?:-\\s*(\\d{1,6})\\s*)?$"));
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const auto m = item.match(part);
        if (!m.hasMatch()) {
            *error =
                tr("\"%1\" is not a partition number or range (write e.g. 0, 2, 5-7).").arg(part.trimmed());
            return std::nullopt;
        }
        const int from = m.captured(1).toInt();
        const int to = m.captured(2).isEmpty() ? from : m.captured(2).toInt();
        if (to < from) {
            *error = tr("The range %1 ends before it starts.").arg(part.trimmed());
            return std::nullopt;
        }
        for (int p = from; p <= to; ++p)
            out.insert(p);
    }
    return std::vector<std::int32_t>(out.begin(), out.end());
}

std::optional<BrowseResolver::Plan> BrowseResolver::plan(const ClusterSnapshot &snapshot,
                                                         const BrowseRequest &request, QString *error)
{
    const std::string name = request.topic.toStdString();
    auto topic = std::find_if(snapshot.topics.begin(), snapshot.topics.end(),
                              [&](const TopicSnapshot &t) { return t.name == name; });
    if (topic == snapshot.topics.end()) {
        *error = request.topic.isEmpty() ? tr("Choose a topic.")
                                         : tr("There is no topic \"%1\".").arg(request.topic);
        return std::nullopt;
    }
    std::vector<std::int32_t> wanted = request.partitions;
    if (wanted.empty())
        for (const auto &p : topic->partitions)
            wanted.push_back(p.partition);

    const GroupView *group = nullptr;
    if (request.start == StartKind::GroupPosition) {
        const std::string groupId = request.group.toStdString();
        for (const auto &g : snapshot.groups)
            if (g.group.groupId == groupId)
                group = &g;
        if (!group) {
            *error = request.group.isEmpty() ? tr("Choose a consumer group.")
                                             : tr("There is no consumer group \"%1\".").arg(request.group);
            return std::nullopt;
        }
    }

    Plan out;
    QStringList uncommitted;
    for (std::int32_t id : wanted) {
        const bool exists = std::any_of(topic->partitions.begin(), topic->partitions.end(),
                                        [&](const PartitionSnapshot &s) { return s.partition == id; });
        if (!exists) {
            *error = tr("Topic \"%1\" has no partition %2 (it has %n partition(s)).", nullptr,
                        static_cast<int>(topic->partitions.size()))
                         .arg(request.topic)
                         .arg(id);
            return std::nullopt;
        }
        Target target{id, -1};
        if (group) {
            auto lag = std::find_if(group->lag.begin(), group->lag.end(), [&](const PartitionLag &l) {
                return l.tp.topic == name && l.tp.partition == id;
            });
            if (lag == group->lag.end() || lag->committed < 0)
                uncommitted << QString::number(id);
            else
                target.committed = lag->committed;
        }
        out.targets.push_back(target);
    }
    if (!uncommitted.isEmpty())
        out.note =
            tr("Group \"%1\" has no committed offset for partition(s) %2: they start at the log start.")
                .arg(request.group, uncommitted.join(QStringLiteral(", ")));
    return out;
}

Result<std::vector<PartitionRange>> BrowseResolver::ranges(RecordReader &reader, const BrowseRequest &request,
                                                           const std::vector<Target> &targets,
                                                           std::stop_token stop)
{
    const std::string topic = request.topic.toStdString();
    std::vector<PartitionRange> out;
    out.reserve(targets.size());
    for (const Target &target : targets) {
        const TopicPartition tp{topic, target.partition};
        auto bounds = reader.bounds(tp, stop);
        if (!bounds)
            return bounds.status();
        std::int64_t timeOffset = -1;
        if (request.start == StartKind::Timestamp) {
            auto found = reader.offsetForTimestamp(tp, request.timestampMs, stop);
            if (!found)
                return found.status();
            timeOffset = *found;
        }
        out.push_back(rangeFor(request, target, *bounds, timeOffset));
    }
    return out;
}

PartitionRange BrowseResolver::rangeFor(const BrowseRequest &request, const Target &target,
                                        const PartitionBounds &bounds, std::int64_t timeOffset)
{
    const std::int64_t first = std::max<std::int64_t>(0, bounds.logStartOffset);
    const std::int64_t end = std::max(first, bounds.highWatermark);
    PartitionRange r{target.partition, first, end};
    switch (request.start) {
    case StartKind::Earliest: break;
    case StartKind::LatestN: r.start = std::max(first, end - request.count); break;
    case StartKind::Offset: r.start = std::clamp(request.offset, first, end); break;
    case StartKind::Timestamp: r.start = std::clamp(timeOffset, first, end); break;
    case StartKind::LiveTail: r.start = end; break;
    case StartKind::GroupPosition:
        if (target.committed >= 0)
            r.start = std::clamp(target.committed, first, end);
        break;
    }
    return r;
}

} // namespace es
