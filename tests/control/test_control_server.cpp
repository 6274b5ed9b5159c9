// The control API's door: the token (who may call), its files, the shape of every answer
// (JSON errors, unknown routes), and the cluster's status as one document.

#ifndef Q_MOC_RUN // moc cannot parse the engine's and the HTTP library's headers
#include "control_fixture.h"

#include "control/control_token.h"
#endif

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <sys/stat.h>

using namespace es;
using namespace es::test;

namespace {

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

mode_t permissions(const std::filesystem::path &path)
{
    struct stat st {};
    ::stat(path.c_str(), &st);
    return st.st_mode & 0777;
}

} // namespace

class TestControlServer : public QObject {
    Q_OBJECT

private:
    ControlCluster m_cluster;

private slots:
    void initTestCase() { m_cluster.start(); }
    void cleanupTestCase() { m_cluster.stop(); }

    void refusesCallersWithoutTheToken()
    {
        ApiCaller anonymous(m_cluster.server->url(), std::nullopt);
        ApiAnswer a = anonymous.get("/v1/status");
        QCOMPARE(a.status, 401);
        QCOMPARE(a.errorCode(), std::string("unauthorized"));

        std::string wrong = m_cluster.server->token();
        wrong.back() = wrong.back() == '0' ? '1' : '0';
        ApiCaller impostor(m_cluster.server->url(), wrong);
        QCOMPARE(impostor.get("/v1/status").status, 401);
        QCOMPARE(ApiCaller(m_cluster.server->url(), "short").get("/v1/status").status, 401);
        // Refused before anything is done: a wrong token changes no broker.
        QCOMPARE(impostor.post("/v1/brokers/1/stop").status, 401);
        QCOMPARE(m_cluster.caller().get("/v1/status").status, 200);
    }

    void theTokenIsPrivateAndKept()
    {
        const auto tokenFile = m_cluster.dataDir() / "control-token";
        QCOMPARE(readFile(tokenFile), m_cluster.server->token());
        QCOMPARE(m_cluster.server->token().size(), std::size_t(64));
        QCOMPARE(permissions(tokenFile), mode_t(0600));
        const auto urlFile = m_cluster.dataDir() / "control-url";
        QCOMPARE(readFile(urlFile), m_cluster.server->url() + "\n");
        QCOMPARE(permissions(urlFile), mode_t(0600));

        // A second start reuses the token, and tightens a mode someone widened.
        std::filesystem::permissions(tokenFile, std::filesystem::perms(0644));
        control::ControlServerOptions options;
        options.dataDir = m_cluster.dataDir();
        auto second = control::ControlServer::start(*m_cluster.connection, nullptr, options);
        QVERIFY2(second.isOk(), second.status().toString().c_str());
        QCOMPARE((*second)->token(), m_cluster.server->token());
        QVERIFY((*second)->port() != m_cluster.server->port());
        QCOMPARE(permissions(tokenFile), mode_t(0600));
        QCOMPARE(ApiCaller((*second)->url(), m_cluster.server->token()).get("/v1/status").status, 200);
    }

    void aDamagedTokenFileIsReplaced()
    {
        QTemporaryDir dir;
        const std::filesystem::path path = std::filesystem::path(dir.path().toStdString()) / "control-token";
        std::ofstream(path) << "not a token";
        auto token = control::loadOrCreateToken(dir.path().toStdString());
        QVERIFY(token.isOk());
        QCOMPARE(token->size(), std::size_t(64));
        QCOMPARE(readFile(path), *token);
        QCOMPARE(permissions(path), mode_t(0600));
        QCOMPARE(*control::loadOrCreateToken(dir.path().toStdString()), *token);
    }

    void everyErrorIsJson()
    {
        ApiCaller api = m_cluster.caller();
        ApiAnswer unknown = api.get("/v1/nothing/here");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), std::string("not_found"));
        const JsonValue *error = unknown.json.find("error");
        QVERIFY(error && error->find("message") && error->find("status"));
        QCOMPARE(error->find("status")->asNumber(), 404.0);

        ApiAnswer wrongMethod = api.del("/v1/status");
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.errorCode(), std::string("method_not_allowed"));
    }

    void metricsNeedTheTokenToo()
    {
        QCOMPARE(ApiCaller(m_cluster.server->url(), std::nullopt).get("/metrics").status, 401);
        httplib::Client client(m_cluster.server->url());
        client.set_bearer_token_auth(m_cluster.server->token());
        auto answer = client.Get("/metrics");
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QCOMPARE(answer->get_header_value("Content-Type"),
                 std::string("text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY(answer->body.find("# TYPE ") != std::string::npos);
    }

    void statusShowsTheWholeCluster()
    {
        CreateTopicSpec spec;
        spec.name = "status-topic";
        spec.partitions = 2;
        spec.replicationFactor = 3;
        QVERIFY(m_cluster.connection->createTopic(spec).ok());

        ApiCaller api = m_cluster.caller();
        ApiAnswer a;
        const JsonValue *topic = nullptr;
        QVERIFY(eventually([&] {
            a = api.get("/v1/status");
            topic = nullptr;
            if (const JsonValue *topics = a.json.find("topics"))
                for (const JsonValue &t : topics->asArray())
                    if (t.find("name")->asString() == "status-topic")
                        topic = &t;
            return topic && topic->find("partitions")->asArray().size() == 2;
        }));
        QCOMPARE(a.status, 200);
        for (const char *name : {"clusterId", "controller", "bootstrapServers", "timeMs",
                                 "underReplicatedPartitions", "offlinePartitions", "groups", "links"})
            QVERIFY2(a.json.find(name), name);
        const JsonValue::Array &brokers = a.json.find("brokers")->asArray();
        QCOMPARE(brokers.size(), std::size_t(3));
        for (const JsonValue &b : brokers) {
            for (const char *name : {"id", "host", "port", "state", "controller", "leaders", "replicas"})
                QVERIFY2(b.find(name), name);
            QCOMPARE(b.find("state")->asString(), std::string("running"));
        }
        QCOMPARE(topic->find("replicationFactor")->asNumber(), 3.0);
        for (const JsonValue &p : topic->find("partitions")->asArray()) {
            for (const char *name : {"partition", "leader", "leaderEpoch", "logStartOffset", "highWatermark",
                                     "logEndOffset", "sizeBytes"})
                QVERIFY2(p.find(name), name);
            QCOMPARE(p.find("replicas")->asArray().size(), std::size_t(3));
            QVERIFY(!p.find("isr")->asArray().empty());
            QVERIFY(p.find("leader")->asNumber() >= 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestControlServer)
#include "test_control_server.moc"
