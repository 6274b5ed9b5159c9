#pragma once

// Records of a remote cluster's partitions through librdkafka's partition consumer: the
// RecordReader of a remote connection. Each partition keeps its own fetch position, so a
// scan or a live tail reads on from where it left off without asking again, and librdkafka
// fetches ahead while the caller works through what came.

#include "client/record_reader.h"
#include "remote/remote_settings.h"

#include <atomic>
#include <map>
#include <memory>
#include <mutex>

namespace es {

class KafkaHandle;

class RemoteRecordReader final : public RecordReader {
public:
    // InvalidArgument for settings librdkafka refuses.
    static Result<std::unique_ptr<RemoteRecordReader>> open(const RemoteSettings &settings);
    ~RemoteRecordReader() override;
    RemoteRecordReader(const RemoteRecordReader &) = delete;
    RemoteRecordReader &operator=(const RemoteRecordReader &) = delete;

    Result<PartitionBounds> bounds(const TopicPartition &tp, std::stop_token stop = {}) override;
    Result<std::int64_t> offsetForTimestamp(const TopicPartition &tp, std::int64_t timestampMs,
                                            std::stop_token stop = {}) override;
    Result<std::vector<FetchedRecord>> read(const TopicPartition &tp, std::int64_t offset,
                                            std::size_t maxRecords, std::int32_t maxBytes = 1 << 20,
                                            std::stop_token stop = {}) override;
    Result<std::int64_t> scan(const TopicPartition &tp, std::int64_t offset, std::int32_t maxBytes,
                              const std::function<bool(const RecordView &)> &visit,
                              std::stop_token stop = {}) override;
    void abort() override;
    [[nodiscard]] bool aborted() const override;

private:
    struct Cursor;
    explicit RemoteRecordReader(int timeoutMs);
    Cursor &cursorFor(const TopicPartition &tp);
    // Consumes from `offset` until `take` returns false, about maxBytes or maxMessages were
    // taken, or what librdkafka holds is used up; returns the offset to read next. Only
    // `take` refusing a message ends the partition's fetch: messages taken off the queue and
    // not taken are lost, and the next call starts the fetch again.
    Result<std::int64_t> consume(const TopicPartition &tp, std::int64_t offset, std::int32_t maxBytes,
                                 std::size_t maxMessages, const std::function<bool(const RecordView &)> &take,
                                 const std::stop_token &stop);

    int m_timeoutMs;
    std::unique_ptr<KafkaHandle> m_handle;
    std::mutex m_mutex;
    std::map<TopicPartition, std::unique_ptr<Cursor>> m_cursors; // guarded by m_mutex
    std::atomic<bool> m_aborted{false};
};

// A reader whose every call fails with `why`: for a reader that could not be made.
std::unique_ptr<RecordReader> unavailableReader(Status why);

} // namespace es
