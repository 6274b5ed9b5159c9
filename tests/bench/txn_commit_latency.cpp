#include "txn_commit_latency.h"

#include "txn_client.h"

#include <chrono>
#include <cstdint>
#include <vector>

namespace es::bench::txn {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kRecordsPerPartition = 10;
constexpr auto kVisibleTimeout = std::chrono::seconds(10);

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// Asks the partitions in `pending` (partition, the offset its stable offset must reach)
// again and again, dropping each once its read_committed end offset reaches the target,
// until none is left; each query's duration goes to `queryMs` when counted, and each
// "not leader" answer to `leaderMoves`.
void awaitStableOffsets(rd_kafka_t *consumer, const std::string &topic,
                        std::vector<std::pair<int, std::int64_t>> pending, std::vector<double> *queryMs,
                        int &leaderMoves)
{
    const auto deadline = Clock::now() + kVisibleTimeout;
    std::int64_t lastAnswer = -1; // pending.front()'s, for the failure
    while (!pending.empty()) {
        if (Clock::now() > deadline)
            wire::fail("the last stable offset of partition " + std::to_string(pending.front().first) +
                       " did not pass its commit marker in time: it is " + std::to_string(lastAnswer) +
                       ", the marker's offset + 1 is " + std::to_string(pending.front().second));
        for (auto it = pending.begin(); it != pending.end();) {
            std::int64_t low = 0;
            std::int64_t high = 0;
            const auto asked = Clock::now();
            const rd_kafka_resp_err_t err =
                rd_kafka_query_watermark_offsets(consumer, topic.c_str(), it->first, &low, &high, kTimeoutMs);
            if (queryMs != nullptr)
                queryMs->push_back(msBetween(asked, Clock::now()));
            if (err == RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION ||
                err == RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE) {
                ++leaderMoves;
                ++it;
                continue;
            }
            if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
                wire::fail(std::string("read_committed watermarks: ") + rd_kafka_err2str(err));
            if (it == pending.begin())
                lastAnswer = high;
            it = high >= it->second ? pending.erase(it) : it + 1;
        }
    }
}

} // namespace

CommitLatency commitLatency(const std::string &bootstrap, const std::string &topic, int transactions,
                            int warmUp)
{
    Deliveries deliveries;
    wire::Kafka producer = newProducer(bootstrap, deliveries, "bench-txn-latency", 0);
    const Topic handle = topicHandle(producer.get(), topic);
    wire::Kafka consumer = newReadCommittedConsumer(bootstrap);
    const std::string value(kValueSize, 'c');
    CommitLatency latency;
    for (int t = 0; t < warmUp + transactions; ++t) {
        const bool counted = t >= warmUp;
        beginTransaction(producer.get());
        for (int p = 0; p < wire::kPartitions; ++p)
            for (int i = 0; i < kRecordsPerPartition; ++i)
                produceTo(producer.get(), handle.get(), p, value.c_str());
        flush(producer.get());
        // The marker goes right after the partition's last record: the stable offset is
        // past it at last + 2.
        std::vector<std::pair<int, std::int64_t>> pending;
        for (int p = 0; p < wire::kPartitions; ++p)
            pending.emplace_back(p, deliveries.lastOffset[static_cast<std::size_t>(p)] + 2);

        const auto start = Clock::now();
        commitTransaction(producer.get());
        const auto committed = Clock::now();
        awaitStableOffsets(consumer.get(), topic, std::move(pending), counted ? &latency.queryMs : nullptr,
                           latency.leaderMoves);
        const auto visible = Clock::now();
        if (counted) {
            latency.commitCallMs.push_back(msBetween(start, committed));
            latency.visibleMs.push_back(msBetween(start, visible));
        }
    }
    checkDelivered(deliveries,
                   static_cast<long long>(warmUp + transactions) * wire::kPartitions * kRecordsPerPartition,
                   "commit latency");
    return latency;
}

} // namespace es::bench::txn
