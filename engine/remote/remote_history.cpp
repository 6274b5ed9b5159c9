#include "remote/remote_history.h"

#include "catalog/metric_series.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace es::remote_history {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

namespace {

// How far before a range a read looks for the values held at its start: the last full
// reading is at most a minute and a refresh before it.
constexpr std::int64_t kHeldLookbackMs = 2 * kMinuteMs;

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return -floorDiv(-a, b); }

} // namespace

const std::string &readingsMarker()
{
    static const std::string marker = clusterSeries(SeriesMetric::Offline);
    return marker;
}

namespace {

// Where `written` had a value for the same thing, found by name once per reading.
struct WrittenIndex {
    std::unordered_map<std::int32_t, const BrokerSnapshot *> brokers;
    std::unordered_map<std::string_view, const TopicSnapshot *> topics;
    std::unordered_map<std::string_view, const GroupView *> groups;

    explicit WrittenIndex(const ClusterSnapshot *written)
    {
        if (!written)
            return;
        for (const auto &b : written->brokers)
            brokers.emplace(b.id, &b);
        for (const auto &t : written->topics)
            topics.emplace(t.name, &t);
        for (const auto &g : written->groups)
            groups.emplace(g.group.groupId, &g);
    }
};

template <typename Map, typename Key>
auto *findIn(const Map &map, const Key &key)
{
    const auto it = map.find(key);
    return it == map.end() ? nullptr : it->second;
}

const PartitionSnapshot *partitionIn(const TopicSnapshot *topic, std::int32_t partition)
{
    if (!topic)
        return nullptr;
    const auto &ps = topic->partitions;
    if (partition >= 0 && static_cast<std::size_t>(partition) < ps.size() &&
        ps[partition].partition == partition)
        return &ps[partition];
    const auto it =
        std::find_if(ps.begin(), ps.end(), [&](const auto &p) { return p.partition == partition; });
    return it == ps.end() ? nullptr : &*it;
}

// The lag `group` had on `tp`: usually at the same place in the same order.
const PartitionLag *lagIn(const GroupView *group, std::size_t at, const TopicPartition &tp)
{
    if (!group)
        return nullptr;
    const auto &lags = group->lag;
    if (at < lags.size() && lags[at].tp == tp)
        return &lags[at];
    const auto it = std::find_if(lags.begin(), lags.end(), [&](const auto &l) { return l.tp == tp; });
    return it == lags.end() ? nullptr : &*it;
}

} // namespace

std::vector<MetricSample> samplesToWrite(const ClusterSnapshot &snap, const ClusterSnapshot *written)
{
    const WrittenIndex before(written);
    const bool full = written == nullptr;
    std::vector<MetricSample> out;
    const std::int64_t now = snap.timeMs;
    out.push_back({clusterSeries(SeriesMetric::UnderReplicated), now,
                   static_cast<double>(snap.underReplicatedPartitions)});
    out.push_back({readingsMarker(), now, static_cast<double>(snap.offlinePartitions)});
    for (const auto &b : snap.brokers) {
        const BrokerSnapshot *was = findIn(before.brokers, b.id);
        if (full || !was || was->recordsInPerSec != b.recordsInPerSec)
            out.push_back({brokerSeries(b.id, SeriesMetric::RecordsInPerSec), now, b.recordsInPerSec});
    }
    for (const auto &t : snap.topics) {
        const TopicSnapshot *was = findIn(before.topics, std::string_view(t.name));
        if (full || !was || was->recordsInPerSec != t.recordsInPerSec)
            out.push_back({topicSeries(t.name, SeriesMetric::RecordsInPerSec), now, t.recordsInPerSec});
        for (const auto &p : t.partitions) {
            const PartitionSnapshot *wasPartition = partitionIn(was, p.partition);
            if (full || !wasPartition || wasPartition->recordsInPerSec != p.recordsInPerSec)
                out.push_back({partitionSeries(t.name, p.partition, SeriesMetric::RecordsInPerSec), now,
                               p.recordsInPerSec});
        }
    }
    for (const auto &g : snap.groups) {
        out.push_back({groupLagSeries(g.group.groupId), now, static_cast<double>(g.totalLag)});
        const GroupView *was = findIn(before.groups, std::string_view(g.group.groupId));
        for (std::size_t i = 0; i < g.lag.size(); ++i) {
            const PartitionLag &l = g.lag[i];
            const PartitionLag *wasLag = lagIn(was, i, l.tp);
            if (full || !wasLag || wasLag->lag != l.lag)
                out.push_back({groupPartitionLagSeries(g.group.groupId, l.tp.topic, l.tp.partition), now,
                               static_cast<double>(l.lag)});
        }
    }
    return out;
}

// `points` (per second, from the rows written) with each of the `readings` seconds that it
// has no row for filled with the value held then.
std::vector<MetricPoint> holdValues(const std::vector<MetricPoint> &points,
                                    const std::vector<MetricPoint> &readings)
{
    std::vector<MetricPoint> out;
    out.reserve(readings.size());
    std::size_t next = 0;
    std::optional<double> held;
    std::optional<std::int64_t> minute;
    for (const MetricPoint &reading : readings) {
        const bool full = minute != floorDiv(reading.timeMs, kMinuteMs);
        minute = floorDiv(reading.timeMs, kMinuteMs);
        for (; next < points.size() && points[next].timeMs < reading.timeMs; ++next) {
            out.push_back(points[next]);
            held = points[next].value;
        }
        if (next < points.size() && points[next].timeMs == reading.timeMs) {
            out.push_back(points[next]);
            held = points[next++].value;
        } else if (full) {
            held.reset();
        } else if (held) {
            out.push_back({.timeMs = reading.timeMs, .value = *held, .max = *held});
        }
    }
    out.insert(out.end(), points.begin() + static_cast<std::ptrdiff_t>(next), points.end());
    return out;
}

// Whether the catalog answers [fromMs, toMs) in steps of stepMs from its 1-second rows
// (readMetrics' rule), and if so what to ask it instead.
HeldRead planHeldRead(std::int64_t fromMs, std::int64_t toMs, std::int64_t stepMs, std::int64_t nowMs,
                      std::int64_t rawRetentionMs)
{
    HeldRead plan;
    plan.stepMs = ceilDiv(std::max<std::int64_t>(stepMs, 1000), 1000) * 1000;
    const std::int64_t first = floorDiv(fromMs, plan.stepMs) * plan.stepMs;
    if (plan.stepMs % kMinuteMs == 0 || first < nowMs - rawRetentionMs || toMs <= fromMs)
        return plan;
    plan.fill = true;
    // Not so far back that the catalog would answer from its 1-minute rows (its clock runs on).
    const std::int64_t kept = ceilDiv(nowMs - rawRetentionMs, 1000) * 1000 + 5000;
    plan.readFromMs = std::min(first, std::max(first - kHeldLookbackMs, kept));
    plan.readToMs = ceilDiv(toMs, plan.stepMs) * plan.stepMs;
    return plan;
}

// Seconds folded into the steps of `plan` that overlap [fromMs, toMs), as the catalog folds
// its rows: average and largest.
std::vector<MetricPoint> inSteps(const std::vector<MetricPoint> &seconds, std::int64_t fromMs,
                                 std::int64_t toMs, const HeldRead &plan)
{
    std::vector<MetricPoint> out;
    const std::int64_t first = floorDiv(fromMs, plan.stepMs) * plan.stepMs;
    double sum = 0;
    int count = 0;
    for (const MetricPoint &p : seconds) {
        const std::int64_t step = floorDiv(p.timeMs, plan.stepMs) * plan.stepMs;
        if (step < first || step >= toMs)
            continue;
        if (count > 0 && step != out.back().timeMs) {
            out.back().value = sum / static_cast<double>(count);
            sum = 0;
            count = 0;
        }
        if (count == 0)
            out.push_back({.timeMs = step, .value = 0, .max = p.max});
        out.back().max = std::max(out.back().max, p.max);
        sum += p.value;
        ++count;
    }
    if (count > 0)
        out.back().value = sum / static_cast<double>(count);
    return out;
}

} // namespace es::remote_history
