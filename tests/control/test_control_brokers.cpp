// Faults through the control API: brokers crashed, paused, resumed, restarted and added,
// links slowed, cut and healed; and what it refuses (unknown brokers and nodes, wrong
// bodies), each refusal leaving the cluster as it was.

#ifndef Q_MOC_RUN // moc cannot parse the engine's and the HTTP library's headers
#include "control_fixture.h"
#endif

#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

using namespace es;
using namespace es::test;

namespace {

std::string stateOf(ApiCaller &api, int broker)
{
    ApiAnswer a = api.get("/v1/brokers/" + std::to_string(broker));
    const JsonValue *state = a.json.find("state");
    return state && state->isString() ? state->asString() : "";
}

// The link a-b as GET /v1/links lists it, or null when it is healthy (not listed).
JsonValue linkOf(ApiCaller &api, const std::string &a, const std::string &b)
{
    ApiAnswer answer = api.get("/v1/links");
    for (const JsonValue &l : answer.json.asArray()) {
        const std::string la = l.find("a")->asString();
        const std::string lb = l.find("b")->asString();
        if ((la == a && lb == b) || (la == b && lb == a))
            return l;
    }
    return {};
}

} // namespace

class TestControlBrokers : public QObject {
    Q_OBJECT

private:
    ControlCluster m_cluster;

private slots:
    void initTestCase() { m_cluster.start(); }
    void cleanupTestCase() { m_cluster.stop(); }

    void unknownBrokersAreNotFound()
    {
        ApiCaller api = m_cluster.caller();
        QCOMPARE(api.get("/v1/brokers/7").status, 404);
        QCOMPARE(api.get("/v1/brokers/7").errorCode(), std::string("not_found"));
        QCOMPARE(api.post("/v1/brokers/7/crash").status, 404);
        QCOMPARE(api.post("/v1/brokers/7/pause").status, 404);
        QCOMPARE(api.post("/v1/brokers/abc/stop").status, 404);
        QCOMPARE(api.get("/v1/brokers").json.asArray().size(), std::size_t(3));
    }

    // As `curl -X POST` sends it: no Content-Length, no body (httplib's client always adds
    // the header, so the request goes over a plain socket). Answered at once, not after
    // the HTTP library's 5 s read timeout.
    void aPostWithoutContentLengthIsAnsweredAtOnce()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        const timeval timeout{2, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_cluster.server->port());
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        // NOLINTNEXTLINE: the sockets API takes a sockaddr pointer
        QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
        const std::string request = "POST /v1/brokers/7/crash HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    "Authorization: Bearer " +
                                    m_cluster.server->token() + "\r\nConnection: close\r\n\r\n";
        QCOMPARE(::send(fd, request.data(), request.size(), 0), static_cast<ssize_t>(request.size()));
        std::string answer;
        char buffer[4096];
        for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
            answer.append(buffer, static_cast<std::size_t>(n));
        ::close(fd);
        QVERIFY2(answer.starts_with("HTTP/1.1 404"), answer.c_str());
        QVERIFY(answer.find("no broker 7") != std::string::npos);
    }

    void aWrongBodyChangesNothing()
    {
        ApiCaller api = m_cluster.caller();
        ApiAnswer wrongType = api.post("/v1/brokers/2/crash", R"({"loseUnflushed": "yes"})");
        QCOMPARE(wrongType.status, 400);
        QCOMPARE(wrongType.errorCode(), std::string("bad_request"));
        QVERIFY(wrongType.text.find("loseUnflushed") != std::string::npos);
        QCOMPARE(api.post("/v1/brokers/2/crash", "{\"loseUnflushed\": tru").status, 400);
        QCOMPARE(api.post("/v1/brokers/2/crash", R"({"loseUnflushd": false})").status, 400);
        QCOMPARE(api.post("/v1/brokers/2/stop", "[1]").status, 400);
        QCOMPARE(stateOf(api, 2), std::string("running"));
    }

    void pauseAndResume()
    {
        ApiCaller api = m_cluster.caller();
        ApiAnswer paused = api.post("/v1/brokers/3/pause");
        QCOMPARE(paused.status, 200);
        QCOMPARE(paused.json.find("state")->asString(), std::string("paused"));
        QCOMPARE(stateOf(api, 3), std::string("paused")); // the answer waited for the snapshots
        QCOMPARE(api.post("/v1/brokers/3/pause").status, 409);

        ApiAnswer resumed = api.post("/v1/brokers/3/resume");
        QCOMPARE(resumed.status, 200);
        QVERIFY(eventually([&] { return stateOf(api, 3) == "running"; }));
        QCOMPARE(api.post("/v1/brokers/3/resume").status, 409);
    }

    void linksAreSetListedAndHealed()
    {
        ApiCaller api = m_cluster.caller();
        QCOMPARE(api.put("/v1/links/1/2", R"({"latencyMs": 50})").status, 200);
        JsonValue slow = linkOf(api, "1", "2");
        QVERIFY(slow.isObject());
        QCOMPARE(slow.find("latencyMs")->asNumber(), 50.0);
        QCOMPARE(slow.find("lossRate")->asNumber(), 0.0);
        QCOMPARE(slow.find("cut")->asBool(), false);

        QCOMPARE(api.put("/v1/links/clients/3", R"({"cut": true, "lossRate": 0.5})").status, 200);
        QVERIFY(linkOf(api, "clients", "3").find("cut")->asBool());
        QCOMPARE(api.put("/v1/links/controller/2", R"({"lossRate": 0.25})").status, 200);
        QCOMPARE(linkOf(api, "controller", "2").find("lossRate")->asNumber(), 0.25);

        // Refused, and the link stays as it was.
        QCOMPARE(api.put("/v1/links/1/2", R"({"lossRate": 2})").status, 400);
        QCOMPARE(api.put("/v1/links/1/2", R"({"latencyMs": -5})").status, 400);
        QCOMPARE(api.put("/v1/links/1/2", R"({"latencyMs": "200ms"})").status, 400);
        QCOMPARE(api.put("/v1/links/1/2", "not json").status, 400);
        QCOMPARE(linkOf(api, "1", "2").find("latencyMs")->asNumber(), 50.0);
        QCOMPARE(api.put("/v1/links/1/9", R"({"cut": true})").status, 404);
        QCOMPARE(api.put("/v1/links/1/somewhere", R"({"cut": true})").status, 404);
        QCOMPARE(api.put("/v1/links/1/1", R"({"cut": true})").status, 400);

        QCOMPARE(api.del("/v1/links/2/1").status, 200);
        QVERIFY(linkOf(api, "1", "2").isNull());
        QVERIFY(linkOf(api, "clients", "3").isObject());
        QCOMPARE(api.del("/v1/links").status, 200);
        QVERIFY(api.get("/v1/links").json.asArray().empty());
    }

    void aCrashedLeaderLosesItsPartitions()
    {
        ApiCaller api = m_cluster.caller();
        QCOMPARE(api.post("/v1/topics", R"({"name": "crash-topic", "partitions": 6, "replicationFactor": 3})")
                     .status,
                 201);
        // A broker that leads some partition of it.
        int victim = -1;
        QVERIFY(eventually([&] {
            ApiAnswer topic = api.get("/v1/topics/crash-topic");
            const JsonValue *partitions = topic.json.find("partitions");
            if (!partitions || partitions->asArray().empty())
                return false;
            victim = static_cast<int>(partitions->asArray().front().find("leader")->asNumber());
            return victim >= 1;
        }));

        ApiAnswer crashed = api.post("/v1/brokers/" + std::to_string(victim) + "/crash");
        QCOMPARE(crashed.status, 200);
        QCOMPARE(crashed.json.find("state")->asString(), std::string("crashed"));
        QCOMPARE(stateOf(api, victim), std::string("crashed"));
        QCOMPARE(api.post("/v1/brokers/" + std::to_string(victim) + "/crash").status, 409);

        QVERIFY(eventually([&] {
            ApiAnswer topic = api.get("/v1/topics/crash-topic");
            for (const JsonValue &p : topic.json.find("partitions")->asArray()) {
                const int leader = static_cast<int>(p.find("leader")->asNumber());
                if (leader < 1 || leader == victim)
                    return false;
            }
            return true;
        }));

        QCOMPARE(api.post("/v1/brokers/" + std::to_string(victim) + "/restart").status, 200);
        QVERIFY(eventually([&] { return stateOf(api, victim) == "running"; }));
    }

    void aStoppedBrokerCannotBeStoppedAgain()
    {
        ApiCaller api = m_cluster.caller();
        ApiAnswer stopped = api.post("/v1/brokers/2/stop");
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.json.find("state")->asString(), std::string("stopped"));
        ApiAnswer again = api.post("/v1/brokers/2/stop");
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), std::string("conflict"));
        QCOMPARE(api.post("/v1/brokers/2/restart").status, 200);
        QVERIFY(eventually([&] { return stateOf(api, 2) == "running"; }));
    }

    void aBrokerIsAdded()
    {
        ApiCaller api = m_cluster.caller();
        ApiAnswer added = api.post("/v1/brokers");
        QVERIFY2(added.status == 201, added.text.c_str());
        QCOMPARE(added.json.find("id")->asNumber(), 4.0);
        QCOMPARE(api.get("/v1/brokers").json.asArray().size(), std::size_t(4));
        QCOMPARE(stateOf(api, 4), std::string("running"));
    }
};

QTEST_GUILESS_MAIN(TestControlBrokers)
#include "test_control_brokers.moc"
