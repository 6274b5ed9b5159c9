#pragma once

#include "common/status.h"
#include "storage/file.h"

#include <cstdint>
#include <functional>

namespace es {

struct BatchHeader;

// Walks the batches of a .log file from a byte position. In Validate mode every batch is
// read whole and checked (framing, magic, CRC-32C, offsets increasing); in Headers mode
// only the headers are read, for rebuilding indexes and finding offsets in data that was
// already validated.
class SegmentScanner {
public:
    enum class Mode { Headers, Validate };

    struct Outcome {
        std::uint64_t validEnd = 0;   // byte position just past the last good batch
        std::int64_t nextOffset = -1; // last good batch's last offset + 1, or -1 if none
        std::uint64_t batches = 0;
        // Ok when the scan reached the end of the file exactly; otherwise what is wrong at
        // validEnd (a torn tail, a bad CRC, ...), naming the file, position and offset.
        Status stopReason;
    };

    // Called for each good batch with its byte position; return false to stop early.
    using Visitor = std::function<bool(std::uint64_t position, const BatchHeader &header)>;

    SegmentScanner(const File &file, std::uint64_t fileSize, Mode mode);

    Outcome scan(std::uint64_t fromPosition, std::int64_t minOffset, const Visitor &visit);

private:
    // Makes [pos, pos + len) available in m_buf; returns false at end of file.
    Result<bool> ensure(std::uint64_t pos, std::size_t len);

    const File &m_file;
    std::uint64_t m_fileSize;
    Mode m_mode;
    Bytes m_buf;
    std::uint64_t m_bufStart = 0;
    std::size_t m_bufLen = 0;
};

} // namespace es
