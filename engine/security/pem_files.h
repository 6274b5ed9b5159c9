#pragma once

// Reading and writing the PEM files of the TLS material. Reads name the file and what it
// should hold in their errors ("cannot read the TLS certificate /x/y.pem: ..."). Writes are
// atomic (a temporary file renamed over the old one), so a crash leaves the old file or the
// new one, never half of one; keys are written mode 0600. Internal to engine/security.

#include "common/status.h"
#include "security/openssl_handles.h"

#include <filesystem>
#include <string_view>

namespace es::security {

// The first certificate in `path`. `what` names it for the user: "TLS certificate".
Result<X509Ptr> readCertificate(const std::filesystem::path &path, std::string_view what);

// The private key in `path`. A key protected by a passphrase is refused (nobody is there
// to type it) rather than prompted for on the terminal.
Result<PkeyPtr> readPrivateKey(const std::filesystem::path &path, std::string_view what);

Status writeCertificate(const std::filesystem::path &path, X509 *certificate);
Status writePrivateKey(const std::filesystem::path &path, EVP_PKEY *key);

} // namespace es::security
