#include "connection/broker_config_view.h"

#include <algorithm>

namespace es {

ConfigUnit configUnitOf(std::string_view name)
{
    const auto endsWith = [name](std::string_view suffix) {
        return name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
    };
    if (endsWith(".ms"))
        return ConfigUnit::Milliseconds;
    if (endsWith(".seconds"))
        return ConfigUnit::Seconds;
    if (endsWith(".minutes"))
        return ConfigUnit::Minutes;
    if (endsWith(".hours"))
        return ConfigUnit::Hours;
    if (endsWith(".bytes"))
        return ConfigUnit::SizeInBytes;
    return ConfigUnit::None;
}

std::vector<BrokerConfigDescription> withoutBrokerOwnValues(std::vector<BrokerConfigDescription> configs)
{
    // A broker's id is its own, not a setting every broker shares.
    std::erase_if(configs, [](const BrokerConfigDescription &c) { return c.name == "broker.id"; });
    for (auto &c : configs) {
        if (c.source != ConfigSource::DynamicBroker)
            continue;
        std::erase_if(c.synonyms,
                      [](const ConfigSynonym &s) { return s.source == ConfigSource::DynamicBroker; });
        // The next level of the config itself decides; a synonym of another name (log.retention.hours
        // for log.retention.ms) leaves it without a value of its own, as Kafka shows it.
        const auto next = std::find_if(c.synonyms.begin(), c.synonyms.end(),
                                       [&](const ConfigSynonym &s) { return s.name == c.name; });
        if (next != c.synonyms.end()) {
            c.value = next->value;
            c.source = next->source;
        } else {
            c.value = std::nullopt;
            c.source = ConfigSource::Default;
        }
    }
    return configs;
}

} // namespace es
