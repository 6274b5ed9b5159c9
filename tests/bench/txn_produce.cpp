#include "txn_produce.h"

#include "txn_client.h"

#include <chrono>
#include <cstdint>
#include <cstring>

namespace es::bench::txn {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

ProduceFigures transactionalThroughput(const std::string &bootstrap, const std::string &topic,
                                       long long records, int perTransaction,
                                       const std::string &transactionalId)
{
    Deliveries deliveries;
    wire::Kafka rk = newProducer(bootstrap, deliveries, transactionalId);
    const Topic handle = topicHandle(rk.get(), topic);
    const std::string value(kValueSize, 't');
    ProduceFigures f;
    const auto start = Clock::now();
    long long sent = 0;
    while (sent < records) {
        auto phase = Clock::now();
        beginTransaction(rk.get());
        f.beginSeconds += secondsSince(phase);
        phase = Clock::now();
        for (int i = 0; i < perTransaction && sent < records; ++i, ++sent)
            produceTo(rk.get(), handle.get(), static_cast<int>(sent % wire::kPartitions), value.c_str());
        rd_kafka_poll(rk.get(), 0);
        f.produceSeconds += secondsSince(phase);
        phase = Clock::now();
        flush(rk.get());
        f.flushSeconds += secondsSince(phase);
        phase = Clock::now();
        commitTransaction(rk.get());
        f.commitSeconds += secondsSince(phase);
    }
    f.seconds = secondsSince(start);
    f.recordsPerSecond = static_cast<double>(records) / f.seconds;
    checkDelivered(deliveries, records, "transactional produce");
    return f;
}

ProduceFigures idempotentThroughput(const std::string &bootstrap, const std::string &topic, long long records)
{
    Deliveries deliveries;
    wire::Kafka rk = newProducer(bootstrap, deliveries);
    const Topic handle = topicHandle(rk.get(), topic);
    const std::string value(kValueSize, 'i');
    ProduceFigures f;
    const auto start = Clock::now();
    for (long long i = 0; i < records; ++i) {
        produceTo(rk.get(), handle.get(), static_cast<int>(i % wire::kPartitions), value.c_str());
        if ((i & 1023) == 0)
            rd_kafka_poll(rk.get(), 0);
    }
    f.produceSeconds = secondsSince(start);
    flush(rk.get());
    f.seconds = secondsSince(start);
    f.recordsPerSecond = static_cast<double>(records) / f.seconds;
    checkDelivered(deliveries, records, "idempotent produce");
    return f;
}

AbortedTopic transactionsWithAborts(const std::string &bootstrap, const std::string &topic, int transactions,
                                    int perTransaction)
{
    Deliveries deliveries;
    wire::Kafka rk = newProducer(bootstrap, deliveries, "bench-txn-aborts");
    const Topic handle = topicHandle(rk.get(), topic);
    std::string value(kValueSize, 'a');
    AbortedTopic written;
    long long sent = 0;
    for (unsigned t = 0; t < static_cast<unsigned>(transactions); ++t) {
        std::memcpy(value.data(), &t, sizeof t);
        beginTransaction(rk.get());
        for (int i = 0; i < perTransaction; ++i, ++sent)
            produceTo(rk.get(), handle.get(), static_cast<int>(sent % wire::kPartitions), value.c_str());
        if (isAborted(t)) {
            // Aborting purges what is still queued; flushed first, the records reach the log.
            flush(rk.get());
            abortTransaction(rk.get());
        } else {
            commitTransaction(rk.get());
            written.committed += perTransaction;
        }
    }
    written.produced = sent;
    checkDelivered(deliveries, sent, "producing the read_committed topic");
    return written;
}

} // namespace es::bench::txn
