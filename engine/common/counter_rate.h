#pragma once

// Rates derived from two readings of a monotonic counter (records in, bytes out, requests).
// A counter only goes down when what holds it started again from zero: a restarted broker,
// a new partition leader. As Prometheus' rate() does, a reading below the previous one is
// taken as such a reset, and the whole new value is what was counted since; never a
// negative difference, nor its unsigned wrap (about 1.8·10¹⁹) divided by the seconds
// between the two readings.

#include <cstdint>

namespace es {

// What the counter counted between the readings `before` and `now`.
constexpr std::uint64_t counterIncrease(std::uint64_t now, std::uint64_t before)
{
    return now >= before ? now - before : now;
}

// counterIncrease() per second over `elapsedMs`; 0 when no time passed.
constexpr double counterRate(std::uint64_t now, std::uint64_t before, std::int64_t elapsedMs)
{
    return elapsedMs > 0
               ? static_cast<double>(counterIncrease(now, before)) * 1000.0 / static_cast<double>(elapsedMs)
               : 0.0;
}

} // namespace es
