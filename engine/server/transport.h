#pragma once

#include <asio/ip/tcp.hpp>
#include <asio/ssl/context.hpp>
#include <asio/ssl/stream.hpp>
#include <asio/write.hpp>

#include <memory>
#include <string>
#include <utility>

namespace es::server {

// The byte stream under one connection: the TCP socket itself, or TLS over it. The plain
// path calls the socket directly (no allocation, no indirection beyond one branch); a TLS
// transport wraps the same socket in an asio::ssl::stream.
//
// Thread-safety: as the socket: one loop, one read and one write at a time.
class Transport {
public:
    explicit Transport(asio::ip::tcp::socket socket);
    Transport(asio::ip::tcp::socket socket, asio::ssl::context &tls);
    Transport(const Transport &) = delete;
    Transport &operator=(const Transport &) = delete;

    [[nodiscard]] bool tls() const { return m_tls != nullptr; }
    asio::ip::tcp::socket &socket() { return m_socket; }
    [[nodiscard]] const asio::ip::tcp::socket &socket() const { return m_socket; }

    // TLS only: the server side of the handshake.
    template <typename Handler>
    void asyncHandshake(Handler &&handler)
    {
        m_tls->async_handshake(asio::ssl::stream_base::server, std::forward<Handler>(handler));
    }

    template <typename Buffer, typename Handler>
    void asyncReadSome(const Buffer &buffer, Handler &&handler)
    {
        if (m_tls)
            m_tls->async_read_some(buffer, std::forward<Handler>(handler));
        else
            m_socket.async_read_some(buffer, std::forward<Handler>(handler));
    }

    template <typename Buffers, typename Handler>
    void asyncWrite(const Buffers &buffers, Handler &&handler)
    {
        if (m_tls)
            asio::async_write(*m_tls, buffers, std::forward<Handler>(handler));
        else
            asio::async_write(m_socket, buffers, std::forward<Handler>(handler));
    }

    // Closes the socket at once (no TLS close_notify: Kafka does not wait for one either).
    void close();

    // The client's verified certificate (an X509*, owned by the TLS session), or nullptr.
    [[nodiscard]] const void *peerCertificate();

private:
    asio::ip::tcp::socket m_socket;
    std::unique_ptr<asio::ssl::stream<asio::ip::tcp::socket &>> m_tls;
};

} // namespace es::server
