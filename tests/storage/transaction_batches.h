#pragma once

// Helpers shared by the transaction tests: the batches a transactional producer and its
// coordinator write, fed to a tracker the way the append path feeds it, and a segment's
// .log file written from them.

#include "storage/file.h"
#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"
#include "storage/transaction_tracker.h"

#include <QtGlobal>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace es::test {

// `records` records of one producer at [baseOffset, baseOffset + records).
inline Bytes dataBatch(std::int64_t producerId, std::int64_t baseOffset, int records = 1,
                       bool transactional = true, std::int16_t epoch = 0)
{
    RecordBatchBuilder builder({.transactional = transactional,
                                .producerId = producerId,
                                .producerEpoch = epoch,
                                .baseSequence = 0,
                                .baseOffset = baseOffset});
    for (int i = 0; i < records; ++i) {
        const std::string value = "v" + std::to_string(baseOffset + i);
        builder.append(std::nullopt, asBytes(value), {}, 1700000000000);
    }
    return builder.build().value();
}

inline Bytes markerBatch(std::int64_t producerId, std::int64_t offset, std::int16_t type,
                         std::int16_t epoch = 0)
{
    return buildControlBatch(
        {.type = type, .producerId = producerId, .producerEpoch = epoch, .baseOffset = offset});
}
inline Bytes abortMarker(std::int64_t producerId, std::int64_t offset)
{
    return markerBatch(producerId, offset, batch::kControlTypeAbort);
}
inline Bytes commitMarker(std::int64_t producerId, std::int64_t offset)
{
    return markerBatch(producerId, offset, batch::kControlTypeCommit);
}

inline BatchHeader headerOf(const Bytes &batch) { return parseBatchHeader(batch).value(); }

inline std::optional<std::int16_t> controlTypeOf(const Bytes &batch)
{
    auto type = readControlType(batch);
    if (!type)
        qFatal("control type: %s", type.status().toString().c_str());
    return *type;
}

// What the append path does with one appended batch.
inline std::optional<CompletedTransaction> observe(TransactionTracker &tracker, const Bytes &batch)
{
    return tracker.observe(headerOf(batch), controlTypeOf(batch));
}

// Writes `batches` back to back as a segment's .log file.
inline void writeLog(const std::filesystem::path &path, const std::vector<Bytes> &batches)
{
    auto file = File::open(path, File::Mode::CreateReadWrite);
    if (!file)
        qFatal("open: %s", file.status().toString().c_str());
    std::uint64_t at = 0;
    for (const Bytes &b : batches) {
        Status s = file->writeAt(at, b);
        if (!s.isOk())
            qFatal("write: %s", s.toString().c_str());
        at += b.size();
    }
}

} // namespace es::test
