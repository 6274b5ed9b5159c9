#pragma once

#include "client/partition_reader.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace es {

// The records of one partition at offsets [first, first + kRows), as far as it was read:
// offsets in [first, readEnd) without a record have none (compacted away, deleted, or a
// transaction marker); offsets at or past readEnd were not read (the high watermark was
// there when the page was loaded). Immutable once made, so shared between threads.
struct RecordPage {
    static constexpr std::int64_t kRows = 256;

    std::int32_t partition = 0;
    std::int64_t first = 0;
    std::int64_t readEnd = 0;
    std::vector<FetchedRecord> records; // ascending offsets within [first, readEnd)

    [[nodiscard]] static std::int64_t firstOf(std::int64_t offset) { return offset - offset % kRows; }
    // The record at `offset`, nullptr when the page has none there.
    [[nodiscard]] const FetchedRecord *find(std::int64_t offset) const;
};

using RecordPagePtr = std::shared_ptr<const RecordPage>;

// Reads the page of `tp` that starts at `first` (a multiple of kRows), up to the partition's
// high watermark, or until `stop` is requested. Blocks; never on the GUI thread.
Result<RecordPagePtr> readRecordPage(RecordReader &reader, const TopicPartition &tp, std::int64_t first,
                                     std::stop_token stop = {});

} // namespace es
