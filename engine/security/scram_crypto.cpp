#include "security/scram_crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <limits>

namespace es::security::scram {

namespace {

const EVP_MD *digest(ScramMechanism mechanism)
{
    return mechanism == ScramMechanism::Sha256 ? EVP_sha256() : EVP_sha512();
}

} // namespace

std::size_t digestSize(ScramMechanism mechanism)
{
    return static_cast<std::size_t>(EVP_MD_get_size(digest(mechanism)));
}

Bytes hash(ScramMechanism mechanism, ByteView data)
{
    Bytes out(EVP_MAX_MD_SIZE);
    unsigned int size = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &size, digest(mechanism), nullptr) != 1)
        return {};
    out.resize(size);
    return out;
}

Bytes hmac(ScramMechanism mechanism, ByteView key, ByteView data)
{
    if (key.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return {};
    // OpenSSL reads a null key as "the previous key": an empty key is handed as a real pointer.
    static constexpr unsigned char kEmptyKey = 0;
    Bytes out(EVP_MAX_MD_SIZE);
    unsigned int size = 0;
    if (HMAC(digest(mechanism), key.empty() ? &kEmptyKey : key.data(), static_cast<int>(key.size()),
             data.data(), data.size(), out.data(), &size) == nullptr)
        return {};
    out.resize(size);
    return out;
}

Result<Bytes> saltPassword(ScramMechanism mechanism, std::string_view password, ByteView salt,
                           std::int32_t iterations)
{
    constexpr auto kIntMax = static_cast<std::size_t>(std::numeric_limits<int>::max());
    if (iterations < 1 || password.size() > kIntMax || salt.size() > kIntMax)
        return Status::invalidArgument("SCRAM: the iteration count, password or salt is out of range");
    Bytes out(digestSize(mechanism));
    // OpenSSL is handed "" rather than a null pointer for an empty password.
    const char *text = password.empty() ? "" : password.data();
    if (PKCS5_PBKDF2_HMAC(text, static_cast<int>(password.size()), salt.data(), static_cast<int>(salt.size()),
                          iterations, digest(mechanism), static_cast<int>(out.size()), out.data()) != 1)
        return Status::ioError("SCRAM: OpenSSL could not salt the password (PBKDF2 failed)");
    return out;
}

Result<Bytes> randomBytes(std::size_t count)
{
    Bytes out(count);
    if (count > static_cast<std::size_t>(std::numeric_limits<int>::max()) ||
        RAND_bytes(out.data(), static_cast<int>(count)) != 1)
        return Status::ioError("SCRAM: OpenSSL's random generator failed");
    return out;
}

bool equalInConstantTime(ByteView a, ByteView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace es::security::scram
