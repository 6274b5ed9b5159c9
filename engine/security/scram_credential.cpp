#include "security/scram_credential.h"

#include "security/scram_crypto.h"

#include <string>
#include <utility>

namespace es::security {

namespace {

constexpr std::size_t kSaltSize = 32;

Status checkIterations(std::int32_t iterations)
{
    if (iterations < kMinScramIterations || iterations > kMaxScramIterations)
        return Status::invalidArgument(
            "SCRAM iterations must be between " + std::to_string(kMinScramIterations) + " and " +
            std::to_string(kMaxScramIterations) + ", not " + std::to_string(iterations));
    return Status::ok();
}

// StoredKey and ServerKey from SaltedPassword (RFC 5802 section 3); no check of the bounds.
Result<ScramCredential> deriveKeys(ScramMechanism mechanism, ByteView salt, ByteView saltedPassword,
                                   std::int32_t iterations)
{
    ScramCredential credential;
    credential.mechanism = mechanism;
    credential.iterations = iterations;
    credential.salt.assign(salt.begin(), salt.end());
    const Bytes clientKey = scram::hmac(mechanism, saltedPassword, asBytes("Client Key"));
    credential.storedKey = scram::hash(mechanism, clientKey);
    credential.serverKey = scram::hmac(mechanism, saltedPassword, asBytes("Server Key"));
    if (clientKey.empty() || credential.storedKey.empty() || credential.serverKey.empty())
        return Status::ioError("SCRAM: OpenSSL could not derive the keys");
    return credential;
}

} // namespace

std::string_view scramMechanismName(ScramMechanism mechanism)
{
    return mechanism == ScramMechanism::Sha256 ? "SCRAM-SHA-256" : "SCRAM-SHA-512";
}

std::optional<ScramMechanism> parseScramMechanism(std::string_view name)
{
    for (ScramMechanism mechanism : {ScramMechanism::Sha256, ScramMechanism::Sha512})
        if (name == scramMechanismName(mechanism))
            return mechanism;
    return std::nullopt;
}

std::optional<ScramMechanism> scramMechanismFromCode(std::int8_t code)
{
    for (ScramMechanism mechanism : {ScramMechanism::Sha256, ScramMechanism::Sha512})
        if (code == static_cast<std::int8_t>(mechanism))
            return mechanism;
    return std::nullopt;
}

Result<ScramCredential> makeScramCredential(ScramMechanism mechanism, std::string_view password,
                                            std::int32_t iterations, ByteView salt)
{
    ES_RETURN_IF_ERROR(checkIterations(iterations));
    Bytes freshSalt;
    if (salt.empty()) {
        Result<Bytes> random = scram::randomBytes(kSaltSize);
        if (!random)
            return random.status();
        freshSalt = std::move(*random);
        salt = freshSalt;
    }
    const Result<Bytes> salted = scram::saltPassword(mechanism, password, salt, iterations);
    if (!salted)
        return salted.status();
    return deriveKeys(mechanism, salt, *salted, iterations);
}

Result<ScramCredential> scramCredentialFromSaltedPassword(ScramMechanism mechanism, ByteView salt,
                                                          ByteView saltedPassword, std::int32_t iterations)
{
    ES_RETURN_IF_ERROR(checkIterations(iterations));
    if (salt.empty())
        return Status::invalidArgument("the SCRAM salt is empty");
    if (saltedPassword.size() != scram::digestSize(mechanism))
        return Status::invalidArgument("a " + std::string(scramMechanismName(mechanism)) +
                                       " salted password is " + std::to_string(scram::digestSize(mechanism)) +
                                       " bytes, not " + std::to_string(saltedPassword.size()));
    return deriveKeys(mechanism, salt, saltedPassword, iterations);
}

bool scramPasswordMatches(const ScramCredential &credential, std::string_view password)
{
    const Result<Bytes> salted =
        scram::saltPassword(credential.mechanism, password, credential.salt, credential.iterations);
    if (!salted)
        return false;
    const Result<ScramCredential> candidate =
        deriveKeys(credential.mechanism, credential.salt, *salted, credential.iterations);
    if (!candidate)
        return false;
    // Both comparisons run whatever the first says.
    const bool storedKeyMatches = scram::equalInConstantTime(candidate->storedKey, credential.storedKey);
    const bool serverKeyMatches = scram::equalInConstantTime(candidate->serverKey, credential.serverKey);
    return storedKeyMatches && serverKeyMatches;
}

} // namespace es::security
