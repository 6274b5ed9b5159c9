#include "txn_consume.h"

#include "txn_client.h"
#include "txn_produce.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace es::bench::txn {

namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kConsumeTimeout = std::chrono::seconds(60);

// Fetches of up to 50 MiB, 10 MiB of them from one partition, and a local queue that does
// not stop fetching at librdkafka 2.0's 100,000 records (see bench_wire's newConsumer()).
const std::vector<wire::ConfigEntry> kLargeFetches{{"enable.partition.eof", "true"},
                                                   {"fetch.max.bytes", "52428800"},
                                                   {"max.partition.fetch.bytes", "10485760"},
                                                   {"queued.min.messages", "10000000"},
                                                   {"queued.max.messages.kbytes", "1048576"}};

void assignFromStart(rd_kafka_t *rk, const std::string &topic)
{
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(wire::kPartitions);
    for (int p = 0; p < wire::kPartitions; ++p)
        rd_kafka_topic_partition_list_add(list, topic.c_str(), p)->offset = 0;
    const rd_kafka_resp_err_t err = rd_kafka_assign(rk, list);
    rd_kafka_topic_partition_list_destroy(list);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        wire::fail(std::string("assign: ") + rd_kafka_err2str(err));
}

} // namespace

ConsumeFigures readFromStart(const std::string &bootstrap, const std::string &topic, Isolation isolation)
{
    std::vector<wire::ConfigEntry> entries = kLargeFetches;
    if (isolation == Isolation::ReadUncommitted)
        entries.push_back({"isolation.level", "read_uncommitted"});
    wire::Kafka rk = newReadCommittedConsumer(bootstrap, entries);
    ConsumeFigures f;
    std::array<bool, wire::kPartitions> atEnd{};
    int partitionsAtEnd = 0;
    const auto start = Clock::now();
    assignFromStart(rk.get(), topic);
    Clock::time_point first;
    Clock::time_point last;
    while (partitionsAtEnd < wire::kPartitions) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk.get(), 100);
        if (m == nullptr) {
            if (Clock::now() - start > kConsumeTimeout)
                wire::fail("read_committed: " + std::to_string(f.delivered) + " records and " +
                           std::to_string(partitionsAtEnd) + " partitions at their end in time");
            continue;
        }
        if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            last = Clock::now();
            if (f.delivered++ == 0)
                first = last;
            unsigned transaction = 0;
            if (m->len >= sizeof transaction)
                std::memcpy(&transaction, m->payload, sizeof transaction);
            if (m->len != kValueSize || isAborted(transaction))
                ++f.fromAborted;
        } else if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            bool &seen = atEnd[static_cast<std::size_t>(m->partition)];
            partitionsAtEnd += seen ? 0 : 1;
            seen = true;
        } else {
            std::fprintf(stderr, "bench_transactions: consume: %s\n", rd_kafka_message_errstr(m));
        }
        rd_kafka_message_destroy(m);
    }
    if (f.delivered > 1)
        f.recordsPerSecond =
            static_cast<double>(f.delivered - 1) / std::chrono::duration<double>(last - first).count();
    f.firstRecordMs = std::chrono::duration<double, std::milli>(first - start).count();
    rd_kafka_consumer_close(rk.get());
    return f;
}

} // namespace es::bench::txn
