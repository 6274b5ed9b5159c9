#pragma once

// Logging a wire client in with SASL PLAIN (SaslHandshake v1 + SaslAuthenticate), for the
// tests that check what an authenticated principal may do.

#include "server/wire_client.h"

#include <string>

namespace es::test {

inline bool plainLogin(WireClient &client, const std::string &user, const std::string &password)
{
    protocol::SaslHandshakeRequest handshake;
    handshake.mechanism = "PLAIN";
    auto hs = client.call(handshake, 1);
    if (!hs || hs->errorCode != ErrorCode::None)
        return false;
    const std::string token = std::string(1, '\0') + user + std::string(1, '\0') + password;
    protocol::SaslAuthenticateRequest authenticate;
    authenticate.authBytes = Bytes(token.begin(), token.end());
    auto auth = client.call(authenticate, 2);
    return auth && auth->errorCode == ErrorCode::None;
}

} // namespace es::test
