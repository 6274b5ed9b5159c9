#include "cluster/listener_configs.h"

#include <string>

namespace es {

namespace {

struct ListenerConfig {
    std::string_view name;
    TopicConfigType type;
    std::string_view doc;
};

// The wording is the wire's (server/handlers/broker_config_requests.cpp), so that a broker
// reads alike through every connection.
constexpr ListenerConfig kBrokerId{"broker.id", TopicConfigType::Int,
                                   "The broker's id, given by the cluster"};
constexpr ListenerConfig kIdle{"connections.max.idle.ms", TopicConfigType::Long,
                               "How long an idle client connection stays open"};
constexpr ListenerConfig kRequestMax{"socket.request.max.bytes", TopicConfigType::Int,
                                     "The largest request a broker reads"};

BrokerConfigEntry entry(const ListenerConfig &c, std::string value, ConfigSource source)
{
    std::string name(c.name);
    return {name, value, source, true, c.type, std::string(c.doc), {{name, value, source}}};
}

} // namespace

std::vector<BrokerConfigEntry> listenerConfigEntries(std::optional<std::int32_t> broker,
                                                     const ListenerLimits &limits)
{
    std::vector<BrokerConfigEntry> out;
    if (broker)
        out.push_back(entry(kBrokerId, std::to_string(*broker), ConfigSource::StaticBroker));
    out.push_back(entry(kIdle, std::to_string(limits.connectionsMaxIdleMs), ConfigSource::Default));
    out.push_back(entry(kRequestMax, std::to_string(limits.socketRequestMaxBytes), ConfigSource::Default));
    return out;
}

std::string_view listenerConfigDoc(std::string_view name)
{
    for (const ListenerConfig *c : {&kBrokerId, &kIdle, &kRequestMax})
        if (c->name == name)
            return c->doc;
    return {};
}

} // namespace es
