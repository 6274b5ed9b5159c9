#include "security/local_ca.h"

#include "security/pem_files.h"

#include <openssl/x509v3.h>

namespace es::security {

namespace {

constexpr const char *kCaName = "Eventscope local CA";
constexpr int kCaValidityDays = 10 * 365;
// The same notice as for the brokers' certificates: a CA about to expire is reported while
// there is time to hand clients a new one.
constexpr std::chrono::seconds kCaMargin = std::chrono::days(30);

// Why the CA under `dir` cannot be used, and what the user can do about it.
Status unusable(const std::filesystem::path &dir, const std::string &reason)
{
    return Status::corruption(
        reason + ". Eventscope does not replace a CA that clients may trust: move " +
        localCaCertificateFile(dir).string() + " and " + localCaKeyFile(dir).string() +
        " away to have a new local CA created (clients then have to trust the new one)");
}

Result<LocalCa> createLocalCa(const std::filesystem::path &dir)
{
    auto key = generateKey();
    if (!key)
        return key.status();
    const CertificateRequest request{.commonName = kCaName,
                                     .role = CertificateRole::Authority,
                                     .hosts = {},
                                     .validityDays = kCaValidityDays};
    auto certificate = issueCertificate(request, key->get(), nullptr, key->get());
    if (!certificate)
        return certificate.status();
    // The key first: a certificate whose key is missing reads as a broken CA.
    ES_RETURN_IF_ERROR(writePrivateKey(localCaKeyFile(dir), key->get()));
    ES_RETURN_IF_ERROR(writeCertificate(localCaCertificateFile(dir), certificate->get()));
    return LocalCa{localCaCertificateFile(dir), std::move(*certificate), std::move(*key)};
}

} // namespace

std::filesystem::path localCaCertificateFile(const std::filesystem::path &dir) { return dir / "ca.pem"; }

std::filesystem::path localCaKeyFile(const std::filesystem::path &dir) { return dir / "ca-key.pem"; }

Result<LocalCa> loadLocalCa(const std::filesystem::path &dir)
{
    const std::filesystem::path certificateFile = localCaCertificateFile(dir);
    auto certificate = readCertificate(certificateFile, "local CA certificate");
    if (!certificate)
        return Status(certificate.status());
    auto key = readPrivateKey(localCaKeyFile(dir), "local CA key");
    if (!key)
        return key.status();
    if (X509_check_private_key(certificate->get(), key->get()) != 1) {
        takeOpenSslErrors();
        return Status::corruption("the local CA key " + localCaKeyFile(dir).string() +
                                  " does not belong to the certificate " + certificateFile.string());
    }
    if (X509_check_ca(certificate->get()) == 0)
        return Status::corruption("the local CA certificate " + certificateFile.string() +
                                  " is not a certificate authority");
    if (!validFor(certificate->get(), kCaMargin))
        return Status::corruption("the local CA certificate " + certificateFile.string() +
                                  " has expired or expires within 30 days");
    return LocalCa{certificateFile, std::move(*certificate), std::move(*key)};
}

Result<LocalCa> loadOrCreateLocalCa(const std::filesystem::path &dir)
{
    std::error_code ec;
    const bool certificateExists = std::filesystem::exists(localCaCertificateFile(dir), ec);
    const bool keyExists = std::filesystem::exists(localCaKeyFile(dir), ec);
    if (!certificateExists && !keyExists)
        return createLocalCa(dir);
    auto ca = loadLocalCa(dir);
    if (!ca)
        return unusable(dir, ca.status().message());
    return ca;
}

Status issueToFiles(const LocalCa &ca, const CertificateRequest &request,
                    const std::filesystem::path &certificateFile, const std::filesystem::path &keyFile)
{
    auto key = generateKey();
    if (!key)
        return key.status();
    auto certificate = issueCertificate(request, key->get(), ca.certificate.get(), ca.key.get());
    if (!certificate)
        return certificate.status();
    ES_RETURN_IF_ERROR(writePrivateKey(keyFile, key->get()));
    return writeCertificate(certificateFile, certificate->get());
}

} // namespace es::security
