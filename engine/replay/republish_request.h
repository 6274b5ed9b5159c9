#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace es {

// One source partition's range: [from, to). nullopt ends: the log start offset, and the high
// watermark as it is when the copy starts (so copying a topic into itself terminates).
struct RepublishRange {
    std::int32_t partition = 0;
    std::optional<std::int64_t> from;
    std::optional<std::int64_t> to;
};

// A time window [fromMs, toMs) in ms since the epoch, turned into offsets per partition at
// the start: from the first record at or after fromMs to the first record at or after toMs.
struct RepublishTimeWindow {
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
};

enum class RepublishKeyMode : std::uint8_t {
    Keep,     // the source record's key
    Null,     // no key
    Template, // a new key rendered from `keyTemplate` (engine/produce/record_template.h)
};

// What to copy, where to, and how.
struct RepublishRequest {
    std::string sourceTopic;
    // Partitions of the source and their ranges; empty: every partition, whole log.
    std::vector<RepublishRange> ranges;
    // When set, replaces every range's ends by the window's offsets.
    std::optional<RepublishTimeWindow> window;
    std::string targetTopic; // may equal sourceTopic
    // 0: as fast as the cluster takes it; otherwise the original gaps between records'
    // timestamps divided by this factor (2 copies twice as fast as they were produced).
    double speed = 0;
    bool keepHeaders = true;
    RepublishKeyMode keyMode = RepublishKeyMode::Keep;
    std::string keyTemplate; // for RepublishKeyMode::Template; "{{seq}}" counts from 0
};

} // namespace es
