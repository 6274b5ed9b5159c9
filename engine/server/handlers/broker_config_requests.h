#pragma once

// The broker resources (type 4) of DescribeConfigs, AlterConfigs and IncrementalAlterConfigs:
// "<broker id>" for one broker's configs, "" for the cluster-wide dynamic defaults.
// Every broker runs with the same configs; only the cluster-wide ones can change while the
// cluster runs (per-broker dynamic configs are refused).

#include "cluster/broker_configs.h"
#include "common/error_code.h"
#include "server/request_context.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace es::server {

// One config as DescribeConfigs answers it.
struct ConfigDescription {
    std::string name;
    std::optional<std::string> value;
    ConfigSource source = ConfigSource::Default;
    bool readOnly = false;
    std::int8_t type = 0; // Kafka's ConfigType
    std::string documentation;
    std::vector<ConfigSynonym> synonyms;
};

struct ResourceError {
    ErrorCode error = ErrorCode::None;
    std::string message;
};

// The configs of broker resource `name`: every one for a broker id, only those set
// cluster-wide for "" (as Kafka answers). InvalidRequest for a name that is neither.
std::vector<ConfigDescription> describeBrokerResource(const RequestContext &ctx, const std::string &name,
                                                      ResourceError &error);

// Turns the configs in force into the changes to make (an error: InvalidConfig).
using BrokerPlan = std::function<Result<BrokerConfigChanges>(const std::vector<BrokerConfigEntry> &current)>;

// Applies the plan's changes on the controller (nothing with `validateOnly`), then calls
// `done` once this broker has the new metadata; on the broker's loop.
void alterBrokerResource(const RequestContext &ctx, const std::string &name, BrokerPlan plan,
                         bool validateOnly, std::function<void(ResourceError)> done);

} // namespace es::server
