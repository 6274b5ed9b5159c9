#pragma once

// The broker configs in force (broker_config_specs.h lists them): each one's value and where
// it comes from, resolved as Kafka does from one broker's own dynamic value, the cluster-wide
// dynamic value, the static one given at start (ClusterConfig::brokerConfigs) and the
// default; and from them, the defaults that topic configs fall back to.

#include "cluster/broker_config_specs.h"
#include "cluster/cluster_config.h"
#include "cluster/config_source.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace es {

// Checks config.brokerConfigs and sets the ClusterConfig fields they name (num.partitions
// sets defaultPartitions...). InvalidArgument naming the first bad config.
Status applyStaticBrokerConfigs(ClusterConfig &config);

// One broker config as DescribeConfigs shows it.
struct BrokerConfigEntry {
    std::string name;
    std::optional<std::string> value; // nullopt: none (a synonym decides)
    ConfigSource source = ConfigSource::Default;
    bool readOnly = true;
    TopicConfigType type = TopicConfigType::String;
    std::string documentation;
    std::vector<ConfigSynonym> synonyms; // Kafka's order: the one in force first
};

// What a topic config that the topic does not override falls back to.
struct TopicConfigDefault {
    std::string value;
    ConfigSource source = ConfigSource::Default;
    std::vector<ConfigSynonym> synonyms; // the broker configs consulted, in order
};
using TopicConfigDefaults = std::map<std::string, TopicConfigDefault, std::less<>>;

// A dynamic change, cluster-wide or of one broker: a value sets a config, nullopt removes it
// (back to the next level: the cluster-wide value, the static value or the default).
using BrokerConfigChanges = std::map<std::string, std::optional<std::string>>;

// The outcome of applying changes, in Kafka's terms: an unknown name or a bad value is
// InvalidConfig, a read-only config InvalidRequest ("Cannot update these configs
// dynamically"), as Kafka answers.
struct BrokerConfigUpdate {
    std::map<std::string, std::string> dynamic; // the new dynamic values of that level
    bool readOnlyNamed = false;
    std::string error; // empty when every change is valid
};
BrokerConfigUpdate updateDynamicBrokerConfigs(const std::map<std::string, std::string> &dynamic,
                                              const BrokerConfigChanges &changes);

class BrokerConfigs {
public:
    // `dynamic` holds validated cluster-wide dynamic values, `ownDynamic` one broker's (empty
    // for the cluster-wide view). Keeps a reference to `config`, which must outlive this object.
    BrokerConfigs(const ClusterConfig &config, std::map<std::string, std::string> dynamic,
                  std::map<std::string, std::string> ownDynamic = {});

    // Every honoured config, in name order.
    [[nodiscard]] std::vector<BrokerConfigEntry> describe() const;
    // The value in force of each topic config that has a broker default, by topic config name.
    [[nodiscard]] TopicConfigDefaults topicDefaults() const;

private:
    // The config's own candidates (the broker's, cluster-wide, static, default), those with a
    // value.
    [[nodiscard]] std::vector<ConfigSynonym> levels(const BrokerConfigSpec &spec) const;

    const ClusterConfig &m_config;
    std::map<std::string, std::string> m_dynamic;
    std::map<std::string, std::string> m_ownDynamic;
};

} // namespace es
