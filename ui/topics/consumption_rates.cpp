#include "ui/topics/consumption_rates.h"

namespace es {

void ConsumptionRates::add(const ClusterSnapshot &snapshot)
{
    std::map<std::string, std::int64_t> sums;
    for (const auto &t : snapshot.topics)
        sums[t.name] = 0;
    for (const auto &g : snapshot.groups)
        for (const auto &lag : g.lag)
            if (lag.committed >= 0) {
                auto it = sums.find(lag.tp.topic);
                if (it != sums.end())
                    it->second += lag.committed;
            }
    // Topics that are gone forget their history; a group that disappears makes the sum
    // drop, which must not count as negative consumption: start over from there.
    for (auto it = m_samples.begin(); it != m_samples.end();)
        it = sums.count(it->first) ? std::next(it) : m_samples.erase(it);
    for (const auto &[topic, sum] : sums) {
        auto &samples = m_samples[topic];
        if (!samples.empty() && sum < samples.back().committed)
            samples.clear();
        samples.push_back({snapshot.timeMs, sum});
        while (samples.size() > 2 && samples.front().timeMs < snapshot.timeMs - m_windowMs)
            samples.pop_front();
    }
}

double ConsumptionRates::perSecond(const std::string &topic) const
{
    auto it = m_samples.find(topic);
    if (it == m_samples.end() || it->second.size() < 2)
        return 0;
    const Sample &first = it->second.front();
    const Sample &last = it->second.back();
    if (last.timeMs <= first.timeMs)
        return 0;
    return static_cast<double>(last.committed - first.committed) * 1000.0 /
           static_cast<double>(last.timeMs - first.timeMs);
}

} // namespace es
