// The timeline through the control API (a cursor, a long poll that ends with the first
// event, or empty after its wait, or at once when the server stops) and the demo routes,
// which exist only where the application gives the server its demo.

#ifndef Q_MOC_RUN // moc cannot parse the engine's and the HTTP library's headers
#include "control_fixture.h"

#include "control/demo_control.h"
#endif

#include <QtTest>

#include <chrono>
#include <future>

using namespace es;
using namespace es::test;
using SteadyClock = std::chrono::steady_clock;

namespace {

// The demo as a test sees it: no bots, only whether it was turned on.
class FakeDemo final : public control::DemoControl {
public:
    Result<DemoSummary> start() override
    {
        m_running = true;
        return DemoSummary{.topics = {"orders"}, .groups = {"billing"}, .botIds = {1}};
    }
    Status stop() override
    {
        m_running = false;
        return Status::ok();
    }
    [[nodiscard]] bool running() const override { return m_running; }

private:
    std::atomic<bool> m_running{false};
};

std::int64_t nextOf(const ApiAnswer &a) { return static_cast<std::int64_t>(a.json.find("next")->asNumber()); }

bool hasEvent(const ApiAnswer &a, const std::string &kind, const std::string &subject)
{
    for (const JsonValue &e : a.json.find("events")->asArray())
        if (e.find("kind")->asString() == kind && e.find("subject")->asString() == subject)
            return true;
    return false;
}

} // namespace

class TestControlEvents : public QObject {
    Q_OBJECT

private:
    ControlCluster m_cluster;

private slots:
    void initTestCase() { m_cluster.start(); }
    void cleanupTestCase() { m_cluster.stop(); }

    void theTimelineBeforeTheServerIsThere()
    {
        ApiCaller api = m_cluster.caller();
        ApiAnswer all = api.get("/v1/events?limit=5000");
        QCOMPARE(all.status, 200);
        QVERIFY(hasEvent(all, "BrokerStarted", "broker:1"));
        const JsonValue::Array &events = all.json.find("events")->asArray();
        for (std::size_t i = 1; i < events.size(); ++i)
            QVERIFY(events[i].find("id")->asNumber() > events[i - 1].find("id")->asNumber());
        for (const char *field : {"id", "timeMs", "kind", "subject", "message"})
            QVERIFY2(events.front().find(field), field);
        QCOMPARE(nextOf(all), static_cast<std::int64_t>(events.back().find("id")->asNumber()));
        QCOMPARE(api.get("/v1/events?limit=1").json.find("events")->asArray().size(), std::size_t(1));
    }

    void aLongPollEndsWithTheNextEvent()
    {
        ApiCaller api = m_cluster.caller();
        const std::int64_t cursor = nextOf(api.get("/v1/events?limit=5000"));
        const auto began = SteadyClock::now();
        auto poll = std::async(std::launch::async, [&] {
            return m_cluster.caller().get("/v1/events?wait=30&after=" + std::to_string(cursor));
        });
        QCOMPARE(api.post("/v1/topics", R"({"name": "events-topic", "partitions": 1})").status, 201);
        const ApiAnswer answered = poll.get();
        QCOMPARE(answered.status, 200);
        QVERIFY(SteadyClock::now() - began < std::chrono::seconds(20)); // ended by the event, not its wait
        QVERIFY(!answered.json.find("events")->asArray().empty());
        for (const JsonValue &e : answered.json.find("events")->asArray())
            QVERIFY(e.find("id")->asNumber() > static_cast<double>(cursor));
        QVERIFY(nextOf(answered) > cursor);
        QVERIFY(eventually([&] {
            return hasEvent(api.get("/v1/events?limit=5000&after=" + std::to_string(cursor)), "TopicCreated",
                            "topic:events-topic");
        }));
    }

    void aLongPollWithNothingNewEndsEmpty()
    {
        ApiCaller api = m_cluster.caller();
        const std::string farAhead = "999999999999";
        const auto began = SteadyClock::now();
        ApiAnswer empty = api.get("/v1/events?wait=0.5&after=" + farAhead);
        QCOMPARE(empty.status, 200);
        QVERIFY(SteadyClock::now() - began >= std::chrono::milliseconds(450));
        QVERIFY(empty.json.find("events")->asArray().empty());
        QCOMPARE(nextOf(empty), std::int64_t(999999999999));
    }

    void wrongParametersAreRefused()
    {
        ApiCaller api = m_cluster.caller();
        QCOMPARE(api.get("/v1/events?wait=61").status, 400);
        QCOMPARE(api.get("/v1/events?wait=soon").status, 400);
        QCOMPARE(api.get("/v1/events?after=-1").status, 400);
        QCOMPARE(api.get("/v1/events?limit=0").status, 400);
        QCOMPARE(api.get("/v1/events?limit=5001").status, 400);
    }

    void stoppingTheServerEndsALongPoll()
    {
        control::ControlServerOptions options;
        options.dataDir = m_cluster.dataDir();
        auto second = control::ControlServer::start(*m_cluster.connection, nullptr, options);
        QVERIFY(second.isOk());
        ApiCaller api((*second)->url(), (*second)->token());
        const auto began = SteadyClock::now();
        auto poll =
            std::async(std::launch::async, [&] { return api.get("/v1/events?wait=60&after=999999999999"); });
        // The poll is waiting once the server has it; the destructor must not wait 60 s for it.
        QVERIFY(poll.wait_for(std::chrono::milliseconds(300)) == std::future_status::timeout);
        second->reset();
        poll.get();
        QVERIFY(SteadyClock::now() - began < std::chrono::seconds(10));
    }

    void theDemoIsAbsentWithoutADemoControl()
    {
        ApiCaller api = m_cluster.caller();
        ApiAnswer absent = api.get("/v1/demo");
        QCOMPARE(absent.status, 404);
        QVERIFY(absent.text.find("the demo is not available here") != std::string::npos);
        QCOMPARE(api.post("/v1/demo/start").status, 404);
        QCOMPARE(api.post("/v1/demo/stop").status, 404);
    }

    void theDemoIsTurnedOnAndOff()
    {
        FakeDemo demo;
        control::ControlServerOptions options;
        options.dataDir = m_cluster.dataDir();
        auto withDemo = control::ControlServer::start(*m_cluster.connection, &demo, options);
        QVERIFY(withDemo.isOk());
        ApiCaller api((*withDemo)->url(), (*withDemo)->token());
        QCOMPARE(api.get("/v1/demo").json.find("running")->asBool(), false);
        ApiAnswer started = api.post("/v1/demo/start");
        QCOMPARE(started.status, 200);
        QCOMPARE(started.json.find("running")->asBool(), true);
        QCOMPARE(started.json.find("groups")->asArray().size(), std::size_t(1));
        QVERIFY(demo.running());
        QCOMPARE(api.post("/v1/demo/stop").json.find("running")->asBool(), false);
        QVERIFY(!demo.running());
    }
};

QTEST_GUILESS_MAIN(TestControlEvents)
#include "test_control_events.moc"
