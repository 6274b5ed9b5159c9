#pragma once

#include "common/uninitialized_buffer.h"
#include "protocol/api/sasl_authenticate.h"
#include "protocol/api/sasl_handshake.h"
#include "security/sasl_server.h"
#include "server/request_context.h"
#include "server/transport.h"

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
// On a TLS listener the TLS handshake comes first (kTlsHandshakeTimeout at most). On a
// SASL listener the connection authenticates before anything else is served, as Kafka's
// SaslServerAuthenticator does (connection_sasl.cpp).
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

    static constexpr auto kTlsHandshakeTimeout = std::chrono::seconds(10);

private:
    using Clock = std::chrono::steady_clock;
    // Where a SASL listener's connection is in Kafka's authentication sequence.
    enum class SaslStage : std::uint8_t {
        Handshake,    // only ApiVersions and SaslHandshake are served
        Authenticate, // after SaslHandshake v1: SaslAuthenticate requests carry the tokens
        RawTokens,    // after SaslHandshake v0: frames are bare tokens, answered likewise
        Done          // authenticated, or not a SASL listener
    };
    struct Inbound {
        UninitializedBuffer buffer; // holds the request at [begin, end)
        std::size_t begin = 0;
        std::size_t end = 0;
        Clock::time_point releaseAt; // the link's latency (and loss) delays it until then
        [[nodiscard]] ByteView frame() const { return ByteView(buffer.data() + begin, end - begin); }
    };
    struct Slot {
        bool ready = false;
        Answer answer;
        Clock::time_point releaseAt;
        // For the broker's request latencies: the request's API (-1: none, a raw SASL token
        // or an undecodable frame) and when it reached the broker, past the link's delay.
        std::int16_t apiKey = -1;
        Clock::time_point arrivedAt{};
    };

    void startTls();
    void begin();
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
    // Writes what is queued, then closes; nothing more is read.
    void closeAfterAnswers(std::string reason);

    // connection_sasl.cpp. Each returns true when the request is the handlers' to serve.
    bool gateSasl(const protocol::RequestHeader &header, protocol::AnyRequest &request, AnswerSink &sink);
    void saslHandshake(const protocol::RequestHeader &header, const protocol::SaslHandshakeRequest &request,
                       AnswerSink sink);
    void saslAuthenticate(const protocol::RequestHeader &header, protocol::SaslAuthenticateRequest request,
                          AnswerSink sink);
    void rawSaslToken(ByteView token, AnswerSink sink);
    // Checks `token` on the SASL worker and calls `done` back on the loop if still open.
    using SaslDone = std::function<void(Connection &, Result<security::SaslStep>)>;
    void evaluateSasl(Bytes token, SaslDone done);
    // Counts a failed authentication (event, throttle) and runs `answer` once the
    // throttle's delay has passed.
    void saslFailed(const Status &why, std::function<void(Connection &)> answer);
    void saslSucceeded(const std::string &user);

    Transport m_transport;
    std::shared_ptr<ServerState> m_state;
    OnClosed m_onClosed;
    std::string m_peer;
    security::RequestPrincipal m_principal;
    bool m_open = true;
    bool m_handshaking = false; // TLS handshake in progress: read nothing yet
    bool m_closing = false;     // a Close answer is queued: read nothing more

    UninitializedBuffer m_in;    // bytes read, not yet split into frames
    std::size_t m_inStart = 0;   // where the unconsumed bytes begin
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

    SaslStage m_saslStage = SaslStage::Done;
    std::shared_ptr<security::SaslServer> m_saslServer; // between handshake and the end
    bool m_saslEvaluating = false;
    asio::steady_timer m_saslTimer; // holds a throttled failure answer
};

} // namespace es::server
