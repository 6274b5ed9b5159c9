#pragma once

#include "common/status.h"

#include <string_view>

namespace es {

inline constexpr std::string_view kConsumerOffsetsTopic = "__consumer_offsets";
inline constexpr std::size_t kMaxTopicNameLength = 249;

// Kafka's topic name rules: 1 to 249 characters of [a-zA-Z0-9._-], not "." or "..".
// InvalidArgument with the reason in words otherwise.
Status validateTopicName(std::string_view name);

// Internal topics are the cluster's own (e.g. __consumer_offsets).
bool isInternalTopic(std::string_view name);

// Kafka warns that '.' and '_' collide in metric names; topics differing only there clash.
bool topicNamesCollide(std::string_view a, std::string_view b);

} // namespace es
