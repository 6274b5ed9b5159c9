#pragma once

#include "common/buffer.h"
#include "common/status.h"

#include <cstdint>
#include <string_view>

namespace es {

// The record-batch compression codecs, numbered as in the batch attributes.
enum class Compression : std::uint8_t {
    None = 0,
    Gzip = 1,
    Snappy = 2,
    Lz4 = 3,
    Zstd = 4,
};

std::string_view compressionName(Compression c);

// Parses "none", "gzip", "snappy", "lz4", "zstd" (as Kafka's compression.type names them).
Result<Compression> parseCompression(std::string_view name);

// Compresses `in` as Kafka clients do: gzip (RFC 1952), snappy with xerial framing,
// lz4 as an LZ4 frame, zstd as a zstd frame. Appends to `out`.
Status compress(Compression codec, ByteView in, Bytes &out);

// Decompresses `in` and appends to `out`. Snappy accepts xerial framing and raw blocks.
// Refuses to produce more than `maxOutput` bytes (a decompression bomb is Corruption).
Status decompress(Compression codec, ByteView in, Bytes &out, std::size_t maxOutput = 256u << 20);

} // namespace es
