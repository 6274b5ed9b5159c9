#include "replay/republish_copy.h"

#include "connection/connection.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace es {

namespace {

// Records handed to the producer but not acknowledged yet: the producer has no memory
// bound of its own, so the copy keeps one (about 30 MB of 100-byte records).
constexpr std::int64_t kMaxUnacknowledged = 200000;
constexpr std::int32_t kFastFetchBytes = 4 << 20;
constexpr std::int32_t kPacedFetchBytes = 256 << 10;
constexpr int kReadAttempts = 5;

std::int64_t wallNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

RepublishCopy::RepublishCopy(Connection &connection, RecordReader &reader, const RepublishRequest &request,
                             const std::atomic<bool> &cancel, const std::atomic<bool> &abandon,
                             std::atomic<std::int64_t> &copied)
    : m_connection(connection),
      m_request(request),
      m_cancel(cancel),
      m_abandon(abandon),
      m_copied(copied),
      m_reader(reader)
{}

RepublishCopy::~RepublishCopy() = default;

Result<std::int64_t> RepublishCopy::prepare()
{
    const Result<std::int32_t> source = m_connection.partitionCount(m_request.sourceTopic);
    const Result<std::int32_t> target = m_connection.partitionCount(m_request.targetTopic);
    if (!source || !target)
        return Status::notFound("topic " + (source ? m_request.targetTopic : m_request.sourceTopic) +
                                " was deleted");
    m_targetPartitions = *target;
    if (m_request.keyMode == RepublishKeyMode::Template) {
        Result<RecordTemplate> parsed = RecordTemplate::parse(m_request.keyTemplate);
        if (!parsed)
            return parsed.status();
        m_keyTemplate = std::move(*parsed);
    }

    std::vector<RepublishRange> ranges = m_request.ranges;
    if (ranges.empty())
        for (std::int32_t p = 0; p < *source; ++p)
            ranges.push_back({p, std::nullopt, std::nullopt});
    const std::int32_t fetchBytes = m_request.speed > 0 ? kPacedFetchBytes : kFastFetchBytes;
    std::int64_t total = 0;
    for (const RepublishRange &range : ranges) {
        const TopicPartition tp{m_request.sourceTopic, range.partition};
        Result<PartitionBounds> bounds = m_reader.bounds(tp);
        if (!bounds)
            return bounds.status();
        std::int64_t from = range.from.value_or(bounds->logStartOffset);
        std::int64_t to = range.to.value_or(bounds->highWatermark);
        if (m_request.window) {
            Result<std::int64_t> start = m_reader.offsetForTimestamp(tp, m_request.window->fromMs);
            Result<std::int64_t> end = m_reader.offsetForTimestamp(tp, m_request.window->toMs);
            if (!start)
                return start.status();
            if (!end)
                return end.status();
            from = *start;
            to = *end;
        }
        from = std::clamp(from, bounds->logStartOffset, bounds->highWatermark);
        to = std::clamp(to, from, bounds->highWatermark);
        total += to - from;
        m_cursors.emplace_back(m_reader, tp, from, to, fetchBytes);
    }
    return total;
}

Status RepublishCopy::run()
{
    ProducerConfig config;
    config.clientId = "eventscope-republisher";
    config.acks = -1;
    config.lingerMs = 5;
    config.batchBytes = 512 * 1024;
    config.idempotent = true; // one batch in flight per partition: the order holds through retries
    config.autoCreateTopics = false;
    config.deliveryTimeoutMs = 30000;
    Result<std::unique_ptr<RecordWriter>> writer = m_connection.openWriter(config);
    if (!writer)
        return writer.status();
    m_producer = std::move(*writer);

    Status status = m_request.speed > 0 ? copyPaced() : copyAsFastAsPossible();
    // What was sent is acknowledged or fails by the delivery timeout, unless the job goes
    // away first (a paused target leader would hold it that long).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(config.deliveryTimeoutMs);
    while (!m_producer->flush(std::chrono::milliseconds(100)) && !m_abandon.load() &&
           std::chrono::steady_clock::now() < deadline) {
    }
    m_producer->close(std::chrono::milliseconds(0));
    m_producer.reset();
    if (m_acks.failed.load()) {
        std::lock_guard lock(m_acks.mutex);
        return Status::ioError(m_acks.error);
    }
    return status;
}

std::int64_t RepublishCopy::missing() const
{
    std::int64_t n = 0;
    for (const RangeCursor &c : m_cursors)
        n += c.missing();
    return n;
}

bool RepublishCopy::stopping() const
{
    return m_cancel.load(std::memory_order_relaxed) || m_acks.failed.load();
}

Status RepublishCopy::readChunk(RangeCursor &cursor, const std::function<void(const RecordView &)> &fn)
{
    // A leader change or a slow broker answers with an error now and then: try again briefly.
    Status last;
    for (int attempt = 0; attempt < kReadAttempts && !stopping(); ++attempt) {
        Result<std::int64_t> read = cursor.readChunk(fn);
        if (read)
            return Status::ok();
        last = read.status();
        if (last.code() == StatusCode::Cancelled)
            break; // the job is being cancelled or destroyed
        std::this_thread::sleep_for(std::chrono::milliseconds(100 << attempt));
    }
    if (stopping())
        return Status::ok();
    return Status::ioError("reading " + cursor.tp().toString() + ": " + last.message());
}

Status RepublishCopy::copyAsFastAsPossible()
{
    bool more = true;
    while (more && !stopping()) {
        more = false;
        for (RangeCursor &cursor : m_cursors) {
            if (cursor.done() || stopping())
                continue;
            const std::int32_t partition = cursor.tp().partition;
            ES_RETURN_IF_ERROR(readChunk(cursor, [&](const RecordView &r) { send(convert(r, partition)); }));
            more = more || !cursor.done();
        }
    }
    return Status::ok();
}

Status RepublishCopy::copyPaced()
{
    // Merges the partitions by timestamp and sends each record when its original gap to the
    // first record, divided by the speed factor, has passed.
    std::vector<std::deque<ProducerRecord>> buffers(m_cursors.size());
    std::optional<std::int64_t> firstTimestamp;
    const auto start = std::chrono::steady_clock::now();
    while (!stopping()) {
        std::optional<std::size_t> earliest;
        for (std::size_t i = 0; i < m_cursors.size(); ++i) {
            RangeCursor &cursor = m_cursors[i];
            while (buffers[i].empty() && !cursor.done() && !stopping()) {
                const std::int32_t partition = cursor.tp().partition;
                ES_RETURN_IF_ERROR(readChunk(
                    cursor, [&](const RecordView &r) { buffers[i].push_back(convert(r, partition)); }));
            }
            if (!buffers[i].empty() &&
                (!earliest || *buffers[i].front().timestamp < *buffers[*earliest].front().timestamp))
                earliest = i;
        }
        if (!earliest)
            break;
        ProducerRecord record = std::move(buffers[*earliest].front());
        buffers[*earliest].pop_front();
        if (!firstTimestamp)
            firstTimestamp = *record.timestamp;
        const double gapMs =
            static_cast<double>(std::max<std::int64_t>(0, *record.timestamp - *firstTimestamp));
        const auto due =
            start + std::chrono::microseconds(static_cast<std::int64_t>(gapMs * 1000 / m_request.speed));
        // Sleeps in short slices so that a cancel is seen quickly.
        while (!stopping() && std::chrono::steady_clock::now() < due)
            std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
                due - std::chrono::steady_clock::now(), std::chrono::milliseconds(50)));
        if (stopping())
            break;
        send(std::move(record));
    }
    return Status::ok();
}

ProducerRecord RepublishCopy::convert(const RecordView &record, std::int32_t sourcePartition)
{
    ProducerRecord out;
    out.topic = m_request.targetTopic;
    switch (m_request.keyMode) {
    case RepublishKeyMode::Keep:
        if (record.key)
            out.key = Bytes(record.key->begin(), record.key->end());
        if (sourcePartition < m_targetPartitions)
            out.partition = sourcePartition;
        break;
    case RepublishKeyMode::Null: break;
    case RepublishKeyMode::Template: {
        TemplateContext context{m_sequence++, wallNowMs(), &m_rng};
        const std::string key = m_keyTemplate->render(context);
        out.key = Bytes(key.begin(), key.end());
        break;
    }
    }
    if (record.value)
        out.value = Bytes(record.value->begin(), record.value->end());
    if (m_request.keepHeaders && record.headerCount > 0)
        for (const RecordHeaderView &h : record.headers())
            out.headers.push_back(
                {std::string(h.key),
                 h.value ? std::optional<Bytes>(Bytes(h.value->begin(), h.value->end())) : std::nullopt});
    out.timestamp = record.timestamp;
    return out;
}

void RepublishCopy::send(ProducerRecord record)
{
    while (m_sent - m_acks.done.load(std::memory_order_acquire) >= kMaxUnacknowledged && !stopping())
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    if (stopping())
        return;
    Acks *acks = &m_acks;
    std::atomic<std::int64_t> *copied = &m_copied;
    m_producer->send(std::move(record), [acks, copied](const DeliveryReport &report) {
        if (report.ok()) {
            copied->fetch_add(1, std::memory_order_relaxed);
        } else {
            {
                std::lock_guard lock(acks->mutex);
                if (acks->error.empty())
                    acks->error = "writing to " + report.tp.toString() + " failed: " + report.message;
            }
            acks->failed.store(true);
        }
        acks->done.fetch_add(1, std::memory_order_release);
    });
    ++m_sent;
}

} // namespace es
