#pragma once

#include "common/buffer.h"
#include "common/status.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace es::security {

// The SCRAM mechanisms Kafka offers (RFC 5802 with RFC 7677's SHA-256, and SHA-512).
// The numbers are Kafka's ScramMechanism codes (DescribeUserScramCredentials).
enum class ScramMechanism : std::int8_t { Sha256 = 1, Sha512 = 2 };

std::string_view scramMechanismName(ScramMechanism mechanism); // "SCRAM-SHA-256"
std::optional<ScramMechanism> parseScramMechanism(std::string_view name);
std::optional<ScramMechanism> scramMechanismFromCode(std::int8_t code);

// What a server keeps of a user's password, as Kafka does: never the password itself.
struct ScramCredential {
    ScramMechanism mechanism = ScramMechanism::Sha512;
    std::int32_t iterations = 4096;
    Bytes salt;
    Bytes storedKey; // H(HMAC(SaltedPassword, "Client Key"))
    Bytes serverKey; // HMAC(SaltedPassword, "Server Key")

    bool operator==(const ScramCredential &) const = default;
};

// Kafka's bounds on the iteration count (4096 .. 16384).
constexpr std::int32_t kMinScramIterations = 4096;
constexpr std::int32_t kMaxScramIterations = 16384;

// Salts `password` (a fresh random 32-byte salt when `salt` is empty) with PBKDF2 and derives
// the stored and server keys. InvalidArgument for iterations out of Kafka's bounds.
Result<ScramCredential> makeScramCredential(ScramMechanism mechanism, std::string_view password,
                                            std::int32_t iterations, ByteView salt = {});
// From a salted password computed by the client, as AlterUserScramCredentials sends it.
Result<ScramCredential> scramCredentialFromSaltedPassword(ScramMechanism mechanism, ByteView salt,
                                                          ByteView saltedPassword, std::int32_t iterations);
// Whether `password` is the one `credential` was made from (PLAIN checks passwords this
// way), compared in constant time.
[[nodiscard]] bool scramPasswordMatches(const ScramCredential &credential, std::string_view password);

} // namespace es::security
