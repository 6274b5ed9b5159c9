#pragma once

// Helpers shared by the record batch tests: a batch written out by hand from the format
// (the golden batch) with the records and options that build it, a build that aborts when
// the builder refuses, a full decode that returns the first problem, and a varied mix of
// records.

#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"

#include <QtGlobal>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace es::test {

inline constexpr std::array kAllCodecs{Compression::None, Compression::Gzip, Compression::Snappy,
                                       Compression::Lz4, Compression::Zstd};

inline constexpr std::int64_t kGoldenTimestamp = 1700000000000; // 0x0000018BCFE56800

// Two records, written out by hand from the format (record_batch_format.md), not by the
// builder: record 0 has key "k1", value "hello" and header h=v; record 1 has a null key
// and a null value. Producer id 1000, epoch 3, base sequence 7; create time.
inline const Bytes kGolden = {
    // BaseOffset int64 = 0 (a producer's batch; the leader assigns it)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    // Length int32 = 74: 86 bytes in all minus the 12 of BaseOffset and Length
    0x00, 0x00, 0x00, 0x4a,
    // PartitionLeaderEpoch int32 = -1
    0xff, 0xff, 0xff, 0xff,
    // Magic int8 = 2
    0x02,
    // CRC uint32: CRC-32C of bytes 21..85, computed with an independent bitwise CRC-32C
    0x26, 0x44, 0xb6, 0xf1,
    // Attributes int16 = 0: uncompressed, create time, not transactional, not control
    0x00, 0x00,
    // LastOffsetDelta int32 = 1
    0x00, 0x00, 0x00, 0x01,
    // BaseTimestamp int64 = 1700000000000, the first record's
    0x00, 0x00, 0x01, 0x8b, 0xcf, 0xe5, 0x68, 0x00,
    // MaxTimestamp int64 = 1700000000005
    0x00, 0x00, 0x01, 0x8b, 0xcf, 0xe5, 0x68, 0x05,
    // ProducerId int64 = 1000
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xe8,
    // ProducerEpoch int16 = 3
    0x00, 0x03,
    // BaseSequence int32 = 7
    0x00, 0x00, 0x00, 0x07,
    // RecordCount int32 = 2
    0x00, 0x00, 0x00, 0x02,
    // Record 0, bytes 61..78. All varints are zig-zag: n is written as 2n, -1 as 1.
    0x22,                          // length 17
    0x00,                          // attributes
    0x00,                          // timestamp delta 0
    0x00,                          // offset delta 0
    0x04, 'k', '1',                // key: length 2, "k1"
    0x0a, 'h', 'e', 'l', 'l', 'o', // value: length 5, "hello"
    0x02,                          // header count 1
    0x02, 'h',                     // header key: length 1, "h"
    0x02, 'v',                     // header value: length 1, "v"
    // Record 1, bytes 79..85
    0x0c, // length 6
    0x00, // attributes
    0x0a, // timestamp delta 5
    0x02, // offset delta 1
    0x01, // key length -1: null
    0x01, // value length -1: null
    0x00, // header count 0
};
inline constexpr std::size_t kGoldenRecord0At = 61;
inline constexpr std::size_t kGoldenRecord1At = 79;

inline Bytes bytesOf(std::string_view s) { return {s.begin(), s.end()}; }

inline std::vector<Record> goldenRecords()
{
    return {
        Record{bytesOf("k1"), bytesOf("hello"), {RecordHeader{"h", bytesOf("v")}}, kGoldenTimestamp},
        Record{std::nullopt, std::nullopt, {}, kGoldenTimestamp + 5},
    };
}

inline RecordBatchBuilder::Options goldenOptions()
{
    RecordBatchBuilder::Options o;
    o.producerId = 1000;
    o.producerEpoch = 3;
    o.baseSequence = 7;
    return o;
}

inline Bytes build(const std::vector<Record> &records, RecordBatchBuilder::Options options = {})
{
    RecordBatchBuilder builder(options);
    for (const Record &r : records)
        builder.append(r);
    auto built = builder.build();
    if (!built.isOk())
        qFatal("build failed: %s", built.status().toString().c_str());
    return std::move(built).value();
}

// Parses, checks the CRC, and decodes every record; the first failure is returned.
inline Status decodeAll(ByteView data, std::vector<Record> *out = nullptr, BatchHeader *header = nullptr)
{
    auto view = RecordBatchView::parse(data);
    if (!view.isOk())
        return view.status();
    if (header)
        *header = view->header();
    return view->forEachRecord([&](const RecordView &r) {
        if (out)
            out->push_back(r.toRecord());
    });
}

// A mix that exercises every field: null and empty keys and values, many headers with null
// and empty values, timestamps before the first one (negative deltas), 1 to 1000-byte values.
inline std::vector<Record> variedRecords(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::vector<Record> out;
    for (std::size_t i = 0; i < n; ++i) {
        Record r;
        r.timestamp = kGoldenTimestamp + static_cast<std::int64_t>(rng() % 2000) - 1000;
        switch (i % 5) {
        case 0: r.key = std::nullopt; break;
        case 1: r.key = Bytes{}; break;
        default: r.key = bytesOf("key-" + std::to_string(i)); break;
        }
        switch (i % 7) {
        case 0: r.value = std::nullopt; break;
        case 1: r.value = Bytes{}; break;
        default: {
            const std::string text =
                "value " + std::to_string(i) + " sensor=" + std::to_string(rng() % 16) + " ";
            Bytes v;
            const std::size_t size = 1 + rng() % 1000;
            while (v.size() < size)
                v.insert(v.end(), text.begin(), text.end());
            v.resize(size);
            r.value = std::move(v);
        }
        }
        const std::size_t headerCount = (i % 11 == 0) ? 20 : i % 3;
        for (std::size_t h = 0; h < headerCount; ++h) {
            RecordHeader header{"header-" + std::to_string(h), bytesOf(std::to_string(rng()))};
            if (h % 4 == 1)
                header.value = std::nullopt;
            if (h % 4 == 2)
                header.value = Bytes{};
            if (h == 3)
                header.key.clear();
            r.headers.push_back(std::move(header));
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace es::test
