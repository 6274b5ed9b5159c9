#include "tls_loopback.h"

#include "security/tls_material.h"

#include <asio/connect.hpp>
#include <asio/ip/tcp.hpp>
#include <asio/read.hpp>
#include <asio/ssl/host_name_verification.hpp>
#include <asio/ssl/stream.hpp>
#include <asio/write.hpp>

#include <array>

namespace es::tests {

namespace {

using Stream = asio::ssl::stream<asio::ip::tcp::socket>;
constexpr std::string_view kMessage = "hello";

void serve(Stream &stream, LoopbackOutcome &outcome, std::array<char, 5> &buffer)
{
    stream.async_handshake(asio::ssl::stream_base::server, [&](const std::error_code &ec) {
        outcome.serverHandshake = ec;
        if (ec) {
            stream.lowest_layer().close();
            return;
        }
        outcome.serverPrincipal =
            security::principalFromCertificate(SSL_get0_peer_certificate(stream.native_handle()));
        asio::async_read(stream, asio::buffer(buffer), [&](const std::error_code &readError, std::size_t) {
            if (readError)
                return;
            asio::async_write(stream, asio::buffer(buffer), [](const std::error_code &, std::size_t) {});
        });
    });
}

} // namespace

asio::ssl::context clientContext(const std::string &caFile)
{
    asio::ssl::context context(asio::ssl::context::tls_client);
    context.load_verify_file(caFile);
    context.set_verify_mode(asio::ssl::verify_peer);
    context.set_verify_callback(asio::ssl::host_name_verification("127.0.0.1"));
    return context;
}

LoopbackOutcome connectOnLoopback(asio::ssl::context &server, asio::ssl::context &client)
{
    asio::io_context io;
    asio::ip::tcp::acceptor acceptor(io, {asio::ip::make_address("127.0.0.1"), 0});
    Stream serverStream(io, server);
    Stream clientStream(io, client);
    LoopbackOutcome outcome;
    std::array<char, 5> serverBuffer{};
    std::array<char, 5> clientBuffer{};
    std::chrono::steady_clock::time_point connectedAt;

    acceptor.async_accept(serverStream.lowest_layer(), [&](const std::error_code &ec) {
        if (!ec)
            serve(serverStream, outcome, serverBuffer);
    });
    clientStream.lowest_layer().async_connect(acceptor.local_endpoint(), [&](const std::error_code &ec) {
        if (ec) {
            outcome.clientHandshake = ec;
            return;
        }
        connectedAt = std::chrono::steady_clock::now();
        clientStream.async_handshake(
            asio::ssl::stream_base::client, [&](const std::error_code &handshakeError) {
                outcome.handshakeTime = std::chrono::steady_clock::now() - connectedAt;
                outcome.clientHandshake = handshakeError;
                if (handshakeError) {
                    clientStream.lowest_layer().close();
                    return;
                }
                asio::async_write(clientStream, asio::buffer(kMessage),
                                  [&](const std::error_code &writeError, std::size_t) {
                                      if (writeError)
                                          return;
                                      asio::async_read(clientStream, asio::buffer(clientBuffer),
                                                       [&](const std::error_code &readError, std::size_t) {
                                                           if (!readError)
                                                               outcome.echoed.assign(clientBuffer.data(),
                                                                                     clientBuffer.size());
                                                       });
                                  });
            });
    });
    // Every operation ends (a refused peer closes its socket); the limit only keeps a
    // broken test from hanging.
    io.run_for(std::chrono::seconds(10));
    return outcome;
}

} // namespace es::tests
