#include "client/partition_reader.h"

#include "client/client_node.h"

#include "cluster/broker.h"
#include "cluster/cluster.h"
#include "storage/record_batch_reader.h"

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace es {

// Where a reader's callers wait for answers, and what abort() wakes them from.
struct ReaderWaits {
    std::mutex mutex;
    std::condition_variable cv;
    bool aborted = false;
};

namespace {

// Leader changes (an election, a broker going down) are short: asking again after a pause
// covers them without the caller seeing the error.
constexpr int kAttempts = 3;
constexpr std::chrono::milliseconds kRetryPause{100};

std::int64_t waited(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - since)
        .count();
}

bool worthRetrying(ErrorCode code)
{
    return code == ErrorCode::NotLeaderOrFollower || code == ErrorCode::LeaderNotAvailable ||
           code == ErrorCode::FencedLeaderEpoch || code == ErrorCode::UnknownTopicOrPartition;
}

Status statusOf(ErrorCode code, const TopicPartition &tp)
{
    const std::string what = tp.toString() + ": " + std::string(errorMessage(code));
    if (code == ErrorCode::OffsetOutOfRange)
        return Status::outOfRange(what);
    if (code == ErrorCode::UnknownTopicOrPartition)
        return Status::notFound(what);
    return Status::busy(what);
}

} // namespace

PartitionReader::PartitionReader(Cluster &cluster, std::int64_t requestTimeoutMs)
    : m_cluster(cluster),
      m_timeoutMs(requestTimeoutMs),
      m_node(std::make_unique<ClientNode>(cluster, "reader")),
      m_waits(std::make_shared<ReaderWaits>())
{}

PartitionReader::~PartitionReader() { m_node->shutdown(); }

void PartitionReader::abort()
{
    {
        std::lock_guard lock(m_waits->mutex);
        m_waits->aborted = true;
    }
    m_waits->cv.notify_all();
}

bool PartitionReader::aborted() const
{
    std::lock_guard lock(m_waits->mutex);
    return m_waits->aborted;
}

namespace {

// Wakes the reader's waiting callers, each to check whether what it waits for happened.
struct WakeWaiters {
    std::shared_ptr<ReaderWaits> waits;
    void operator()() const
    {
        std::lock_guard lock(waits->mutex);
        waits->cv.notify_all();
    }
};
// While alive, a requested stop wakes the waiting callers (at once if it already was).
using WakeOnStop = std::stop_callback<WakeWaiters>;

} // namespace

bool PartitionReader::stopped(const std::stop_token &stop) const
{
    return aborted() || stop.stop_requested();
}

bool PartitionReader::pauseBeforeRetry(const std::stop_token &stop)
{
    const WakeOnStop wake(stop, WakeWaiters{m_waits});
    std::unique_lock lock(m_waits->mutex);
    return !m_waits->cv.wait_for(lock, kRetryPause,
                                 [&] { return m_waits->aborted || stop.stop_requested(); });
}

Status PartitionReader::stoppedStatus(const TopicPartition &tp)
{
    return Status::cancelled("reading " + tp.toString() + " was stopped");
}

namespace {

// Sends `request` to `broker` through `node` and waits for the answer; nullopt when none
// came within the timeout, or when the reader was aborted or `stop` requested first.
template <typename R>
std::optional<R> callAndWait(ClientNode &node, const std::shared_ptr<ReaderWaits> &waits,
                             const std::stop_token &stop, std::int64_t timeoutMs, std::int32_t broker,
                             std::function<void(Broker &, Reply<R>)> request)
{
    struct Answer {
        bool came = false;
        std::optional<R> reply;
    };
    auto answer = std::make_shared<Answer>();
    node.loop().post([&node, waits, timeoutMs, broker, request = std::move(request), answer]() mutable {
        node.call<R>(
            broker, std::move(request),
            [waits, answer](std::optional<R> r) {
                {
                    std::lock_guard lock(waits->mutex);
                    answer->reply = std::move(r);
                    answer->came = true;
                }
                waits->cv.notify_all();
            },
            timeoutMs);
    });
    const WakeOnStop wake(stop, WakeWaiters{waits});
    std::unique_lock lock(waits->mutex);
    waits->cv.wait(lock, [&] { return answer->came || waits->aborted || stop.stop_requested(); });
    if (!answer->came)
        return std::nullopt;
    return std::move(answer->reply);
}

} // namespace

Result<std::int32_t> PartitionReader::leaderOf(const TopicPartition &tp) const
{
    auto image = m_cluster.metadata();
    const PartitionInfo *p = image ? image->partition(tp) : nullptr;
    if (!p)
        return Status::notFound("there is no partition " + tp.toString());
    if (p->leader < 0)
        return Status::busy(tp.toString() + " has no leader right now");
    return p->leader;
}

template <typename T, typename Call, typename Take>
Result<T> PartitionReader::askLeader(const TopicPartition &tp, const std::stop_token &stop, Call call,
                                     Take take)
{
    Status last = Status::busy(tp.toString() + " has no leader right now");
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        if (attempt > 0 && !pauseBeforeRetry(stop))
            return stoppedStatus(tp);
        if (stopped(stop))
            return stoppedStatus(tp);
        auto leader = leaderOf(tp);
        if (!leader)
            return leader.status();
        const auto asked = std::chrono::steady_clock::now();
        auto r = call(*leader);
        if (!r && stopped(stop))
            return stoppedStatus(tp);
        if (!r || r->partitions.empty()) {
            last = Status::timedOut("the leader of " + tp.toString() + " did not answer");
            // A leader that let the whole timeout pass would again: ask only a new one.
            if (const auto now = leaderOf(tp); now && *now == *leader && waited(asked) >= m_timeoutMs)
                break;
            continue;
        }
        auto &p = r->partitions.front();
        if (p.error == ErrorCode::None)
            return take(p);
        last = statusOf(p.error, tp);
        if (!worthRetrying(p.error))
            break;
    }
    return last;
}

Result<std::int64_t> PartitionReader::listOffset(const TopicPartition &tp, std::int64_t timestamp,
                                                 const std::stop_token &stop)
{
    ListOffsetsRequest req;
    req.partitions.push_back({tp, timestamp, -1});
    return askLeader<std::int64_t>(
        tp, stop,
        [&](std::int32_t leader) {
            return callAndWait<ListOffsetsResponse>(*m_node, m_waits, stop, m_timeoutMs, leader,
                                                    [req](Broker &b, Reply<ListOffsetsResponse> reply) {
                                                        b.handleListOffsets(req, std::move(reply));
                                                    });
        },
        [](const ListOffsetsPartitionResult &p) { return p.offset; });
}

Result<PartitionBounds> PartitionReader::bounds(const TopicPartition &tp, std::stop_token stop)
{
    auto start = listOffset(tp, kEarliestTimestamp, stop);
    if (!start)
        return start.status();
    auto end = listOffset(tp, kLatestTimestamp, stop);
    if (!end)
        return end.status();
    return PartitionBounds{*start, *end};
}

Result<std::int64_t> PartitionReader::offsetForTimestamp(const TopicPartition &tp, std::int64_t timestampMs,
                                                         std::stop_token stop)
{
    auto offset = listOffset(tp, timestampMs, stop);
    if (!offset)
        return offset.status();
    if (*offset >= 0)
        return *offset;
    // No record that recent: the end, where the next one will be.
    return listOffset(tp, kLatestTimestamp, stop);
}

Result<FetchedBatches> PartitionReader::fetch(const TopicPartition &tp, std::int64_t offset,
                                              std::int32_t maxBytes, std::stop_token stop)
{
    FetchRequest req;
    req.maxWaitMs = 0;
    req.minBytes = 0;
    req.maxBytes = maxBytes;
    req.partitions.push_back({tp, offset, -1, maxBytes});
    return askLeader<FetchedBatches>(
        tp, stop,
        [&](std::int32_t leader) {
            return callAndWait<FetchResponse>(
                *m_node, m_waits, stop, m_timeoutMs, leader,
                [req](Broker &b, Reply<FetchResponse> reply) { b.handleFetch(req, std::move(reply)); });
        },
        [](FetchPartitionResult &p) {
            return FetchedBatches{std::move(p.records).take(), p.highWatermark, p.logStartOffset};
        });
}

Result<std::vector<FetchedRecord>> PartitionReader::read(const TopicPartition &tp, std::int64_t offset,
                                                         std::size_t maxRecords, std::int32_t maxBytes,
                                                         std::stop_token stop)
{
    std::vector<FetchedRecord> out;
    Bytes scratch;
    // A fetch may hold only batches whose records all lie before `offset` (compaction keeps a
    // batch's last offset when it removes its last records): fetch on from after them, so
    // that empty means the high watermark, as RecordReader says.
    for (std::int64_t from = offset;;) {
        auto fetched = fetch(tp, from, maxBytes, stop);
        if (!fetched)
            return fetched.status();
        auto walked = forEachRecordFrom(fetched->batches, from, scratch, [&](const RecordView &r) {
            if (out.size() >= maxRecords)
                return false;
            out.push_back(toFetchedRecord(tp, r));
            return true;
        });
        if (!walked)
            return walked.status();
        if (!out.empty() || *walked <= from || *walked >= fetched->highWatermark)
            return out;
        from = *walked;
    }
}

Result<std::int64_t> PartitionReader::scan(const TopicPartition &tp, std::int64_t offset,
                                           std::int32_t maxBytes,
                                           const std::function<bool(const RecordView &)> &visit,
                                           std::stop_token stop)
{
    auto fetched = fetch(tp, offset, maxBytes, std::move(stop));
    if (!fetched)
        return fetched.status();
    if (fetched->batches.empty())
        return offset;
    Bytes scratch;
    auto after = forEachRecordFrom(fetched->batches, offset, scratch, visit);
    if (!after)
        return Status::corruption(tp.toString() + ": " + after.status().message());
    return *after;
}

Result<std::int64_t> forEachRecordFrom(ByteView batches, std::int64_t fromOffset, Bytes &scratch,
                                       const std::function<bool(const RecordView &)> &fn)
{
    std::int64_t next = fromOffset;
    BatchIterator it(batches, CrcCheck::Skip); // the broker checked every CRC on append
    while (it.next()) {
        const BatchHeader &header = it.header();
        if (header.nextOffset() <= fromOffset)
            continue;
        if (!header.isControl()) {
            auto view = RecordBatchView::parse(it.batch(), CrcCheck::Skip);
            if (!view)
                return view.status();
            bool stopped = false;
            Status st = view->forEachRecord(scratch, [&](const RecordView &r) -> Status {
                if (r.offset < fromOffset)
                    return Status::ok();
                if (!fn(r)) {
                    stopped = true;
                    return Status::cancelled("stopped");
                }
                next = r.offset + 1;
                return Status::ok();
            });
            if (stopped)
                return next;
            if (!st.isOk())
                return st;
        }
        next = std::max(next, header.nextOffset());
    }
    if (it.status().code() == StatusCode::Corruption)
        return it.status();
    return next;
}

} // namespace es
