#include "remote/kafka_handle.h"
#include "remote/remote_reader.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <string_view>
#include <thread>
#include <unordered_set>

namespace es {

namespace {

// librdkafka 2.0 merges the answers of rd_kafka_offsets_for_times into the caller's list
// with a linear search per partition (strcmp of topic names), so a call costs the square of
// its length: about a third of a second of CPU for 10,000 partitions in one list. Partitions
// are asked in short lists of one leader each, several at once so that their round trips
// overlap. Reading 10,000 partitions of 9 brokers took the connection's threads 110 ms of
// CPU in lists of 1,000, 56 ms in lists of 250, 53 ms in lists of 100 and 57 ms in lists of 50.
constexpr std::size_t kPartitionsPerQuery = 100;
constexpr std::size_t kQueryThreads = 8;

bool isInternalTopic(std::string_view name)
{
    return name == "__consumer_offsets" || name == "__transaction_state";
}

struct QueriedPartition {
    const std::string *topic;
    PartitionSnapshot *partition;
};

// One offsets_for_times call: partitions led by one broker, and what came back.
struct OffsetsQuery {
    std::vector<QueriedPartition> partitions;
    std::int64_t timestamp = RD_KAFKA_OFFSET_END;           // ListOffsets' -2 "earliest" or -1 "latest"
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR__TIMED_OUT; // until asked
    std::vector<std::int64_t> offsets;                      // -1 where none came
};

// The lists asking `timestamp` of partitions led by a broker the metadata lists (no other
// can answer, and asking would only wait for the timeout) that `wanted` picks.
template <typename Wanted>
void addQueries(std::vector<OffsetsQuery> &queries, ClusterSnapshot &snapshot, std::int64_t timestamp,
                const Wanted &wanted)
{
    std::map<std::int32_t, std::vector<QueriedPartition>> byLeader;
    for (const auto &b : snapshot.brokers)
        byLeader[b.id];
    for (auto &t : snapshot.topics)
        for (auto &p : t.partitions)
            if (auto leader = byLeader.find(p.leader); leader != byLeader.end() && wanted(t, p))
                leader->second.push_back({&t.name, &p});
    for (const auto &[leader, partitions] : byLeader)
        for (std::size_t from = 0; from < partitions.size(); from += kPartitionsPerQuery) {
            const auto first = partitions.begin() + static_cast<std::ptrdiff_t>(from);
            const auto last =
                partitions.begin() +
                static_cast<std::ptrdiff_t>(std::min(partitions.size(), from + kPartitionsPerQuery));
            queries.push_back(
                {.partitions = {first, last},
                 .timestamp = timestamp,
                 .offsets = std::vector<std::int64_t>(static_cast<std::size_t>(last - first), -1)});
        }
}

// Where each partition of `from` started, by topic and partition.
std::map<std::pair<std::string_view, std::int32_t>, std::int64_t> logStartsOf(const ClusterSnapshot *from)
{
    std::map<std::pair<std::string_view, std::int32_t>, std::int64_t> starts;
    if (from)
        for (const auto &t : from->topics)
            for (const auto &p : t.partitions)
                if (p.logStartOffset >= 0)
                    starts.emplace(std::pair<std::string_view, std::int32_t>(t.name, p.partition),
                                   p.logStartOffset);
    return starts;
}

void ask(rd_kafka_t *consumer, OffsetsQuery &query, int timeoutMs)
{
    RdPtr<rd_kafka_topic_partition_list_t> list(
        rd_kafka_topic_partition_list_new(static_cast<int>(query.partitions.size())));
    for (const auto &q : query.partitions)
        rd_kafka_topic_partition_list_add(list.get(), q.topic->c_str(), q.partition->partition)->offset =
            query.timestamp;
    query.err = rd_kafka_offsets_for_times(consumer, list.get(), timeoutMs);
    if (query.err != RD_KAFKA_RESP_ERR_NO_ERROR)
        return; // the list still holds the question, not answers
    for (int i = 0; i < list->cnt; ++i)
        if (list->elems[i].err == RD_KAFKA_RESP_ERR_NO_ERROR)
            query.offsets[static_cast<std::size_t>(i)] = list->elems[i].offset;
}

} // namespace

Result<ClusterSnapshot> readMetadata(rd_kafka_t *rk, int timeoutMs)
{
    const rd_kafka_metadata_t *raw = nullptr;
    if (const auto err = rd_kafka_metadata(rk, 1, nullptr, &raw, timeoutMs);
        err != RD_KAFKA_RESP_ERR_NO_ERROR)
        return rdStatus(err, "reading the cluster's metadata");
    const RdPtr<const rd_kafka_metadata_t> metadata(raw);

    ClusterSnapshot snap;
    snap.controllerId = rd_kafka_controllerid(rk, 0);
    if (char *id = rd_kafka_clusterid(rk, 0)) {
        snap.clusterId = id;
        rd_kafka_mem_free(rk, id);
    }
    std::unordered_set<std::int32_t> live;
    for (int i = 0; i < metadata->broker_cnt; ++i) {
        const auto &b = metadata->brokers[i];
        live.insert(b.id);
        snap.brokers.push_back({.id = b.id,
                                .host = b.host ? b.host : "",
                                .port = b.port,
                                .state = BrokerState::Running,
                                .isController = b.id == snap.controllerId});
    }
    std::sort(snap.brokers.begin(), snap.brokers.end(),
              [](const auto &a, const auto &b) { return a.id < b.id; });
    std::string servers;
    for (const auto &b : snap.brokers)
        servers += (servers.empty() ? "" : ",") + b.host + ":" + std::to_string(b.port);
    snap.bootstrapServers = servers;

    for (int i = 0; i < metadata->topic_cnt; ++i) {
        const auto &t = metadata->topics[i];
        if (t.err != RD_KAFKA_RESP_ERR_NO_ERROR && t.partition_cnt == 0)
            continue; // being created or deleted
        TopicSnapshot ts;
        ts.name = t.topic;
        ts.internal = isInternalTopic(ts.name);
        for (int p = 0; p < t.partition_cnt; ++p) {
            const auto &mp = t.partitions[p];
            PartitionSnapshot ps;
            ps.partition = mp.id;
            ps.leader = mp.leader;
            const std::unordered_set<std::int32_t> isr(mp.isrs, mp.isrs + mp.isr_cnt);
            for (int r = 0; r < mp.replica_cnt; ++r) {
                const std::int32_t broker = mp.replicas[r];
                ps.replicas.push_back({.broker = broker,
                                       .inSync = isr.contains(broker),
                                       .isLeader = broker == mp.leader,
                                       .online = live.contains(broker)});
            }
            if (ps.underReplicated())
                ++ts.underReplicated;
            if (ps.leader < 0 || !live.contains(ps.leader))
                ++ts.offline;
            ts.partitions.push_back(std::move(ps));
        }
        std::sort(ts.partitions.begin(), ts.partitions.end(),
                  [](const auto &a, const auto &b) { return a.partition < b.partition; });
        ts.replicationFactor = ts.partitions.empty() ? 0 : static_cast<int>(ts.partitions[0].replicas.size());
        snap.underReplicatedPartitions += ts.underReplicated;
        snap.offlinePartitions += ts.offline;
        snap.topics.push_back(std::move(ts));
    }
    std::sort(snap.topics.begin(), snap.topics.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });

    for (auto &b : snap.brokers)
        for (const auto &t : snap.topics)
            for (const auto &p : t.partitions) {
                for (const auto &r : p.replicas)
                    b.replicaCount += r.broker == b.id ? 1 : 0;
                if (p.leader == b.id) {
                    ++b.leaderCount;
                    b.underReplicated += p.underReplicated() ? 1 : 0;
                }
            }
    return snap;
}

Status readWatermarks(rd_kafka_t *consumer, ClusterSnapshot &snapshot, int timeoutMs,
                      const ClusterSnapshot *logStartsFrom)
{
    const auto known = logStartsOf(logStartsFrom);
    const auto knownStart = [&](const TopicSnapshot &t, const PartitionSnapshot &p) {
        const auto it = known.find({std::string_view(t.name), p.partition});
        return it == known.end() ? std::int64_t{-1} : it->second;
    };
    std::vector<OffsetsQuery> queries;
    addQueries(queries, snapshot, RD_KAFKA_OFFSET_END, [](const auto &, const auto &) { return true; });
    addQueries(queries, snapshot, RD_KAFKA_OFFSET_BEGINNING,
               [&](const TopicSnapshot &t, const PartitionSnapshot &p) { return knownStart(t, p) < 0; });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < queries.size(); i = next++) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                return; // the rest stay unanswered
            ask(consumer, queries[i], static_cast<int>(left.count()));
        }
    };
    {
        std::vector<std::jthread> helpers;
        for (std::size_t i = 1; i < std::min(kQueryThreads, queries.size()); ++i)
            helpers.emplace_back(work);
        work();
    }
    // A query whose partitions are all unknown to the consumer's metadata yet (just added)
    // or no more (just deleted) fails as a whole; they are only left without offsets.
    for (const auto &q : queries)
        if (q.err != RD_KAFKA_RESP_ERR_NO_ERROR && q.err != RD_KAFKA_RESP_ERR__TIMED_OUT &&
            q.err != RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE && q.err != RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION)
            return rdStatus(q.err, "reading the partitions' offsets");

    for (auto &t : snapshot.topics)
        for (auto &p : t.partitions) {
            p.logStartOffset = -1;
            p.highWatermark = -1;
        }
    for (const auto &q : queries)
        for (std::size_t i = 0; i < q.partitions.size(); ++i) {
            PartitionSnapshot &p = *q.partitions[i].partition;
            (q.timestamp == RD_KAFKA_OFFSET_BEGINNING ? p.logStartOffset : p.highWatermark) = q.offsets[i];
        }
    // A start kept from before never lies past the end read now.
    if (logStartsFrom)
        for (auto &t : snapshot.topics)
            for (auto &p : t.partitions)
                if (const std::int64_t start = knownStart(t, p); start >= 0 && p.highWatermark >= 0)
                    p.logStartOffset = std::min(start, p.highWatermark);
    for (auto &t : snapshot.topics) {
        t.records = 0;
        for (const auto &p : t.partitions)
            if (p.logStartOffset >= 0 && p.highWatermark >= p.logStartOffset)
                t.records += p.highWatermark - p.logStartOffset;
    }
    return Status::ok();
}

} // namespace es
