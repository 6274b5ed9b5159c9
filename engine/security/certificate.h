#pragma once

// Certificates as the local CA issues them, and the checks that decide whether an issued
// one can still be used. OpenSSL does the cryptography; this file only chooses the fields.
// Internal to engine/security.

#include "common/status.h"
#include "security/openssl_handles.h"

#include <chrono>
#include <string>
#include <vector>

namespace es::security {

enum class CertificateRole : std::uint8_t {
    Authority, // the local CA: signs the others
    Server,    // a broker: serverAuth (and clientAuth, for broker-to-broker links)
    Client,    // a client for mutual TLS: clientAuth
};

struct CertificateRequest {
    std::string commonName;
    CertificateRole role = CertificateRole::Server;
    // Subject alternative names: IP literals become IP entries, anything else DNS entries.
    std::vector<std::string> hosts;
    int validityDays = 0;
};

// A new EC P-256 key pair: small, fast to make and accepted by every Kafka client.
Result<PkeyPtr> generateKey();

// A certificate for `subjectKey`, signed with `issuerKey` as `issuer`; a null issuer makes
// a self-signed one (the CA itself).
Result<X509Ptr> issueCertificate(const CertificateRequest &request, EVP_PKEY *subjectKey, X509 *issuer,
                                 EVP_PKEY *issuerKey);

// "[::1]" -> "::1"; names lower-cased. Empty when `host` cannot be a subject alternative
// name (empty, spaces, control characters, non-ASCII).
std::string normalizedHost(std::string_view host);

// Whether `certificate` names `host` (a normalised name or IP literal) among its
// alternative names, as a client verifying the host would check.
bool coversHost(X509 *certificate, const std::string &host);

// Whether `certificate` is valid now and stays valid for at least `margin`.
bool validFor(X509 *certificate, std::chrono::seconds margin);

// Whether `issuer` issued and signed `certificate`.
bool issuedBy(X509 *certificate, X509 *issuer);

} // namespace es::security
