#pragma once

// The broker resources (type 4) of DescribeConfigs, AlterConfigs and IncrementalAlterConfigs:
// "<broker id>" for one broker's configs, "" for the cluster-wide dynamic defaults. As in
// Kafka, a broker answers for itself and "" only: clients send "<id>" to broker <id>.

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

// The configs of broker resource `name`: every one for this broker's id, only those set
// cluster-wide for "" (as Kafka answers). InvalidRequest, in Kafka's words, for another id
// or a name that is not a number.
std::vector<ConfigDescription> describeBrokerResource(const RequestContext &ctx, const std::string &name,
                                                      ResourceError &error);

// Turns the configs in force (of this broker for "<id>") into the changes to make (an error:
// InvalidConfig).
// `level` is the source of the resource's own values: DynamicBroker for "<id>",
// DynamicDefaultBroker for "".
using BrokerPlan = std::function<Result<BrokerConfigChanges>(const std::vector<BrokerConfigEntry> &current,
                                                             ConfigSource level)>;

// Applies the plan's changes on the controller (nothing with `validateOnly`), then calls
// `done` once this broker has the new metadata; on the broker's loop.
void alterBrokerResource(const RequestContext &ctx, const std::string &name, BrokerPlan plan,
                         bool validateOnly, std::function<void(ResourceError)> done);

} // namespace es::server
