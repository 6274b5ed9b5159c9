#pragma once

#include "common/buffer.h"
#include "common/status.h"

#include <filesystem>

namespace es {

// The persistence shared by the offset and time indexes: a file of fixed-size entries.
// Entries live in memory (decoded) with their owner; the owner asks firstUnpersisted(),
// encodes the entries from there on and hands them to write(). Not thread-safe: the
// owning segment serialises access.
class IndexFile {
public:
    IndexFile(std::filesystem::path path, std::size_t entrySize)
        : m_path(std::move(path)), m_entrySize(entrySize)
    {
    }

    // Reads the file's entries. NotFound if it does not exist; Corruption if its size is
    // not a whole number of entries.
    Result<Bytes> read() const;

    // Index of the first entry the file does not hold yet.
    [[nodiscard]] std::size_t firstUnpersisted() const { return m_rewrite ? 0 : m_persisted; }
    // Writes `encoded` (whole entries starting at firstUnpersisted()) and optionally fsyncs.
    Status write(ByteView encoded, bool sync);
    // Entries were removed in memory: the next write() rewrites the whole file.
    void markRewrite() { m_rewrite = true; }
    // The file already holds `entries` entries (it was just read or rebuilt and written).
    void markPersisted(std::size_t entries)
    {
        m_persisted = entries;
        m_rewrite = false;
    }
    Status remove();
    Status renameTo(std::filesystem::path path);

    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }
    [[nodiscard]] std::size_t entrySize() const { return m_entrySize; }

private:
    std::filesystem::path m_path;
    std::size_t m_entrySize;
    std::size_t m_persisted = 0;
    bool m_rewrite = true;
};

} // namespace es
