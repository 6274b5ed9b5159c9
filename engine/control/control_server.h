#pragma once

#include "common/status.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace es {
class Connection;
}

namespace es::control {

class DemoControl;

struct ControlServerOptions {
    std::string host = "127.0.0.1"; // loopback only: the token is the only protection
    std::uint16_t port = 0;         // 0: any free port
    // Where the token (control-token) and the URL (control-url) are written, mode 0600.
    std::filesystem::path dataDir;
};

// The control API (HTTP/JSON on loopback, described in resources/control-api.yaml): the
// cluster's status, broker and link faults, topics, the demo, the event timeline and
// Prometheus metrics, for scripts and tests that drive a cluster with no window.
//
// Every request must carry "Authorization: Bearer <token>", the token being the content of
// <dataDir>/control-token (made on first start, kept afterwards). Requests are served on
// the server's own threads, never the engine's loops; they block on the connection's admin
// calls as any other caller does.
//
// Lifetime: `connection` and `demo` (may be nullptr: the demo routes answer 404) must
// outlive the server. The destructor stops listening, ends long polls and waits for the
// requests in progress.
class ControlServer {
public:
    // Listens on options.host:options.port. Fails, in words, when the port is taken or the
    // token cannot be written.
    static Result<std::unique_ptr<ControlServer>> start(Connection &connection, DemoControl *demo,
                                                         ControlServerOptions options);
    virtual ~ControlServer() = default;

    [[nodiscard]] virtual std::uint16_t port() const = 0;
    // "http://127.0.0.1:PORT"
    [[nodiscard]] virtual std::string url() const = 0;
    [[nodiscard]] virtual const std::string &token() const = 0;
};

} // namespace es::control
