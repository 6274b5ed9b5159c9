#pragma once

#include <cstddef>
#include <cstdint>

namespace es {

// CRC-32C (Castagnoli), as Kafka's RecordBatch v2 uses. extendCrc32c() continues a CRC
// over more data; crc32c(data) == extendCrc32c(0, data). Uses the SSE4.2 instruction when
// the CPU has it and a table-driven portable version otherwise.
std::uint32_t extendCrc32c(std::uint32_t crc, const void *data, std::size_t size);

inline std::uint32_t crc32c(const void *data, std::size_t size) { return extendCrc32c(0, data, size); }

// Which implementation extendCrc32c() uses on this CPU ("sse4.2" or "portable").
const char *crc32cImplementation();

// The portable version, exposed so tests can compare both on the same input.
std::uint32_t extendCrc32cPortable(std::uint32_t crc, const void *data, std::size_t size);

} // namespace es
