#include "client/partition_reader.h"

#include "client/client_node.h"

#include "cluster/broker.h"
#include "cluster/cluster.h"
#include "storage/record_batch_reader.h"

#include <future>
#include <thread>

namespace es {

namespace {

// Leader changes (an election, a broker going down) are short: asking again after a pause
// covers them without the caller seeing the error.
constexpr int kAttempts = 3;
constexpr std::chrono::milliseconds kRetryPause{100};

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
      m_node(std::make_unique<ClientNode>(cluster, "reader"))
{}

PartitionReader::~PartitionReader() { m_node->shutdown(); }

namespace {

// Sends `request` to `broker` through `node` and waits for the answer (nullopt: none came).
template <typename R>
std::optional<R> callAndWait(ClientNode &node, std::int64_t timeoutMs, std::int32_t broker,
                             std::function<void(Broker &, Reply<R>)> request)
{
    auto promise = std::make_shared<std::promise<std::optional<R>>>();
    auto future = promise->get_future();
    node.loop().post([&node, timeoutMs, broker, request = std::move(request), promise]() mutable {
        node.call<R>(
            broker, std::move(request), [promise](std::optional<R> r) { promise->set_value(std::move(r)); },
            timeoutMs);
    });
    return future.get();
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

Result<std::int64_t> PartitionReader::listOffset(const TopicPartition &tp, std::int64_t timestamp)
{
    Status last = Status::busy(tp.toString() + " has no leader right now");
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        if (attempt > 0)
            std::this_thread::sleep_for(kRetryPause);
        auto leader = leaderOf(tp);
        if (!leader)
            return leader.status();
        ListOffsetsRequest req;
        req.partitions.push_back({tp, timestamp, -1});
        auto r = callAndWait<ListOffsetsResponse>(*m_node, m_timeoutMs, *leader,
                                                  [req](Broker &b, Reply<ListOffsetsResponse> reply) {
                                                      b.handleListOffsets(req, std::move(reply));
                                                  });
        if (!r || r->partitions.empty()) {
            last = Status::timedOut("the leader of " + tp.toString() + " did not answer");
            continue;
        }
        const auto &p = r->partitions.front();
        if (p.error == ErrorCode::None)
            return p.offset;
        last = statusOf(p.error, tp);
        if (!worthRetrying(p.error))
            break;
    }
    return last;
}

Result<PartitionBounds> PartitionReader::bounds(const TopicPartition &tp)
{
    auto start = listOffset(tp, kEarliestTimestamp);
    if (!start)
        return start.status();
    auto end = listOffset(tp, kLatestTimestamp);
    if (!end)
        return end.status();
    return PartitionBounds{*start, *end};
}

Result<std::int64_t> PartitionReader::offsetForTimestamp(const TopicPartition &tp, std::int64_t timestampMs)
{
    auto offset = listOffset(tp, timestampMs);
    if (!offset)
        return offset.status();
    if (*offset >= 0)
        return *offset;
    // No record that recent: the end, where the next one will be.
    return listOffset(tp, kLatestTimestamp);
}

Result<FetchedBatches> PartitionReader::fetch(const TopicPartition &tp, std::int64_t offset,
                                              std::int32_t maxBytes)
{
    Status last = Status::busy(tp.toString() + " has no leader right now");
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        if (attempt > 0)
            std::this_thread::sleep_for(kRetryPause);
        auto leader = leaderOf(tp);
        if (!leader)
            return leader.status();
        FetchRequest req;
        req.maxWaitMs = 0;
        req.minBytes = 0;
        req.maxBytes = maxBytes;
        req.partitions.push_back({tp, offset, -1, maxBytes});
        auto r =
            callAndWait<FetchResponse>(*m_node, m_timeoutMs, *leader,
                                       [req = std::move(req)](Broker &b, Reply<FetchResponse> reply) mutable {
                                           b.handleFetch(std::move(req), std::move(reply));
                                       });
        if (!r || r->partitions.empty()) {
            last = Status::timedOut("the leader of " + tp.toString() + " did not answer");
            continue;
        }
        auto &p = r->partitions.front();
        if (p.error == ErrorCode::None)
            return FetchedBatches{std::move(p.records).take(), p.highWatermark, p.logStartOffset};
        last = statusOf(p.error, tp);
        if (!worthRetrying(p.error))
            break;
    }
    return last;
}

Result<std::vector<ReadRecord>> PartitionReader::read(const TopicPartition &tp, std::int64_t offset,
                                                      std::size_t maxRecords, std::int32_t maxBytes)
{
    auto fetched = fetch(tp, offset, maxBytes);
    if (!fetched)
        return fetched.status();
    std::vector<ReadRecord> out;
    Bytes scratch;
    auto walked = forEachRecordFrom(fetched->batches, offset, scratch, [&](const RecordView &r) {
        if (out.size() >= maxRecords)
            return false;
        out.push_back(toReadRecord(tp, r));
        return true;
    });
    if (!walked)
        return walked.status();
    return out;
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

ReadRecord toReadRecord(const TopicPartition &tp, const RecordView &view)
{
    ReadRecord r;
    r.tp = tp;
    r.offset = view.offset;
    r.timestamp = view.timestamp;
    if (view.key)
        r.key = Bytes(view.key->begin(), view.key->end());
    if (view.value)
        r.value = Bytes(view.value->begin(), view.value->end());
    for (const auto &h : view.headers())
        r.headers.push_back(
            {std::string(h.key),
             h.value ? std::optional<Bytes>(Bytes(h.value->begin(), h.value->end())) : std::nullopt});
    r.sizeBytes = view.sizeInBytes;
    return r;
}

} // namespace es
