// Fetch (consumers and followers, with long polling), ListOffsets and
// OffsetForLeaderEpoch.

#include "cluster/broker_internal.h"
#include "common/logging.h"
#include "storage/record_batch_reader.h"

namespace es {

namespace {

ErrorCode epochCheck(std::int32_t requested, std::int32_t current)
{
    if (requested < 0 || requested == current)
        return ErrorCode::None;
    return requested < current ? ErrorCode::FencedLeaderEpoch : ErrorCode::UnknownLeaderEpoch;
}

// What a read_committed consumer must be told about `data`, read from `log` at
// `fetchOffset`: the transactions aborted between there and the end of the last batch
// (Kafka's UnifiedLog.collectAbortedTransactions over the fetched range).
std::vector<FetchAbortedTransaction> abortedTransactionsIn(const PartitionLog &log, std::int64_t fetchOffset,
                                                           ByteView data)
{
    std::int64_t end = fetchOffset;
    BatchIterator it(data, CrcCheck::Skip);
    while (it.next())
        end = it.header().nextOffset();
    std::vector<FetchAbortedTransaction> out;
    for (const AbortedTransaction &a : log.collectAbortedTransactions(fetchOffset, end))
        out.push_back({a.producerId, a.firstOffset});
    return out;
}

std::uint64_t countRecords(ByteView data)
{
    std::uint64_t n = 0;
    BatchIterator it(data, CrcCheck::Skip);
    while (it.next())
        n += static_cast<std::uint64_t>(it.header().recordCount);
    return n;
}

} // namespace

FetchPartitionResult Broker::readPartition(const FetchPartition &p, bool fromFollower, bool readCommitted,
                                           std::int32_t &budget)
{
    FetchPartitionResult res;
    res.tp = p.tp;
    Replica *r = replica(p.tp);
    if (!r) {
        res.error = (m_image && m_image->partition(p.tp)) ? ErrorCode::NotLeaderOrFollower
                                                          : ErrorCode::UnknownTopicOrPartition;
        return res;
    }
    if (!r->isLeader()) {
        res.error = ErrorCode::NotLeaderOrFollower;
        return res;
    }
    res.error = epochCheck(p.currentLeaderEpoch, r->leaderEpoch());
    if (res.error != ErrorCode::None)
        return res;
    res.highWatermark = r->highWatermark();
    res.lastStableOffset = r->log().lastStableOffset(res.highWatermark);
    res.logStartOffset = r->logStartOffset();
    res.logEndOffset = r->logEndOffset();
    if (p.fetchOffset < res.logStartOffset || p.fetchOffset > res.logEndOffset) {
        res.error = ErrorCode::OffsetOutOfRange;
        return res;
    }
    // Followers replicate everything; consumers read what is replicated and, under
    // read_committed, what no open transaction holds back.
    const std::int64_t upTo = fromFollower   ? res.logEndOffset
                              : readCommitted ? res.lastStableOffset
                                              : res.highWatermark;
    if (p.fetchOffset >= upTo || budget <= 0)
        return res;
    const std::size_t maxBytes = static_cast<std::size_t>(std::min(p.maxBytes, budget));
    if (fromFollower) {
        if (auto appended = r->recentAppendAt(p.fetchOffset, maxBytes)) {
            budget -= static_cast<std::int32_t>(appended->size());
            res.records = RecordBytes(std::move(appended));
            return res;
        }
    }
    auto data = r->log().read(Offset(p.fetchOffset), maxBytes, Offset(upTo), true);
    if (!data) {
        res.error = data.status().code() == StatusCode::OutOfRange   ? ErrorCode::OffsetOutOfRange
                    : data.status().code() == StatusCode::Corruption ? ErrorCode::CorruptMessage
                                                                     : ErrorCode::KafkaStorageError;
        logger("cluster")->warn("broker {}: reading {} at {}: {}", m_id, p.tp.toString(), p.fetchOffset,
                                data.status().toString());
        return res;
    }
    budget -= static_cast<std::int32_t>(data->size());
    if (readCommitted && !data->empty())
        res.abortedTransactions = abortedTransactionsIn(r->log(), p.fetchOffset, *data);
    res.records = std::move(*data);
    return res;
}

bool Broker::tryCompleteFetch(const std::shared_ptr<PendingFetch> &pending, bool force)
{
    if (pending->done)
        return true;
    const FetchRequest &req = pending->request;
    const bool fromFollower = req.replicaId >= 0;
    FetchResponse response;
    std::int32_t budget = req.maxBytes;
    std::size_t bytes = 0;
    bool anyError = false;
    for (const auto &p : req.partitions) {
        auto res = readPartition(p, fromFollower, req.readCommitted, budget);
        bytes += res.records.size();
        anyError = anyError || res.error != ErrorCode::None;
        response.partitions.push_back(std::move(res));
    }
    if (!force && !anyError && bytes < static_cast<std::size_t>(std::max(1, req.minBytes)))
        return false;
    pending->done = true;
    if (pending->timer)
        pending->timer->cancel();
    if (!fromFollower) {
        std::uint64_t records = 0;
        for (const auto &res : response.partitions) {
            if (res.records.empty())
                continue;
            const std::uint64_t n = countRecords(res.records);
            records += n;
            if (Replica *r = replica(res.tp))
                r->countConsumed(n, res.records.size());
        }
        m_metrics.recordsOut.fetch_add(records, std::memory_order_relaxed);
        m_metrics.bytesOut.fetch_add(bytes, std::memory_order_relaxed);
        m_metrics.fetchLatency.record(std::chrono::duration_cast<std::chrono::microseconds>(
                                          std::chrono::steady_clock::now() - pending->started)
                                          .count());
    }
    auto reply = std::move(pending->reply);
    reply(std::move(response));
    return true;
}

void Broker::handleFetch(FetchRequest request, Reply<FetchResponse> reply)
{
    m_metrics.fetchRequests.fetch_add(1, std::memory_order_relaxed);
    if (m_stopped) {
        // Queued behind the broker's stop: it hosts nothing any more.
        FetchResponse response;
        for (const FetchPartition &p : request.partitions) {
            FetchPartitionResult r;
            r.tp = p.tp;
            r.error = ErrorCode::NotLeaderOrFollower;
            response.partitions.push_back(std::move(r));
        }
        reply(std::move(response));
        return;
    }
    auto pending = std::make_shared<PendingFetch>();
    pending->request = std::move(request);
    pending->reply = std::move(reply);
    pending->started = std::chrono::steady_clock::now();

    const FetchRequest &req = pending->request;
    if (req.replicaId >= 0) {
        const std::int64_t now = m_clock.nowMs();
        for (const auto &p : req.partitions) {
            Replica *r = replica(p.tp);
            if (r && r->isLeader() && r->onFollowerFetch(req.replicaId, p.fetchOffset, now))
                onReplicaAdvanced(p.tp, true);
        }
    }
    if (tryCompleteFetch(pending, req.maxWaitMs <= 0))
        return;
    pending->timer = std::make_unique<asio::steady_timer>(m_loop.context());
    pending->timer->expires_after(std::chrono::milliseconds(req.maxWaitMs));
    std::weak_ptr<PendingFetch> weak = pending;
    pending->timer->async_wait([this, weak](const std::error_code &ec) {
        auto p = weak.lock();
        if (ec || !p || p->done)
            return;
        m_pendingFetches.remove(p);
        tryCompleteFetch(p, true);
    });
    m_pendingFetches.push_back(std::move(pending));
}

void Broker::wakeFetches(const TopicPartition &tp)
{
    for (auto it = m_pendingFetches.begin(); it != m_pendingFetches.end();) {
        auto p = *it;
        bool interested = false;
        for (const auto &fp : p->request.partitions)
            if (fp.tp == tp) {
                interested = true;
                break;
            }
        if (interested && tryCompleteFetch(p, false))
            it = m_pendingFetches.erase(it);
        else
            ++it;
    }
}

void Broker::handleListOffsets(const ListOffsetsRequest &request, Reply<ListOffsetsResponse> reply)
{
    ListOffsetsResponse response;
    for (const auto &p : request.partitions) {
        ListOffsetsPartitionResult res;
        res.tp = p.tp;
        Replica *r = replica(p.tp);
        if (!r || !r->isLeader()) {
            res.error = (m_image && m_image->partition(p.tp)) ? ErrorCode::NotLeaderOrFollower
                                                              : ErrorCode::UnknownTopicOrPartition;
        } else if ((res.error = epochCheck(p.currentLeaderEpoch, r->leaderEpoch())) == ErrorCode::None) {
            res.leaderEpoch = r->leaderEpoch();
            // What the asker may read up to, as Kafka's Partition.fetchOffsetForTimestamp.
            const std::int64_t fetchable = request.replicaId >= 0  ? r->logEndOffset()
                                           : request.readCommitted ? r->log().lastStableOffset(r->highWatermark())
                                                                   : r->highWatermark();
            if (p.timestamp == kLatestTimestamp) {
                res.offset = fetchable;
            } else if (p.timestamp == kEarliestTimestamp) {
                res.offset = r->logStartOffset();
            } else if (p.timestamp == kMaxTimestamp) {
                auto found = r->log().offsetOfMaxTimestamp(Offset(fetchable));
                if (found) {
                    res.offset = found->offset.value();
                    res.timestamp = found->timestamp;
                }
            } else {
                auto found = r->log().offsetForTimestamp(p.timestamp);
                if (found && found->offset.value() < fetchable) {
                    res.offset = found->offset.value();
                    res.timestamp = found->timestamp;
                }
            }
        }
        response.partitions.push_back(res);
    }
    reply(std::move(response));
}

void Broker::handleOffsetForLeaderEpoch(const std::vector<EpochEndOffsetRequest> &request,
                                        Reply<OffsetForLeaderEpochResponse> reply)
{
    OffsetForLeaderEpochResponse response;
    for (const auto &p : request) {
        EpochEndOffset res;
        res.tp = p.tp;
        Replica *r = replica(p.tp);
        if (!r || !r->isLeader()) {
            res.error = (m_image && m_image->partition(p.tp)) ? ErrorCode::NotLeaderOrFollower
                                                              : ErrorCode::UnknownTopicOrPartition;
        } else if ((res.error = epochCheck(p.currentLeaderEpoch, r->leaderEpoch())) == ErrorCode::None) {
            if (auto e = r->endOffsetForEpoch(p.leaderEpoch)) {
                res.leaderEpoch = e->epoch;
                res.endOffset = e->endOffset;
            }
        }
        response.partitions.push_back(res);
    }
    reply(std::move(response));
}

} // namespace es
