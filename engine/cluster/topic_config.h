#pragma once

#include "cluster/broker_configs.h"
#include "cluster/config_source.h"
#include "common/status.h"
#include "storage/log_config.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es {

// One topic config as DescribeConfigs shows it.
struct ConfigEntry {
    std::string name;
    std::string value;
    bool isDefault = true;
    std::string documentation;
    ConfigSource source = ConfigSource::Default;
    std::vector<ConfigSynonym> synonyms = {}; // Kafka's order: the one in force first
};

// A topic's config overrides by Kafka name (retention.ms, cleanup.policy, ...), resolved
// against the defaults into what the log and the replication logic obey. The defaults are
// the broker configs in force (log.retention.ms...), which the controller hands every topic
// of each image it publishes, else the topic configs' own.
class TopicConfig {
public:
    TopicConfig() = default;

    // Validates and builds. InvalidArgument naming the config and the reason.
    static Result<TopicConfig> fromOverrides(const std::map<std::string, std::string> &overrides);

    // Sets or removes (std::nullopt: back to the default) one override, validated.
    Status set(const std::string &name, const std::optional<std::string> &value);

    [[nodiscard]] const std::map<std::string, std::string> &overrides() const { return m_overrides; }
    [[nodiscard]] LogConfig logConfig() const;
    [[nodiscard]] int minInsyncReplicas() const;
    // `clusterDefault` decides when no broker defaults were handed over.
    [[nodiscard]] bool uncleanLeaderElection(bool clusterDefault) const;

    // The broker defaults this topic falls back to (null: the topic configs' own defaults).
    void setDefaults(std::shared_ptr<const TopicConfigDefaults> defaults)
    {
        m_defaults = std::move(defaults);
    }
    [[nodiscard]] const std::shared_ptr<const TopicConfigDefaults> &defaults() const { return m_defaults; }

    // Every supported config with its effective value.
    [[nodiscard]] std::vector<ConfigEntry> describe() const;

    // The names Eventscope understands.
    static const std::vector<std::string_view> &supportedNames();

private:
    // The value in force of `name` when the topic does not override it.
    [[nodiscard]] std::string defaultOf(std::string_view name) const;

    std::map<std::string, std::string> m_overrides;
    std::shared_ptr<const TopicConfigDefaults> m_defaults;
};

} // namespace es
