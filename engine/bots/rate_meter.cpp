#include "bots/rate_meter.h"

#include <algorithm>

namespace es {

namespace {

constexpr int kSlots = RateMeter::kWindowSeconds + 1;

std::int64_t currentSecond()
{
    return std::chrono::duration_cast<std::chrono::seconds>(RateMeter::Clock::now().time_since_epoch())
        .count();
}

} // namespace

void RateMeter::advanceLocked(std::int64_t second) const
{
    if (m_second < 0) {
        m_second = second;
        m_firstSecond = second;
        return;
    }
    // Slots of the seconds skipped since the last call had no events.
    for (std::int64_t s = m_second + 1; s <= second && s <= m_second + kSlots; ++s)
        m_ring[s % kSlots] = 0;
    m_second = std::max(m_second, second);
}

void RateMeter::add(std::uint64_t count)
{
    std::lock_guard lock(m_mutex);
    advanceLocked(currentSecond());
    m_ring[m_second % kSlots] += count;
    m_total += count;
}

double RateMeter::perSecond() const
{
    std::lock_guard lock(m_mutex);
    const std::int64_t now = currentSecond();
    advanceLocked(now);
    // The whole seconds before the one in progress, at most the window, at least one.
    const std::int64_t seconds = std::clamp<std::int64_t>(now - m_firstSecond, 1, kWindowSeconds);
    std::uint64_t sum = 0;
    for (std::int64_t s = now - seconds; s < now; ++s)
        sum += m_ring[((s % kSlots) + kSlots) % kSlots];
    return static_cast<double>(sum) / static_cast<double>(seconds);
}

std::uint64_t RateMeter::total() const
{
    std::lock_guard lock(m_mutex);
    return m_total;
}

} // namespace es
