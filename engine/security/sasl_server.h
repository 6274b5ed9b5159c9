#pragma once

#include "common/buffer.h"
#include "common/status.h"
#include "security/scram_credential.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es::security {

// The server side of one SASL exchange on one connection.
//
// The credentials come from `CredentialLookup`, asked on the connection's thread during
// evaluate(); nullopt when the user has no credential for that mechanism.
using CredentialLookup =
    std::function<std::optional<ScramCredential>(const std::string &user, ScramMechanism mechanism)>;

struct SaslStep {
    Bytes challenge;       // to send back (may be empty)
    bool complete = false; // authentication succeeded with this step
    std::string user;      // when complete: the authenticated user name ("alice")
};

class SaslServer {
public:
    virtual ~SaslServer() = default;
    [[nodiscard]] virtual std::string_view mechanism() const = 0;
    // The next client token. An error Status ends the exchange: its message is what the
    // client is told (never whether the user exists), and `claimedUser()` says whom it was for.
    virtual Result<SaslStep> evaluate(ByteView token) = 0;
    // The user name the client claimed, once it has sent one; for the failure event.
    [[nodiscard]] virtual std::string claimedUser() const = 0;
};

// "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512".
std::vector<std::string> supportedSaslMechanisms();
// nullptr for a mechanism not in supportedSaslMechanisms().
std::unique_ptr<SaslServer> makeSaslServer(std::string_view mechanism, CredentialLookup lookup);

} // namespace es::security
