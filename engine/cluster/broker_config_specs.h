#pragma once

// Every broker config Eventscope honours, with Kafka's names, types and update modes: the
// cluster's shape (num.partitions, default.replication.factor...), read when the cluster
// starts, and the defaults of the topic configs (log.retention.ms, message.max.bytes...),
// which Kafka lets an admin change cluster-wide while it runs. Defaults are Eventscope's,
// tuned for demos; docs/broker-configs.md lists where they differ from Kafka's.

#include "cluster/topic_config_specs.h"
#include "common/status.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace es {

struct BrokerConfigSpec {
    std::string_view name;
    TopicConfigType type;
    // nullopt: no value of its own (log.retention.ms: log.retention.hours decides).
    std::optional<std::string_view> defaultValue;
    // Kafka's update mode: true for "cluster-wide" (IncrementalAlterConfigs on the broker
    // resource "" changes it live), false for "read-only" (set when the cluster starts).
    bool dynamic;
    // The topic config it is the default of ("" for none), and, for synonyms counted in
    // hours or minutes (log.retention.hours), how many milliseconds one unit is.
    std::string_view topicConfig;
    std::int64_t unitMs;
    std::string_view doc;
};

// All of them, in name order.
std::span<const BrokerConfigSpec> brokerConfigSpecs();
// nullptr for a name Eventscope does not honour.
const BrokerConfigSpec *findBrokerConfigSpec(std::string_view name);

// Checks `value` against the config's type and range as Kafka's validators do, and returns
// the value to keep (trimmed, booleans lower-cased). InvalidArgument naming the config and
// the reason, also for an unknown name.
Result<std::string> validateBrokerConfig(std::string_view name, std::string_view value);

} // namespace es
