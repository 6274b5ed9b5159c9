#pragma once

#include "common/status.h"

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <vector>

namespace es {

// Which leader epoch wrote which offsets: (epoch, start offset) pairs, increasing in both.
// A follower that sees a new leader asks it for the end offset of its own latest epoch
// and truncates what diverged (Kafka's KIP-101/279). Persisted in the partition folder as
// `leader-epoch-checkpoint`: a line "epoch startOffset" per entry, replaced atomically on
// every change. Thread-safe.
class LeaderEpochCache {
public:
    struct Entry {
        std::int32_t epoch;
        std::int64_t startOffset;
        bool operator==(const Entry &) const = default;
    };

    // Loads the checkpoint (a missing file is an empty cache; a damaged one is logged and
    // treated as empty, which makes followers truncate more, never less).
    static std::unique_ptr<LeaderEpochCache> open(const std::filesystem::path &partitionDir);

    // Records that `epoch` starts at `startOffset`; ignored unless epoch is newer than the
    // latest entry.
    Status assign(std::int32_t epoch, std::int64_t startOffset);
    // Drops entries starting at or after `offset` (after the log is truncated there).
    Status truncateFromEnd(std::int64_t offset);
    // The latest epoch, or -1.
    [[nodiscard]] std::int32_t latestEpoch() const;
    struct EpochEnd {
        std::int32_t epoch;
        std::int64_t endOffset;
    };
    // For OffsetForLeaderEpoch: the largest epoch <= `epoch` and the offset where it ends
    // (the next epoch's start, or `logEndOffset` for the latest). nullopt when `epoch` is
    // older than every entry.
    [[nodiscard]] std::optional<EpochEnd> endOffsetFor(std::int32_t epoch, std::int64_t logEndOffset) const;
    [[nodiscard]] std::vector<Entry> entries() const;

private:
    explicit LeaderEpochCache(std::filesystem::path file) : m_file(std::move(file)) {}
    Status persistLocked() const;

    std::filesystem::path m_file;
    mutable std::mutex m_mutex;
    std::vector<Entry> m_entries; // guarded by m_mutex
};

} // namespace es
