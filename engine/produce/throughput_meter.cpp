#include "produce/throughput_meter.h"

namespace es {

void ThroughputMeter::sample(std::int64_t timeMs, std::int64_t total)
{
    m_samples.emplace_back(timeMs, total);
    // Keep one sample at or before the window's start, so the rate spans the whole window.
    while (m_samples.size() > 2 && m_samples[1].first <= timeMs - m_windowMs)
        m_samples.pop_front();
}

double ThroughputMeter::perSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const auto &[t0, n0] = m_samples.front();
    const auto &[t1, n1] = m_samples.back();
    if (t1 <= t0)
        return 0;
    return static_cast<double>(n1 - n0) * 1000.0 / static_cast<double>(t1 - t0);
}

} // namespace es
