// A broker's way out and back in: a controlled shutdown keeps it fenced to the end (it
// does not register again while its logs close), the logs close cleanly with their high
// watermarks, and a restarted broker joins again once it has opened its replicas.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster_fixture.h"

#include "connection/embedded_connection.h"
#include "storage/file.h"
#endif

#include <QObject>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <string>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

namespace {

constexpr int kPartitions = 6;

// Partitions of `topic` with a replica out of sync; -1 while the topic is not in the
// snapshot yet.
int incompleteIsr(const Connection &c, const std::string &topic)
{
    const auto snap = c.snapshot();
    for (const TopicSnapshot &t : snap ? snap->topics : std::vector<TopicSnapshot>{})
        if (t.name == topic && !t.partitions.empty())
            return static_cast<int>(
                std::count_if(t.partitions.begin(), t.partitions.end(), [](const auto &p) {
                    return !std::all_of(p.replicas.begin(), p.replicas.end(),
                                        [](const auto &r) { return r.inSync; });
                }));
    return -1;
}

std::vector<EventRecord> brokerEvents(const Connection &c, std::int32_t broker, std::vector<EventKind> kinds)
{
    EventQuery q;
    q.kinds = std::move(kinds);
    q.subjectPrefix = "broker:" + std::to_string(broker);
    auto found = c.events(q);
    return found.isOk() ? *found : std::vector<EventRecord>{};
}

void produce(Connection &c, const std::string &topic, int perPartition)
{
    ProducerConfig pc;
    pc.acks = -1;
    auto writer = c.openWriter(pc);
    QVERIFY(writer.isOk());
    for (int p = 0; p < kPartitions; ++p)
        for (int i = 0; i < perPartition; ++i) {
            ProducerRecord r;
            r.topic = topic;
            r.partition = p;
            r.value = bytesOf("v" + std::to_string(i));
            (*writer)->send(std::move(r));
        }
    QVERIFY((*writer)->flush(10s));
}

} // namespace

class TestBrokerShutdown : public QObject {
    Q_OBJECT

private slots:
    void controlledShutdownStaysFencedAndClosesCleanly()
    {
        QTemporaryDir dir;
        EmbeddedConnection connection(startCluster(fastConfig(dir)));
        Connection &c = connection;
        QVERIFY(c.createTopic({"orders", kPartitions, 3, {}, false, false}).ok());
        QVERIFY(eventually([&] { return incompleteIsr(c, "orders") == 0; }));
        produce(c, "orders", 10);
        QVERIFY(eventually([&] { return incompleteIsr(c, "orders") == 0; }));
        QVERIFY(eventually([&] { return brokerEvents(c, 1, {EventKind::BrokerStarted}).size() == 1; }));
        std::vector<int> ledBy1; // their high watermark on broker 1 is known: it advanced it
        for (const TopicSnapshot &t : c.snapshot()->topics)
            if (t.name == "orders")
                for (const auto &p : t.partitions)
                    if (p.leader == 1)
                        ledBy1.push_back(p.partition);
        QVERIFY(!ledBy1.empty());
        const std::size_t unfencedBefore = brokerEvents(c, 1, {EventKind::BrokerUnfenced}).size();

        QVERIFY(c.brokerControl()->stopBroker(1).isOk());
        QVERIFY(eventually([&] { return brokerEvents(c, 1, {EventKind::BrokerStopped}).size() == 1; }));
        // Its heartbeats after the controlled shutdown must not make it register again: it
        // would rejoin every ISR while its logs close, then drop out of them again.
        QCOMPARE(brokerEvents(c, 1, {EventKind::BrokerUnfenced}).size(), unfencedBefore);

        // Every log it held closed cleanly (opened next time without recovery); those it led
        // with the high watermark it had advanced to (a follower's may lag the leader's).
        const std::filesystem::path brokerDir = std::filesystem::path(dir.path().toStdString()) / "broker-1";
        for (int p = 0; p < kPartitions; ++p) {
            const auto folder = brokerDir / ("orders-" + std::to_string(p));
            QVERIFY2(std::filesystem::exists(folder / "clean-shutdown"), folder.c_str());
            if (std::find(ledBy1.begin(), ledBy1.end(), p) == ledBy1.end())
                continue;
            auto hw = readWholeFile(folder / "high-watermark");
            QVERIFY(hw.isOk());
            const std::string text(reinterpret_cast<const char *>(hw->data()), hw->size());
            std::int64_t value = -1;
            std::from_chars(text.data(), text.data() + text.size(), value);
            QVERIFY2(value == 10, (folder.string() + ": [" + text + "]").c_str());
        }

        // Back: it joins again once it has opened its replicas, and every ISR is full.
        QVERIFY(c.brokerControl()->restartBroker(1).isOk());
        QVERIFY(eventually([&] { return incompleteIsr(c, "orders") == 0; }, 20s));
        QVERIFY(eventually(
            [&] { return brokerEvents(c, 1, {EventKind::BrokerUnfenced}).size() == unfencedBefore + 1; }));
    }
};

QTEST_GUILESS_MAIN(TestBrokerShutdown)
#include "test_broker_shutdown.moc"
