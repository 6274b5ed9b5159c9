#include "security/tls_material.h"

#include "security/local_ca.h"
#include "security/openssl_handles.h"

namespace es::security {

namespace {

constexpr int kClientValidityDays = 2 * 365;

// A file name from a common name: letters, digits, '.', '-' and '_' kept, anything else
// '_', so that a name such as "../x" or "a/b" stays inside the output directory.
std::string fileStem(const std::string &commonName)
{
    std::string stem;
    for (const char c : commonName) {
        const bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          c == '-' || c == '_' || (c == '.' && !stem.empty());
        stem += kept ? c : '_';
    }
    return stem;
}

} // namespace

Result<IssuedCertificate> issueClientCertificate(const std::filesystem::path &dir,
                                                 const std::string &commonName,
                                                 const std::filesystem::path &outDir)
{
    if (commonName.empty())
        return Status::invalidArgument("a client certificate needs a name");
    auto ca = loadLocalCa(dir);
    if (!ca)
        return ca.status();
    std::error_code ec;
    std::filesystem::create_directories(outDir, ec);
    if (ec)
        return Status::ioError("cannot create the directory " + outDir.string() + ": " + ec.message());

    const std::string stem = fileStem(commonName);
    IssuedCertificate issued{outDir / (stem + ".pem"), outDir / (stem + "-key.pem")};
    const CertificateRequest request{.commonName = commonName,
                                     .role = CertificateRole::Client,
                                     .hosts = {},
                                     .validityDays = kClientValidityDays};
    ES_RETURN_IF_ERROR(issueToFiles(*ca, request, issued.certificate, issued.key));
    return issued;
}

std::string principalFromCertificate(const void *peerCertificate)
{
    const auto *certificate = static_cast<const X509 *>(peerCertificate);
    if (!certificate)
        return "User:ANONYMOUS";
    // RFC 2253 lists the most specific name first, as Java's X500Principal.getName() does,
    // so that ACLs written for a Java broker's principals match here. UTF-8 is kept as is
    // rather than escaped byte by byte, as Java leaves it.
    constexpr unsigned long kFlags = XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB;
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), X509_get_subject_name(certificate), 0, kFlags) < 0)
        return "User:ANONYMOUS";
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return "User:" + std::string(data, static_cast<std::size_t>(size));
}

} // namespace es::security
