#pragma once

#include <atomic>
#include <cstdint>

namespace es {

// Wall-clock milliseconds since the epoch, injectable so retention and roll-by-time can
// be tested without sleeping. Implementations are thread-safe.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual std::int64_t nowMs() const = 0;
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] std::int64_t nowMs() const override;
    static const SystemClock &instance();
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(std::int64_t startMs) : m_now(startMs) {}
    [[nodiscard]] std::int64_t nowMs() const override { return m_now.load(); }
    void advance(std::int64_t ms) { m_now += ms; }
    void set(std::int64_t ms) { m_now = ms; }

private:
    std::atomic<std::int64_t> m_now;
};

} // namespace es
