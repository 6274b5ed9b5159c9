// Timeline messages in the user's language: every sentence a real cluster writes to its
// timeline is recognised (so none stays in English under a translation), names and
// numbers are kept, and an unknown sentence is shown as written.

#include "ui/events/event_message.h"

#ifndef Q_MOC_RUN
#include "client/admin.h"
#include "cluster/cluster_fixture.h"
#endif

#include <QTest>

#include <algorithm>
#include <mutex>

using namespace es;
using namespace es::test;

namespace {

// Collects the timeline events a cluster publishes.
class Collector : public ClusterObserver {
public:
    void onSnapshot(const ClusterSnapshotPtr &) override {}
    void onEvent(const EventRecord &event) override
    {
        std::lock_guard lock(m_mutex);
        m_messages.push_back(event.message);
    }
    std::vector<std::string> messages()
    {
        std::lock_guard lock(m_mutex);
        return m_messages;
    }

private:
    std::mutex m_mutex;
    std::vector<std::string> m_messages;
};

} // namespace

class TestEventMessage : public QObject {
    Q_OBJECT

private slots:
    void keepsNamesAndNumbers()
    {
        QCOMPARE(EventMessage::translated(QStringLiteral("orders-3: leader 1 -> 2 (epoch 7)")),
                 QStringLiteral("orders-3: leader 1 → 2 (epoch 7)."));
        QCOMPARE(
            EventMessage::translated(QStringLiteral("link clients <-> broker 2: latency 250 ms, loss 30%")),
            QStringLiteral("Link clients ↔ broker 2: latency 250 ms, loss 30%."));
        QCOMPARE(
            EventMessage::translated(QStringLiteral("retention deleted 1 segment(s), log start 0 -> 1200")),
            QStringLiteral("Retention deleted 1 segment(s); log start 0 → 1200."));
        QCOMPARE(EventMessage::translated(QStringLiteral("broker 3 fenced: the broker was stopped")),
                 QStringLiteral("Broker 3 fenced: the broker was stopped."));
    }

    void showsAnUnknownSentenceAsWritten()
    {
        QCOMPARE(EventMessage::translated(QStringLiteral("something new happened")),
                 QStringLiteral("something new happened"));
    }

    void recognisesEverySentenceARealClusterWrites()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        Collector collector;
        cluster->addObserver(&collector);

        CreateTopicSpec spec;
        spec.name = "timeline";
        spec.partitions = 2;
        spec.replicationFactor = 3;
        QVERIFY(cluster->createTopic(spec).ok());
        QVERIFY(cluster->waitUntilReady(std::chrono::seconds(10)));
        {
            Producer producer(*cluster);
            for (int i = 0; i < 100; ++i)
                producer.send({"timeline", i % 2, bytesOf("k"), bytesOf("v"), {}, std::nullopt});
            QVERIFY(producer.flush(std::chrono::seconds(10)));
        }
        QVERIFY(cluster->createPartitions("timeline", 3).ok());
        QVERIFY(cluster->alterTopicConfigs("timeline", {{"retention.ms", std::string("86400000")}}).ok());
        Admin admin(*cluster);
        QVERIFY(admin.deleteRecords({"timeline", 0}, 10).isOk());

        // A group forms, commits and leaves; then its offsets are reset.
        {
            ConsumerConfig cfg;
            cfg.groupId = "readers";
            cfg.autoOffsetReset = OffsetReset::Earliest;
            Consumer consumer(*cluster, cfg);
            consumer.subscribe({"timeline"});
            QVERIFY(eventually([&] {
                consumer.poll(std::chrono::milliseconds(20));
                return consumer.generation() > 0;
            }));
            QCOMPARE(consumer.commitSync(), ErrorCode::None);
        }
        QVERIFY(eventually([&] {
            auto g = groupView(*cluster, "readers");
            return g && g->group.state == GroupState::Empty;
        }));
        QVERIFY(admin.resetGroupOffsets("readers", {{{"timeline", 1}, 0}}).ok());

        // Brokers and links go through every state.
        cluster->setLink(1, 2, LinkFault{100, 0.1, false});
        cluster->setLink(kClientsNode, 3, LinkFault{0, 0, true});
        cluster->healLinks();
        QVERIFY(cluster->pauseBroker(3).isOk());
        QVERIFY(cluster->resumeBroker(3).isOk());
        QVERIFY(cluster->stopBroker(2).isOk());
        QVERIFY(cluster->restartBroker(2).isOk());
        QVERIFY(cluster->crashBroker(1, true).isOk());
        QVERIFY(cluster->restartBroker(1).isOk());
        QVERIFY(cluster->addBroker().isOk());
        QVERIFY(cluster->waitUntilReady(std::chrono::seconds(10)));
        QVERIFY(cluster->deleteTopic("timeline").ok());

        QVERIFY(eventually([&] {
            for (const auto &m : collector.messages())
                if (m.find("timeline deleted") != std::string::npos)
                    return true;
            return false;
        }));
        cluster->removeObserver(&collector);
        const auto messages = collector.messages();
        QVERIFY(messages.size() > 20);
        // The ISR events give each broker's own reason: a clean stop, then a crash.
        const auto said = [&](const std::string &text) {
            return std::any_of(messages.begin(), messages.end(),
                               [&](const std::string &m) { return m.find(text) != std::string::npos; });
        };
        QVERIFY(said(": broker 2 is shutting down"));
        QVERIFY(said(": broker 1 is fenced"));
        for (const auto &m : messages) {
            const QString english = QString::fromStdString(m);
            QVERIFY2(EventMessage::translated(english) != english, m.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestEventMessage)
#include "test_event_message.moc"
