#pragma once

#include <array>
#include <cstdint>

namespace es::protocol {

// Kafka's uuid type: 16 raw bytes on the wire. The all-zero value means "no id".
struct Uuid {
    std::array<std::uint8_t, 16> bytes{};

    [[nodiscard]] bool isZero() const { return *this == Uuid{}; }
    bool operator==(const Uuid &) const = default;
};

} // namespace es::protocol
