#include "security/openssl_handles.h"

#include <openssl/err.h>

#include <array>

namespace es::security {

std::string takeOpenSslErrors(const std::string &fallback)
{
    std::string text;
    while (const unsigned long code = ERR_get_error()) {
        std::array<char, 256> line{};
        ERR_error_string_n(code, line.data(), line.size());
        if (!text.empty())
            text += "; ";
        text += line.data();
    }
    return text.empty() ? fallback : text;
}

std::string sha256Fingerprint(const X509 *certificate)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest.data(), &length) != 1)
        return {};
    constexpr std::string_view kHex = "0123456789ABCDEF";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        if (i > 0)
            out += ':';
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 0x0F];
    }
    return out;
}

} // namespace es::security
