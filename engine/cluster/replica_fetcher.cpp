// The follower side of replication: each broker keeps one fetch loop per leader it
// follows, first truncating divergent tails (OffsetForLeaderEpoch), then fetching from
// its log end, appending, and taking the leader's high watermark.

#include "cluster/broker_internal.h"
#include "common/logging.h"

namespace es {

namespace {
constexpr std::chrono::milliseconds kBackoff(100);
}

void Broker::updateFetchers()
{
    std::set<std::int32_t> leaders;
    for (const auto &[tp, r] : m_replicas)
        if (r->role() == Replica::Role::Follower)
            leaders.insert(r->leaderId());
    for (auto it = m_fetchers.begin(); it != m_fetchers.end();)
        it = leaders.count(it->first) ? std::next(it) : m_fetchers.erase(it);
    for (std::int32_t leader : leaders) {
        auto &s = m_fetchers[leader];
        if (!s) {
            s = std::make_shared<FetcherSession>();
            s->leader = leader;
            s->timeout = std::make_unique<asio::steady_timer>(m_loop.context());
            s->backoff = std::make_unique<asio::steady_timer>(m_loop.context());
        }
        runFetcher(leader);
    }
}

void Broker::truncateFollowers(std::int32_t leader)
{
    auto session = m_fetchers[leader];
    std::vector<EpochEndOffsetRequest> request;
    for (auto &[tp, r] : m_replicas) {
        if (r->role() != Replica::Role::Follower || r->leaderId() != leader || !r->needsTruncationCheck() ||
            session->truncating.count(tp))
            continue;
        if (r->latestEpoch() < 0) {
            // No epochs known: keep only what was committed.
            Status s = r->truncateTo(r->highWatermark());
            if (!s.isOk())
                logger("cluster")->error("broker {}: truncating {}: {}", m_id, tp.toString(), s.toString());
            r->truncationChecked();
            session->inFlight = false; // as after an answer below: refetch, drop what is in flight
            continue;
        }
        request.push_back({tp, r->leaderEpoch(), r->latestEpoch()});
        session->truncating.insert(tp);
    }
    if (request.empty())
        return;
    const std::int32_t self = m_id;
    Network *net = &m_network;
    const bool sent = m_network.sendTo<Broker>(self, leader, [request, self, net](Broker &l) {
        l.handleOffsetForLeaderEpoch(request, [&l, self, net](OffsetForLeaderEpochResponse resp) {
            net->sendTo<Broker>(l.id(), self, [resp = std::move(resp), leader = l.id()](Broker &me) {
                auto it = me.m_fetchers.find(leader);
                std::vector<TopicPartition> refused; // the leader's metadata lags: asked again later
                bool checked = false;
                for (const auto &e : resp.partitions) {
                    Replica *r = me.replica(e.tp);
                    const bool pending = r && r->role() == Replica::Role::Follower &&
                                         r->leaderId() == leader && r->needsTruncationCheck();
                    if (pending && e.error != ErrorCode::None) {
                        refused.push_back(e.tp); // stays in `truncating` until the back-off ends
                        continue;
                    }
                    if (it != me.m_fetchers.end())
                        it->second->truncating.erase(e.tp);
                    if (!pending)
                        continue;
                    std::int64_t target = r->highWatermark();
                    if (e.leaderEpoch >= 0) {
                        const auto own = r->endOffsetForEpoch(e.leaderEpoch);
                        target = std::min(e.endOffset, own ? own->endOffset : r->logEndOffset());
                    }
                    if (target < r->logEndOffset()) {
                        logger("cluster")->info("broker {}: {} diverged from leader {}: truncating {} -> {}", me.id(),
                                                e.tp.toString(), leader, r->logEndOffset(), target);
                        Status s = r->truncateTo(target);
                        if (!s.isOk())
                            logger("cluster")->error("broker {}: truncating {}: {}", me.id(), e.tp.toString(),
                                                     s.toString());
                    }
                    r->truncationChecked();
                    checked = true;
                }
                if (!refused.empty()) {
                    auto timer = std::make_shared<asio::steady_timer>(me.m_loop.context(), kBackoff);
                    timer->async_wait([&me, timer, leader, refused](const std::error_code &ec) {
                        auto f = ec ? me.m_fetchers.end() : me.m_fetchers.find(leader);
                        if (f == me.m_fetchers.end())
                            return;
                        for (const auto &tp : refused)
                            f->second->truncating.erase(tp);
                        me.runFetcher(leader);
                    });
                }
                // The checked partitions fetch now, not when the fetch in flight (a long poll
                // without them) returns: that one is abandoned, its answer dropped by the
                // generation check, so nothing fetched before a truncation lands after it.
                if (checked && it != me.m_fetchers.end())
                    it->second->inFlight = false;
                me.runFetcher(leader);
            });
        });
    });
    if (!sent) {
        for (const auto &e : request)
            session->truncating.erase(e.tp);
        return;
    }
    // A lost request or answer (a lossy or cut link) must not leave these partitions waiting
    // for ever: after the fetch timeout they are asked about again. A late answer still
    // counts; one for a partition already checked is ignored above.
    auto timer = std::make_shared<asio::steady_timer>(m_loop.context(),
                                                      std::chrono::milliseconds(m_config.replicaFetchWaitMaxMs + 1000));
    timer->async_wait([this, timer, leader, session, request](const std::error_code &ec) {
        if (ec || m_stopped)
            return;
        auto f = m_fetchers.find(leader);
        if (f == m_fetchers.end() || f->second != session)
            return;
        bool expired = false;
        for (const auto &e : request)
            expired = session->truncating.erase(e.tp) > 0 || expired;
        if (expired)
            runFetcher(leader);
    });
}

void Broker::runFetcher(std::int32_t leader)
{
    auto it = m_fetchers.find(leader);
    if (it == m_fetchers.end() || m_stopped)
        return;
    auto session = it->second;
    // Partitions that just started following this leader are checked for divergence at
    // once, even while a fetch is in flight; the answer restarts the fetch with them.
    truncateFollowers(leader);
    if (session->inFlight)
        return;

    FetchRequest request;
    request.replicaId = m_id;
    request.maxWaitMs = static_cast<std::int32_t>(m_config.replicaFetchWaitMaxMs);
    request.minBytes = 1;
    for (auto &[tp, r] : m_replicas)
        if (r->role() == Replica::Role::Follower && r->leaderId() == leader && !r->needsTruncationCheck())
            request.partitions.push_back({tp, r->logEndOffset(), r->leaderEpoch(), 1 << 20});
    if (request.partitions.empty()) {
        if (!session->truncating.empty())
            return; // the truncation answer restarts the loop
        session->backoff->expires_after(kBackoff);
        session->backoff->async_wait([this, leader](const std::error_code &ec) {
            if (!ec)
                runFetcher(leader);
        });
        return;
    }

    session->inFlight = true;
    const std::uint64_t generation = ++session->generation;
    const std::int32_t self = m_id;
    Network *net = &m_network;
    m_network.sendTo<Broker>(self, leader, [request = std::move(request), self, net, generation](Broker &l) mutable {
        l.handleFetch(std::move(request), [&l, self, net, generation](FetchResponse resp) {
            net->sendTo<Broker>(l.id(), self, [resp = std::move(resp), leader = l.id(), generation](Broker &me) mutable {
                auto f = me.m_fetchers.find(leader);
                if (f == me.m_fetchers.end() || f->second->generation != generation || !f->second->inFlight)
                    return;
                f->second->inFlight = false;
                f->second->timeout->cancel();
                me.handleFetcherResponse(leader, std::move(resp));
            });
        });
    });
    // A lost request or answer (cut link, stopped leader) ends in this timeout.
    session->timeout->expires_after(std::chrono::milliseconds(m_config.replicaFetchWaitMaxMs + 1000));
    session->timeout->async_wait([this, leader, generation](const std::error_code &ec) {
        auto f = m_fetchers.find(leader);
        if (ec || f == m_fetchers.end() || f->second->generation != generation || !f->second->inFlight)
            return;
        f->second->inFlight = false;
        runFetcher(leader);
    });
}

void Broker::handleFetcherResponse(std::int32_t leader, FetchResponse response)
{
    bool backOff = response.error != ErrorCode::None;
    for (auto &res : response.partitions) {
        Replica *r = replica(res.tp);
        if (!r || r->role() != Replica::Role::Follower || r->leaderId() != leader)
            continue;
        switch (res.error) {
        case ErrorCode::None: {
            if (!res.records.empty()) {
                // Bytes shared from the leader's memory were checked there; bytes read
                // from its log file are checked again here.
                auto appended = r->appendAsFollower(
                    res.records, res.records.sharedFromLeader() ? CrcCheck::Skip : CrcCheck::Verify);
                if (!appended) {
                    logger("cluster")->warn("broker {}: replicating {}: {}", m_id, res.tp.toString(),
                                            appended.status().toString());
                    backOff = true;
                    break;
                }
                m_metrics.replicationBytesIn.fetch_add(res.records.size(), std::memory_order_relaxed);
            }
            r->updateHighWatermarkFromLeader(res.highWatermark);
            if (res.logStartOffset > r->logStartOffset() && res.logStartOffset <= r->logEndOffset())
                (void)r->log().advanceLogStartOffset(Offset(res.logStartOffset));
            break;
        }
        case ErrorCode::OffsetOutOfRange: {
            Status s;
            if (r->logEndOffset() < res.logStartOffset || res.logEndOffset < 0)
                s = r->truncateFullyAndStartAt(std::max<std::int64_t>(res.logStartOffset, 0));
            else
                s = r->truncateTo(res.logEndOffset);
            if (!s.isOk())
                logger("cluster")->error("broker {}: resetting {}: {}", m_id, res.tp.toString(), s.toString());
            break;
        }
        default:
            backOff = true; // not leader / fenced epoch: wait for metadata
            break;
        }
    }
    auto f = m_fetchers.find(leader);
    if (f == m_fetchers.end())
        return;
    if (!backOff) {
        runFetcher(leader);
        return;
    }
    f->second->backoff->expires_after(kBackoff);
    f->second->backoff->async_wait([this, leader](const std::error_code &ec) {
        if (!ec)
            runFetcher(leader);
    });
}

void Broker::proposeIsrChanges()
{
    if (m_brokerEpoch < 0)
        return;
    const std::int64_t now = m_clock.nowMs();
    std::vector<AlterPartitionRequest> requests;
    for (auto &[tp, r] : m_replicas) {
        auto next = r->proposedIsr(now, m_config.replicaLagTimeMaxMs);
        if (!next)
            continue;
        r->setPendingIsr(*next);
        requests.push_back({m_id, m_brokerEpoch, tp, r->leaderEpoch(), r->partitionEpoch(), *next});
    }
    if (requests.empty())
        return;
    // One request for all of them (Kafka's AlterPartition): the controller publishes one
    // image for the lot, however many partitions caught up at once.
    std::vector<std::pair<TopicPartition, std::int32_t>> sent; // partition, its partition epoch
    sent.reserve(requests.size());
    for (const auto &req : requests)
        sent.emplace_back(req.tp, req.partitionEpoch);
    m_controller.alterPartitions(std::move(requests), [this, sent](std::vector<ErrorCode> errors) {
        for (std::size_t i = 0; i < errors.size() && i < sent.size(); ++i) {
            if (errors[i] == ErrorCode::None)
                continue; // the new ISR arrives with the next metadata
            if (Replica *r = replica(sent[i].first))
                r->clearPendingIsr();
        }
    });
    // If neither answer nor metadata arrives (cut link), try again later.
    auto timer = std::make_shared<asio::steady_timer>(m_loop.context(), std::chrono::seconds(2));
    timer->async_wait([this, timer, sent](const std::error_code &ec) {
        if (ec)
            return;
        for (const auto &[tp, epoch] : sent) {
            Replica *r = replica(tp);
            if (r && r->isrChangePending() && r->partitionEpoch() == epoch)
                r->clearPendingIsr();
        }
    });
}

} // namespace es
