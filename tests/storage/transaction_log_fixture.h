#pragma once

// Helpers for the tests of a PartitionLog's transactions: batches appended as a leader
// appends them, the log read back as read_committed and read_uncommitted consumers see it
// (the consumer's side of the aborted-transaction list, written here independently of the
// log), and the .txnindex files in a partition folder.

#include "storage/partition_log.h"
#include "storage/transaction_index.h"
#include "transaction_batches.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace es::test {

// Keyed records of one producer (transactional unless `transactional` is false), as a
// producer sends them: the leader assigns the offsets.
inline Bytes keyedBatch(std::int64_t producerId,
                        const std::vector<std::pair<std::string, std::string>> &records,
                        bool transactional = true)
{
    RecordBatchBuilder builder({.transactional = transactional,
                                .producerId = transactional ? producerId : batch::kNoProducerId,
                                .producerEpoch = transactional ? std::int16_t(0) : batch::kNoProducerEpoch,
                                .baseSequence = transactional ? 0 : batch::kNoSequence});
    for (const auto &[key, value] : records)
        builder.append(asBytes(key), asBytes(value), {}, 1700000000000);
    return builder.build().value();
}

// Appends one batch as the leader does (data from a client, markers from the transaction
// coordinator) and returns the offset it got.
inline std::int64_t leaderAppend(PartitionLog &log, const Bytes &batch)
{
    const AppendOrigin origin =
        headerOf(batch).isControl() ? AppendOrigin::Coordinator : AppendOrigin::Client;
    auto appended = log.append(batch, LeaderEpoch(0), origin);
    if (!appended)
        qFatal("append: %s", appended.status().toString().c_str());
    return appended->firstOffset.value();
}

// Every batch of the log from its start, whole, as stored.
inline std::vector<Bytes> storedBatches(const PartitionLog &log)
{
    std::vector<Bytes> out;
    Offset at = log.logStartOffset();
    while (at < log.logEndOffset()) {
        auto data = log.read(at, 1 << 20);
        if (!data)
            qFatal("read: %s", data.status().toString().c_str());
        if (data->empty())
            break;
        BatchIterator it(*data);
        while (it.next()) {
            out.emplace_back(it.batch().begin(), it.batch().end());
            at = Offset(it.header().nextOffset());
        }
    }
    return out;
}

// One record as a consumer receives it.
struct Consumed {
    std::int64_t offset = 0;
    std::string key;
    std::string value;

    bool operator==(const Consumed &) const = default;
};

// What a consumer fetching [log start, upTo) receives. read_committed: the fetch response's
// aborted transactions (collectAbortedTransactions() over the range) applied as Kafka's
// consumer applies them: a producer's batches are dropped from the first offset of its
// aborted transaction until its abort marker. Markers are never delivered.
inline std::vector<Consumed> consume(const PartitionLog &log, std::int64_t upTo, bool readCommitted)
{
    const std::int64_t start = log.logStartOffset().value();
    std::vector<AbortedTransaction> aborted;
    if (readCommitted)
        aborted = log.collectAbortedTransactions(start, upTo);
    std::sort(aborted.begin(), aborted.end(), [](const AbortedTransaction &a, const AbortedTransaction &b) {
        return a.firstOffset < b.firstOffset;
    });
    std::size_t nextAborted = 0;
    std::set<std::int64_t> abortedProducers;
    std::vector<Consumed> out;
    for (const Bytes &b : storedBatches(log)) {
        const BatchHeader h = headerOf(b);
        if (h.baseOffset >= upTo)
            break;
        while (nextAborted < aborted.size() && aborted[nextAborted].firstOffset <= h.lastOffset())
            abortedProducers.insert(aborted[nextAborted++].producerId);
        if (h.isControl()) {
            if (controlTypeOf(b) == batch::kControlTypeAbort)
                abortedProducers.erase(h.producerId);
            continue;
        }
        if (h.isTransactional() && abortedProducers.count(h.producerId))
            continue;
        auto view = RecordBatchView::parse(b).value();
        (void)view.forEachRecord([&](const RecordView &r) {
            if (r.offset < start || r.offset >= upTo)
                return;
            out.push_back({r.offset, r.key ? std::string(asChars(*r.key)) : std::string(),
                           r.value ? std::string(asChars(*r.value)) : std::string()});
        });
    }
    return out;
}

// The latest value of each key among `records`.
inline std::map<std::string, std::string> latestByKey(const std::vector<Consumed> &records)
{
    std::map<std::string, std::string> out;
    for (const Consumed &c : records)
        out[c.key] = c.value;
    return out;
}

// The .txnindex files of a partition folder: base offset -> size in bytes.
inline std::map<std::int64_t, std::uintmax_t> txnIndexFiles(const std::filesystem::path &dir)
{
    std::map<std::int64_t, std::uintmax_t> out;
    for (const auto &entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == segfmt::kTransactionIndexSuffix)
            out[std::stoll(entry.path().stem().string())] = entry.file_size();
    return out;
}

// The segment holding `offset`.
inline std::int64_t segmentOf(const PartitionLog &log, std::int64_t offset)
{
    std::int64_t base = -1;
    for (const SegmentInfo &s : log.segments())
        if (s.baseOffset.value() <= offset)
            base = s.baseOffset.value();
    return base;
}

// The interleaved transactions most tests use.
// Small segments: two or three batches each, so transactions span segment rolls.
inline LogConfig smallSegments()
{
    LogConfig config;
    config.segmentBytes = 200;
    return config;
}

inline constexpr std::int64_t kP1 = 1;
inline constexpr std::int64_t kP2 = 2;

// Two producers' transactions interleaved with a plain producer's records, one batch of one
// record per offset:
//   0 P1 data (A)   1 P2 data (B)   2 plain   3 P1 data   4 P1 commit (A)
//   5 P2 data       6 P1 data (C)   7 P2 abort (B)        8 P1 abort (C)
//   9 P2 data (D)   10 P2 commit (D)
// with the first unstable offset expected after each (-1: none).
struct Step {
    Bytes batch;
    std::int64_t firstUnstable;
};

inline std::vector<Step> interleaved()
{
    return {{dataBatch(kP1, 0), 0}, {dataBatch(kP2, 0), 0},    {dataBatch(9, 0, 1, false), 0},
            {dataBatch(kP1, 0), 0}, {commitMarker(kP1, 0), 1}, {dataBatch(kP2, 0), 1},
            {dataBatch(kP1, 0), 1}, {abortMarker(kP2, 0), 6},  {abortMarker(kP1, 0), -1},
            {dataBatch(kP2, 0), 9}, {commitMarker(kP2, 0), -1}};
}

inline const AbortedTransaction kAbortedB{kP2, 1, 7, 6};
inline const AbortedTransaction kAbortedC{kP1, 6, 8, 9};

inline std::int64_t firstUnstable(const PartitionLog &log) { return log.firstUnstableOffset().value_or(-1); }

// Appends the first `count` steps as the leader, checking the first unstable offset after each.
inline void appendSteps(PartitionLog &log, std::size_t count = 11)
{
    const std::vector<Step> steps = interleaved();
    for (std::size_t i = 0; i < count; ++i) {
        const std::int64_t offset = leaderAppend(log, steps[i].batch);
        if (offset != static_cast<std::int64_t>(i) || firstUnstable(log) != steps[i].firstUnstable)
            qFatal("step %zu: offset %lld, first unstable offset %lld, expected %lld", i,
                   static_cast<long long>(offset), static_cast<long long>(firstUnstable(log)),
                   static_cast<long long>(steps[i].firstUnstable));
    }
}

// The .txnindex files a log with the aborts B (marker 7) and C (marker 8) must have.
inline std::map<std::int64_t, std::uintmax_t> expectedIndexFiles(const PartitionLog &log)
{
    std::map<std::int64_t, std::uintmax_t> out;
    out[segmentOf(log, 7)] += segfmt::kTransactionIndexEntrySize;
    out[segmentOf(log, 8)] += segfmt::kTransactionIndexEntrySize;
    return out;
}

} // namespace es::test
