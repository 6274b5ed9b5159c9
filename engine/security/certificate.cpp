#include "security/certificate.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>

namespace es::security {

namespace {

using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<GENERAL_NAMES_free>>;
using OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, OpenSslDeleter<ASN1_OCTET_STRING_free>>;

// Clients on other machines may run a few minutes behind.
constexpr long kBackdateSeconds = 5 * 60;

Status failure(const std::string &doing)
{
    return Status::invalidArgument("cannot " + doing + ": " + takeOpenSslErrors());
}

// An IP literal in its binary form, or null when `host` is a name.
OctetStringPtr ipAddress(const std::string &host)
{
    OctetStringPtr ip(a2i_IPADDRESS(host.c_str()));
    ERR_clear_error();
    return ip;
}

Status addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, context, nid, value);
    if (!extension)
        return failure(std::string("build the certificate extension ") + OBJ_nid2sn(nid));
    const int added = X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
    return added == 1 ? Status::ok() : failure("add a certificate extension");
}

Status addAlternativeNames(X509 *certificate, const std::vector<std::string> &hosts)
{
    GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    for (const std::string &host : hosts) {
        GENERAL_NAME *name = GENERAL_NAME_new();
        if (OctetStringPtr ip = ipAddress(host)) {
            GENERAL_NAME_set0_value(name, GEN_IPADD, ip.release());
        } else {
            ASN1_IA5STRING *dns = ASN1_IA5STRING_new();
            ASN1_STRING_set(dns, host.data(), static_cast<int>(host.size()));
            GENERAL_NAME_set0_value(name, GEN_DNS, dns);
        }
        sk_GENERAL_NAME_push(names.get(), name);
    }
    if (X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1)
        return failure("add the subject alternative names");
    return Status::ok();
}

Status addExtensions(X509 *certificate, X509 *issuer, const CertificateRequest &request)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer : certificate, certificate, nullptr, nullptr, 0);
    ES_RETURN_IF_ERROR(addExtension(certificate, &context, NID_subject_key_identifier, "hash"));
    switch (request.role) {
    case CertificateRole::Authority:
        ES_RETURN_IF_ERROR(addExtension(certificate, &context, NID_basic_constraints, "critical,CA:TRUE"));
        return addExtension(certificate, &context, NID_key_usage, "critical,keyCertSign,cRLSign");
    case CertificateRole::Server:
        ES_RETURN_IF_ERROR(addExtension(certificate, &context, NID_ext_key_usage, "serverAuth,clientAuth"));
        ES_RETURN_IF_ERROR(addAlternativeNames(certificate, request.hosts));
        break;
    case CertificateRole::Client:
        ES_RETURN_IF_ERROR(addExtension(certificate, &context, NID_ext_key_usage, "clientAuth"));
        break;
    }
    ES_RETURN_IF_ERROR(addExtension(certificate, &context, NID_basic_constraints, "critical,CA:FALSE"));
    ES_RETURN_IF_ERROR(addExtension(certificate, &context, NID_key_usage, "critical,digitalSignature"));
    return addExtension(certificate, &context, NID_authority_key_identifier, "keyid:always");
}

Status setRandomSerial(X509 *certificate)
{
    // 127 random bits: unique without a counter on disk, and positive as RFC 5280 asks.
    BignumPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)))
        return failure("choose a serial number");
    return Status::ok();
}

} // namespace

Result<PkeyPtr> generateKey()
{
    PkeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return Status::invalidArgument("cannot generate a key: " + takeOpenSslErrors());
    return key;
}

Result<X509Ptr> issueCertificate(const CertificateRequest &request, EVP_PKEY *subjectKey, X509 *issuer,
                                 EVP_PKEY *issuerKey)
{
    X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1)
        return failure("create a certificate");
    ES_RETURN_IF_ERROR(setRandomSerial(certificate.get()));

    X509_NAME *subject = X509_get_subject_name(certificate.get());
    const auto *commonName = reinterpret_cast<const unsigned char *>(request.commonName.c_str());
    if (X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, commonName, -1, -1, 0) != 1)
        return failure("set the certificate's name \"" + request.commonName + "\"");
    X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : subject);

    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -kBackdateSeconds);
    X509_time_adj_ex(X509_getm_notAfter(certificate.get()), request.validityDays, 0, nullptr);
    if (X509_set_pubkey(certificate.get(), subjectKey) != 1)
        return failure("set the certificate's key");
    ES_RETURN_IF_ERROR(addExtensions(certificate.get(), issuer, request));

    if (X509_sign(certificate.get(), issuerKey, EVP_sha256()) <= 0)
        return failure("sign the certificate");
    return certificate;
}

std::string normalizedHost(std::string_view host)
{
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    std::string out;
    for (const char c : host) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= ' ' || byte >= 0x7F || c == ',')
            return {};
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
}

bool coversHost(X509 *certificate, const std::string &host)
{
    if (ipAddress(host))
        return X509_check_ip_asc(certificate, host.c_str(), 0) == 1;
    return X509_check_host(certificate, host.data(), host.size(), X509_CHECK_FLAG_NO_WILDCARDS, nullptr) == 1;
}

bool validFor(X509 *certificate, std::chrono::seconds margin)
{
    std::time_t until = std::time(nullptr) + static_cast<std::time_t>(margin.count());
    // X509_cmp_time answers 0 for a time it cannot read: counted as not valid.
    return X509_cmp_current_time(X509_get0_notBefore(certificate)) < 0 &&
           X509_cmp_time(X509_get0_notAfter(certificate), &until) > 0;
}

bool issuedBy(X509 *certificate, X509 *issuer)
{
    EVP_PKEY *issuerKey = X509_get0_pubkey(issuer);
    const bool issued = X509_check_issued(issuer, certificate) == X509_V_OK && issuerKey &&
                        X509_verify(certificate, issuerKey) == 1;
    ERR_clear_error();
    return issued;
}

} // namespace es::security
