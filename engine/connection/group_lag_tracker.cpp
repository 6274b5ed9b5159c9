#include "connection/group_lag_tracker.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_set>

namespace es {

namespace {

constexpr std::int64_t kMinTrendMs = 5'000;

} // namespace

void GroupLagTracker::add(const ClusterSnapshot &snapshot)
{
    for (const GroupView &g : snapshot.groups) {
        auto &samples = m_groups[g.group.groupId];
        if (!samples.empty() && snapshot.timeMs - samples.back().timeMs < 1000)
            continue;
        Sample s{.timeMs = snapshot.timeMs, .totalLag = g.totalLag};
        for (const PartitionLag &l : g.lag)
            s.highWatermarks += std::max<std::int64_t>(0, l.highWatermark);
        samples.push_back(s);
        while (!samples.empty() && samples.front().timeMs < snapshot.timeMs - kWindowMs)
            samples.pop_front();
    }
    // Groups gone from the cluster are forgotten.
    std::unordered_set<std::string_view> present;
    present.reserve(snapshot.groups.size());
    for (const GroupView &g : snapshot.groups)
        present.insert(g.group.groupId);
    std::erase_if(m_groups, [&](const auto &entry) { return !present.contains(entry.first); });
}

std::vector<GroupLagTracker::Sample> GroupLagTracker::samples(const std::string &groupId) const
{
    auto it = m_groups.find(groupId);
    if (it == m_groups.end())
        return {};
    return {it->second.begin(), it->second.end()};
}

LagTrend GroupLagTracker::trend(const std::string &groupId) const
{
    auto it = m_groups.find(groupId);
    if (it == m_groups.end() || it->second.size() < 3 ||
        it->second.back().timeMs - it->second.front().timeMs < kMinTrendMs)
        return LagTrend::Unknown;
    // Least squares over the window: steps from commits average out.
    const auto &s = it->second;
    const double t0 = static_cast<double>(s.front().timeMs);
    double st = 0, sl = 0, stt = 0, stl = 0;
    for (const Sample &x : s) {
        const double t = (static_cast<double>(x.timeMs) - t0) / 1000.0;
        const double l = static_cast<double>(x.totalLag);
        st += t;
        sl += l;
        stt += t * t;
        stl += t * l;
    }
    const double n = static_cast<double>(s.size());
    const double denominator = n * stt - st * st;
    if (denominator <= 0)
        return LagTrend::Unknown;
    const double slope = (n * stl - st * sl) / denominator; // records per second
    const double span = (static_cast<double>(s.back().timeMs) - t0) / 1000.0;
    const double change = slope * span;
    const double threshold = std::max(10.0, 0.05 * sl / n);
    if (std::abs(change) < threshold)
        return LagTrend::Steady;
    return change > 0 ? LagTrend::Rising : LagTrend::Falling;
}

std::optional<GroupLagTracker::Rates> GroupLagTracker::rates(const std::string &groupId) const
{
    auto it = m_groups.find(groupId);
    if (it == m_groups.end() || it->second.size() < 2)
        return std::nullopt;
    const auto &s = it->second;
    const Sample &last = s.back();
    auto first = std::find_if(s.begin(), s.end(),
                              [&](const Sample &x) { return x.timeMs >= last.timeMs - kRateWindowMs; });
    if (first == s.end() || last.timeMs - first->timeMs < 2000)
        return std::nullopt;
    const double seconds = static_cast<double>(last.timeMs - first->timeMs) / 1000.0;
    const double produced = static_cast<double>(last.highWatermarks - first->highWatermarks);
    // committed = high watermark - lag, summed
    const double consumed = produced - static_cast<double>(last.totalLag - first->totalLag);
    return Rates{.consumePerSec = std::max(0.0, consumed / seconds),
                 .producePerSec = std::max(0.0, produced / seconds)};
}

std::optional<double> GroupLagTracker::secondsToCatchUp(const std::string &groupId) const
{
    auto it = m_groups.find(groupId);
    if (it == m_groups.end() || it->second.empty())
        return std::nullopt;
    const std::int64_t lag = it->second.back().totalLag;
    if (lag == 0)
        return 0.0;
    const auto r = rates(groupId);
    if (!r || r->consumePerSec <= r->producePerSec)
        return std::nullopt;
    return static_cast<double>(lag) / (r->consumePerSec - r->producePerSec);
}

} // namespace es
