// Produce requests: appends on the leader and, for acks=all, waiting for the followers.

#include "cluster/broker_internal.h"
#include "cluster/storage_events.h"
#include "common/logging.h"

namespace es {

namespace {

std::int64_t microsSince(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t).count();
}

} // namespace

void Broker::handleProduce(ProduceRequest request, Reply<ProduceResponse> reply)
{
    m_metrics.produceRequests.fetch_add(1, std::memory_order_relaxed);
    if (m_stopped) {
        // Queued behind the broker's stop: it hosts nothing any more.
        ProduceResponse response;
        for (const ProducePartition &p : request.partitions)
            response.partitions.push_back({p.tp, ErrorCode::NotLeaderOrFollower, -1, -1, -1, "the broker is stopping"});
        reply(std::move(response));
        return;
    }
    auto pending = std::make_shared<PendingProduce>();
    pending->reply = std::move(reply);
    pending->started = std::chrono::steady_clock::now();
    const bool acksAll = request.acks == -1;
    if (request.acks != 0 && request.acks != 1 && !acksAll) {
        for (auto &p : request.partitions)
            pending->response.partitions.push_back({p.tp, ErrorCode::InvalidRequiredAcks, -1, -1, -1, {}});
        pending->reply(std::move(pending->response));
        return;
    }

    for (auto &p : request.partitions) {
        ProducePartitionResult res;
        res.tp = p.tp;
        const TopicInfo *topic = m_image ? m_image->topic(p.tp.topic) : nullptr;
        Replica *r = replica(p.tp);
        if (!topic || !m_image->partition(p.tp)) {
            res.error = ErrorCode::UnknownTopicOrPartition;
        } else if (topic->internal && request.origin == AppendOrigin::Client) {
            // Only the coordinator writes there: a forged record would change a group's state.
            res.error = ErrorCode::InvalidTopicException;
            res.errorMessage = "Cannot append to internal topic " + p.tp.topic;
        } else if (!r || !r->isLeader()) {
            res.error = ErrorCode::NotLeaderOrFollower;
        } else {
            // A copy of the topic's config only where this broker has defaults of its own.
            const int minInsync = m_image->brokerTopicDefaults.contains(m_id)
                                      ? m_image->topicConfigOn(*topic, m_id).minInsyncReplicas()
                                      : topic->config.minInsyncReplicas();
            const auto outcome =
                r->appendAsLeader(std::move(p.records), request.acks, minInsync, request.origin);
            res.error = outcome.error;
            res.errorMessage = outcome.message;
            if (outcome.storageProblemStarted)
                recordWriteRefused(m_events, m_id, p.tp, outcome.message);
            res.baseOffset = outcome.baseOffset;
            res.logAppendTime = outcome.logAppendTime;
            res.logStartOffset = r->logStartOffset();
            if (outcome.error == ErrorCode::None) {
                m_metrics.recordsIn.fetch_add(static_cast<std::uint64_t>(outcome.records), std::memory_order_relaxed);
                m_metrics.bytesIn.fetch_add(outcome.bytes, std::memory_order_relaxed);
                r->countAppended(outcome.bytes);
                // A duplicate is answered like its original: once all of it is replicated.
                const std::int64_t required = outcome.lastOffset + 1;
                if (acksAll && r->highWatermark() < required)
                    pending->waiting[p.tp] = required;
                if (!outcome.duplicate)
                    onReplicaAdvanced(p.tp, r->highWatermark() >= required);
            }
        }
        if (res.error != ErrorCode::None)
            m_metrics.failedRequests.fetch_add(1, std::memory_order_relaxed);
        pending->response.partitions.push_back(std::move(res));
    }

    if (pending->waiting.empty()) {
        m_metrics.produceLatency.record(microsSince(pending->started));
        pending->done = true;
        pending->reply(std::move(pending->response));
        return;
    }
    pending->timer = std::make_unique<asio::steady_timer>(m_loop.context());
    pending->timer->expires_after(std::chrono::milliseconds(request.timeoutMs));
    std::weak_ptr<PendingProduce> weak = pending;
    pending->timer->async_wait([this, weak](const std::error_code &ec) {
        auto p = weak.lock();
        if (ec || !p || p->done)
            return;
        for (auto &res : p->response.partitions)
            if (p->waiting.count(res.tp)) {
                res.error = ErrorCode::RequestTimedOut;
                res.errorMessage = "the in-sync replicas did not confirm the write in time";
            }
        p->waiting.clear();
        p->done = true;
        m_pendingProduces.remove(p);
        p->reply(std::move(p->response));
    });
    m_pendingProduces.push_back(std::move(pending));
}

void Broker::completeProduces(const TopicPartition &tp)
{
    Replica *r = replica(tp);
    if (!r)
        return;
    const std::int64_t hw = r->highWatermark();
    for (auto it = m_pendingProduces.begin(); it != m_pendingProduces.end();) {
        auto &p = *it;
        auto w = p->waiting.find(tp);
        if (w != p->waiting.end() && hw >= w->second)
            p->waiting.erase(w);
        if (p->waiting.empty() && !p->done) {
            p->done = true;
            if (p->timer)
                p->timer->cancel();
            m_metrics.produceLatency.record(microsSince(p->started));
            auto reply = std::move(p->reply);
            auto response = std::move(p->response);
            it = m_pendingProduces.erase(it);
            reply(std::move(response));
        } else {
            ++it;
        }
    }
}

void Broker::failProducesFor(const TopicPartition &tp, ErrorCode error)
{
    for (auto &p : m_pendingProduces) {
        if (!p->waiting.erase(tp))
            continue;
        for (auto &res : p->response.partitions)
            if (res.tp == tp) {
                res.error = error;
                res.errorMessage = "leadership moved before the write was replicated";
            }
    }
    for (auto it = m_pendingProduces.begin(); it != m_pendingProduces.end();) {
        auto &p = *it;
        if (p->waiting.empty() && !p->done) {
            p->done = true;
            if (p->timer)
                p->timer->cancel();
            auto reply = std::move(p->reply);
            auto response = std::move(p->response);
            it = m_pendingProduces.erase(it);
            reply(std::move(response));
        } else {
            ++it;
        }
    }
}

void Broker::onReplicaAdvanced(const TopicPartition &tp, bool highWatermarkMoved)
{
    if (highWatermarkMoved)
        completeProduces(tp);
    wakeFetches(tp);
}

} // namespace es
