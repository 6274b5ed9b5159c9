#pragma once

// Eventscope's local CA: a self-signed certificate authority kept in a cluster's tls
// directory (ca.pem, ca-key.pem) that issues the brokers' certificates and, for mutual
// TLS, clients' certificates. Clients trust ca.pem. Internal to engine/security.

#include "common/status.h"
#include "security/certificate.h"
#include "security/openssl_handles.h"

#include <filesystem>

namespace es::security {

struct LocalCa {
    std::filesystem::path certificateFile; // ca.pem
    X509Ptr certificate;
    PkeyPtr key;
};

std::filesystem::path localCaCertificateFile(const std::filesystem::path &dir);
std::filesystem::path localCaKeyFile(const std::filesystem::path &dir);

// The CA under `dir`. Errors when it is absent or unusable; the message names the file.
Result<LocalCa> loadLocalCa(const std::filesystem::path &dir);

// The CA under `dir`, created when neither of its files exists. One that exists but is
// unusable is an error, never replaced: clients may trust it, and a new one would break
// them without a word. The message says to move the files away to start a new one.
Result<LocalCa> loadOrCreateLocalCa(const std::filesystem::path &dir);

// Issues a certificate for `request` with a new key and writes both (the key mode 0600).
Status issueToFiles(const LocalCa &ca, const CertificateRequest &request,
                    const std::filesystem::path &certificateFile, const std::filesystem::path &keyFile);

} // namespace es::security
