#pragma once

// A plain blocking TCP client for the wire tests: sends raw bytes or encoded requests and
// reads size-prefixed answers, with timeouts so that a broken server fails a test instead
// of hanging it.

#include "common/buffer.h"
#include "protocol/api_registry.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace es::test {

class WireClient {
public:
    explicit WireClient(int port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<std::uint16_t>(port));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        // NOLINTNEXTLINE: the sockets API takes a sockaddr pointer
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~WireClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    WireClient(const WireClient &) = delete;
    WireClient &operator=(const WireClient &) = delete;

    [[nodiscard]] bool connected() const { return m_fd >= 0; }

    bool sendRaw(const Bytes &bytes)
    {
        std::size_t sent = 0;
        while (sent < bytes.size()) {
            const ssize_t n = ::send(m_fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }

    template <typename Request>
    bool send(const Request &request, std::int16_t version, std::int32_t correlationId)
    {
        protocol::RequestHeader header;
        header.apiKey = Request::Api::kKey;
        header.apiVersion = version;
        header.correlationId = correlationId;
        header.clientId = "wire-test";
        auto frame = protocol::encodeRequestFrame(header, request);
        return frame && sendRaw(*frame);
    }

    // One answer frame without its size prefix; nullopt on timeout or a closed connection.
    std::optional<Bytes> readFrame(std::chrono::milliseconds timeout = std::chrono::seconds(10))
    {
        Bytes prefix(4);
        if (!readExactly(prefix, timeout))
            return std::nullopt;
        const std::uint32_t size =
            static_cast<std::uint32_t>(prefix[0]) << 24 | static_cast<std::uint32_t>(prefix[1]) << 16 |
            static_cast<std::uint32_t>(prefix[2]) << 8 | static_cast<std::uint32_t>(prefix[3]);
        Bytes frame(size);
        if (!readExactly(frame, timeout))
            return std::nullopt;
        return frame;
    }

    template <typename Response>
    std::optional<Response> read(std::int16_t version, std::int32_t *correlationId = nullptr,
                                 std::chrono::milliseconds timeout = std::chrono::seconds(10))
    {
        auto frame = readFrame(timeout);
        if (!frame)
            return std::nullopt;
        auto decoded = protocol::decodeResponseFrame(*frame, Response::Api::kKey, version);
        if (!decoded)
            return std::nullopt;
        if (correlationId)
            *correlationId = decoded->header.correlationId;
        return std::get<Response>(std::move(decoded->body));
    }

    template <typename Request>
    auto call(const Request &request, std::int16_t version) -> std::optional<typename Request::Api::Response>
    {
        if (!send(request, version, ++m_correlation))
            return std::nullopt;
        std::int32_t got = -1;
        auto response = read<typename Request::Api::Response>(version, &got);
        if (response && got != m_correlation)
            return std::nullopt;
        return response;
    }

    // Whether the server closes the connection within `timeout`.
    bool closedByPeer(std::chrono::milliseconds timeout = std::chrono::seconds(5))
    {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        std::uint8_t buf[4096];
        while (std::chrono::steady_clock::now() < deadline) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
            if (n <= 0)
                return true;
        }
        return false;
    }

    void shutdownWrite() { ::shutdown(m_fd, SHUT_WR); }

private:
    bool readExactly(Bytes &out, std::chrono::milliseconds timeout)
    {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        std::size_t got = 0;
        while (got < out.size()) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                return false;
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(left.count())) <= 0)
                return false;
            const ssize_t n = ::recv(m_fd, out.data() + got, out.size() - got, 0);
            if (n <= 0)
                return false;
            got += static_cast<std::size_t>(n);
        }
        return true;
    }

    int m_fd = -1;
    std::int32_t m_correlation = 0;
};

// A base port with `count` consecutive ports free on loopback right now.
inline int freeBasePort(int count)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        // NOLINTNEXTLINE: the sockets API takes a sockaddr pointer
        ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len); // NOLINT
        ::close(fd);
        const int base = ntohs(addr.sin_port);
        if (base + count > 65535)
            continue;
        bool allFree = true;
        for (int i = 0; i < count && allFree; ++i) {
            const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in a{};
            a.sin_family = AF_INET;
            a.sin_port = htons(static_cast<std::uint16_t>(base + i));
            a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            allFree = ::bind(probe, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0; // NOLINT
            ::close(probe);
        }
        if (allFree)
            return base;
    }
    return 0;
}

// Holds a port the way another program would: bound and listening.
class PortBlocker {
public:
    explicit PortBlocker(int port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        // As most servers do, so that connections lingering in TIME_WAIT do not get in the way.
        const int on = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(static_cast<std::uint16_t>(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_ok =
            ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 && ::listen(m_fd, 1) == 0; // NOLINT
    }
    ~PortBlocker() { ::close(m_fd); }
    PortBlocker(const PortBlocker &) = delete;
    PortBlocker &operator=(const PortBlocker &) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    int m_fd = -1;
    bool m_ok = false;
};

} // namespace es::test
