#pragma once

#include "common/status.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace asio::ssl {
class context;
}

namespace es::security {

// Whether a TLS listener asks clients for a certificate (Kafka's ssl.client.auth).
enum class ClientAuth : std::uint8_t { None, Requested, Required };

// The certificate and key the TLS listeners present, and the CA clients trust.
struct TlsSettings {
    // The user's own certificate chain and key (PEM); empty: Eventscope's local CA issues one.
    std::filesystem::path certificateFile;
    std::filesystem::path keyFile;
    // CA (PEM) that client certificates must chain to; empty: the local CA.
    std::filesystem::path clientCaFile;
    ClientAuth clientAuth = ClientAuth::None;

    bool operator==(const TlsSettings &) const = default;
};

// The files the listeners use, after ensureTlsMaterial().
struct TlsMaterial {
    std::filesystem::path caCertificate; // what clients set as ssl.ca.location
    std::string caFingerprint;           // SHA-256, "AB:CD:..."
    std::filesystem::path certificate;   // the brokers' certificate chain
    std::filesystem::path key;
    // To verify client certificates: settings.clientCaFile, else the local CA (which
    // issueClientCertificate() uses). With the user's own certificate and no client CA file,
    // the local CA only when settings.clientAuth asks for certificates; empty otherwise.
    std::filesystem::path clientCa;
    bool ownCertificate = false; // the user's, not the local CA's
};

// With no certificate of the user's: creates (on first use) or loads a local CA and a
// broker certificate for `hosts` (names and IP addresses, as subject alternative names)
// under `dir` (the cluster's tls directory), keys mode 0600. A broker certificate that no
// longer covers `hosts` or expires within 30 days is issued again. With the user's own
// certificate and key: checks they load and belong together. Errors name the file. A local
// CA that exists but cannot be used is an error, never replaced (clients may trust it).
// Calls for the same `dir` must not overlap (files are replaced, not locked).
Result<TlsMaterial> ensureTlsMaterial(const std::filesystem::path &dir, const TlsSettings &settings,
                                      const std::vector<std::string> &hosts);

// A server context for the listeners: TLS 1.2 and later, the material's certificate and
// key, client certificates verified against clientCa as `clientAuth` asks (an error when
// it asks and clientCa is empty).
Result<std::shared_ptr<asio::ssl::context>> makeServerTlsContext(const TlsMaterial &material,
                                                                 ClientAuth clientAuth);

// Issues a client certificate for `commonName` from the local CA under `dir` (for mTLS:
// the GUI offers it, tests use it); writes <name>.pem and <name>-key.pem into `outDir`.
struct IssuedCertificate {
    std::filesystem::path certificate;
    std::filesystem::path key;
};
Result<IssuedCertificate> issueClientCertificate(const std::filesystem::path &dir,
                                                 const std::string &commonName,
                                                 const std::filesystem::path &outDir);

// Kafka's principal for a verified client certificate: "User:" + the subject in RFC 2253
// form, most specific first ("User:CN=app,OU=dev,O=Example").
// `peerCertificate` is an X509* from the TLS stream (void* keeps OpenSSL out of this header).
std::string principalFromCertificate(const void *peerCertificate);

} // namespace es::security
