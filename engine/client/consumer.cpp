#include "client/consumer.h"

#include "client/client_node.h"
#include "cluster/cluster.h"
#include "storage/record_batch_reader.h"

#include <condition_variable>
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
        m_node.loop().runSync([this] {
            m_timer.reset();
            m_partitions.clear();
        });
    }

    void assign(const std::vector<TopicPartition> &tps)
    {
        m_node.loop().runSync([&] {
            std::map<TopicPartition, State> next;
            for (const auto &tp : tps) {
                auto it = m_partitions.find(tp);
                next[tp] = it != m_partitions.end() ? it->second : State{};
            }
            m_partitions = std::move(next);
            std::lock_guard lock(m_mutex);
            for (auto it = m_buffer.begin(); it != m_buffer.end();)
                it = m_partitions.count(it->first) ? std::next(it) : m_buffer.erase(it);
            m_assigned = tps;
        });
        m_node.loop().post([this] { run(); });
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

    std::vector<ConsumerRecord> poll(std::chrono::milliseconds timeout)
    {
        std::vector<ConsumerRecord> out;
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
        std::uint64_t generation = 0;
        std::chrono::steady_clock::time_point retryAt{};
    };

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
            std::deque<ConsumerRecord> fresh;
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
                        ConsumerRecord c;
                        c.tp = tp;
                        c.offset = r.offset;
                        c.timestamp = r.timestamp;
                        if (r.key)
                            c.key = Bytes(r.key->begin(), r.key->end());
                        if (r.value)
                            c.value = Bytes(r.value->begin(), r.value->end());
                        for (const auto &h : r.headers())
                            c.headers.push_back({std::string(h.key),
                                                 h.value ? std::optional<Bytes>(Bytes(h.value->begin(), h.value->end()))
                                                         : std::nullopt});
                        fresh.push_back(std::move(c));
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

    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::map<TopicPartition, std::deque<ConsumerRecord>> m_buffer; // guarded by m_mutex
    std::map<TopicPartition, std::int64_t> m_positions;            // guarded by m_mutex
    std::vector<TopicPartition> m_assigned;                        // guarded by m_mutex
};

Consumer::Consumer(Cluster &cluster, ConsumerConfig config) : m_impl(std::make_unique<Impl>(cluster, std::move(config)))
{
}

Consumer::~Consumer() = default;

void Consumer::assign(const std::vector<TopicPartition> &partitions) { m_impl->assign(partitions); }
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
std::vector<ConsumerRecord> Consumer::poll(std::chrono::milliseconds timeout) { return m_impl->poll(timeout); }
std::optional<std::int64_t> Consumer::position(const TopicPartition &tp) const { return m_impl->position(tp); }

} // namespace es
