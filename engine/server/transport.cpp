#include "server/transport.h"

#include <openssl/ssl.h>

namespace es::server {

Transport::Transport(asio::ip::tcp::socket socket) : m_socket(std::move(socket)) {}

Transport::Transport(asio::ip::tcp::socket socket, asio::ssl::context &tls)
    : m_socket(std::move(socket)),
      m_tls(std::make_unique<asio::ssl::stream<asio::ip::tcp::socket &>>(m_socket, tls))
{}

void Transport::close()
{
    std::error_code ec;
    m_socket.shutdown(asio::ip::tcp::socket::shutdown_both, ec);
    m_socket.close(ec);
}

const void *Transport::peerCertificate()
{
    return m_tls ? SSL_get0_peer_certificate(m_tls->native_handle()) : nullptr;
}

} // namespace es::server
