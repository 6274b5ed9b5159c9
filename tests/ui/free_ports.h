#pragma once

// Loopback ports for a test's brokers. Each test process starts its search at its own
// place, so concurrent tests rarely meet; and since that range lies among Linux's
// ephemeral ports, where any client connection may hold one, each port is tried first as
// the brokers will use it (SO_REUSEADDR, bind, listen).

#include <QCoreApplication>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace es::test {

inline bool loopbackPortFree(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool free =
        ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0 && ::listen(fd, 1) == 0;
    ::close(fd);
    return free;
}

// The first of `count` consecutive free ports at `from` or after it, in steps of ten.
inline quint16 freePortRun(int from, int count)
{
    for (int base = from; base + count < 65000; base += 10) {
        bool all = true;
        for (int i = 0; all && i < count; ++i)
            all = loopbackPortFree(static_cast<quint16>(base + i));
        if (all)
            return static_cast<quint16>(base);
    }
    return static_cast<quint16>(from);
}

} // namespace es::test
