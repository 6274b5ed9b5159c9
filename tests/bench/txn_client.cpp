#include "txn_client.h"

#include <algorithm>

namespace es::bench::txn {

namespace {

void onDelivery(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque)
{
    auto *deliveries = static_cast<Deliveries *>(opaque);
    if (message->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (deliveries->failed++ == 0)
            deliveries->firstError = rd_kafka_err2str(message->err);
        return;
    }
    ++deliveries->delivered;
    if (message->partition >= 0 && message->partition < wire::kPartitions) {
        std::int64_t &last = deliveries->lastOffset[static_cast<std::size_t>(message->partition)];
        last = std::max(last, message->offset);
    }
}

// Fails with `what` where `error` is an error (and frees it).
void check(rd_kafka_error_t *error, const char *what)
{
    if (error == nullptr)
        return;
    const std::string text = std::string(what) + ": " + rd_kafka_error_string(error);
    rd_kafka_error_destroy(error);
    wire::fail(text);
}

} // namespace

wire::Kafka newProducer(const std::string &bootstrap, Deliveries &deliveries,
                        const std::string &transactionalId, int lingerMs)
{
    std::vector<wire::ConfigEntry> entries{{"acks", "all"},
                                           {"enable.idempotence", "true"},
                                           {"linger.ms", std::to_string(lingerMs)},
                                           {"batch.size", "1000000"},
                                           {"queue.buffering.max.messages", "1000000"}};
    if (!transactionalId.empty()) {
        entries.push_back({"transactional.id", transactionalId});
        entries.push_back({"transaction.timeout.ms", std::to_string(kTimeoutMs)});
    }
    wire::Kafka rk = wire::newClient(RD_KAFKA_PRODUCER, bootstrap, entries, onDelivery, &deliveries);
    if (!transactionalId.empty())
        check(rd_kafka_init_transactions(rk.get(), kTimeoutMs), "init_transactions");
    return rk;
}

wire::Kafka newReadCommittedConsumer(const std::string &bootstrap,
                                     const std::vector<wire::ConfigEntry> &extra)
{
    std::vector<wire::ConfigEntry> entries{{"group.id", "bench-transactions"},
                                           {"enable.auto.commit", "false"},
                                           {"isolation.level", "read_committed"}};
    entries.insert(entries.end(), extra.begin(), extra.end());
    return wire::newClient(RD_KAFKA_CONSUMER, bootstrap, entries);
}

void produceTo(rd_kafka_t *rk, rd_kafka_topic_t *topic, int partition, const char *value)
{
    for (;;) {
        if (rd_kafka_produce(topic, partition, RD_KAFKA_MSG_F_COPY, const_cast<char *>(value), kValueSize,
                             nullptr, 0, nullptr) == 0)
            return;
        const rd_kafka_resp_err_t err = rd_kafka_last_error();
        if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL)
            wire::fail(std::string("produce: ") + rd_kafka_err2str(err));
        rd_kafka_poll(rk, 1);
    }
}

void beginTransaction(rd_kafka_t *rk) { check(rd_kafka_begin_transaction(rk), "begin_transaction"); }

void commitTransaction(rd_kafka_t *rk)
{
    check(rd_kafka_commit_transaction(rk, kTimeoutMs), "commit_transaction");
}

void abortTransaction(rd_kafka_t *rk)
{
    check(rd_kafka_abort_transaction(rk, kTimeoutMs), "abort_transaction");
}

void flush(rd_kafka_t *rk)
{
    if (rd_kafka_flush(rk, kTimeoutMs) != RD_KAFKA_RESP_ERR_NO_ERROR)
        wire::fail("flush timed out");
}

void checkDelivered(const Deliveries &deliveries, long long expected, const std::string &what)
{
    if (deliveries.failed != 0 || deliveries.delivered != expected)
        wire::fail(what + ": " + std::to_string(deliveries.delivered) + " of " + std::to_string(expected) +
                   " records delivered, " + std::to_string(deliveries.failed) + " failed" +
                   (deliveries.firstError.empty() ? "" : " (" + deliveries.firstError + ")"));
}

double percentile(const std::vector<double> &sorted, double q)
{
    const auto index = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}

} // namespace es::bench::txn
