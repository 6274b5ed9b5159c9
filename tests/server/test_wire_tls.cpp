// TLS listeners over real sockets: a client trusting the cluster's CA is served and told
// the TLS listener's endpoints; a client that does not speak TLS loses only its own
// connection; with client authentication required, only a client with a certificate from
// the cluster's CA gets in.

#ifndef Q_MOC_RUN
#include "server/secure_wire_fixture.h"

#include <asio/connect.hpp>
#include <asio/ip/tcp.hpp>
#include <asio/io_context.hpp>
#include <asio/read.hpp>
#include <asio/ssl.hpp>
#include <asio/write.hpp>
#endif

#include <QObject>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

namespace {

// A blocking TLS client (a broken server hangs it until the test's timeout).
class TlsClient {
public:
    TlsClient(int port, const security::TlsMaterial &material, const security::IssuedCertificate *certificate)
        : m_context(asio::ssl::context::tls_client)
    {
        m_context.load_verify_file(material.caCertificate.string());
        m_context.set_verify_mode(asio::ssl::verify_peer);
        if (certificate) {
            m_context.use_certificate_chain_file(certificate->certificate.string());
            m_context.use_private_key_file(certificate->key.string(), asio::ssl::context::pem);
        }
        m_stream = std::make_unique<asio::ssl::stream<asio::ip::tcp::socket>>(m_io, m_context);
        std::error_code ec;
        m_stream->next_layer().connect(
            asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), static_cast<std::uint16_t>(port)),
            ec);
        if (!ec)
            m_stream->handshake(asio::ssl::stream_base::client, ec);
        m_handshake = ec;
    }

    [[nodiscard]] bool handshakeOk() const { return !m_handshake; }

    template <typename Request>
    auto call(const Request &request, std::int16_t version) -> std::optional<typename Request::Api::Response>
    {
        protocol::RequestHeader header;
        header.apiKey = Request::Api::kKey;
        header.apiVersion = version;
        header.correlationId = ++m_correlation;
        header.clientId = "tls-test";
        auto frame = protocol::encodeRequestFrame(header, request);
        std::error_code ec;
        if (!frame || (asio::write(*m_stream, asio::buffer(*frame), ec), ec))
            return std::nullopt;
        Bytes prefix(4);
        if (asio::read(*m_stream, asio::buffer(prefix), ec), ec)
            return std::nullopt;
        Bytes body(static_cast<std::size_t>(prefix[0]) << 24 | static_cast<std::size_t>(prefix[1]) << 16 |
                   static_cast<std::size_t>(prefix[2]) << 8 | prefix[3]);
        if (asio::read(*m_stream, asio::buffer(body), ec), ec)
            return std::nullopt;
        auto decoded = protocol::decodeResponseFrame(body, Request::Api::kKey, version);
        if (!decoded || decoded->header.correlationId != m_correlation)
            return std::nullopt;
        return std::get<typename Request::Api::Response>(std::move(decoded->body));
    }

private:
    asio::io_context m_io;
    asio::ssl::context m_context;
    std::unique_ptr<asio::ssl::stream<asio::ip::tcp::socket>> m_stream;
    std::error_code m_handshake;
    std::int32_t m_correlation = 0;
};

} // namespace

class TestWireTls : public QObject {
    Q_OBJECT

private slots:
    void sslListenerServesAndAdvertisesItsOwnPorts()
    {
        QTemporaryDir dir;
        auto w = startSecureWireCluster(
            dir, {security::SecurityProtocol::Plaintext, security::SecurityProtocol::Ssl}, 2);
        QVERIFY(w.cluster->tlsMaterial());
        TlsClient client(w.port(1, 1), *w.cluster->tlsMaterial(), nullptr);
        QVERIFY(client.handshakeOk());
        auto versions = client.call(protocol::ApiVersionsRequest{}, 2);
        QVERIFY(versions);
        QCOMPARE(versions->errorCode, ErrorCode::None);
        QVERIFY(eventually([&] {
            auto md = client.call(protocol::MetadataRequest{}, 4);
            return md && md->brokers.size() == 2 && md->brokers[0].port == w.port(1, md->brokers[0].nodeId) &&
                   md->brokers[1].port == w.port(1, md->brokers[1].nodeId);
        }));
        // The plaintext listener tells its own ports.
        WireClient plain(w.port(0, 2));
        auto md = plain.call(protocol::MetadataRequest{}, 4);
        QVERIFY(md);
        for (const auto &b : md->brokers)
            QCOMPARE(b.port, w.port(0, b.nodeId));
    }

    void garbageClientHelloClosesOnlyThatConnection()
    {
        QTemporaryDir dir;
        auto w = startSecureWireCluster(dir, {security::SecurityProtocol::Ssl});
        TlsClient good(w.port(0), *w.cluster->tlsMaterial(), nullptr);
        QVERIFY(good.handshakeOk());
        WireClient garbage(w.port(0));
        QVERIFY(garbage.send(protocol::ApiVersionsRequest{}, 0, 1)); // Kafka, not TLS
        QVERIFY(garbage.closedByPeer());
        QVERIFY(good.call(protocol::ApiVersionsRequest{}, 2));
    }

    void requiredClientCertificate()
    {
        QTemporaryDir dir;
        security::TlsSettings tls;
        tls.clientAuth = security::ClientAuth::Required;
        auto w = startSecureWireCluster(dir, {security::SecurityProtocol::Ssl}, 1, tls);
        const auto &material = *w.cluster->tlsMaterial();

        // Without a certificate: refused (in TLS 1.3 the client may learn it only on reading).
        TlsClient anonymous(w.port(0), material, nullptr);
        QVERIFY(!anonymous.handshakeOk() || !anonymous.call(protocol::ApiVersionsRequest{}, 2));

        auto issued = security::issueClientCertificate(material.caCertificate.parent_path(), "app",
                                                       dir.path().toStdString());
        QVERIFY2(issued, issued ? "" : issued.status().toString().c_str());
        TlsClient withCertificate(w.port(0), material, &*issued);
        QVERIFY(withCertificate.handshakeOk());
        auto versions = withCertificate.call(protocol::ApiVersionsRequest{}, 2);
        QVERIFY(versions);
        QCOMPARE(versions->errorCode, ErrorCode::None);
    }
};

QTEST_GUILESS_MAIN(TestWireTls)
#include "test_wire_tls.moc"
