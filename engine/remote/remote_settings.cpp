#include "remote/remote_settings.h"

namespace es {

std::string_view securityProtocolName(SecurityProtocol protocol)
{
    switch (protocol) {
    case SecurityProtocol::Plaintext: return "PLAINTEXT";
    case SecurityProtocol::Ssl: return "SSL";
    case SecurityProtocol::SaslPlaintext: return "SASL_PLAINTEXT";
    case SecurityProtocol::SaslSsl: return "SASL_SSL";
    }
    return "PLAINTEXT";
}

std::string_view saslMechanismName(SaslMechanism mechanism)
{
    switch (mechanism) {
    case SaslMechanism::Plain: return "PLAIN";
    case SaslMechanism::ScramSha256: return "SCRAM-SHA-256";
    case SaslMechanism::ScramSha512: return "SCRAM-SHA-512";
    }
    return "PLAIN";
}

bool usesSasl(SecurityProtocol protocol)
{
    return protocol == SecurityProtocol::SaslPlaintext || protocol == SecurityProtocol::SaslSsl;
}

bool usesTls(SecurityProtocol protocol)
{
    return protocol == SecurityProtocol::Ssl || protocol == SecurityProtocol::SaslSsl;
}

} // namespace es
