#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>

namespace es {

// Counts events and tells their rate over the last few whole seconds, for the bots' "actual
// rate". Thread-safety: add() and perSecond() may be called from any thread.
class RateMeter {
public:
    using Clock = std::chrono::steady_clock;

    void add(std::uint64_t count = 1);
    // Events per second over the last kWindowSeconds whole seconds (fewer just after start).
    [[nodiscard]] double perSecond() const;
    [[nodiscard]] std::uint64_t total() const;

    static constexpr int kWindowSeconds = 3;

private:
    void advanceLocked(std::int64_t second) const;

    mutable std::mutex m_mutex;
    // Per-second counts, indexed by second modulo the ring size; the slot of `m_second`
    // is the second in progress. All guarded by m_mutex.
    mutable std::uint64_t m_ring[kWindowSeconds + 1] = {};
    mutable std::int64_t m_second = -1;
    mutable std::int64_t m_firstSecond = -1;
    std::uint64_t m_total = 0;
};

} // namespace es
