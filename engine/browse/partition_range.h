#pragma once

#include <cstdint>

namespace es {

// One partition's share of a browse: rows are offsets [start, end); `end` is the high
// watermark when resolved (following moves it on).
struct PartitionRange {
    std::int32_t partition = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
};

// Where a row of a browsed topic points: one offset of one partition.
struct RowRef {
    std::int32_t partition = 0;
    std::int64_t offset = 0;
};

} // namespace es
