// Topics through the control API: created with the cluster's defaults or the caller's,
// listed, shown, their configs changed and put back, deleted; a duplicate is a conflict
// and a wrong body a bad request that creates nothing.

#ifndef Q_MOC_RUN // moc cannot parse the engine's and the HTTP library's headers
#include "control_fixture.h"
#endif

#include <QtTest>

using namespace es;
using namespace es::test;

namespace {

// The topic's config `name` as GET /v1/topics/{topic} shows it ("" when missing).
std::string configOf(ApiCaller &api, const std::string &topic, const std::string &name)
{
    ApiAnswer a = api.get("/v1/topics/" + topic);
    const JsonValue *configs = a.json.find("configs");
    const JsonValue *value = configs ? configs->find(name) : nullptr;
    return value && value->isString() ? value->asString() : "";
}

} // namespace

class TestControlTopics : public QObject {
    Q_OBJECT

private:
    ControlCluster m_cluster;

private slots:
    void initTestCase() { m_cluster.start(); }
    void cleanupTestCase() { m_cluster.stop(); }

    void createWithTheCallersSettings()
    {
        ApiCaller api = m_cluster.caller();
        ApiAnswer created = api.post(
            "/v1/topics",
            R"({"name": "orders", "partitions": 2, "replicationFactor": 2, "configs": {"retention.ms": "60000"}})");
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.find("name")->asString(), std::string("orders"));
        QCOMPARE(created.json.find("partitions")->asArray().size(), std::size_t(2));
        QCOMPARE(created.json.find("replicationFactor")->asNumber(), 2.0);
        QCOMPARE(configOf(api, "orders", "retention.ms"), std::string("60000"));
        for (const JsonValue &p : created.json.find("partitions")->asArray())
            QCOMPARE(p.find("replicas")->asArray().size(), std::size_t(2));
    }

    void createWithTheClustersDefaults()
    {
        ApiCaller api = m_cluster.caller();
        ApiAnswer created = api.post("/v1/topics", R"({"name": "defaults"})");
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.find("partitions")->asArray().size(), std::size_t(3)); // num.partitions
        QCOMPARE(created.json.find("replicationFactor")->asNumber(), 3.0);

        bool listed = false;
        const ApiAnswer all = api.get("/v1/topics");
        for (const JsonValue &t : all.json.asArray())
            if (t.find("name")->asString() == "defaults") {
                listed = true;
                QCOMPARE(t.find("partitions")->asNumber(), 3.0);
                QVERIFY(t.find("configs")->isObject());
                QCOMPARE(t.find("internal")->asBool(), false);
            }
        QVERIFY(listed);
    }

    void aDuplicateIsAConflict()
    {
        ApiCaller api = m_cluster.caller();
        ApiAnswer again = api.post("/v1/topics", R"({"name": "orders", "partitions": 5})");
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), std::string("conflict"));
        QCOMPARE(api.get("/v1/topics/orders").json.find("partitions")->asArray().size(), std::size_t(2));
    }

    void aWrongBodyCreatesNothing()
    {
        ApiCaller api = m_cluster.caller();
        ApiAnswer wrongType = api.post("/v1/topics", R"({"name": "wrong", "partitions": "2"})");
        QCOMPARE(wrongType.status, 400);
        QVERIFY2(wrongType.text.find("field 'partitions' must be") != std::string::npos,
                 wrongType.text.c_str());
        QCOMPARE(api.post("/v1/topics", R"({"name": "wrong", "partitions": 0})").status, 400);
        QCOMPARE(api.post("/v1/topics", R"({"name": "wrong", "configs": {"retention.ms": [1]}})").status,
                 400);
        QCOMPARE(api.post("/v1/topics", R"({"name": "wrong", "partition": 2})").status, 400);
        QCOMPARE(api.post("/v1/topics", R"({"name": "wrong", )").status, 400);
        QCOMPARE(api.post("/v1/topics", R"({"partitions": 2})").status, 400);
        QCOMPARE(api.post("/v1/topics", R"({"name": "bad name!"})").status, 400);
        QCOMPARE(api.get("/v1/topics/wrong").status, 404);
    }

    void configsAreChangedAndPutBack()
    {
        ApiCaller api = m_cluster.caller();
        const std::string retentionDefault = configOf(api, "defaults", "retention.ms");
        QVERIFY(!retentionDefault.empty());

        ApiAnswer changed = api.patch("/v1/topics/defaults/configs",
                                      R"({"retention.ms": "1000", "cleanup.policy": "compact"})");
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json.find("configs")->find("retention.ms")->asString(), std::string("1000"));
        QCOMPARE(configOf(api, "defaults", "cleanup.policy"), std::string("compact"));

        ApiAnswer reset = api.patch("/v1/topics/defaults/configs", R"({"retention.ms": null})");
        QCOMPARE(reset.status, 200);
        QCOMPARE(configOf(api, "defaults", "retention.ms"), retentionDefault);
        QCOMPARE(configOf(api, "defaults", "cleanup.policy"), std::string("compact"));

        // Refused, and nothing changed.
        QCOMPARE(api.patch("/v1/topics/defaults/configs", R"({"cleanup.policy": ["delete"]})").status, 400);
        QCOMPARE(
            api.patch("/v1/topics/defaults/configs", R"({"cleanup.policy": "delete", "no.such.config": "1"})")
                .status,
            400);
        QCOMPARE(api.patch("/v1/topics/defaults/configs", "{").status, 400);
        QCOMPARE(configOf(api, "defaults", "cleanup.policy"), std::string("compact"));
        QCOMPARE(api.patch("/v1/topics/nowhere/configs", R"({"retention.ms": "1"})").status, 404);
    }

    void deleteTopics()
    {
        ApiCaller api = m_cluster.caller();
        QCOMPARE(api.del("/v1/topics/defaults").status, 200);
        QCOMPARE(api.get("/v1/topics/defaults").status, 404);
        ApiAnswer again = api.del("/v1/topics/defaults");
        QCOMPARE(again.status, 404);
        QCOMPARE(again.errorCode(), std::string("not_found"));
        QCOMPARE(api.get("/v1/topics/orders").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestControlTopics)
#include "test_control_topics.moc"
