#pragma once

// Broker configs as a connection shows them (Connection::describeBrokerConfigs): what any
// cluster tells through DescribeConfigs on a broker resource, with the unit each value is
// counted in, and the cluster-wide view derived from one broker's answer.

#include "cluster/config_source.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es {

// What a config's number counts, read from Kafka's naming (log.retention.ms, .bytes...).
enum class ConfigUnit : std::int8_t { None, Milliseconds, Seconds, Minutes, Hours, SizeInBytes };

struct BrokerConfigDescription {
    std::string name;
    std::optional<std::string> value; // nullopt: none set (a synonym decides) or sensitive
    // The value it has when nobody sets it (nullopt: none, or the cluster does not say).
    std::optional<std::string> defaultValue;
    ConfigSource source = ConfigSource::Default;
    bool readOnly = true; // only set when the cluster starts
    bool sensitive = false;
    std::string documentation;
    ConfigUnit unit = ConfigUnit::None;
    std::vector<ConfigSynonym> synonyms; // Kafka's order: the one in force first
};

// The unit of a config named as Kafka names them; None when the name does not say.
ConfigUnit configUnitOf(std::string_view name);

// One broker's configs as every broker has them when none has values of its own (the
// broker resource ""): each broker's own value (DYNAMIC_BROKER_CONFIG) is left out of the
// synonyms and the next one decides, and broker.id, its identity, is left out. Needs the
// synonyms (DescribeConfigs v1 and later).
std::vector<BrokerConfigDescription> withoutBrokerOwnValues(std::vector<BrokerConfigDescription> configs);

} // namespace es
