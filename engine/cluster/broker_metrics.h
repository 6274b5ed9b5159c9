#pragma once

#include "common/latency_histogram.h"

#include <atomic>
#include <cstdint>

namespace es {

// A broker's counters, written on its loop and read by the snapshot publisher. Rates are
// the differences between two reads.
struct BrokerMetrics {
    std::atomic<std::uint64_t> recordsIn{0};
    std::atomic<std::uint64_t> bytesIn{0};
    std::atomic<std::uint64_t> recordsOut{0}; // to consumers
    std::atomic<std::uint64_t> bytesOut{0};
    std::atomic<std::uint64_t> replicationBytesIn{0};
    std::atomic<std::uint64_t> produceRequests{0};
    std::atomic<std::uint64_t> fetchRequests{0};
    std::atomic<std::uint64_t> failedRequests{0};
    LatencyHistogram produceLatency; // from arrival to reply, acks included
    LatencyHistogram fetchLatency;   // consumer fetches, long-poll waits included
};

} // namespace es
