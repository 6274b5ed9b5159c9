#pragma once

#include <cstdint>
#include <deque>
#include <utility>

namespace es {

// Records per second over the last `windowMs`, from samples of a running total (the
// records acknowledged so far) taken at the caller's pace. Not thread-safe.
class ThroughputMeter {
public:
    explicit ThroughputMeter(std::int64_t windowMs = 1000) : m_windowMs(windowMs) {}

    void reset() { m_samples.clear(); }
    void sample(std::int64_t timeMs, std::int64_t total);
    // 0 until two samples lie apart.
    [[nodiscard]] double perSecond() const;

private:
    std::int64_t m_windowMs;
    std::deque<std::pair<std::int64_t, std::int64_t>> m_samples; // (time, total), oldest first
};

} // namespace es
