// bench_cluster's speed figures: acks=all throughput and produce-to-consume latency.

#include "bench_cluster_figures.h"
#include "client/consumer.h"
#include "client/producer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace bench_cluster {

// 1. acks=all throughput: one producer, keyed records, as many in flight as the window
// allows (the producer itself has no memory bound, so the benchmark keeps one).
void benchmarkThroughput(Workspace &workspace, const Options &options, const Sizes &sizes)
{
    progress("throughput: starting a cluster");
    RunningCluster cluster(defaultConfig(workspace.folder("throughput")));
    const std::string topic = "throughput";
    cluster.createTopic(topic);

    // Declared before the producer: its callbacks use it until the producer is gone.
    struct Counters {
        std::atomic<std::int64_t> acked{0};
        std::atomic<std::int64_t> failed{0};
    } counters;

    es::ProducerConfig pc;
    pc.acks = -1;
    pc.batchBytes = 256 * 1024;
    pc.lingerMs = 5;
    es::Producer producer(*cluster, pc);
    auto *c = &counters;
    const es::Producer::Callback onAck = [c](const es::DeliveryReport &r) {
        if (!r.ok())
            c->failed.fetch_add(1, std::memory_order_relaxed);
        c->acked.fetch_add(1, std::memory_order_release);
    };
    constexpr std::int64_t kWindow = 200000; // records sent but not yet acknowledged

    const Bytes value = valueWithStamp(0);
    const std::int64_t limit = options.records.value_or(std::numeric_limits<std::int64_t>::max());
    progress("throughput: producing");
    const auto start = SteadyClock::now();
    std::int64_t sent = 0;
    while (sent < limit) {
        if ((sent & 1023) == 0 && !options.records && secondsSince(start) > sizes.throughputSeconds)
            break;
        while (sent - counters.acked.load(std::memory_order_acquire) >= kWindow)
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        es::ProducerRecord record;
        record.topic = topic;
        record.key = keyFor(sent);
        record.value = value;
        producer.send(std::move(record), onAck);
        ++sent;
    }
    if (!producer.flush(std::chrono::seconds(60)))
        die("the producer did not finish within 60 s of the last send");
    const double seconds = secondsSince(start);
    if (counters.failed.load() > 0)
        die(std::to_string(counters.failed.load()) + " of " + std::to_string(sent) + " records failed");

    const double rate = static_cast<double>(sent) / seconds;
    char label[80];
    std::snprintf(label, sizeof label, "acks=all produce (batch %zu KiB, linger %d ms)", pc.batchBytes / 1024,
                  pc.lingerMs);
    printRow(label, formatRate(rate), rate, Target{Target::Kind::AtLeast, 1e6}, ">= 1.00 M/s");
    printRow("acks=all produce, values", formatNumber(rate * kValueSize / 1e6, "MB/s", 0));
    printRow("acks=all produce, records and seconds",
             std::to_string(sent) + " in " + formatNumber(seconds, "s", 2));
}

namespace {

struct LatencySummary {
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
};

LatencySummary summarise(std::vector<double> &samplesMs)
{
    if (samplesMs.empty())
        die("no latency samples");
    std::sort(samplesMs.begin(), samplesMs.end());
    const auto at = [&](double q) {
        return samplesMs[std::min(samplesMs.size() - 1, static_cast<std::size_t>(q * samplesMs.size()))];
    };
    return {at(0.5), at(0.99), samplesMs.back()};
}

} // namespace

// 2. produce-to-consume latency: a paced producer and a consumer of every partition with
// the default fetch settings (long polls that the append must wake).
void benchmarkLatency(Workspace &workspace, const Sizes &sizes)
{
    progress("latency: starting a cluster");
    RunningCluster cluster(defaultConfig(workspace.folder("latency")));
    const std::string topic = "latency";
    const auto partitions = cluster.createTopic(topic);

    es::Consumer consumer(*cluster);
    consumer.assign(partitions);
    const auto positioned = SteadyClock::now();
    while (std::any_of(partitions.begin(), partitions.end(),
                       [&](const es::TopicPartition &tp) { return !consumer.position(tp); })) {
        if (secondsSince(positioned) > 10)
            die("the consumer found no positions within 10 s");
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }

    es::ProducerConfig pc;
    pc.acks = -1;
    pc.lingerMs = 0;
    es::Producer producer(*cluster, pc);

    constexpr double kRate = 10000;
    const auto start = SteadyClock::now();
    const std::int64_t warmupEnd = nanosNow() + static_cast<std::int64_t>(sizes.latencyWarmupSeconds * 1e9);
    std::atomic<std::int64_t> sent{0};
    std::atomic<bool> sending{true};
    std::vector<double> samplesMs;
    std::int64_t received = 0;
    std::int64_t unstamped = 0;
    // Joined below; an exception on this thread's way out stops it through its token.
    std::jthread reader([&](const std::stop_token &stop) {
        const auto idleLimit = std::chrono::seconds(5);
        auto lastRecord = SteadyClock::now();
        while (!stop.stop_requested() && (sending.load() || received < sent.load())) {
            auto records = consumer.poll(std::chrono::milliseconds(100));
            const std::int64_t now = nanosNow();
            for (const auto &r : records) {
                const std::optional<std::int64_t> stamp = stampOf(r);
                if (!stamp)
                    ++unstamped;
                else if (*stamp >= warmupEnd)
                    samplesMs.push_back(static_cast<double>(now - *stamp) / 1e6);
            }
            received += static_cast<std::int64_t>(records.size());
            if (!records.empty())
                lastRecord = SteadyClock::now();
            else if (!sending.load() && SteadyClock::now() - lastRecord > idleLimit)
                break;
        }
    });

    progress("latency: producing at 10,000 records/s");
    std::int64_t n = 0;
    const double runSeconds = sizes.latencyWarmupSeconds + sizes.latencySeconds;
    for (;;) {
        const double elapsed = secondsSince(start);
        if (elapsed >= runSeconds)
            break;
        const auto due = static_cast<std::int64_t>(elapsed * kRate) + 1;
        for (; n < due; ++n) {
            es::ProducerRecord record;
            record.topic = topic;
            record.key = keyFor(n);
            record.value = valueWithStamp(nanosNow());
            producer.send(std::move(record));
            sent.fetch_add(1);
        }
        std::this_thread::sleep_until(start + std::chrono::duration<double>(static_cast<double>(n) / kRate));
    }
    sending = false;
    if (!producer.flush(std::chrono::seconds(30)))
        die("the latency producer did not finish within 30 s");
    reader.join();
    if (unstamped > 0)
        die(std::to_string(unstamped) + " records arrived without their send time");
    if (received != n)
        die("the consumer received " + std::to_string(received) + " of " + std::to_string(n) + " records");

    const LatencySummary s = summarise(samplesMs);
    printRow("produce -> consume at 10k/s, p50", formatNumber(s.p50Ms, "ms", 2), s.p50Ms,
             Target{Target::Kind::AtMost, 1}, "<= 1 ms");
    printRow("produce -> consume at 10k/s, p99", formatNumber(s.p99Ms, "ms", 2), s.p99Ms,
             Target{Target::Kind::AtMost, 5}, "<= 5 ms");
    printRow("produce -> consume at 10k/s, max", formatNumber(s.maxMs, "ms", 2));
    printRow("produce -> consume, records measured",
             std::to_string(samplesMs.size()) + " in " + formatNumber(sizes.latencySeconds, "s", 0));
}

} // namespace bench_cluster
