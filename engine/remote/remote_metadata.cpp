#include "remote/kafka_handle.h"
#include "remote/remote_reader.h"

#include <algorithm>
#include <unordered_set>

namespace es {

namespace {

bool isInternalTopic(std::string_view name)
{
    return name == "__consumer_offsets" || name == "__transaction_state";
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

Status readWatermarks(rd_kafka_t *consumer, ClusterSnapshot &snapshot, int timeoutMs)
{
    std::size_t count = 0;
    for (const auto &t : snapshot.topics)
        count += t.partitions.size();
    if (count == 0)
        return Status::ok();
    // ListOffsets reads a timestamp of -2 as "earliest" and -1 as "latest".
    const auto query = [&](std::int64_t timestamp) -> Result<RdPtr<rd_kafka_topic_partition_list_t>> {
        RdPtr<rd_kafka_topic_partition_list_t> list(
            rd_kafka_topic_partition_list_new(static_cast<int>(count)));
        for (const auto &t : snapshot.topics)
            for (const auto &p : t.partitions)
                rd_kafka_topic_partition_list_add(list.get(), t.name.c_str(), p.partition)->offset =
                    timestamp;
        const auto err = rd_kafka_offsets_for_times(consumer, list.get(), timeoutMs);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR__TIMED_OUT &&
            err != RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE)
            return rdStatus(err, "reading the partitions' offsets");
        return list;
    };
    auto earliest = query(RD_KAFKA_OFFSET_BEGINNING);
    if (!earliest)
        return earliest.status();
    auto latest = query(RD_KAFKA_OFFSET_END);
    if (!latest)
        return latest.status();
    std::size_t i = 0;
    for (auto &t : snapshot.topics) {
        t.records = 0;
        for (auto &p : t.partitions) {
            const auto &low = (*earliest)->elems[i];
            const auto &high = (*latest)->elems[i];
            ++i;
            p.logStartOffset = low.err == RD_KAFKA_RESP_ERR_NO_ERROR ? low.offset : -1;
            p.highWatermark = high.err == RD_KAFKA_RESP_ERR_NO_ERROR ? high.offset : -1;
            if (p.logStartOffset >= 0 && p.highWatermark >= p.logStartOffset)
                t.records += p.highWatermark - p.logStartOffset;
        }
    }
    return Status::ok();
}

} // namespace es
