#pragma once

// What the transaction benchmark's three figures share: the librdkafka producer settings
// both throughput modes use, a delivery tally that remembers each partition's last offset,
// records of kValueSize bytes sent to a chosen partition, and the transactional calls with
// their errors turned into failures. Every function here is called from the one thread
// that owns the producer (librdkafka serves delivery reports inside poll and flush there).

#include "wire_clusters.h"

#include <librdkafka/rdkafka.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace es::bench::txn {

inline constexpr std::size_t kValueSize = 100;
inline constexpr int kTimeoutMs = 60000;

// Delivered and failed records, and the highest offset delivered to each partition.
struct Deliveries {
    long long delivered = 0;
    long long failed = 0;
    std::string firstError;
    std::array<std::int64_t, wire::kPartitions> lastOffset{};

    Deliveries() { lastOffset.fill(-1); }
};

// A producer with acks=all and idempotence, linger.ms and batch.size fixed so that the
// transactional and the plain idempotent throughput runs differ only in the transactional
// id. With `transactionalId`, init_transactions() has returned when this returns.
// `deliveries` must outlive the producer.
wire::Kafka newProducer(const std::string &bootstrap, Deliveries &deliveries,
                        const std::string &transactionalId = {}, int lingerMs = 5);

// A consumer handle with isolation.level=read_committed (and group.id set, which
// librdkafka's consumer wants even where only assign() is used); `extra` is added after
// those, and a setting given twice takes its last value.
wire::Kafka newReadCommittedConsumer(const std::string &bootstrap,
                                     const std::vector<wire::ConfigEntry> &extra = {});

// One record of kValueSize bytes from `value` (copied) to `partition`; serves delivery
// reports and waits where the producer's queue is full.
void produceTo(rd_kafka_t *rk, rd_kafka_topic_t *topic, int partition, const char *value);

// The transactional calls; an error fails the benchmark with `what` and librdkafka's text.
void beginTransaction(rd_kafka_t *rk);
void commitTransaction(rd_kafka_t *rk);
void abortTransaction(rd_kafka_t *rk);
void flush(rd_kafka_t *rk);

// Fails unless every one of `expected` records was delivered.
void checkDelivered(const Deliveries &deliveries, long long expected, const std::string &what);

struct TopicDeleter {
    void operator()(rd_kafka_topic_t *topic) const { rd_kafka_topic_destroy(topic); }
};
using Topic = std::unique_ptr<rd_kafka_topic_t, TopicDeleter>;

inline Topic topicHandle(rd_kafka_t *rk, const std::string &name)
{
    return Topic(rd_kafka_topic_new(rk, name.c_str(), nullptr));
}

// The value at quantile `q` of ascending `sorted` (not empty).
double percentile(const std::vector<double> &sorted, double q);

} // namespace es::bench::txn
