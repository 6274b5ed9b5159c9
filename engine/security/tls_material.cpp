#include "security/tls_material.h"

#include "common/logging.h"
#include "security/local_ca.h"
#include "security/pem_files.h"

#include <algorithm>

namespace es::security {

namespace {

constexpr const char *kBrokerName = "Eventscope broker";
constexpr int kBrokerValidityDays = 2 * 365;
// A certificate this close to its end is issued again, before clients start refusing it.
constexpr std::chrono::seconds kRenewalMargin = std::chrono::days(30);

std::filesystem::path brokerCertificateFile(const std::filesystem::path &dir) { return dir / "broker.pem"; }

std::filesystem::path brokerKeyFile(const std::filesystem::path &dir) { return dir / "broker-key.pem"; }

Status createDirectory(const std::filesystem::path &dir)
{
    std::error_code ec;
    if (std::filesystem::is_directory(dir, ec))
        return Status::ok();
    std::filesystem::create_directories(dir, ec);
    if (!ec)
        std::filesystem::permissions(dir, std::filesystem::perms::owner_all, ec);
    if (ec)
        return Status::ioError("cannot create the TLS directory " + dir.string() + ": " + ec.message());
    return Status::ok();
}

// The names the broker certificate must carry: loopback always, then `hosts`.
Result<std::vector<std::string>> brokerHosts(const std::vector<std::string> &hosts)
{
    std::vector<std::string> out{"localhost", "127.0.0.1", "::1"};
    for (const std::string &host : hosts) {
        const std::string normal = normalizedHost(host);
        if (normal.empty())
            return Status::invalidArgument("\"" + host + "\" cannot be named in a TLS certificate");
        if (std::find(out.begin(), out.end(), normal) == out.end())
            out.push_back(normal);
    }
    return out;
}

// Why the broker certificate under `dir` has to be issued again; empty when it can be used.
std::string brokerCertificateProblem(const std::filesystem::path &dir, const LocalCa &ca,
                                     const std::vector<std::string> &hosts)
{
    auto certificate = readCertificate(brokerCertificateFile(dir), "broker certificate");
    if (!certificate)
        return certificate.status().message();
    auto key = readPrivateKey(brokerKeyFile(dir), "broker key");
    if (!key)
        return key.status().message();
    if (X509_check_private_key(certificate->get(), key->get()) != 1) {
        takeOpenSslErrors();
        return "its key does not belong to it";
    }
    if (!issuedBy(certificate->get(), ca.certificate.get()))
        return "it was not issued by the local CA";
    if (!validFor(certificate->get(), kRenewalMargin))
        return "it expires within 30 days";
    for (const std::string &host : hosts)
        if (!coversHost(certificate->get(), host))
            return "it does not name " + host;
    return {};
}

Result<std::string> fingerprintOf(const std::filesystem::path &file, std::string_view what)
{
    auto certificate = readCertificate(file, what);
    if (!certificate)
        return certificate.status();
    return sha256Fingerprint(certificate->get());
}

Result<TlsMaterial> localMaterial(const std::filesystem::path &dir, const TlsSettings &settings,
                                  const std::vector<std::string> &hosts)
{
    ES_RETURN_IF_ERROR(createDirectory(dir));
    auto ca = loadOrCreateLocalCa(dir);
    if (!ca)
        return ca.status();
    auto names = brokerHosts(hosts);
    if (!names)
        return names.status();
    std::error_code ec;
    const bool firstUse = !std::filesystem::exists(brokerCertificateFile(dir), ec);
    const std::string problem = brokerCertificateProblem(dir, *ca, *names);
    if (!problem.empty()) {
        if (firstUse)
            logger("security")
                ->info("Issuing the broker certificate {}", brokerCertificateFile(dir).string());
        else
            logger("security")
                ->info("Issuing the broker certificate {} again: {}", brokerCertificateFile(dir).string(),
                       problem);
        const CertificateRequest request{.commonName = kBrokerName,
                                         .role = CertificateRole::Server,
                                         .hosts = *names,
                                         .validityDays = kBrokerValidityDays};
        ES_RETURN_IF_ERROR(issueToFiles(*ca, request, brokerCertificateFile(dir), brokerKeyFile(dir)));
    }

    TlsMaterial material;
    material.caCertificate = ca->certificateFile;
    material.caFingerprint = sha256Fingerprint(ca->certificate.get());
    material.certificate = brokerCertificateFile(dir);
    material.key = brokerKeyFile(dir);
    material.clientCa = ca->certificateFile;
    if (!settings.clientCaFile.empty()) {
        auto clientCa = readCertificate(settings.clientCaFile, "client CA certificate");
        if (!clientCa)
            return clientCa.status();
        material.clientCa = settings.clientCaFile;
    }
    return material;
}

Result<TlsMaterial> ownMaterial(const std::filesystem::path &dir, const TlsSettings &settings)
{
    if (settings.certificateFile.empty() || settings.keyFile.empty())
        return Status::invalidArgument(
            "a TLS certificate needs its key, and a key its certificate: give both files");
    auto certificate = readCertificate(settings.certificateFile, "TLS certificate");
    if (!certificate)
        return certificate.status();
    auto key = readPrivateKey(settings.keyFile, "TLS key");
    if (!key)
        return key.status();
    if (X509_check_private_key(certificate->get(), key->get()) != 1) {
        takeOpenSslErrors();
        return Status::invalidArgument("the TLS key " + settings.keyFile.string() +
                                       " does not belong to the certificate " +
                                       settings.certificateFile.string());
    }

    TlsMaterial material;
    material.certificate = settings.certificateFile;
    material.key = settings.keyFile;
    material.ownCertificate = true;
    // What clients are told to trust. Eventscope does not know the user's CA unless it is
    // named as the client CA (usually the same authority); otherwise the certificate file
    // itself, which serves as is when it is self-signed or holds the chain up to its root.
    material.caCertificate = settings.clientCaFile.empty() ? settings.certificateFile : settings.clientCaFile;
    auto fingerprint = fingerprintOf(
        material.caCertificate, settings.clientCaFile.empty() ? "TLS certificate" : "client CA certificate");
    if (!fingerprint)
        return fingerprint.status();
    material.caFingerprint = std::move(*fingerprint);

    if (!settings.clientCaFile.empty()) {
        material.clientCa = settings.clientCaFile;
    } else if (settings.clientAuth != ClientAuth::None) {
        // Client certificates then come from the local CA (issueClientCertificate).
        ES_RETURN_IF_ERROR(createDirectory(dir));
        auto ca = loadOrCreateLocalCa(dir);
        if (!ca)
            return ca.status();
        material.clientCa = ca->certificateFile;
    }
    return material;
}

} // namespace

Result<TlsMaterial> ensureTlsMaterial(const std::filesystem::path &dir, const TlsSettings &settings,
                                      const std::vector<std::string> &hosts)
{
    if (settings.certificateFile.empty() && settings.keyFile.empty())
        return localMaterial(dir, settings, hosts);
    return ownMaterial(dir, settings);
}

} // namespace es::security
