#pragma once

#include "security/sasl_server.h"

#include <optional>
#include <string>

namespace es::security {

// SASL/PLAIN (RFC 4616): one token "authzid NUL user NUL password". Eventscope keeps no
// passwords, so the password is checked against the user's SCRAM-SHA-512 credential, else
// SCRAM-SHA-256. A wrong password and an unknown user get the same message and cost the
// same time. Built through makeSaslServer(); one exchange per object, on one thread.
class PlainServer final : public SaslServer {
public:
    explicit PlainServer(CredentialLookup lookup);

    [[nodiscard]] std::string_view mechanism() const override { return "PLAIN"; }
    Result<SaslStep> evaluate(ByteView token) override;
    [[nodiscard]] std::string claimedUser() const override { return m_user; }

private:
    Result<SaslStep> authenticate(std::string_view message);
    std::optional<ScramCredential> credentialOf(const std::string &user) const;

    CredentialLookup m_lookup;
    bool m_done = false; // PLAIN has one step, whatever its outcome
    std::string m_user;
};

} // namespace es::security
