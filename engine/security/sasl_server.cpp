#include "security/sasl_server.h"

#include "security/sasl_plain.h"
#include "security/scram_server.h"

#include <utility>

namespace es::security {

std::vector<std::string> supportedSaslMechanisms()
{
    return {"PLAIN", std::string(scramMechanismName(ScramMechanism::Sha256)),
            std::string(scramMechanismName(ScramMechanism::Sha512))};
}

std::unique_ptr<SaslServer> makeSaslServer(std::string_view mechanism, CredentialLookup lookup)
{
    // Mechanism names are case-sensitive (RFC 4422 section 3.1), as in Kafka.
    if (mechanism == "PLAIN")
        return std::make_unique<PlainServer>(std::move(lookup));
    if (const std::optional<ScramMechanism> scram = parseScramMechanism(mechanism))
        return std::make_unique<ScramServer>(*scram, std::move(lookup));
    return nullptr;
}

} // namespace es::security
