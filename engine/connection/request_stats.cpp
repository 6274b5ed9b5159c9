#include "connection/request_stats.h"

#include "protocol/api_registry.h"

namespace es {

std::vector<BrokerRequestStats> namedRequestStats(const std::vector<BrokerRequestLatencies> &latencies)
{
    std::vector<BrokerRequestStats> out;
    out.reserve(latencies.size());
    for (const auto &broker : latencies) {
        BrokerRequestStats stats;
        stats.broker = broker.broker;
        for (const auto &api : broker.apis) {
            const protocol::ApiDescriptor *known =
                protocol::findApi(static_cast<protocol::ApiKey>(api.apiKey));
            // Only served APIs are recorded, so every key has a name; the number is a fallback.
            std::string name = known ? std::string(known->name) : "ApiKey" + std::to_string(api.apiKey);
            stats.apis.push_back({api.apiKey, std::move(name), LatencyHistogram::total(api.latency),
                                  api.latency, static_cast<double>(api.totalMicros) / 1e6});
        }
        out.push_back(std::move(stats));
    }
    return out;
}

} // namespace es
