#pragma once

// Every topic config Kafka 3.x defines (its TopicConfig and LogConfig): name, type,
// default and validation, and whether Eventscope obeys it. Configs without effect here
// are accepted and validated as Kafka does, so that tools and scripts written for Kafka
// work unchanged; docs/topic-configs.md lists them.

#include "common/status.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace es {

// Kafka's ConfigDef types, numbered as DescribeConfigs v3+ reports them.
enum class TopicConfigType : std::int8_t { Boolean = 1, String = 2, Int = 3, Long = 5, Double = 6, List = 7 };

struct TopicConfigSpec {
    std::string_view name;
    TopicConfigType type;
    std::string_view defaultValue;
    std::string_view doc;
    bool hasEffect; // false: accepted and validated, but nothing here depends on it
};

// All of them, in name order.
std::span<const TopicConfigSpec> topicConfigSpecs();
// nullptr for a name Kafka does not define.
const TopicConfigSpec *findTopicConfigSpec(std::string_view name);

// Checks `value` against the config's type and range as Kafka's validators do, and returns
// the value to keep (booleans lower-cased, surrounding spaces trimmed, as Kafka parses
// them). InvalidArgument naming the config and the reason, also for an unknown name.
Result<std::string> validateTopicConfig(std::string_view name, std::string_view value);
// The same check for a config that sets `topicConfig`'s default (a broker config such as
// log.retention.ms), whose errors name it as `shownName`.
Result<std::string> validateTopicConfigAs(std::string_view topicConfig, std::string_view shownName,
                                          std::string_view value);

} // namespace es
