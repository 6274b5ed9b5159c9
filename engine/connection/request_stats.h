#pragma once

#include "cluster/broker_metrics.h"
#include "common/latency_histogram.h"

#include <cstdint>
#include <string>
#include <vector>

namespace es {

// One broker's wire requests by API, for Prometheus' request latency histograms: what the
// broker answered since it (re)started, from each request's arrival to its answer.
struct BrokerRequestStats {
    struct Api {
        std::int16_t apiKey = 0;
        std::string name; // Kafka's: "Produce", "Fetch", "Metadata", ...
        std::uint64_t count = 0;
        LatencyHistogram::Counts latency{};
        double sumSeconds = 0; // of every request counted
    };
    std::int32_t broker = 0;
    std::vector<Api> apis; // in api-key order, only those answered at least once
};

// The cluster's per-API-key latencies with the protocol's API names.
std::vector<BrokerRequestStats> namedRequestStats(const std::vector<BrokerRequestLatencies> &latencies);

} // namespace es
