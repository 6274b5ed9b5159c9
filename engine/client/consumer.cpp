#include "client/consumer.h"

#include "client/assignors/partition_assignor.h"
#include "client/client_node.h"
#include "client/consumer_group_protocol.h"
#include "client/group_membership.h"
#include "cluster/cluster.h"
#include "cluster/group/consumer_protocol.h"
#include "common/logging.h"
#include "storage/record_batch_reader.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <future>
#include <deque>
#include <map>
#include <set>

namespace es {

class Consumer::Impl {
public:
    Impl(Cluster &cluster, ConsumerConfig config)
        : m_cluster(cluster), m_config(std::move(config)), m_node(cluster, m_config.clientId)
    {
        m_node.loop().runSync([this] { m_timer = std::make_unique<asio::steady_timer>(m_node.loop().context()); });
    }

    ~Impl()
    {
        close();
        m_node.loop().runSync([this] {
            m_timer.reset();
            m_commitTimer.reset();
            m_membership.reset();
            m_partitions.clear();
        });
        m_node.shutdown();
    }

    void assign(const std::vector<TopicPartition> &tps)
    {
        m_node.loop().runSync([&] { assignOnLoop(tps); });
        m_node.loop().post([this] { run(); });
    }

    void subscribe(const std::vector<std::string> &topics)
    {
        m_node.loop().runSync([&] {
            m_topics = topics;
            if (m_membership)
                return m_membership->rejoin();
            MembershipConfig mc;
            mc.groupId = m_config.groupId;
            mc.clientId = m_config.clientId;
            mc.sessionTimeoutMs = m_config.sessionTimeoutMs;
            mc.rebalanceTimeoutMs = m_config.rebalanceTimeoutMs;
            mc.heartbeatIntervalMs = m_config.heartbeatIntervalMs;
            mc.requestTimeoutMs = m_config.requestTimeoutMs;
            GroupMembership::Callbacks cb;
            cb.protocols = [this] { return protocols(); };
            cb.assign = [this](const std::string &protocol, const std::vector<JoinGroupMember> &members) {
                return leaderAssign(protocol, members);
            };
            cb.onRejoin = [this] { onRejoin(); };
            cb.onAssigned = [this](const std::string &protocol, const Bytes &bytes, std::int32_t generation) {
                onAssigned(protocol, bytes, generation);
            };
            m_membership = std::make_unique<GroupMembership>(m_node, mc, std::move(cb));
            m_membership->start();
            if (m_config.enableAutoCommit) {
                m_commitTimer = std::make_unique<asio::steady_timer>(m_node.loop().context());
                scheduleAutoCommit();
            }
        });
    }

    ErrorCode commitSync(std::chrono::milliseconds timeout)
    {
        auto promise = std::make_shared<std::promise<ErrorCode>>();
        auto future = promise->get_future();
        m_node.loop().post([this, promise] { commitPositions([promise](ErrorCode e) { promise->set_value(e); }); });
        if (future.wait_for(timeout) != std::future_status::ready)
            return ErrorCode::RequestTimedOut;
        return future.get();
    }

    std::int32_t generation() const { return m_generation.load(); }

    void crash()
    {
        m_closed = true;
        m_node.loop().runSync([this] {
            m_commitTimer.reset();
            m_membership.reset();
            assignOnLoop({});
        });
    }

    void close()
    {
        if (m_closed.exchange(true))
            return;
        auto done = std::make_shared<std::promise<void>>();
        auto future = done->get_future();
        m_node.loop().post([this, done] {
            if (!m_membership) {
                done->set_value();
                return;
            }
            m_commitTimer.reset();
            auto leave = [this, done] { m_membership->leave([done] { done->set_value(); }); };
            if (m_config.enableAutoCommit)
                commitPositions([leave](ErrorCode) { leave(); });
            else
                leave();
        });
        future.wait_for(std::chrono::milliseconds(m_config.requestTimeoutMs));
    }

    std::vector<TopicPartition> assignment() const
    {
        std::lock_guard lock(m_mutex);
        return m_assigned;
    }

    // `target`: an offset (>= 0), or kEarliestTimestamp / kLatestTimestamp, or a timestamp
    // to look up (passed with byTime).
    void reposition(const std::vector<TopicPartition> &tps, std::int64_t target, bool byTime)
    {
        m_node.loop().runSync([&] {
            for (const auto &tp : tps) {
                auto it = m_partitions.find(tp);
                if (it == m_partitions.end())
                    continue;
                State &s = it->second;
                // Answers to requests already sent are ignored from now on.
                ++s.generation;
                s.fetchInFlight = false;
                s.resetInFlight = false;
                if (target >= 0 && !byTime) {
                    s.fetchPosition = target;
                    s.reset.reset();
                } else {
                    s.fetchPosition.reset();
                    s.reset = target;
                }
                std::lock_guard lock(m_mutex);
                m_buffer.erase(tp);
                if (s.fetchPosition)
                    m_positions[tp] = *s.fetchPosition;
                else
                    m_positions.erase(tp);
            }
        });
        m_node.loop().post([this] { run(); });
    }

    std::vector<FetchedRecord> poll(std::chrono::milliseconds timeout)
    {
        std::vector<FetchedRecord> out;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait_for(lock, timeout, [this] {
                for (const auto &[tp, q] : m_buffer)
                    if (!q.empty())
                        return true;
                return false;
            });
            // Round-robin over partitions so one busy partition does not starve the rest.
            bool took = true;
            while (took && static_cast<std::int32_t>(out.size()) < m_config.maxPollRecords) {
                took = false;
                for (auto &[tp, q] : m_buffer) {
                    const std::size_t n = std::min<std::size_t>(
                        q.size(), static_cast<std::size_t>(m_config.maxPollRecords) - out.size());
                    for (std::size_t i = 0; i < n; ++i) {
                        m_positions[tp] = q.front().offset + 1;
                        out.push_back(std::move(q.front()));
                        q.pop_front();
                        took = true;
                    }
                    if (static_cast<std::int32_t>(out.size()) >= m_config.maxPollRecords)
                        break;
                }
            }
        }
        if (!out.empty())
            m_node.loop().post([this] { run(); });
        return out;
    }

    std::optional<std::int64_t> position(const TopicPartition &tp) const
    {
        std::lock_guard lock(m_mutex);
        auto it = m_positions.find(tp);
        return it == m_positions.end() ? std::nullopt : std::optional(it->second);
    }

private:
    struct State {
        std::optional<std::int64_t> fetchPosition;
        std::optional<std::int64_t> reset; // a ListOffsets target still to resolve
        bool fetchInFlight = false;
        bool resetInFlight = false;
        bool awaitingCommitted = false; // the group's committed offset is being fetched
        std::uint64_t generation = 0;
        std::chrono::steady_clock::time_point retryAt{};
    };

    void assignOnLoop(const std::vector<TopicPartition> &tps)
    {
        std::map<TopicPartition, State> next;
        for (const auto &tp : tps) {
            auto it = m_partitions.find(tp);
            next[tp] = it != m_partitions.end() ? it->second : State{};
        }
        m_partitions = std::move(next);
        std::lock_guard lock(m_mutex);
        for (auto it = m_buffer.begin(); it != m_buffer.end();)
            it = m_partitions.count(it->first) ? std::next(it) : m_buffer.erase(it);
        for (auto it = m_positions.begin(); it != m_positions.end();)
            it = m_partitions.count(it->first) ? std::next(it) : m_positions.erase(it);
        m_assigned = tps;
    }

    // -- group membership (on the loop) -----------------------------------------------------
    std::vector<TopicPartition> owned() const
    {
        std::vector<TopicPartition> out;
        for (const auto &[tp, s] : m_partitions)
            out.push_back(tp);
        return out;
    }

    std::vector<GroupProtocol> protocols() const
    {
        return joinProtocols(m_config.assignors, m_topics, owned(), m_generation.load());
    }

    std::vector<SyncGroupAssignment> leaderAssign(const std::string &protocol,
                                                  const std::vector<JoinGroupMember> &members)
    {
        auto assigned = leaderAssignments(protocol, members, *m_cluster.metadata());
        if (!assigned) {
            logger("client")->error("{}: assigning partitions with {}: {}", m_config.clientId, protocol,
                                    assigned.status().toString());
            return {};
        }
        return std::move(*assigned);
    }

    bool cooperative() const
    {
        const PartitionAssignor *a = findAssignor(m_protocol);
        return a && a->protocol() == RebalanceProtocol::Cooperative;
    }

    void onRejoin()
    {
        if (cooperative())
            return; // cooperative members keep their partitions through the rebalance
        if (m_config.enableAutoCommit)
            commitPositions([](ErrorCode) {});
        assignOnLoop({});
    }

    void onAssigned(const std::string &protocol, const Bytes &bytes, std::int32_t generation)
    {
        m_protocol = protocol;
        m_generation = generation;
        auto decoded = decodeAssignment(bytes);
        const std::vector<TopicPartition> next = decoded ? flatten(decoded->assignedPartitions)
                                                         : std::vector<TopicPartition>{};
        std::vector<TopicPartition> revoked, added;
        for (const auto &tp : owned())
            if (std::find(next.begin(), next.end(), tp) == next.end())
                revoked.push_back(tp);
        for (const auto &tp : next)
            if (!m_partitions.count(tp))
                added.push_back(tp);
        if (!revoked.empty() && m_config.enableAutoCommit)
            commitPositions([](ErrorCode) {});
        assignOnLoop(next);
        for (const auto &tp : added)
            m_partitions[tp].awaitingCommitted = true;
        if (!added.empty())
            m_membership->fetchCommitted(added, [this, added](std::optional<OffsetFetchResult> r) {
                for (const auto &tp : added) {
                    auto it = m_partitions.find(tp);
                    if (it == m_partitions.end())
                        continue;
                    it->second.awaitingCommitted = false;
                    if (!r)
                        continue;
                    for (const auto &f : r->partitions)
                        if (f.topic == tp.topic && f.partition == tp.partition && f.offset >= 0) {
                            it->second.fetchPosition = f.offset;
                            std::lock_guard lock(m_mutex);
                            m_positions[tp] = f.offset;
                        }
                }
                run();
            });
        // Cooperative: what we gave up may now go to others in a follow-up rebalance.
        if (!revoked.empty() && cooperative())
            m_membership->rejoin();
        run();
    }

    void commitPositions(std::function<void(ErrorCode)> done)
    {
        if (!m_membership) {
            done(ErrorCode::InvalidGroupId);
            return;
        }
        std::vector<OffsetCommitPartition> offsets;
        {
            std::lock_guard lock(m_mutex);
            for (const auto &[tp, pos] : m_positions)
                offsets.push_back({tp.topic, tp.partition, pos, -1, ""});
        }
        if (offsets.empty()) {
            done(ErrorCode::None);
            return;
        }
        m_membership->commit(std::move(offsets), std::move(done));
    }

    void scheduleAutoCommit()
    {
        m_commitTimer->expires_after(std::chrono::milliseconds(m_config.autoCommitIntervalMs));
        m_commitTimer->async_wait([this](const std::error_code &ec) {
            if (ec || !m_commitTimer)
                return;
            commitPositions([](ErrorCode) {});
            scheduleAutoCommit();
        });
    }

    std::size_t buffered(const TopicPartition &tp)
    {
        std::lock_guard lock(m_mutex);
        auto it = m_buffer.find(tp);
        return it == m_buffer.end() ? 0 : it->second.size();
    }

    void scheduleRun(std::chrono::milliseconds after)
    {
        m_timer->expires_after(after);
        m_timer->async_wait([this](const std::error_code &ec) {
            if (!ec)
                run();
        });
    }

    void run()
    {
        auto image = m_cluster.metadata();
        const auto now = std::chrono::steady_clock::now();
        std::map<std::int32_t, ListOffsetsRequest> resets;
        std::map<std::int32_t, FetchRequest> fetches;
        bool retryLater = false;
        for (auto &[tp, s] : m_partitions) {
            const PartitionInfo *info = image ? image->partition(tp) : nullptr;
            if (s.awaitingCommitted)
                continue;
            if (!info || info->leader < 0 || now < s.retryAt) {
                retryLater = true;
                continue;
            }
            if (!s.fetchPosition && !s.reset)
                s.reset = m_config.autoOffsetReset == OffsetReset::Earliest ? kEarliestTimestamp : kLatestTimestamp;
            if (s.reset) {
                if (!s.resetInFlight) {
                    s.resetInFlight = true;
                    resets[info->leader].partitions.push_back({tp, *s.reset, -1});
                }
                continue;
            }
            if (s.fetchInFlight || buffered(tp) >= m_config.maxBufferedRecords)
                continue;
            s.fetchInFlight = true;
            auto &req = fetches[info->leader];
            req.maxWaitMs = m_config.fetchMaxWaitMs;
            req.minBytes = m_config.fetchMinBytes;
            req.partitions.push_back({tp, *s.fetchPosition, -1, m_config.maxPartitionFetchBytes});
        }
        for (auto &[leader, req] : resets)
            sendReset(leader, std::move(req));
        for (auto &[leader, req] : fetches)
            sendFetch(leader, std::move(req));
        if (retryLater)
            scheduleRun(std::chrono::milliseconds(50));
    }

    void sendReset(std::int32_t leader, ListOffsetsRequest req)
    {
        std::map<TopicPartition, std::uint64_t> generations;
        for (const auto &p : req.partitions)
            generations[p.tp] = m_partitions[p.tp].generation;
        m_node.call<ListOffsetsResponse>(
            leader,
            [req](Broker &b, Reply<ListOffsetsResponse> reply) { b.handleListOffsets(req, std::move(reply)); },
            [this, generations](std::optional<ListOffsetsResponse> resp) {
                for (const auto &[tp, gen] : generations) {
                    auto it = m_partitions.find(tp);
                    if (it == m_partitions.end() || it->second.generation != gen)
                        continue;
                    State &s = it->second;
                    s.resetInFlight = false;
                    const ListOffsetsPartitionResult *res = nullptr;
                    if (resp)
                        for (const auto &p : resp->partitions)
                            if (p.tp == tp)
                                res = &p;
                    if (!res || res->error != ErrorCode::None) {
                        s.retryAt = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
                        continue;
                    }
                    std::int64_t offset = res->offset;
                    if (offset < 0) { // no record at or after the timestamp: the end
                        s.reset = kLatestTimestamp;
                        continue;
                    }
                    s.reset.reset();
                    s.fetchPosition = offset;
                    std::lock_guard lock(m_mutex);
                    if (!m_positions.count(tp) || m_buffer[tp].empty())
                        m_positions[tp] = offset;
                }
                run();
            },
            m_config.requestTimeoutMs);
    }

    void sendFetch(std::int32_t leader, FetchRequest req)
    {
        std::map<TopicPartition, std::pair<std::uint64_t, std::int64_t>> asked;
        for (const auto &p : req.partitions)
            asked[p.tp] = {m_partitions[p.tp].generation, p.fetchOffset};
        m_node.call<FetchResponse>(
            leader,
            [req = std::move(req)](Broker &b, Reply<FetchResponse> reply) mutable {
                b.handleFetch(std::move(req), std::move(reply));
            },
            [this, asked](std::optional<FetchResponse> resp) { onFetch(asked, resp); },
            m_config.requestTimeoutMs + m_config.fetchMaxWaitMs);
    }

    void onFetch(const std::map<TopicPartition, std::pair<std::uint64_t, std::int64_t>> &asked,
                 const std::optional<FetchResponse> &resp)
    {
        bool got = false;
        for (const auto &[tp, ask] : asked) {
            auto it = m_partitions.find(tp);
            if (it == m_partitions.end() || it->second.generation != ask.first)
                continue;
            State &s = it->second;
            s.fetchInFlight = false;
            const FetchPartitionResult *res = nullptr;
            if (resp)
                for (const auto &p : resp->partitions)
                    if (p.tp == tp)
                        res = &p;
            if (!res) {
                s.retryAt = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
                continue;
            }
            if (res->error == ErrorCode::OffsetOutOfRange) {
                s.fetchPosition.reset();
                s.reset = m_config.autoOffsetReset == OffsetReset::Earliest ? kEarliestTimestamp : kLatestTimestamp;
                continue;
            }
            if (res->error != ErrorCode::None) {
                s.retryAt = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
                continue;
            }
            std::deque<FetchedRecord> fresh;
            std::int64_t next = ask.second;
            BatchIterator batches(res->records, CrcCheck::Skip); // the broker checked every CRC
            Bytes scratch;
            while (batches.next()) {
                auto view = RecordBatchView::parse(batches.batch(), CrcCheck::Skip);
                if (!view)
                    break;
                if (!view->header().isControl()) {
                    Status st = view->forEachRecord(scratch, [&](const RecordView &r) {
                        if (r.offset < ask.second)
                            return;
                        fresh.push_back(toFetchedRecord(tp, r));
                    });
                    if (!st.isOk())
                        break;
                }
                next = std::max(next, batches.header().nextOffset());
            }
            s.fetchPosition = next;
            if (!fresh.empty()) {
                got = true;
                std::lock_guard lock(m_mutex);
                auto &q = m_buffer[tp];
                for (auto &c : fresh)
                    q.push_back(std::move(c));
            }
        }
        if (got)
            m_ready.notify_all();
        run();
    }

    Cluster &m_cluster;
    ConsumerConfig m_config;
    ClientNode m_node;
    std::map<TopicPartition, State> m_partitions; // on the loop
    std::unique_ptr<asio::steady_timer> m_timer;  // on the loop
    std::unique_ptr<asio::steady_timer> m_commitTimer;  // on the loop
    std::unique_ptr<GroupMembership> m_membership; // on the loop
    std::vector<std::string> m_topics;             // on the loop
    std::string m_protocol;                        // on the loop
    std::atomic<std::int32_t> m_generation{-1};
    std::atomic<bool> m_closed{false};

    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::map<TopicPartition, std::deque<FetchedRecord>> m_buffer;  // guarded by m_mutex
    std::map<TopicPartition, std::int64_t> m_positions;            // guarded by m_mutex
    std::vector<TopicPartition> m_assigned;                        // guarded by m_mutex
};

Consumer::Consumer(Cluster &cluster, ConsumerConfig config) : m_impl(std::make_unique<Impl>(cluster, std::move(config)))
{
}

Consumer::~Consumer() = default;

void Consumer::assign(const std::vector<TopicPartition> &partitions) { m_impl->assign(partitions); }
void Consumer::subscribe(const std::vector<std::string> &topics) { m_impl->subscribe(topics); }
ErrorCode Consumer::commitSync(std::chrono::milliseconds timeout) { return m_impl->commitSync(timeout); }
std::int32_t Consumer::generation() const { return m_impl->generation(); }
void Consumer::close() { m_impl->close(); }
void Consumer::crash() { m_impl->crash(); }
std::vector<TopicPartition> Consumer::assignment() const { return m_impl->assignment(); }
void Consumer::seek(const TopicPartition &tp, std::int64_t offset) { m_impl->reposition({tp}, offset, false); }
void Consumer::seekToBeginning(const std::vector<TopicPartition> &tps)
{
    m_impl->reposition(tps, kEarliestTimestamp, false);
}
void Consumer::seekToEnd(const std::vector<TopicPartition> &tps) { m_impl->reposition(tps, kLatestTimestamp, false); }
void Consumer::seekToTimestamp(const std::vector<TopicPartition> &tps, std::int64_t timestampMs)
{
    m_impl->reposition(tps, timestampMs, true);
}
std::vector<FetchedRecord> Consumer::poll(std::chrono::milliseconds timeout) { return m_impl->poll(timeout); }
std::optional<std::int64_t> Consumer::position(const TopicPartition &tp) const { return m_impl->position(tp); }

} // namespace es
