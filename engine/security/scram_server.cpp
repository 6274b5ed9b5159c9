#include "security/scram_server.h"

#include "common/base64.h"
#include "common/logging.h"
#include "security/sasl_errors.h"
#include "security/scram_crypto.h"
#include "security/scram_messages.h"

#include <algorithm>
#include <utility>

namespace es::security {

namespace {

constexpr std::size_t kServerNonceBytes = 32;

// A secret drawn once per process. An unknown user's decoy salt is derived from it and the
// name, so that it is the same on every attempt (a salt that changed would tell that the
// user does not exist) and cannot be computed from outside.
Result<Bytes> decoySecret()
{
    static const Result<Bytes> secret = scram::randomBytes(32);
    return secret;
}

// What an unknown user's exchange runs against: a stable salt, Kafka's default iteration
// count, and random keys that no proof matches.
Result<ScramCredential> decoyCredential(ScramMechanism mechanism, const std::string &user)
{
    const Result<Bytes> secret = decoySecret();
    if (!secret)
        return secret.status();
    ScramCredential decoy;
    decoy.mechanism = mechanism;
    decoy.iterations = kMinScramIterations;
    const std::string input = std::string(scramMechanismName(mechanism)) + '\0' + user;
    decoy.salt = scram::hmac(ScramMechanism::Sha256, *secret, asBytes(input));
    Result<Bytes> keys = scram::randomBytes(2 * scram::digestSize(mechanism));
    if (!keys)
        return keys.status();
    const auto half = static_cast<std::ptrdiff_t>(scram::digestSize(mechanism));
    decoy.storedKey.assign(keys->begin(), keys->begin() + half);
    decoy.serverKey.assign(keys->begin() + half, keys->end());
    return decoy;
}

Bytes toBytes(std::string_view text) { return {text.begin(), text.end()}; }

} // namespace

ScramServer::ScramServer(ScramMechanism mechanism, CredentialLookup lookup)
    : ScramServer(mechanism, std::move(lookup), std::string())
{}

ScramServer::ScramServer(ScramMechanism mechanism, CredentialLookup lookup, std::string serverNonce)
    : m_mechanism(mechanism), m_lookup(std::move(lookup)), m_fixedServerNonce(std::move(serverNonce))
{}

std::string_view ScramServer::mechanism() const { return scramMechanismName(m_mechanism); }

std::string ScramServer::claimedUser() const { return m_user; }

Result<SaslStep> ScramServer::evaluate(ByteView token)
{
    const std::string_view message = asChars(token);
    Result<SaslStep> step = Status::invalidArgument(std::string(sasl::kExchangeOver));
    switch (m_state) {
    case State::AwaitingClientFirst: step = receiveClientFirst(message); break;
    case State::AwaitingClientFinal: step = receiveClientFinal(message); break;
    case State::Complete:
    case State::Failed: break;
    }
    if (!step)
        m_state = State::Failed;
    return step;
}

Result<SaslStep> ScramServer::receiveClientFirst(std::string_view message)
{
    Result<scram::ClientFirst> first = scram::parseClientFirst(message);
    if (!first)
        return invalidCredentials(first.status().message());
    m_user = first->user;
    if (!first->authzid.empty() && first->authzid != first->user)
        return Status::invalidArgument(std::string(sasl::kAuthzidDiffers));
    const auto &extensions = first->extensions;
    if (std::any_of(extensions.begin(), extensions.end(),
                    [](const auto &e) { return e.first == "tokenauth"; }))
        return Status::invalidArgument(std::string(sasl::kNoDelegationTokens));
    if (!extensions.empty())
        return invalidCredentials("unsupported extension " + extensions.front().first);

    std::optional<ScramCredential> credential = m_lookup ? m_lookup(m_user, m_mechanism) : std::nullopt;
    m_userKnown = credential && credential->mechanism == m_mechanism;
    if (m_userKnown) {
        m_credential = std::move(*credential);
    } else {
        Result<ScramCredential> decoy = decoyCredential(m_mechanism, m_user);
        if (!decoy)
            return decoy.status();
        m_credential = std::move(*decoy);
    }

    std::string serverNonce = m_fixedServerNonce;
    if (serverNonce.empty()) {
        const Result<Bytes> random = scram::randomBytes(kServerNonceBytes);
        if (!random)
            return random.status();
        serverNonce = toBase64(*random); // printable, and never a ','
    }
    m_nonce = first->nonce + serverNonce;
    m_gs2Header = first->gs2Header;
    m_clientFirstBare = first->bare;
    m_serverFirst = scram::formatServerFirst({m_nonce, m_credential.salt, m_credential.iterations});
    m_state = State::AwaitingClientFinal;

    SaslStep step;
    step.challenge = toBytes(m_serverFirst);
    return step;
}

Result<SaslStep> ScramServer::receiveClientFinal(std::string_view message)
{
    const Result<scram::ClientFinal> clientFinal = scram::parseClientFinal(message);
    if (!clientFinal)
        return invalidCredentials(clientFinal.status().message());
    if (clientFinal->channelBinding != m_gs2Header)
        return invalidCredentials("c= is not the gs2 header of client-first");
    // As Kafka's ScramSaslServer: the nonce must end with server-first's. librdkafka 2.0
    // sends its client nonce before server-first's whole nonce, and signs
    // what it sent, so its proof still verifies below.
    if (!clientFinal->nonce.ends_with(m_nonce))
        return invalidCredentials("r= does not end with the nonce of server-first");

    // RFC 5802 section 3: ClientKey = ClientProof XOR HMAC(StoredKey, AuthMessage), and the
    // password was right when H(ClientKey) is StoredKey.
    const std::string authMessage = m_clientFirstBare + "," + m_serverFirst + "," + clientFinal->withoutProof;
    const Bytes clientSignature = scram::hmac(m_mechanism, m_credential.storedKey, asBytes(authMessage));
    const Bytes &proof = clientFinal->proof;
    if (proof.size() != clientSignature.size())
        return invalidCredentials("the proof is " + std::to_string(proof.size()) + " bytes");
    Bytes clientKey(proof.size());
    for (std::size_t i = 0; i < proof.size(); ++i)
        clientKey[i] = static_cast<std::uint8_t>(proof[i] ^ clientSignature[i]);
    const bool proofMatches =
        scram::equalInConstantTime(scram::hash(m_mechanism, clientKey), m_credential.storedKey);
    if (!m_userKnown)
        return invalidCredentials("the user has no " + std::string(mechanism()) + " credential");
    if (!proofMatches)
        return invalidCredentials("the proof does not match (a wrong password)");

    const Bytes serverSignature = scram::hmac(m_mechanism, m_credential.serverKey, asBytes(authMessage));
    if (serverSignature.empty())
        return Status::ioError("SCRAM: OpenSSL could not sign the server-final message");
    m_state = State::Complete;
    SaslStep step;
    step.challenge = toBytes(scram::formatServerFinal(serverSignature));
    step.complete = true;
    step.user = m_user;
    return step;
}

Status ScramServer::invalidCredentials(std::string_view reason) const
{
    logger("security")->debug("{} authentication of '{}' failed: {}", mechanism(), m_user, reason);
    return Status::invalidArgument(
        "Authentication failed during authentication due to invalid credentials with SASL mechanism " +
        std::string(mechanism()));
}

} // namespace es::security
