#pragma once

#include "common/buffer.h"
#include "common/status.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace es {

// A record header as a producer gives it: a UTF-8 key and optional bytes.
struct RecordHeader {
    std::string key;
    std::optional<Bytes> value;

    bool operator==(const RecordHeader &) const = default;
};

// A record to be written. A null key or null value is std::nullopt (a null value is a
// tombstone under compaction).
struct Record {
    std::optional<Bytes> key;
    std::optional<Bytes> value;
    std::vector<RecordHeader> headers;
    std::int64_t timestamp = 0; // ms since the epoch

    bool operator==(const Record &) const = default;
};

// A header inside a decoded batch; views into the batch (or its decompressed buffer).
struct RecordHeaderView {
    std::string_view key;
    std::optional<ByteView> value;
};

// A record inside a decoded batch. Views stay valid while the batch bytes (and, for a
// compressed batch, the decompression buffer handed to the reader) live.
struct RecordView {
    std::int64_t offset = 0;
    std::int64_t timestamp = 0;
    std::optional<ByteView> key;
    std::optional<ByteView> value;
    std::int32_t headerCount = 0;
    ByteView headersRaw; // headerCount headers, as encoded; see parseHeaders()
    std::uint32_t sizeInBytes = 0; // encoded size of this record, length prefix included

    // Decodes the headers. The reader has already validated them, so this cannot fail for
    // a RecordView the reader produced.
    [[nodiscard]] std::vector<RecordHeaderView> headers() const;

    // Copies into an owned Record.
    [[nodiscard]] Record toRecord() const;
};

} // namespace es
