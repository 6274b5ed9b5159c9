#pragma once

// Where a config's value comes from, as Kafka's DescribeConfigs reports it (ConfigSource,
// numbered as on the wire), and the synonyms that could have given it.

#include <cstdint>
#include <optional>
#include <string>

namespace es {

enum class ConfigSource : std::int8_t {
    Unknown = 0,
    DynamicTopic = 1,         // a topic's own override
    DynamicBroker = 2,        // one broker's dynamic config
    DynamicDefaultBroker = 3, // the cluster-wide dynamic broker default (resource name "")
    StaticBroker = 4,         // given when the cluster started (--config)
    Default = 5,              // nobody set it
};

// One candidate for a config's value, in the order Kafka consults them (the first that has
// a value decides).
struct ConfigSynonym {
    std::string name;
    std::optional<std::string> value;
    ConfigSource source = ConfigSource::Default;
};

} // namespace es
