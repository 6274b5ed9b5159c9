#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace es {

// A distinct integer type: an Offset cannot be passed where a PartitionId is expected.
template <typename Tag, typename Rep>
class StrongInt {
public:
    using rep_type = Rep;

    constexpr StrongInt() = default;
    constexpr explicit StrongInt(Rep v) : m_v(v) {}

    [[nodiscard]] constexpr Rep value() const { return m_v; }

    constexpr auto operator<=>(const StrongInt &) const = default;

    constexpr StrongInt &operator++()
    {
        ++m_v;
        return *this;
    }
    constexpr StrongInt operator+(Rep delta) const { return StrongInt(m_v + delta); }
    constexpr StrongInt operator-(Rep delta) const { return StrongInt(m_v - delta); }
    constexpr Rep operator-(StrongInt other) const { return m_v - other.m_v; }
    constexpr StrongInt &operator+=(Rep delta)
    {
        m_v += delta;
        return *this;
    }

private:
    Rep m_v{};
};

using Offset = StrongInt<struct OffsetTag, std::int64_t>;
using LeaderEpoch = StrongInt<struct LeaderEpochTag, std::int32_t>;
using BrokerId = StrongInt<struct BrokerIdTag, std::int32_t>;
using PartitionId = StrongInt<struct PartitionIdTag, std::int32_t>;
using ProducerId = StrongInt<struct ProducerIdTag, std::int64_t>;
using ProducerEpoch = StrongInt<struct ProducerEpochTag, std::int16_t>;
using TimestampMs = StrongInt<struct TimestampMsTag, std::int64_t>;

inline constexpr Offset kNoOffset{-1};
inline constexpr LeaderEpoch kNoLeaderEpoch{-1};
inline constexpr TimestampMs kNoTimestamp{-1};

} // namespace es

template <typename Tag, typename Rep>
struct std::hash<es::StrongInt<Tag, Rep>> {
    std::size_t operator()(const es::StrongInt<Tag, Rep> &v) const noexcept
    {
        return std::hash<Rep>{}(v.value());
    }
};
