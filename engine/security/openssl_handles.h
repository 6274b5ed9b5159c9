#pragma once

// Owning handles for the OpenSSL objects the TLS material passes around, and the text of
// OpenSSL's error queue, so that no caller frees by hand or shows a bare error number.
// Internal to engine/security.

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <string>

namespace es::security {

template <auto Free>
struct OpenSslDeleter {
    template <typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};

using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;

// Empties this thread's OpenSSL error queue into one readable line ("PEM routines::no start
// line; ..."), or `fallback` when the queue is empty.
std::string takeOpenSslErrors(const std::string &fallback = "unknown OpenSSL error");

// SHA-256 of the DER certificate as upper-case hex pairs joined by ':' (what `openssl x509
// -fingerprint -sha256` and keytool print, so a user can compare them by eye).
std::string sha256Fingerprint(const X509 *certificate);

} // namespace es::security
