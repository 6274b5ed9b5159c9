#pragma once

#include "storage/index_file.h"

#include <cstdint>
#include <vector>

namespace es {

// A segment's sparse offset index: batch base offset -> byte position in the .log file.
// Not thread-safe: the owning segment serialises access.
class OffsetIndex {
public:
    struct Entry {
        std::int64_t offset;
        std::uint32_t position;
    };

    OffsetIndex(std::filesystem::path path, std::int64_t baseOffset);

    // Loads the file and checks it against the log: ordered entries, offsets at or above
    // the base, positions inside the log. Corruption (or NotFound) means: rebuild it.
    Status load(std::uint64_t logSize);

    // Entries must increase in offset and position.
    void append(std::int64_t offset, std::uint32_t position);

    // The last entry at or before `offset`, or {base offset, 0}.
    [[nodiscard]] Entry lookup(std::int64_t offset) const;

    // Drops entries at or after `offset` / `position`.
    void truncateFrom(std::int64_t offset);
    void clear();

    Status persist(bool sync);
    Status remove() { return m_file.remove(); }
    Status renameTo(std::filesystem::path path) { return m_file.renameTo(std::move(path)); }

    [[nodiscard]] std::size_t entryCount() const { return m_entries.size(); }
    [[nodiscard]] const std::vector<Entry> &entries() const { return m_entries; }

private:
    IndexFile m_file;
    std::int64_t m_baseOffset;
    std::vector<Entry> m_entries;
};

} // namespace es
