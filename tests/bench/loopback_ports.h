#pragma once

// Loopback ports for a benchmark's brokers, below Linux's ephemeral range (32768 on), where
// a client's own connection could hold a port a broker wants. Each port is tried as a
// broker will use it (SO_REUSEADDR, bind, listen).

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <optional>

namespace es::bench {

inline bool loopbackPortFree(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // NOLINTNEXTLINE: the sockets API takes a sockaddr pointer
    const bool free =
        ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0 && ::listen(fd, 1) == 0;
    ::close(fd);
    return free;
}

// The first of `count` consecutive ports free now at `from` or after it, in steps of ten;
// nullopt when there are none below 32768.
inline std::optional<int> freeLoopbackPortRun(int from, int count)
{
    for (int base = from; base + count < 32768; base += 10) {
        bool all = true;
        for (int i = 0; all && i < count; ++i)
            all = loopbackPortFree(base + i);
        if (all)
            return base;
    }
    return std::nullopt;
}

} // namespace es::bench
