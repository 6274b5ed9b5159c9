#pragma once

// The client side of SCRAM (RFC 5802), computed with OpenSSL, so the tests check the
// broker against the RFC rather than against its own code.

#include "common/buffer.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <string>
#include <string_view>

namespace es::test {

class ScramTestClient {
public:
    ScramTestClient(const EVP_MD *digest, std::string user, std::string password)
        : m_digest(digest), m_user(std::move(user)), m_password(std::move(password))
    {}

    Bytes clientFirst()
    {
        m_clientFirstBare = "n=" + m_user + ",r=" + m_nonce;
        return bytes("n,," + m_clientFirstBare);
    }

    // The client-final message for the server-first message; empty when it is malformed.
    Bytes clientFinal(const Bytes &serverFirstBytes)
    {
        const std::string serverFirst(serverFirstBytes.begin(), serverFirstBytes.end());
        const std::string nonce = attribute(serverFirst, 'r');
        const std::string salt = base64Decode(attribute(serverFirst, 's'));
        const int iterations = std::stoi(attribute(serverFirst, 'i'));
        std::string salted(static_cast<std::size_t>(EVP_MD_get_size(m_digest)), '\0');
        PKCS5_PBKDF2_HMAC(m_password.data(), static_cast<int>(m_password.size()),
                          reinterpret_cast<const unsigned char *>(salt.data()), static_cast<int>(salt.size()),
                          iterations, m_digest, static_cast<int>(salted.size()),
                          reinterpret_cast<unsigned char *>(salted.data()));
        const std::string withoutProof = "c=biws,r=" + nonce;
        m_authMessage = m_clientFirstBare + "," + serverFirst + "," + withoutProof;
        const std::string clientKey = hmac(salted, "Client Key");
        std::string storedKey(static_cast<std::size_t>(EVP_MD_get_size(m_digest)), '\0');
        EVP_Digest(clientKey.data(), clientKey.size(), reinterpret_cast<unsigned char *>(storedKey.data()),
                   nullptr, m_digest, nullptr);
        const std::string signature = hmac(storedKey, m_authMessage);
        std::string proof = clientKey;
        for (std::size_t i = 0; i < proof.size(); ++i)
            proof[i] = static_cast<char>(proof[i] ^ signature[i]);
        m_serverKey = hmac(salted, "Server Key");
        return bytes(withoutProof + ",p=" + base64Encode(proof));
    }

    // Whether the server-final message proves the server knew the password.
    bool serverFinalValid(const Bytes &serverFinal) const
    {
        const std::string text(serverFinal.begin(), serverFinal.end());
        return attribute(text, 'v') == base64Encode(hmac(m_serverKey, m_authMessage));
    }

private:
    static Bytes bytes(const std::string &s) { return Bytes(s.begin(), s.end()); }

    static std::string attribute(const std::string &message, char name)
    {
        std::size_t pos = 0;
        while (pos < message.size()) {
            const std::size_t end = std::min(message.find(',', pos), message.size());
            if (end - pos >= 2 && message[pos] == name && message[pos + 1] == '=')
                return message.substr(pos + 2, end - pos - 2);
            pos = end + 1;
        }
        return {};
    }

    std::string hmac(const std::string &key, const std::string &data) const
    {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        HMAC(m_digest, key.data(), static_cast<int>(key.size()),
             reinterpret_cast<const unsigned char *>(data.data()), data.size(), out, &length);
        return std::string(reinterpret_cast<const char *>(out), length);
    }

    static std::string base64Encode(const std::string &raw)
    {
        std::string out(4 * ((raw.size() + 2) / 3) + 1, '\0');
        const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                                      reinterpret_cast<const unsigned char *>(raw.data()),
                                      static_cast<int>(raw.size()));
        out.resize(static_cast<std::size_t>(n));
        return out;
    }

    static std::string base64Decode(const std::string &text)
    {
        std::string out(3 * (text.size() / 4) + 3, '\0');
        const int n = EVP_DecodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                                      reinterpret_cast<const unsigned char *>(text.data()),
                                      static_cast<int>(text.size()));
        if (n < 0)
            return {};
        std::size_t size = static_cast<std::size_t>(n);
        for (auto it = text.rbegin(); it != text.rend() && *it == '='; ++it)
            --size; // EVP_DecodeBlock counts the padding as zero bytes
        out.resize(size);
        return out;
    }

    const EVP_MD *m_digest;
    std::string m_user;
    std::string m_password;
    std::string m_nonce = "rOprNGfwEbeRWgbNEkqO";
    std::string m_clientFirstBare;
    std::string m_authMessage;
    std::string m_serverKey;
};

} // namespace es::test
