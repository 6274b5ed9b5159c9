#pragma once

// The broker configs that no config of the cluster sets: a broker's id, which the cluster
// gives it, and the limits its Kafka listeners were started with (server::ServerConfig holds
// them). Kafka lists them among a broker's configs, read-only, so a broker's describe lists
// them too, wherever it is asked (the wire, the embedded connection).

#include "cluster/broker_configs.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace es {

// The listeners' limits, named after the Kafka configs they mirror.
struct ListenerLimits {
    std::int32_t socketRequestMaxBytes = 0; // socket.request.max.bytes
    std::int64_t connectionsMaxIdleMs = 0;  // connections.max.idle.ms
};

// broker.id, then the limits (which the listeners take as their defaults), as broker
// `broker` describes them; for nullopt, as every broker has them: the limits alone, a
// broker's id being its own.
std::vector<BrokerConfigEntry> listenerConfigEntries(std::optional<std::int32_t> broker,
                                                     const ListenerLimits &limits);

// What each of them means; empty for any other name.
std::string_view listenerConfigDoc(std::string_view name);

} // namespace es
