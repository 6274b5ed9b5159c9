// The SASL side of a connection on a SASL_PLAINTEXT or SASL_SSL listener, with the
// semantics of Kafka's SaslServerAuthenticator: before authentication only ApiVersions and
// SaslHandshake are served; anything else closes the connection. SaslHandshake v0 is
// followed by bare tokens framed by their size (kafka-python), v1 by SaslAuthenticate
// requests (librdkafka, Java, kafkajs). A failed authentication is answered (later, after
// repeated failures from one address) and the connection closed.

#include "cluster/broker.h"
#include "cluster/cluster.h"
#include "cluster/cluster_event_sink.h"
#include "common/logging.h"
#include "security/security_store.h"
#include "server/auth_failure_throttle.h"
#include "server/connection.h"
#include "server/handler_registry.h"

#include <asio/post.hpp>
#include <asio/thread_pool.hpp>

namespace es::server {

namespace {

std::string joined(const std::vector<std::string> &names)
{
    std::string out;
    for (const auto &n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

} // namespace

bool Connection::gateSasl(const protocol::RequestHeader &header, protocol::AnyRequest &request,
                          AnswerSink &sink)
{
    const auto key = header.apiKey;
    if (m_saslStage == SaslStage::Handshake) {
        if (key == protocol::ApiKey::ApiVersions)
            return true;
        if (auto *handshake = std::get_if<protocol::SaslHandshakeRequest>(&request)) {
            saslHandshake(header, *handshake, std::move(sink));
            return false;
        }
        if (key == protocol::ApiKey::SaslAuthenticate) {
            logger("server")->info("broker {}: {} sent SaslAuthenticate before SaslHandshake; closing",
                                   m_state->brokerId(), m_peer);
            protocol::SaslAuthenticateResponse response;
            response.errorCode = ErrorCode::IllegalSaslState;
            response.errorMessage = "Unexpected SaslAuthenticate request before SaslHandshake";
            RequestContext ctx{header, m_peer, m_state, [] { return true; }, m_principal};
            Respond<protocol::SaslAuthenticateResponse>(ctx, std::move(sink))(response);
            closeAfterAnswers("SaslAuthenticate before SaslHandshake");
            return false;
        }
    } else if (m_saslStage == SaslStage::Authenticate && !m_saslEvaluating) {
        if (auto *authenticate = std::get_if<protocol::SaslAuthenticateRequest>(&request)) {
            saslAuthenticate(header, std::move(*authenticate), std::move(sink));
            return false;
        }
    }
    // As Kafka: ILLEGAL_SASL_STATE, and the connection goes.
    const auto *api = findHandledApi(key);
    const std::string what = std::string("unexpected ") + (api ? std::string(api->name) : "request") +
                             " request during SASL authentication";
    logger("server")->info("broker {}: {} on {}: {} (ILLEGAL_SASL_STATE); closing the connection",
                           m_state->brokerId(), m_peer, m_principal.listener, what);
    m_closing = true;
    m_inbound.clear();
    sink(Answer{Answer::Kind::Close, {}, what});
    return false;
}

void Connection::saslHandshake(const protocol::RequestHeader &header,
                               const protocol::SaslHandshakeRequest &request, AnswerSink sink)
{
    RequestContext ctx{header, m_peer, m_state, [] { return true; }, m_principal};
    Respond<protocol::SaslHandshakeResponse> respond(ctx, std::move(sink));
    protocol::SaslHandshakeResponse response;
    response.mechanisms = security::supportedSaslMechanisms();
    security::SecurityStore &store = m_state->cluster().security();
    m_saslServer = security::makeSaslServer(
        request.mechanism, [&store](const std::string &user, security::ScramMechanism mechanism) {
            return store.credential(user, mechanism);
        });
    if (!m_saslServer) {
        logger("server")->info("broker {}: {} asked for SASL mechanism \"{}\"; enabled are {}; closing",
                               m_state->brokerId(), m_peer, request.mechanism, joined(response.mechanisms));
        response.errorCode = ErrorCode::UnsupportedSaslMechanism;
        respond(response);
        closeAfterAnswers("unsupported SASL mechanism");
        return;
    }
    m_saslStage = header.apiVersion == 0 ? SaslStage::RawTokens : SaslStage::Authenticate;
    respond(response);
}

void Connection::saslAuthenticate(const protocol::RequestHeader &header,
                                  protocol::SaslAuthenticateRequest request, AnswerSink sink)
{
    RequestContext ctx{header, m_peer, m_state, [] { return true; }, m_principal};
    Respond<protocol::SaslAuthenticateResponse> respond(ctx, std::move(sink));
    evaluateSasl(std::move(request.authBytes), [respond](Connection &self, Result<security::SaslStep> step) {
        if (!step) {
            const std::string message = step.status().message();
            self.saslFailed(step.status(), [respond, message](Connection &c) {
                protocol::SaslAuthenticateResponse response;
                response.errorCode = ErrorCode::SaslAuthenticationFailed;
                response.errorMessage = message;
                respond(response);
                c.closeAfterAnswers("SASL authentication failed");
            });
            return;
        }
        protocol::SaslAuthenticateResponse response;
        response.authBytes = std::move(step->challenge);
        if (step->complete)
            self.saslSucceeded(step->user);
        respond(response);
    });
}

void Connection::rawSaslToken(ByteView token, AnswerSink sink)
{
    if (m_saslEvaluating) { // a client that does not wait for our answer
        m_closing = true;
        sink(Answer{Answer::Kind::Close, {}, "SASL token before the previous one was answered"});
        return;
    }
    evaluateSasl(Bytes(token.begin(), token.end()),
                 [sink = std::move(sink)](Connection &self, Result<security::SaslStep> step) {
                     if (!step) {
                         // SaslHandshake v0 has no way to say why: the connection just closes.
                         self.saslFailed(step.status(), [sink](Connection &c) {
                             c.m_closing = true;
                             sink(Answer{Answer::Kind::Close, {}, "SASL authentication failed"});
                         });
                         return;
                     }
                     Bytes frame(4 + step->challenge.size());
                     const auto size = static_cast<std::uint32_t>(step->challenge.size());
                     frame[0] = static_cast<std::uint8_t>(size >> 24);
                     frame[1] = static_cast<std::uint8_t>(size >> 16);
                     frame[2] = static_cast<std::uint8_t>(size >> 8);
                     frame[3] = static_cast<std::uint8_t>(size);
                     std::copy(step->challenge.begin(), step->challenge.end(), frame.begin() + 4);
                     if (step->complete)
                         self.saslSucceeded(step->user);
                     sink(Answer{Answer::Kind::Frame, std::move(frame), {}});
                 });
}

void Connection::evaluateSasl(Bytes token, SaslDone done)
{
    m_saslEvaluating = true;
    auto server = m_saslServer;
    auto executor = m_transport.socket().get_executor();
    asio::post(*m_state->security().saslWorkers, [server, token = std::move(token), executor,
                                                  weak = weak_from_this(), done = std::move(done)]() mutable {
        auto step = server->evaluate(token);
        asio::post(executor, [weak, step = std::move(step), done = std::move(done)]() mutable {
            auto self = weak.lock();
            if (!self || !self->m_open)
                return;
            self->m_saslEvaluating = false;
            done(*self, std::move(step));
            self->pump();
            self->readMore();
        });
    });
}

void Connection::saslFailed(const Status &why, std::function<void(Connection &)> answer)
{
    const std::string user = m_saslServer ? m_saslServer->claimedUser() : std::string();
    const std::string mechanism = m_saslServer ? std::string(m_saslServer->mechanism()) : std::string();
    logger("server")->info("broker {}: SASL {} authentication of \"{}\" from {} on {} failed: {}",
                           m_state->brokerId(), mechanism, user, m_peer, m_principal.listener, why.message());
    m_state->broker().events().record(
        EventKind::AuthenticationFailed, "broker:" + std::to_string(m_state->brokerId()),
        {EventForm::AuthenticationFailed,
         {{"broker", m_state->brokerId()},
          {"user", user},
          {"mechanism", mechanism},
          {"client", m_principal.host},
          {"listener", m_principal.listener}}});
    m_saslStage = SaslStage::Done;
    m_saslServer.reset();
    m_closing = true; // nothing more is read; the answer comes, then the close
    const auto delay = m_state->security().throttle
                           ? m_state->security().throttle->recordFailure(m_principal.host)
                           : Clock::duration::zero();
    if (delay <= Clock::duration::zero()) {
        answer(*this);
        return;
    }
    m_saslTimer.expires_after(delay);
    m_saslTimer.async_wait(
        [self = shared_from_this(), answer = std::move(answer)](const std::error_code &ec) {
            if (!ec && self->m_open)
                answer(*self);
        });
}

void Connection::saslSucceeded(const std::string &user)
{
    m_principal.principal = "User:" + user;
    m_saslStage = SaslStage::Done;
    logger("server")->debug("broker {}: {} authenticated as {} with SASL {} on {}", m_state->brokerId(),
                            m_peer, m_principal.principal, m_saslServer->mechanism(), m_principal.listener);
    m_saslServer.reset();
}

} // namespace es::server
