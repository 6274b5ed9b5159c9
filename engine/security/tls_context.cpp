#include "security/tls_material.h"

#include "security/openssl_handles.h"

#include <asio/ssl/context.hpp>
#include <openssl/ssl.h>

namespace es::security {

namespace {

// An Asio error from OpenSSL, with the file it was about.
Status contextError(const std::string &doing, const std::filesystem::path &file, const asio::error_code &ec)
{
    std::string reason = ec.message();
    const std::string queued = takeOpenSslErrors("");
    if (!queued.empty())
        reason += " (" + queued + ")";
    return Status::invalidArgument("cannot " + doing + " " + file.string() + ": " + reason);
}

} // namespace

Result<std::shared_ptr<asio::ssl::context>> makeServerTlsContext(const TlsMaterial &material,
                                                                 ClientAuth clientAuth)
{
    auto context = std::make_shared<asio::ssl::context>(asio::ssl::context::tls_server);
    SSL_CTX *native = context->native_handle();
    // TLS 1.2 is the oldest that Kafka clients still offer; compression invites CRIME and
    // renegotiation has nothing to offer a Kafka connection.
    SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION);
    SSL_CTX_set_options(native,
                        SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    // Keys come without passphrase; this keeps OpenSSL from asking for one on the terminal.
    context->set_password_callback(
        [](std::size_t, asio::ssl::context::password_purpose) { return std::string(); });

    asio::error_code ec;
    context->use_certificate_chain_file(material.certificate.string(), ec);
    if (ec)
        return contextError("use the TLS certificate", material.certificate, ec);
    context->use_private_key_file(material.key.string(), asio::ssl::context::pem, ec);
    if (ec)
        return contextError("use the TLS key", material.key, ec);

    if (clientAuth == ClientAuth::None)
        return context;
    if (material.clientCa.empty())
        return Status::invalidArgument(
            "client certificates are asked for, but there is no CA to verify them with");
    context->load_verify_file(material.clientCa.string(), ec);
    if (ec)
        return contextError("use the client CA certificate", material.clientCa, ec);
    // The CA names sent with the certificate request, so that a client holding several
    // certificates picks the one this listener accepts.
    if (STACK_OF(X509_NAME) *names = SSL_load_client_CA_file(material.clientCa.c_str()))
        SSL_CTX_set_client_CA_list(native, names);
    else
        takeOpenSslErrors(); // the names are a hint; verification does not need them
    // Sessions resumed with a client certificate belong to this context only.
    static constexpr unsigned char kSessionContext[] = "eventscope";
    SSL_CTX_set_session_id_context(native, kSessionContext, sizeof kSessionContext - 1);
    context->set_verify_mode(asio::ssl::verify_peer |
                                 (clientAuth == ClientAuth::Required ? asio::ssl::verify_fail_if_no_peer_cert
                                                                     : asio::ssl::verify_none),
                             ec);
    if (ec)
        return contextError("verify client certificates against", material.clientCa, ec);
    return context;
}

} // namespace es::security
