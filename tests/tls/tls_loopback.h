#pragma once

// One TLS connection on loopback between a server context and a client context, driven by
// Asio on the calling thread: the handshake, then five bytes from the client echoed back.

#include <asio/ssl/context.hpp>

#include <chrono>
#include <string>
#include <system_error>

namespace es::tests {

struct LoopbackOutcome {
    std::error_code clientHandshake;
    std::error_code serverHandshake;
    std::string echoed;                       // what came back to the client; empty when nothing did
    std::string serverPrincipal;              // principalFromCertificate() of the client, on the server
    std::chrono::nanoseconds handshakeTime{}; // the client's, from connected to handshake done
};

// A client context that trusts `caFile` and verifies that the server's certificate names
// 127.0.0.1, as a Kafka client with ssl.endpoint.identification.algorithm=https does.
asio::ssl::context clientContext(const std::string &caFile);

LoopbackOutcome connectOnLoopback(asio::ssl::context &server, asio::ssl::context &client);

} // namespace es::tests
