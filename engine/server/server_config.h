#pragma once

#include <chrono>
#include <cstdint>

namespace es::server {

// The wire listeners' limits, named after the Kafka broker configs they mirror.
struct ServerConfig {
    // socket.request.max.bytes: a frame announcing more closes its connection.
    std::int32_t socketRequestMaxBytes = 100 * 1024 * 1024;
    // connections.max.idle.ms: a connection with nothing in flight and no traffic for this
    // long is closed, as Kafka does.
    std::chrono::milliseconds connectionsMaxIdle{10 * 60 * 1000};
    // Requests read ahead on one connection before its answers are written; reading pauses
    // beyond this, so a client that never reads cannot make the broker buffer without end.
    std::size_t maxInFlightPerConnection = 256;
    // How long an admin request waits for the controller before REQUEST_TIMED_OUT, when the
    // request itself names no timeout.
    std::chrono::milliseconds controllerTimeout{30000};
};

} // namespace es::server
