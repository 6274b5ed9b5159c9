#include "server/connection.h"

#include "cluster/broker.h"
#include "cluster/cluster.h"
#include "server/broker_address.h"
#include "server/handler_registry.h"
#include "server/transport.h"

#include <exception>

namespace es::server {

namespace {

constexpr std::size_t kReadChunk = 64 * 1024;
// How often a connection looks again at a cut link.
constexpr auto kCutLinkPoll = std::chrono::milliseconds(50);
// What a lost segment costs over TCP: one minimum retransmission timeout.
constexpr auto kRetransmission = std::chrono::milliseconds(200);

std::string peerOf(const asio::ip::tcp::socket &socket)
{
    std::error_code ec;
    const auto endpoint = socket.remote_endpoint(ec);
    if (ec)
        return "unknown peer";
    return hostPort(endpoint.address().to_string(), endpoint.port());
}

Transport makeTransport(asio::ip::tcp::socket socket, const ServerState &state)
{
    if (state.security().tls)
        return Transport(std::move(socket), *state.security().tls);
    return Transport(std::move(socket));
}

std::string hostOf(const asio::ip::tcp::socket &socket)
{
    std::error_code ec;
    const auto endpoint = socket.remote_endpoint(ec);
    return ec ? std::string() : endpoint.address().to_string();
}

std::int32_t readSizePrefix(const std::uint8_t *p)
{
    return static_cast<std::int32_t>(
        static_cast<std::uint32_t>(p[0]) << 24 | static_cast<std::uint32_t>(p[1]) << 16 |
        static_cast<std::uint32_t>(p[2]) << 8 | static_cast<std::uint32_t>(p[3]));
}

} // namespace

Connection::Connection(asio::ip::tcp::socket socket, std::shared_ptr<ServerState> state, OnClosed onClosed)
    : m_transport(makeTransport(std::move(socket), *state)),
      m_state(std::move(state)),
      m_onClosed(std::move(onClosed)),
      m_peer(peerOf(m_transport.socket())),
      m_idleTimer(m_transport.socket().get_executor()),
      m_linkTimer(m_transport.socket().get_executor()),
      m_lastActivity(Clock::now()),
      m_random(std::random_device{}()),
      m_saslTimer(m_transport.socket().get_executor())
{
    m_principal.host = hostOf(m_transport.socket());
    m_principal.listener = m_state->listener().name;
    if (security::usesSasl(m_state->listener().protocol))
        m_saslStage = SaslStage::Handshake;
}

void Connection::start()
{
    std::error_code ec;
    // Answers are small and latency matters more than packet count (Kafka sets it too).
    m_transport.socket().set_option(asio::ip::tcp::no_delay(true), ec);
    logger("server")->debug("broker {}: connection from {} on {}", m_state->brokerId(), m_peer,
                            m_principal.listener);
    if (m_transport.tls())
        startTls();
    else
        begin();
}

void Connection::begin()
{
    armIdleTimer();
    readMore();
}

void Connection::startTls()
{
    m_handshaking = true;
    m_idleTimer.expires_after(kTlsHandshakeTimeout);
    m_idleTimer.async_wait([self = shared_from_this()](const std::error_code &ec) {
        if (ec || !self->m_open || !self->m_handshaking)
            return;
        logger("server")->info("broker {}: TLS handshake with {} on {} timed out", self->m_state->brokerId(),
                               self->m_peer, self->m_principal.listener);
        self->close("TLS handshake timed out");
    });
    m_transport.asyncHandshake([self = shared_from_this()](const std::error_code &ec) {
        self->m_handshaking = false;
        if (!self->m_open)
            return;
        self->m_idleTimer.cancel();
        if (ec) {
            // A client that does not speak TLS, or whose certificate we do not trust.
            logger("server")->info("broker {}: TLS handshake with {} on {} failed: {}",
                                   self->m_state->brokerId(), self->m_peer, self->m_principal.listener,
                                   ec.message());
            self->close("TLS handshake failed");
            return;
        }
        if (const void *certificate = self->m_transport.peerCertificate())
            self->m_principal.principal = security::principalFromCertificate(certificate);
        self->m_lastActivity = Clock::now();
        self->begin();
    });
}

void Connection::close(const std::string &why)
{
    if (!m_open)
        return;
    m_open = false;
    auto self = weak_from_this().lock(); // the listener may drop its reference below
    logger("server")->debug("broker {}: connection from {} closed: {}", m_state->brokerId(), m_peer, why);
    m_transport.close();
    m_idleTimer.cancel();
    m_linkTimer.cancel();
    m_saslTimer.cancel();
    m_inbound.clear();
    m_slots.clear();
    if (m_onClosed) {
        auto onClosed = std::move(m_onClosed);
        onClosed(this);
    }
}

bool Connection::canRead() const
{
    return m_open && !m_closing && !m_reading && !m_handshaking && !m_saslEvaluating &&
           m_slots.size() + m_inbound.size() < m_state->config().maxInFlightPerConnection;
}

void Connection::readMore()
{
    if (!canRead())
        return;
    m_reading = true;
    const std::size_t used = m_in.size();
    // The rest of a large frame is read up to its last byte and no further, so that the
    // frame ends the buffer and extractFrames() can hand the buffer over without a copy.
    const std::size_t chunk = m_inMissing > 0 ? m_inMissing : kReadChunk;
    m_in.resize(used + chunk);
    m_transport.asyncReadSome(asio::buffer(m_in.data() + used, chunk),
                              [self = shared_from_this(), used](const std::error_code &ec, std::size_t n) {
                                  self->m_in.resize(used + (ec ? 0 : n));
                                  self->onRead(ec, n);
                              });
}

void Connection::onRead(const std::error_code &ec, std::size_t n)
{
    m_reading = false;
    if (!m_open)
        return;
    if (ec) {
        const bool eof = ec == asio::error::eof || ec == asio::ssl::error::stream_truncated;
        close(eof ? "closed by the client" : "read failed: " + ec.message());
        return;
    }
    if (n == 0) {
        readMore();
        return;
    }
    m_lastActivity = Clock::now();
    if (!extractFrames())
        return;
    pump();
    readMore();
}

bool Connection::extractFrames()
{
    const std::int32_t limit = m_state->config().socketRequestMaxBytes;
    m_inMissing = 0;
    while (m_in.size() - m_inStart >= 4) {
        const std::uint8_t *p = m_in.data() + m_inStart;
        const std::int32_t size = readSizePrefix(p);
        if (size < 0 || size > limit) {
            logger("server")->warn(
                "broker {}: {} sent a request of {} bytes, over socket.request.max.bytes ({}); "
                "closing the connection",
                m_state->brokerId(), m_peer, size, limit);
            close("request too large");
            return false;
        }
        const std::size_t total = 4 + static_cast<std::size_t>(size);
        if (m_in.size() - m_inStart < total) {
            m_inMissing = total - (m_in.size() - m_inStart);
            m_in.reserve(m_inStart + total);
            break;
        }
        if (!m_closing) {
            Inbound in;
            if (m_inStart + total == m_in.size() && total > kReadChunk) {
                // A large frame that ends the buffer: the buffer becomes the frame's.
                in.buffer = std::move(m_in);
                m_in = UninitializedBuffer();
                in.begin = m_inStart + 4;
                in.end = m_inStart + total;
                m_inStart = 0;
            } else {
                in.buffer.assign(p + 4, p + total);
                in.end = in.buffer.size();
                m_inStart += total;
            }
            const auto delay = linkDelay();
            in.releaseAt = Clock::now() + delay.value_or(Clock::duration::zero());
            m_inbound.push_back(std::move(in));
        } else {
            m_inStart += total;
        }
    }
    if (m_inStart == m_in.size()) {
        m_in.clear();
        m_inStart = 0;
    } else if (m_inStart >= kReadChunk) {
        m_in.erase(m_in.begin(), m_in.begin() + static_cast<std::ptrdiff_t>(m_inStart));
        m_inStart = 0;
    }
    return true;
}

std::optional<Connection::Clock::duration> Connection::linkDelay()
{
    const LinkFault fault = m_state->cluster().network().link(kClientsNode, m_state->brokerId());
    if (fault.cut)
        return std::nullopt;
    Clock::duration delay = std::chrono::milliseconds(fault.latencyMs);
    if (fault.lossRate > 0 && std::uniform_real_distribution<double>(0, 1)(m_random) < fault.lossRate)
        delay += kRetransmission;
    return delay;
}

void Connection::pump()
{
    // A SASL token being checked decides how the frames after it are read: they wait.
    while (m_open && !m_closing && !m_saslEvaluating && !m_inbound.empty()) {
        const auto now = Clock::now();
        if (!linkDelay()) {
            armLinkTimer(now + kCutLinkPoll); // a cut link: requests wait, as in a dead network
            return;
        }
        if (m_inbound.front().releaseAt > now) {
            armLinkTimer(m_inbound.front().releaseAt);
            return;
        }
        const Inbound in = std::move(m_inbound.front());
        m_inbound.pop_front();
        dispatch(in.frame());
    }
}

void Connection::dispatch(ByteView frame)
{
    const std::uint64_t seq = m_firstSeq + m_slots.size();
    m_slots.emplace_back();
    std::weak_ptr<Connection> weak = weak_from_this();
    AnswerSink sink = [weak, seq](Answer answer) {
        if (auto self = weak.lock())
            self->complete(seq, std::move(answer));
    };
    if (m_saslStage == SaslStage::RawTokens) {
        rawSaslToken(frame, std::move(sink));
        return;
    }

    auto decoded = protocol::decodeRequestFrame(frame);
    const protocol::RequestHeader *header =
        decoded ? &decoded.value().header : (decoded.failure().header ? &*decoded.failure().header : nullptr);
    const protocol::ApiDescriptor *served = header ? findHandledApi(header->apiKey) : nullptr;
    if (served) {
        m_slots.back().apiKey = static_cast<std::int16_t>(served->key);
        m_slots.back().arrivedAt = Clock::now();
    }
    const bool versionServed = served && served->supports(header->apiVersion);
    const bool unsupported =
        decoded ? !versionServed
                : decoded.failure().error == protocol::RequestDecodeError::UnsupportedVersion;
    if (unsupported && header && header->apiKey == protocol::ApiKey::ApiVersions) {
        // As Kafka: UNSUPPORTED_VERSION in the v0 layout, listing what we serve, so the
        // client can retry with a version it shares with us.
        protocol::RequestHeader v0 = *header;
        v0.apiVersion = 0;
        RequestContext ctx{v0, m_peer, m_state, [] { return true; }, m_principal};
        Respond<protocol::ApiVersionsResponse> respond(ctx, std::move(sink));
        respond(protocol::makeApiVersionsResponse(ErrorCode::UnsupportedVersion, handledApis()));
        return;
    }
    if (!decoded || !versionServed) {
        const std::string what =
            decoded ? std::string(served ? served->name : "request") + " v" +
                          std::to_string(header->apiVersion) + " is not served"
                    : std::string(protocol::requestDecodeErrorName(decoded.failure().error)) + ": " +
                          decoded.status().message();
        logger("server")->warn("broker {}: bad request from {}{}: {}; closing the connection",
                               m_state->brokerId(), m_peer,
                               header && header->clientId ? " (client " + *header->clientId + ")" : "", what);
        m_closing = true;
        m_inbound.clear();
        sink(Answer{Answer::Kind::Close, {}, what});
        return;
    }

    if (m_saslStage != SaslStage::Done && !gateSasl(decoded.value().header, decoded.value().body, sink))
        return;
    RequestContext ctx{std::move(decoded.value().header), m_peer, m_state,
                       [weak] {
                           auto self = weak.lock();
                           return self && self->m_open;
                       },
                       m_principal};
    try {
        server::dispatch(std::move(ctx), std::move(decoded.value().body), std::move(sink));
    } catch (const std::exception &e) {
        logger("server")->error("broker {}: handling a request from {}: {}; closing the connection",
                                m_state->brokerId(), m_peer, e.what());
        close("handler failed");
    }
}

void Connection::complete(std::uint64_t seq, Answer answer)
{
    if (!m_open || seq < m_firstSeq || seq - m_firstSeq >= m_slots.size())
        return;
    Slot &slot = m_slots[seq - m_firstSeq];
    if (slot.apiKey >= 0 && answer.kind != Answer::Kind::Close)
        m_state->broker().metrics().recordRequest(
            slot.apiKey,
            std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - slot.arrivedAt).count());
    slot.ready = true;
    slot.answer = std::move(answer);
    slot.releaseAt = Clock::now() + linkDelay().value_or(Clock::duration::zero());
    flush();
}

void Connection::flush()
{
    if (!m_open || m_writeInFlight)
        return;
    const auto now = Clock::now();
    bool freed = false;
    while (!m_slots.empty() && m_slots.front().ready) {
        Slot &slot = m_slots.front();
        if (slot.answer.kind == Answer::Kind::Close) {
            if (m_writing.empty()) {
                close(slot.answer.reason);
                return;
            }
            break;
        }
        if (slot.answer.kind == Answer::Kind::Frame) {
            if (!linkDelay()) {
                armLinkTimer(now + kCutLinkPoll);
                break;
            }
            if (slot.releaseAt > now) {
                armLinkTimer(slot.releaseAt);
                break;
            }
            m_writing.push_back(std::move(slot.answer.frame));
        }
        m_slots.pop_front();
        ++m_firstSeq;
        freed = true;
    }
    if (!m_writing.empty()) {
        std::vector<asio::const_buffer> buffers;
        buffers.reserve(m_writing.size());
        for (const auto &f : m_writing)
            buffers.emplace_back(asio::buffer(f));
        m_writeInFlight = true;
        m_transport.asyncWrite(buffers, [self = shared_from_this()](const std::error_code &ec, std::size_t) {
            self->onWritten(ec);
        });
    }
    if (freed)
        readMore();
}

void Connection::onWritten(const std::error_code &ec)
{
    m_writeInFlight = false;
    m_writing.clear();
    if (!m_open)
        return;
    if (ec) {
        close("write failed: " + ec.message());
        return;
    }
    m_lastActivity = Clock::now();
    flush();
}

void Connection::closeAfterAnswers(std::string reason)
{
    m_closing = true;
    m_inbound.clear();
    m_slots.push_back(Slot{true, Answer{Answer::Kind::Close, {}, std::move(reason)}, Clock::now()});
    flush();
}

void Connection::armLinkTimer(Clock::time_point when)
{
    if (m_linkTimerArmed)
        return;
    m_linkTimerArmed = true;
    m_linkTimer.expires_at(when);
    m_linkTimer.async_wait([self = shared_from_this()](const std::error_code &ec) {
        self->m_linkTimerArmed = false;
        if (ec || !self->m_open)
            return;
        self->pump();
        self->flush();
        self->readMore();
    });
}

void Connection::armIdleTimer()
{
    const auto idle = m_state->config().connectionsMaxIdle;
    m_idleTimer.expires_at(m_lastActivity + idle);
    m_idleTimer.async_wait([self = shared_from_this(), idle](const std::error_code &ec) {
        if (ec || !self->m_open)
            return;
        const bool busy = !self->m_slots.empty() || !self->m_inbound.empty() || self->m_writeInFlight;
        if (busy)
            self->m_lastActivity = std::max(self->m_lastActivity, Clock::now() - idle / 2);
        else if (Clock::now() - self->m_lastActivity >= idle) {
            logger("server")->info("broker {}: closing the connection from {}: idle for longer than "
                                   "connections.max.idle.ms ({} ms)",
                                   self->m_state->brokerId(), self->m_peer,
                                   std::chrono::duration_cast<std::chrono::milliseconds>(idle).count());
            self->close("idle");
            return;
        }
        self->armIdleTimer();
    });
}

} // namespace es::server
