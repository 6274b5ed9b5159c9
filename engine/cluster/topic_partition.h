#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <string>

namespace es {

struct TopicPartition {
    std::string topic;
    std::int32_t partition = 0;

    auto operator<=>(const TopicPartition &) const = default;
    bool operator==(const TopicPartition &) const = default;

    [[nodiscard]] std::string toString() const { return topic + "-" + std::to_string(partition); }
};

} // namespace es

template <>
struct std::hash<es::TopicPartition> {
    std::size_t operator()(const es::TopicPartition &tp) const noexcept
    {
        return std::hash<std::string>{}(tp.topic) * 31 + static_cast<std::size_t>(tp.partition);
    }
};
