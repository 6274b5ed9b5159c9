#pragma once

#include "common/uninitialized_buffer.h"
#include "server/request_context.h"

#include <asio/ip/tcp.hpp>
#include <asio/steady_timer.hpp>

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace es::server {

// One client connection of a broker's listener: reads size-prefixed request frames, hands
// each to its handler, and writes the answers strictly in request order, however late
// each handler answers (a long-poll Fetch, an acks=all Produce, a JoinGroup). Link faults
// set between the clients and this broker delay or hold its traffic.
//
// Thread-safety: everything runs on the broker's loop. Owned through shared_ptr by the
// listener and by its own pending operations; handlers hold it only weakly.
class Connection final : public std::enable_shared_from_this<Connection> {
public:
    using OnClosed = std::function<void(Connection *)>;

    Connection(asio::ip::tcp::socket socket, std::shared_ptr<ServerState> state, OnClosed onClosed);
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    void start();
    // Closes the socket and drops whatever is queued; answers that arrive later are ignored.
    void close(const std::string &why);
    [[nodiscard]] bool open() const { return m_open; }
    [[nodiscard]] const std::string &peer() const { return m_peer; }

private:
    using Clock = std::chrono::steady_clock;
    struct Inbound {
        UninitializedBuffer buffer;    // holds the request at [begin, end)
        std::size_t begin = 0;
        std::size_t end = 0;
        Clock::time_point releaseAt;   // the link's latency (and loss) delays it until then
        [[nodiscard]] ByteView frame() const { return ByteView(buffer.data() + begin, end - begin); }
    };
    struct Slot {
        bool ready = false;
        Answer answer;
        Clock::time_point releaseAt;
    };

    void readMore();
    void onRead(const std::error_code &ec, std::size_t n);
    // Splits what was read into frames; false when a frame header is invalid.
    bool extractFrames();
    void pump();
    void dispatch(ByteView frame);
    void complete(std::uint64_t seq, Answer answer);
    void flush();
    void onWritten(const std::error_code &ec);
    void armIdleTimer();
    void armLinkTimer(Clock::time_point when);
    // The extra delay a lossy or slow link gives one message; nullopt while the link is cut.
    std::optional<Clock::duration> linkDelay();
    [[nodiscard]] bool canRead() const;

    asio::ip::tcp::socket m_socket;
    std::shared_ptr<ServerState> m_state;
    OnClosed m_onClosed;
    std::string m_peer;
    bool m_open = true;
    bool m_closing = false; // a Close answer is queued: read nothing more

    UninitializedBuffer m_in;  // bytes read, not yet split into frames
    std::size_t m_inStart = 0; // where the unconsumed bytes begin
    std::size_t m_inMissing = 0; // bytes the frame at m_inStart still lacks (0: unknown)
    bool m_reading = false;
    std::deque<Inbound> m_inbound;

    std::deque<Slot> m_slots;     // one per dispatched request, in request order
    std::uint64_t m_firstSeq = 0; // the sequence number of m_slots.front()
    std::vector<Bytes> m_writing; // frames of the write in flight
    bool m_writeInFlight = false;

    asio::steady_timer m_idleTimer;
    asio::steady_timer m_linkTimer;
    bool m_linkTimerArmed = false;
    Clock::time_point m_lastActivity;
    std::minstd_rand m_random;
};

} // namespace es::server
