#include "security/sasl_plain.h"

#include "security/sasl_errors.h"

#include <utility>

namespace es::security {

namespace {

constexpr std::string_view kInvalidUserOrPassword = "Authentication failed: Invalid username or password";

// Checked instead of a credential when the user has none, so that an unknown user costs the
// PBKDF2 a wrong password does. Its salt is random: no password matches it knowingly.
const std::optional<ScramCredential> &decoyCredential()
{
    static const std::optional<ScramCredential> decoy = []() -> std::optional<ScramCredential> {
        Result<ScramCredential> made = makeScramCredential(ScramMechanism::Sha512, "", kMinScramIterations);
        if (!made)
            return std::nullopt;
        return std::move(*made);
    }();
    return decoy;
}

} // namespace

PlainServer::PlainServer(CredentialLookup lookup) : m_lookup(std::move(lookup)) {}

Result<SaslStep> PlainServer::evaluate(ByteView token)
{
    if (m_done)
        return Status::invalidArgument(std::string(sasl::kExchangeOver));
    m_done = true;
    return authenticate(asChars(token));
}

Result<SaslStep> PlainServer::authenticate(std::string_view message)
{
    // Exactly three fields, as Kafka's PlainSaslServer splits them.
    const std::size_t first = message.find('\0');
    const std::size_t second = first == std::string_view::npos ? first : message.find('\0', first + 1);
    if (second == std::string_view::npos || message.find('\0', second + 1) != std::string_view::npos)
        return Status::invalidArgument("Invalid SASL/PLAIN response: expected 3 tokens");
    const std::string_view authzid = message.substr(0, first);
    const std::string_view user = message.substr(first + 1, second - first - 1);
    const std::string_view password = message.substr(second + 1);

    if (user.empty())
        return Status::invalidArgument("Authentication failed: username not specified");
    m_user = std::string(user);
    if (password.empty())
        return Status::invalidArgument("Authentication failed: password not specified");
    if (!authzid.empty() && authzid != user)
        return Status::invalidArgument(std::string(sasl::kAuthzidDiffers));

    const std::optional<ScramCredential> credential = credentialOf(m_user);
    if (!credential) {
        if (const auto &decoy = decoyCredential())
            (void)scramPasswordMatches(*decoy, password);
        return Status::invalidArgument(std::string(kInvalidUserOrPassword));
    }
    if (!scramPasswordMatches(*credential, password))
        return Status::invalidArgument(std::string(kInvalidUserOrPassword));

    SaslStep step;
    step.complete = true;
    step.user = m_user;
    return step;
}

std::optional<ScramCredential> PlainServer::credentialOf(const std::string &user) const
{
    if (!m_lookup)
        return std::nullopt;
    for (ScramMechanism mechanism : {ScramMechanism::Sha512, ScramMechanism::Sha256}) {
        std::optional<ScramCredential> credential = m_lookup(user, mechanism);
        if (credential && credential->mechanism == mechanism)
            return credential;
    }
    return std::nullopt;
}

} // namespace es::security
