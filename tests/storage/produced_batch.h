#pragma once

// Batches as a producer sends them, including producers that fill header fields wrongly:
// built with RecordBatchBuilder, then patched and resealed with a fresh CRC, so that a test
// exercises the field and not the checksum. Also reads back what a log stored.

#include "common/byte_order.h"
#include "common/crc32c.h"
#include "storage/partition_log.h"
#include "storage/record_batch_builder.h"
#include "storage/record_batch_format.h"
#include "storage/record_batch_reader.h"

#include <QTemporaryDir>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace es::test {

// One record of a produced batch: a key, a value (nullopt: a tombstone), a timestamp.
struct Produced {
    std::string key;
    std::optional<std::string> value;
    std::int64_t timestamp = 0;
};

inline Bytes producedBatch(const std::vector<Produced> &records, Compression compression = Compression::None)
{
    RecordBatchBuilder builder({.compression = compression});
    for (const Produced &p : records) {
        const Bytes key(p.key.begin(), p.key.end());
        std::optional<Bytes> value;
        if (p.value)
            value = Bytes(p.value->begin(), p.value->end());
        builder.append(ByteView(key), value ? std::optional<ByteView>(ByteView(*value)) : std::nullopt, {},
                       p.timestamp);
    }
    return builder.build().value();
}

// Recomputes the CRC after a patch, as a producer that wrote those fields would have.
inline void reseal(Bytes &batch)
{
    storeBigEndian<std::uint32_t>(batch.data() + batch::kCrcAt, crc32c(batch.data() + batch::kAttributesAt,
                                                                       batch.size() - batch::kAttributesAt));
}

template <typename T>
Bytes patched(Bytes batch, std::size_t at, T value)
{
    storeBigEndian<T>(batch.data() + at, value);
    reseal(batch);
    return batch;
}

// A header with MaxTimestamp -1, as sarama wrote it until 2024.
inline Bytes withoutMaxTimestamp(Bytes batch)
{
    return patched<std::int64_t>(std::move(batch), batch::kMaxTimestampAt, -1);
}

// The log's batches and records from the log start, as stored.
struct Stored {
    std::vector<BatchHeader> batches;
    std::vector<std::pair<std::int64_t, std::int64_t>> offsetAndTimestamp;
    std::vector<std::optional<std::string>> values;
    bool crcsValid = true;
};

inline Stored storedIn(const PartitionLog &log)
{
    Stored out;
    Offset at = log.logStartOffset();
    Bytes scratch;
    while (at < log.logEndOffset()) {
        auto data = log.read(at, 1 << 20);
        if (!data || data->empty())
            break;
        BatchIterator it(*data, CrcCheck::Skip);
        while (it.next()) {
            out.crcsValid = out.crcsValid && crcMatches(it.batch());
            out.batches.push_back(it.header());
            auto view = RecordBatchView::parse(it.batch(), CrcCheck::Skip).value();
            (void)view.forEachRecord(scratch, [&](const RecordView &r) {
                if (r.offset < at.value())
                    return;
                out.offsetAndTimestamp.emplace_back(r.offset, r.timestamp);
                out.values.push_back(r.value ? std::optional<std::string>(std::string(asChars(*r.value)))
                                             : std::nullopt);
            });
            at = Offset(it.header().nextOffset());
        }
    }
    return out;
}

inline std::int64_t wallClockMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

inline std::filesystem::path partitionDir(const QTemporaryDir &dir)
{
    return std::filesystem::path(dir.path().toStdString()) / "t-0";
}

} // namespace es::test
