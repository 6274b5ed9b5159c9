#pragma once

#include "common/buffer.h"

#include <optional>
#include <string>
#include <vector>

namespace es {

inline constexpr std::string_view kConsumerProtocolType = "consumer";

// The topics of a ConsumerProtocolSubscription (a consumer's JoinGroup metadata: version int16,
// topics array of strings, then fields the broker does not need). nullopt when the bytes are
// not a subscription. The broker reads it only to know which topics a group consumes.
std::optional<std::vector<std::string>> subscriptionTopics(ByteView metadata);

} // namespace es
