#pragma once

#include "common/status.h"
#include "storage/log_config.h"

#include <map>
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
};

// A topic's config overrides by Kafka name (retention.ms, cleanup.policy, ...), resolved
// against the defaults into what the log and the replication logic obey.
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
    [[nodiscard]] bool uncleanLeaderElection(bool clusterDefault) const;

    // Every supported config with its effective value.
    [[nodiscard]] std::vector<ConfigEntry> describe() const;

    // The names Eventscope understands.
    static const std::vector<std::string_view> &supportedNames();

private:
    std::map<std::string, std::string> m_overrides;
};

} // namespace es
