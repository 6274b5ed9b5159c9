#pragma once

#include "security/sasl_server.h"

#include <string>

namespace es::security {

// SCRAM-SHA-256 and SCRAM-SHA-512 (RFC 5802, RFC 7677) as Kafka's brokers run them: two
// client tokens (client-first, client-final), no channel binding, no delegation tokens.
//
// A user without a credential gets a server-first like anyone's (a salt that is stable for
// that name within the process, Kafka's default iteration count), and fails at the final
// step with the message a wrong password gets: the exchange does not tell who exists.
// Built through makeSaslServer(); one exchange per object, on one thread.
class ScramServer final : public SaslServer {
public:
    ScramServer(ScramMechanism mechanism, CredentialLookup lookup);
    // For tests that replay a published exchange (RFC 7677 section 3): the server's half of
    // the nonce, instead of 32 random bytes in base64.
    ScramServer(ScramMechanism mechanism, CredentialLookup lookup, std::string serverNonce);

    [[nodiscard]] std::string_view mechanism() const override;
    Result<SaslStep> evaluate(ByteView token) override;
    [[nodiscard]] std::string claimedUser() const override;

private:
    enum class State : std::uint8_t { AwaitingClientFirst, AwaitingClientFinal, Complete, Failed };

    Result<SaslStep> receiveClientFirst(std::string_view message);
    Result<SaslStep> receiveClientFinal(std::string_view message);
    // The one message for every failure that could tell a wrong password from an unknown
    // user (Kafka's), with the real reason in the debug log.
    [[nodiscard]] Status invalidCredentials(std::string_view reason) const;

    ScramMechanism m_mechanism;
    CredentialLookup m_lookup;
    std::string m_fixedServerNonce; // empty: random
    State m_state = State::AwaitingClientFirst;

    std::string m_user;
    // The user's credential, or a decoy with random keys when there is none.
    ScramCredential m_credential;
    bool m_userKnown = false;
    std::string m_gs2Header;
    std::string m_nonce; // client's and server's
    std::string m_clientFirstBare;
    std::string m_serverFirst;
};

} // namespace es::security
