// SaslHandshake and SaslAuthenticate once a connection needs no authentication: on a
// listener without SASL, or after the connection authenticated. Kafka answers both with
// ILLEGAL_SASL_STATE there (KafkaApis); the authentication itself is the connection's
// (connection_sasl.cpp).

#include "security/sasl_server.h"
#include "server/handlers/handlers.h"

namespace es::server {

void SaslHandshakeHandler::handle(RequestContext, protocol::SaslHandshakeRequest,
                                  Respond<protocol::SaslHandshakeResponse> respond)
{
    protocol::SaslHandshakeResponse response;
    response.errorCode = ErrorCode::IllegalSaslState;
    response.mechanisms = security::supportedSaslMechanisms();
    respond(response);
}

void SaslAuthenticateHandler::handle(RequestContext, protocol::SaslAuthenticateRequest,
                                     Respond<protocol::SaslAuthenticateResponse> respond)
{
    protocol::SaslAuthenticateResponse response;
    response.errorCode = ErrorCode::IllegalSaslState;
    response.errorMessage = "SaslAuthenticate request received after successful authentication";
    respond(response);
}

} // namespace es::server
