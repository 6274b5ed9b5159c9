#include "cluster/group/consumer_protocol.h"

namespace es {

std::optional<std::vector<std::string>> subscriptionTopics(ByteView metadata)
{
    BufferReader in(metadata);
    const auto version = in.get<std::int16_t>();
    const auto count = in.get<std::int32_t>();
    // A topic takes at least its 2-byte length: a bound that keeps a bad count from allocating.
    if (!in.ok() || version < 0 || count < 0 || static_cast<std::size_t>(count) > in.remaining() / 2)
        return std::nullopt;
    std::vector<std::string> topics;
    topics.reserve(static_cast<std::size_t>(count));
    for (std::int32_t i = 0; i < count; ++i) {
        const auto length = in.get<std::int16_t>();
        if (length < 0)
            return std::nullopt;
        const ByteView name = in.getBytes(static_cast<std::size_t>(length));
        if (!in.ok())
            return std::nullopt;
        topics.emplace_back(asChars(name));
    }
    return topics;
}

} // namespace es
