#include "remote/remote_record_reader.h"

#include "common/varint.h"
#include "remote/kafka_handle.h"

#include <algorithm>
#include <chrono>
#include <limits>

namespace es {

namespace {

using Clock = std::chrono::steady_clock;

// How long one wait for librdkafka's queue lasts, so that a stop is noticed soon.
constexpr int kSliceMs = 50;
constexpr std::size_t kBatch = 1000;

Status stoppedStatus(const TopicPartition &tp)
{
    return Status::cancelled("reading " + tp.toString() + " was stopped");
}

// The headers of a message in the record format's own encoding, for RecordView::headersRaw.
std::int32_t encodeHeaders(const rd_kafka_message_t *message, Bytes &out)
{
    out.clear();
    rd_kafka_headers_t *headers = nullptr;
    if (rd_kafka_message_headers(message, &headers) != RD_KAFKA_RESP_ERR_NO_ERROR || !headers)
        return 0;
    std::int32_t count = 0;
    const char *name = nullptr;
    const void *value = nullptr;
    size_t size = 0;
    for (size_t i = 0;
         rd_kafka_header_get_all(headers, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR; ++i) {
        const std::string_view key(name);
        putVarint(out, static_cast<std::int32_t>(key.size()));
        out.insert(out.end(), key.begin(), key.end());
        if (!value) {
            putVarint(out, -1);
        } else {
            putVarint(out, static_cast<std::int32_t>(size));
            const auto *bytes = static_cast<const std::uint8_t *>(value);
            out.insert(out.end(), bytes, bytes + size);
        }
        ++count;
    }
    return count;
}

std::optional<ByteView> viewOf(const void *data, size_t size)
{
    if (!data)
        return std::nullopt;
    return ByteView(static_cast<const std::uint8_t *>(data), size);
}

class UnavailableReader final : public RecordReader {
public:
    explicit UnavailableReader(Status why) : m_why(std::move(why)) {}
    Result<PartitionBounds> bounds(const TopicPartition &, std::stop_token) override { return m_why; }
    Result<std::int64_t> offsetForTimestamp(const TopicPartition &, std::int64_t, std::stop_token) override
    {
        return m_why;
    }
    Result<std::vector<FetchedRecord>> read(const TopicPartition &, std::int64_t, std::size_t, std::int32_t,
                                            std::stop_token) override
    {
        return m_why;
    }
    Result<std::int64_t> scan(const TopicPartition &, std::int64_t, std::int32_t,
                              const std::function<bool(const RecordView &)> &, std::stop_token) override
    {
        return m_why;
    }
    void abort() override {}
    [[nodiscard]] bool aborted() const override { return false; }

private:
    Status m_why;
};

} // namespace

std::unique_ptr<RecordReader> unavailableReader(Status why)
{
    return std::make_unique<UnavailableReader>(std::move(why));
}

// One partition's consumer: started at some offset, it hands out messages in order and
// remembers where it is. Its mutex keeps one caller at a time on the partition.
struct RemoteRecordReader::Cursor {
    std::mutex mutex;
    rd_kafka_topic_t *topic = nullptr;
    std::int32_t partition = 0;
    bool started = false;
    std::int64_t position = -1; // the offset of the next message its queue gives
};

RemoteRecordReader::RemoteRecordReader(int timeoutMs) : m_timeoutMs(timeoutMs) {}

Result<std::unique_ptr<RemoteRecordReader>> RemoteRecordReader::open(const RemoteSettings &settings)
{
    auto handle = KafkaHandle::create(settings, KafkaHandle::Kind::Consumer,
                                      {{"enable.partition.eof", "true"},
                                       {"auto.offset.reset", "error"},
                                       {"isolation.level", "read_uncommitted"},
                                       {"enable.auto.commit", "false"},
                                       {"fetch.wait.max.ms", "100"}});
    if (!handle)
        return handle.status();
    std::unique_ptr<RemoteRecordReader> reader(new RemoteRecordReader(settings.requestTimeoutMs));
    reader->m_handle = std::move(*handle);
    return reader;
}

RemoteRecordReader::~RemoteRecordReader()
{
    abort();
    std::lock_guard lock(m_mutex);
    for (auto &[tp, cursor] : m_cursors) {
        std::lock_guard busy(cursor->mutex);
        if (cursor->started)
            rd_kafka_consume_stop(cursor->topic, cursor->partition);
        rd_kafka_topic_destroy(cursor->topic);
    }
    m_cursors.clear();
}

RemoteRecordReader::Cursor &RemoteRecordReader::cursorFor(const TopicPartition &tp)
{
    std::lock_guard lock(m_mutex);
    auto &slot = m_cursors[tp];
    if (!slot) {
        slot = std::make_unique<Cursor>();
        slot->topic = rd_kafka_topic_new(m_handle->get(), tp.topic.c_str(), nullptr);
        slot->partition = tp.partition;
    }
    return *slot;
}

void RemoteRecordReader::abort() { m_aborted = true; }
bool RemoteRecordReader::aborted() const { return m_aborted; }

Result<PartitionBounds> RemoteRecordReader::bounds(const TopicPartition &tp, std::stop_token stop)
{
    if (m_aborted || stop.stop_requested())
        return stoppedStatus(tp);
    std::int64_t low = -1;
    std::int64_t high = -1;
    const auto err = rd_kafka_query_watermark_offsets(m_handle->get(), tp.topic.c_str(), tp.partition, &low,
                                                      &high, m_timeoutMs);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        return rdStatus(err, "reading the offsets of " + tp.toString());
    return PartitionBounds{low, high};
}

Result<std::int64_t> RemoteRecordReader::offsetForTimestamp(const TopicPartition &tp,
                                                            std::int64_t timestampMs, std::stop_token stop)
{
    if (m_aborted || stop.stop_requested())
        return stoppedStatus(tp);
    RdPtr<rd_kafka_topic_partition_list_t> list(rd_kafka_topic_partition_list_new(1));
    rd_kafka_topic_partition_list_add(list.get(), tp.topic.c_str(), tp.partition)->offset = timestampMs;
    const auto err = rd_kafka_offsets_for_times(m_handle->get(), list.get(), m_timeoutMs);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        return rdStatus(err, "looking up a time in " + tp.toString());
    const auto &found = list->elems[0];
    if (found.err != RD_KAFKA_RESP_ERR_NO_ERROR)
        return rdStatus(found.err, "looking up a time in " + tp.toString());
    if (found.offset >= 0)
        return found.offset;
    // No record is that recent.
    auto b = bounds(tp, stop);
    if (!b)
        return b.status();
    return b->highWatermark;
}

Result<std::int64_t> RemoteRecordReader::consume(const TopicPartition &tp, std::int64_t offset,
                                                 std::int32_t maxBytes, std::size_t maxMessages,
                                                 const std::function<bool(const RecordView &)> &take,
                                                 const std::stop_token &stop)
{
    if (maxMessages == 0)
        return offset;
    Cursor &cursor = cursorFor(tp);
    std::lock_guard busy(cursor.mutex);
    rd_kafka_t *rk = m_handle->get();

    // At the high watermark librdkafka last saw there is nothing to wait for.
    std::int64_t low = -1;
    std::int64_t high = -1;
    if (cursor.started &&
        rd_kafka_get_watermark_offsets(rk, tp.topic.c_str(), tp.partition, &low, &high) ==
            RD_KAFKA_RESP_ERR_NO_ERROR &&
        high >= 0 && offset >= high && cursor.position == offset)
        return offset;

    if (!cursor.started || cursor.position != offset) {
        if (cursor.started)
            rd_kafka_consume_stop(cursor.topic, cursor.partition);
        if (rd_kafka_consume_start(cursor.topic, cursor.partition, offset) != 0)
            return rdStatus(rd_kafka_last_error(), "reading " + tp.toString());
        cursor.started = true;
        cursor.position = offset;
    }

    const auto deadline = Clock::now() + std::chrono::milliseconds(m_timeoutMs);
    std::int64_t next = offset;
    std::int64_t taken = 0;
    std::size_t count = 0;
    bool any = false;
    Bytes headers;
    rd_kafka_message_t *messages[kBatch];
    for (;;) {
        if (m_aborted || stop.stop_requested())
            return stoppedStatus(tp);
        // Wait for the first message; after it, take only what is already there. No more off
        // the queue than may be taken: what is left there is where the next call goes on.
        const ssize_t n = rd_kafka_consume_batch(cursor.topic, cursor.partition, any ? 0 : kSliceMs, messages,
                                                 std::min(kBatch, maxMessages - count));
        if (n < 0)
            return rdStatus(rd_kafka_last_error(), "reading " + tp.toString());
        if (n == 0) {
            if (any)
                return next;
            if (Clock::now() >= deadline)
                return Status::timedOut("no answer from the leader of " + tp.toString() + " within " +
                                        std::to_string(m_timeoutMs) + " ms");
            continue;
        }
        Status failure = Status::ok();
        bool stopped = false;
        bool atEnd = false;
        for (ssize_t i = 0; i < n; ++i) {
            rd_kafka_message_t *m = messages[i];
            // What follows a failure or a refusal is read again from a restarted fetch.
            // Records after an end-of-partition event (produced since) are taken: the queue
            // gives them only once, and the next call goes on after them.
            if (!failure.isOk() || stopped) {
                rd_kafka_message_destroy(m);
                continue;
            }
            if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                atEnd = true;
            } else if (m->err == RD_KAFKA_RESP_ERR_OFFSET_OUT_OF_RANGE ||
                       m->err == RD_KAFKA_RESP_ERR__AUTO_OFFSET_RESET) {
                failure = Status::outOfRange(tp.toString() + ": offset " + std::to_string(offset) +
                                             " is outside the log");
            } else if (m->err) {
                failure = rdStatus(m->err, "reading " + tp.toString());
            } else if (m->offset >= next) {
                RecordView view;
                view.offset = m->offset;
                view.timestamp = rd_kafka_message_timestamp(m, nullptr);
                view.key = viewOf(m->key, m->key_len);
                view.value = viewOf(m->payload, m->len);
                view.headerCount = encodeHeaders(m, headers);
                view.headersRaw = ByteView(headers.data(), headers.size());
                view.sizeInBytes = static_cast<std::uint32_t>(m->len + m->key_len + headers.size());
                if (!take(view)) {
                    stopped = true;
                } else {
                    next = m->offset + 1;
                    taken += view.sizeInBytes;
                    ++count;
                    any = true;
                }
                cursor.position = stopped ? -1 : m->offset + 1;
            }
            rd_kafka_message_destroy(m);
        }
        if (!failure.isOk()) {
            // The fetcher stops on an error: start afresh next time.
            rd_kafka_consume_stop(cursor.topic, cursor.partition);
            cursor.started = false;
            return failure;
        }
        if (stopped || atEnd || taken >= maxBytes || count >= maxMessages)
            return next;
    }
}

Result<std::vector<FetchedRecord>> RemoteRecordReader::read(const TopicPartition &tp, std::int64_t offset,
                                                            std::size_t maxRecords, std::int32_t maxBytes,
                                                            std::stop_token stop)
{
    std::vector<FetchedRecord> out;
    auto next = consume(
        tp, offset, maxBytes, maxRecords,
        [&](const RecordView &view) {
            if (out.size() >= maxRecords)
                return false;
            out.push_back(toFetchedRecord(tp, view));
            return true;
        },
        stop);
    if (!next)
        return next.status();
    return out;
}

Result<std::int64_t> RemoteRecordReader::scan(const TopicPartition &tp, std::int64_t offset,
                                              std::int32_t maxBytes,
                                              const std::function<bool(const RecordView &)> &visit,
                                              std::stop_token stop)
{
    return consume(tp, offset, maxBytes, std::numeric_limits<std::size_t>::max(), visit, stop);
}

} // namespace es
