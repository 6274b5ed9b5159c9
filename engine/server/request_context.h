#pragma once

#include "common/buffer.h"
#include "common/logging.h"
#include "protocol/api_registry.h"
#include "security/authorizer.h"
#include "server/server_state.h"

#include <functional>
#include <memory>
#include <string>
#include <utility>

namespace es::server {

// How one request is answered: a response frame, nothing (Produce with acks=0), or by
// closing the connection (after the answers to the requests before it).
struct Answer {
    enum class Kind : std::uint8_t { Frame, Nothing, Close };
    Kind kind = Kind::Nothing;
    Bytes frame;        // Frame: size prefix included
    std::string reason; // Close: for the log
};

// Takes the answer to one request, exactly once, on the broker's loop.
using AnswerSink = std::function<void(Answer)>;

// One decoded request as its handler sees it. Copyable; handlers keep it in their
// continuations.
//
// Lifetime: server() and broker() may be used only while open() is true. A continuation
// that runs later (a long-poll fetch, a controller answer) checks open() first: when the
// connection has gone, so may have the listener and the broker.
struct RequestContext {
    protocol::RequestHeader header;
    std::string peer; // "address:port" of the client
    std::shared_ptr<ServerState> state;
    std::function<bool()> isOpen;
    // Who asks: "User:ANONYMOUS" on PLAINTEXT and on SSL without a client certificate, the
    // certificate's subject with one, "User:<name>" once SASL authenticated the connection.
    security::RequestPrincipal principal;

    [[nodiscard]] bool open() const { return isOpen(); }
    [[nodiscard]] std::int16_t version() const { return header.apiVersion; }
    [[nodiscard]] std::string clientId() const { return header.clientId.value_or(""); }
    ServerState &server() const { return *state; }
    Broker &broker() const { return state->broker(); }
};

// Answers one request with its API's response type: encodes the frame (header and body at
// the request's version) and hands it to the connection, which writes answers in request
// order. Copyable; the first call wins, later ones are ignored.
template <typename Response>
class Respond {
public:
    Respond(const RequestContext &ctx, AnswerSink sink)
        : m_correlationId(ctx.header.correlationId),
          m_version(ctx.header.apiVersion),
          m_sink(std::make_shared<AnswerSink>(std::move(sink)))
    {}

    void operator()(const Response &response) const
    {
        auto frame =
            protocol::encodeResponseFrame(protocol::ResponseHeader{m_correlationId}, response, m_version);
        if (!frame) {
            // A value the version cannot carry: a handler bug. The client cannot be told.
            logger("server")->error("cannot encode {} v{} response: {}", Response::Api::kName, m_version,
                                    frame.status().toString());
            send({Answer::Kind::Close, {}, "response could not be encoded"});
            return;
        }
        send({Answer::Kind::Frame, std::move(*frame), {}});
    }
    // No answer at all, as for Produce with acks=0.
    void nothing() const { send({Answer::Kind::Nothing, {}, {}}); }
    // Closes the connection once the answers before this one are written.
    void close(std::string reason) const { send({Answer::Kind::Close, {}, std::move(reason)}); }

private:
    void send(Answer answer) const
    {
        if (!*m_sink)
            return;
        auto sink = std::move(*m_sink);
        *m_sink = nullptr;
        sink(std::move(answer));
    }

    std::int32_t m_correlationId;
    std::int16_t m_version;
    std::shared_ptr<AnswerSink> m_sink;
};

} // namespace es::server
