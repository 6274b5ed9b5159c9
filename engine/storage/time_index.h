#pragma once

#include "storage/index_file.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace es {

// A segment's sparse time index: the largest timestamp seen so far -> the base offset
// of the batch holding it. Timestamps never decrease, so a lookup by time is a binary
// search. Not thread-safe: the owning segment serialises access.
class TimeIndex {
public:
    struct Entry {
        std::int64_t timestamp;
        std::int64_t offset;
    };

    TimeIndex(std::filesystem::path path, std::int64_t baseOffset);

    // Loads and checks the file (ordered, offsets in [base, nextOffset)). Corruption or
    // NotFound means: rebuild it.
    Status load(std::int64_t nextOffset);

    // Adds an entry when `timestamp` is larger than the last one (or than -1, the "no
    // timestamp" value, while the index is empty).
    void maybeAppend(std::int64_t timestamp, std::int64_t offset);

    // Where a scan for the first record with a timestamp at or after `timestamp` can
    // start: the last entry whose timestamp is below it. Every record before that entry's
    // batch is older, and so is every record in it (the entry's timestamp is that batch's
    // largest). nullopt when there is none: scan from the base offset.
    [[nodiscard]] std::optional<Entry> lastEntryBelow(std::int64_t timestamp) const;

    // Largest timestamp recorded, or -1.
    [[nodiscard]] std::int64_t lastTimestamp() const
    {
        return m_entries.empty() ? -1 : m_entries.back().timestamp;
    }

    void truncateFrom(std::int64_t offset);
    void clear();

    Status persist(bool sync);
    Status remove() { return m_file.remove(); }
    Status renameTo(std::filesystem::path path) { return m_file.renameTo(std::move(path)); }

    [[nodiscard]] const std::vector<Entry> &entries() const { return m_entries; }

private:
    IndexFile m_file;
    std::int64_t m_baseOffset;
    std::vector<Entry> m_entries;
};

} // namespace es
