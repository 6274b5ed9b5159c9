#pragma once

#include "client/fetched_record.h"
#include "client/record_reader.h"
#include "cluster/topic_partition.h"
#include "common/buffer.h"
#include "common/status.h"
#include "storage/record.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace es {

class Cluster;
class ClientNode;
struct ReaderWaits;

// Raw RecordBatch v2 bytes as the leader serves them: whole batches, so the first may start
// before the offset asked for.
struct FetchedBatches {
    Bytes batches;
    std::int64_t highWatermark = -1;
    std::int64_t logStartOffset = -1;
};

// Reads committed records (below the high watermark) of any partition of the embedded
// cluster from its leader (see RecordReader). Each call finds the partition's leader in the current metadata,
// asks it once more after a leader change, and blocks its caller until an answer comes or the request timeout
// passes.
//
// Thread-safety: every method may be called from any thread, concurrently, but not from an
// engine loop (it would wait on itself) nor from the GUI thread (it blocks), except abort(),
// which never blocks.
class PartitionReader final : public RecordReader {
public:
    explicit PartitionReader(Cluster &cluster, std::int64_t requestTimeoutMs = 10000);
    ~PartitionReader() override;
    PartitionReader(const PartitionReader &) = delete;
    PartitionReader &operator=(const PartitionReader &) = delete;

    // Each call below ends at once with Cancelled when `stop` is requested while it waits:
    // a paused leader would otherwise hold its caller for the request timeout.
    Result<PartitionBounds> bounds(const TopicPartition &tp, std::stop_token stop = {}) override;
    // The first offset whose timestamp is at or after `timestampMs`; the high watermark when
    // no record is that recent.
    Result<std::int64_t> offsetForTimestamp(const TopicPartition &tp, std::int64_t timestampMs,
                                            std::stop_token stop = {}) override;
    // Batches holding `offset` and after, up to about maxBytes (always at least one batch).
    // Empty at the high watermark; OutOfRange below the log start or above the end.
    Result<FetchedBatches> fetch(const TopicPartition &tp, std::int64_t offset,
                                 std::int32_t maxBytes = 1 << 20, std::stop_token stop = {});
    // Decoded records at or after `offset`, at most maxRecords, from one fetch of maxBytes
    // (another when one holds no record at or after `offset`, below the high watermark).
    Result<std::vector<FetchedRecord>> read(const TopicPartition &tp, std::int64_t offset,
                                            std::size_t maxRecords, std::int32_t maxBytes = 1 << 20,
                                            std::stop_token stop = {}) override;
    Result<std::int64_t> scan(const TopicPartition &tp, std::int64_t offset, std::int32_t maxBytes,
                              const std::function<bool(const RecordView &)> &visit,
                              std::stop_token stop = {}) override;

    // Stops every call, in flight or later, as a requested `stop` does: for a reader owned by
    // a job that is being cancelled or going away.
    void abort() override;
    [[nodiscard]] bool aborted() const override;

private:
    // Sleeps before asking again; false when stopped meanwhile.
    bool pauseBeforeRetry(const std::stop_token &stop);
    [[nodiscard]] bool stopped(const std::stop_token &stop) const;
    [[nodiscard]] static Status stoppedStatus(const TopicPartition &tp);
    Result<std::int32_t> leaderOf(const TopicPartition &tp) const;
    // Asks the leader of `tp` with call(leader), which answers with one partition or
    // nothing, and again after a leader change or a retriable error (a few times at most);
    // take(partition) makes the result of an answer without error.
    template <typename T, typename Call, typename Take>
    Result<T> askLeader(const TopicPartition &tp, const std::stop_token &stop, Call call, Take take);
    Result<std::int64_t> listOffset(const TopicPartition &tp, std::int64_t timestamp,
                                    const std::stop_token &stop);

    Cluster &m_cluster;
    std::int64_t m_timeoutMs;
    std::unique_ptr<ClientNode> m_node;
    std::shared_ptr<ReaderWaits> m_waits; // shared with the answers still to come
};

// Calls fn for each data record at or after `fromOffset` in `batches` (control batches are
// skipped, compressed ones decompressed into `scratch`); fn returns false to stop. Returns
// the offset to fetch next: after the last record visited, or after the last whole batch.
// Corruption when a batch does not decode.
Result<std::int64_t> forEachRecordFrom(ByteView batches, std::int64_t fromOffset, Bytes &scratch,
                                       const std::function<bool(const RecordView &)> &fn);

} // namespace es
