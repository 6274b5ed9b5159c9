#pragma once

#include "common/latency_histogram.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <vector>

namespace es {

// A broker's counters, written on its loop and read by the snapshot publisher. Rates are
// the differences between two reads; Prometheus reads the counters themselves.
struct BrokerMetrics {
    // Kafka's API keys served today are below 61; a few to spare for the next ones. A key at
    // or past it is not recorded.
    static constexpr std::size_t kRequestApiKeys = 72;

    std::atomic<std::uint64_t> recordsIn{0};
    std::atomic<std::uint64_t> bytesIn{0};
    std::atomic<std::uint64_t> recordsOut{0}; // to consumers
    std::atomic<std::uint64_t> bytesOut{0};
    std::atomic<std::uint64_t> replicationBytesIn{0};
    std::atomic<std::uint64_t> produceRequests{0};
    std::atomic<std::uint64_t> fetchRequests{0};
    std::atomic<std::uint64_t> failedRequests{0};
    // Changes of the ISR of a partition this broker leads, as it learns them (its own
    // proposals and the controller's, a fenced follower's removal included): Kafka's
    // IsrShrinksPerSec and IsrExpandsPerSec.
    std::atomic<std::uint64_t> isrShrinks{0};
    std::atomic<std::uint64_t> isrExpands{0};
    LatencyHistogram produceLatency; // from arrival to reply, acks included
    LatencyHistogram fetchLatency;   // consumer fetches, long-poll waits included
    // Every wire request by API key, from its arrival on a listener to its answer, recorded
    // by the server (the cluster does not know the wire's APIs): Kafka's TotalTimeMs.
    std::array<LatencyHistogram, kRequestApiKeys> requestLatency;
    std::array<std::atomic<std::uint64_t>, kRequestApiKeys> requestMicros{}; // their sum

    void recordRequest(std::int16_t apiKey, std::int64_t micros)
    {
        if (apiKey < 0 || static_cast<std::size_t>(apiKey) >= kRequestApiKeys)
            return;
        const auto key = static_cast<std::size_t>(apiKey);
        requestLatency[key].record(micros);
        requestMicros[key].fetch_add(static_cast<std::uint64_t>(std::max<std::int64_t>(micros, 0)),
                                     std::memory_order_relaxed);
    }
};

// One broker's request latencies, as Cluster::requestStats() reads them: only the APIs it
// answered at least once, in api-key order.
struct BrokerRequestLatencies {
    struct Api {
        std::int16_t apiKey = 0;
        LatencyHistogram::Counts latency{};
        std::uint64_t totalMicros = 0;
    };
    std::int32_t broker = 0;
    std::vector<Api> apis;
};

} // namespace es
