#pragma once

// The client side of a SCRAM exchange, computed here with OpenSSL directly rather than with
// the engine's helpers, so that the server is checked against an independent derivation.

#include "common/base64.h"
#include "common/buffer.h"
#include "security/scram_credential.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace es::security::testing {

inline const EVP_MD *testDigest(ScramMechanism mechanism)
{
    return mechanism == ScramMechanism::Sha256 ? EVP_sha256() : EVP_sha512();
}

inline Bytes testHmac(ScramMechanism mechanism, ByteView key, ByteView data)
{
    Bytes out(EVP_MAX_MD_SIZE);
    unsigned int size = 0;
    HMAC(testDigest(mechanism), key.data(), static_cast<int>(key.size()), data.data(), data.size(),
         out.data(), &size);
    out.resize(size);
    return out;
}

inline Bytes testHash(ScramMechanism mechanism, ByteView data)
{
    Bytes out(EVP_MAX_MD_SIZE);
    unsigned int size = 0;
    EVP_Digest(data.data(), data.size(), out.data(), &size, testDigest(mechanism), nullptr);
    out.resize(size);
    return out;
}

inline Bytes testSaltedPassword(ScramMechanism mechanism, std::string_view password, ByteView salt,
                                int iterations)
{
    Bytes out(static_cast<std::size_t>(EVP_MD_get_size(testDigest(mechanism))));
    PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(),
                      static_cast<int>(salt.size()), iterations, testDigest(mechanism),
                      static_cast<int>(out.size()), out.data());
    return out;
}

inline Bytes toBytes(std::string_view text) { return {text.begin(), text.end()}; }

// The attributes of a server-first message, split by hand: "r=..,s=..,i=..".
inline std::map<char, std::string> attributesOf(std::string_view message)
{
    std::map<char, std::string> out;
    while (!message.empty()) {
        const std::size_t comma = message.find(',');
        const std::string_view part = message.substr(0, comma);
        if (part.size() >= 2 && part[1] == '=')
            out[part[0]] = std::string(part.substr(2));
        message = comma == std::string_view::npos ? std::string_view() : message.substr(comma + 1);
    }
    return out;
}

// One exchange: clientFirst(), then clientFinal() with the server-first, then
// expectedServerFinal() to compare with the server's last challenge.
class TestScramClient {
public:
    TestScramClient(ScramMechanism mechanism, std::string saslName, std::string password,
                    std::string nonce = "fyko+d2lbbFgONRv9qkxdawL", std::string gs2Header = "n,,")
        : m_mechanism(mechanism),
          m_saslName(std::move(saslName)),
          m_password(std::move(password)),
          m_nonce(std::move(nonce)),
          m_gs2Header(std::move(gs2Header))
    {}

    [[nodiscard]] std::string bare() const { return "n=" + m_saslName + ",r=" + m_nonce; }
    [[nodiscard]] Bytes clientFirst() const { return toBytes(m_gs2Header + bare()); }

    // The client-final answering `serverFirst`; nonce and channel binding as the server
    // expects unless overridden.
    Bytes clientFinal(std::string_view serverFirst, std::optional<std::string> nonce = std::nullopt,
                      std::optional<std::string> channelBinding = std::nullopt)
    {
        const std::map<char, std::string> attributes = attributesOf(serverFirst);
        const Bytes salt = *fromBase64(attributes.at('s'));
        const int iterations = std::stoi(attributes.at('i'));
        const Bytes salted = testSaltedPassword(m_mechanism, m_password, salt, iterations);

        const std::string withoutProof = "c=" + channelBinding.value_or(toBase64(asBytes(m_gs2Header))) +
                                         ",r=" + nonce.value_or(attributes.at('r'));
        m_authMessage = bare() + "," + std::string(serverFirst) + "," + withoutProof;
        const Bytes clientKey = testHmac(m_mechanism, salted, asBytes("Client Key"));
        const Bytes storedKey = testHash(m_mechanism, clientKey);
        const Bytes signature = testHmac(m_mechanism, storedKey, asBytes(m_authMessage));
        Bytes proof(clientKey.size());
        for (std::size_t i = 0; i < proof.size(); ++i)
            proof[i] = static_cast<std::uint8_t>(clientKey[i] ^ signature[i]);
        m_serverKey = testHmac(m_mechanism, salted, asBytes("Server Key"));
        return toBytes(withoutProof + ",p=" + toBase64(proof));
    }

    [[nodiscard]] Bytes expectedServerFinal() const
    {
        return toBytes("v=" + toBase64(testHmac(m_mechanism, m_serverKey, asBytes(m_authMessage))));
    }

private:
    ScramMechanism m_mechanism;
    std::string m_saslName;
    std::string m_password;
    std::string m_nonce;
    std::string m_gs2Header;
    std::string m_authMessage;
    Bytes m_serverKey;
};

} // namespace es::security::testing
