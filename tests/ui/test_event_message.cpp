// Timeline messages in the user's language: every sentence form is rendered with all its
// arguments, every event a real cluster writes carries a complete sentence, and an event
// without one (stored by an older build, or by a newer one with a form this one does not
// know) is shown as its English message, also when read from a catalog of the first schema.

#include "ui/events/event_message.h"

#include "ui/groups/groups_model.h"

#ifndef Q_MOC_RUN
#include "catalog/catalog_fixture.h"
#include "catalog/event_forms.h"
#include "catalog/event_sentence.h"
#include "client/admin.h"
#include "cluster/cluster_fixture.h"
#endif

#include <QTest>

#include <algorithm>
#include <mutex>
#include <set>

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
        m_events.push_back(event);
    }
    std::vector<EventRecord> events()
    {
        std::lock_guard lock(m_mutex);
        return m_events;
    }

private:
    std::mutex m_mutex;
    std::vector<EventRecord> m_events;
};

bool isGroupState(EventForm form, std::string_view arg)
{
    return (form == EventForm::GroupAppeared || form == EventForm::GroupStateChanged) &&
           (arg == "state" || arg == "previous");
}

// An event of `form` with a distinct value for each argument, and what the sentence must
// show of each: the value itself, or a group state's name as the Consumer groups view says it.
struct Sample {
    EventRecord event;
    QStringList shown;
};

Sample sample(EventForm form)
{
    Sample s;
    s.event.sentence.form = form;
    s.event.message = "the English message";
    int next = 1001;
    for (std::string_view name : eventFormArguments(form)) {
        if (isGroupState(form, name)) {
            const GroupState state = name == "state" ? GroupState::CompletingRebalance : GroupState::Stable;
            s.event.sentence.args.emplace_back(std::string(name), std::string(groupStateName(state)));
            s.shown << GroupsModel::stateText(state);
        } else if (name == "reason") { // a storage limit, said in words
            s.event.sentence.args.emplace_back(std::string(name), std::string("disk-full"));
            s.shown << QStringLiteral("the disk is full");
        } else {
            s.event.sentence.args.emplace_back(std::string(name), next);
            s.shown << QString::number(next++);
        }
    }
    return s;
}

} // namespace

class TestEventMessage : public QObject {
    Q_OBJECT

private slots:
    void everyFormSaysAllItsArguments()
    {
        QVERIFY(allEventForms().size() > 50);
        for (EventForm form : allEventForms()) {
            const Sample s = sample(form);
            const QString text = EventMessage::text(s.event);
            const QByteArray where = QByteArray(eventFormName(form).data()) + ": " + text.toUtf8();
            QVERIFY2(!text.isEmpty(), where.constData());
            QVERIFY2(text != QString::fromStdString(s.event.message), where.constData());
            for (const QString &shown : s.shown)
                QVERIFY2(text.contains(shown), (where + " lacks " + shown.toUtf8()).constData());
        }
    }

    void keepsNamesAndNumbers()
    {
        const auto text = [](EventSentence sentence) {
            return EventMessage::text({.kind = EventKind::LeaderElected, .sentence = std::move(sentence)});
        };
        QCOMPARE(
            text({EventForm::LeaderMoved, {{"partition", "orders-3"}, {"from", 1}, {"to", 2}, {"epoch", 7}}}),
            QStringLiteral("orders-3: leader 1 → 2 (epoch 7)."));
        QCOMPARE(
            text({EventForm::LinkDegraded, {{"a", -1}, {"b", 2}, {"latencyMs", 250}, {"lossPercent", 30}}}),
            QStringLiteral("Link clients ↔ broker 2: latency 250 ms, loss 30%."));
        QCOMPARE(text({EventForm::LinkCut, {{"a", 0}, {"b", 3}}}),
                 QStringLiteral("Link controller ↔ broker 3: cut."));
        QCOMPARE(text({EventForm::RetentionDeleted, {{"segments", 1}, {"from", 0}, {"to", 1200}}}),
                 QStringLiteral("Retention deleted 1 segment(s); log start 0 → 1200."));
        QCOMPARE(text({EventForm::BrokerFencedStopped, {{"broker", 3}}}),
                 QStringLiteral("Broker 3 fenced: the broker was stopped."));
        QCOMPARE(text({EventForm::IsrShrunk, {{"partition", "orders-0"}, {"from", "1,2,3"}, {"to", "1,3"}}}),
                 QStringLiteral("ISR of orders-0 shrank from [1,2,3] to [1,3]."));
        QCOMPARE(
            text({EventForm::GroupStateChanged, {{"previous", "Stable"}, {"state", "PreparingRebalance"}}}),
            QStringLiteral("State Stable → Preparing rebalance."));
        // A topic's configs: set, back to default, or both.
        QCOMPARE(
            text({EventForm::TopicConfigChanged, {{"topic", "t"}, {"set", "retention.ms=1"}, {"reset", ""}}}),
            QStringLiteral("Topic t config changed: retention.ms=1."));
        QCOMPARE(
            text({EventForm::TopicConfigChanged, {{"topic", "t"}, {"set", ""}, {"reset", "cleanup.policy"}}}),
            QStringLiteral("Topic t config back to default: cleanup.policy."));
        QCOMPARE(text({EventForm::TopicConfigChanged,
                       {{"topic", "t"}, {"set", "retention.ms=1"}, {"reset", "cleanup.policy"}}}),
                 QStringLiteral("Topic t config changed: retention.ms=1; back to default: cleanup.policy."));
    }

    void withoutACompleteSentenceShowsTheMessage()
    {
        EventRecord old{.kind = EventKind::IsrShrunk,
                        .subject = "partition:orders-0",
                        .message = "ISR of orders-0 shrank to [1,3]: broker 2 is down"};
        QCOMPARE(EventMessage::text(old),
                 QStringLiteral("ISR of orders-0 shrank to [1,3]: broker 2 is down"));
        // An argument missing (a newer build may have renamed it).
        EventRecord partial{.kind = EventKind::BrokerStarted,
                            .subject = "broker:1",
                            .sentence = {EventForm::BrokerStarted, {{"broker", 1}}},
                            .message = "broker 1 started somewhere"};
        QCOMPARE(EventMessage::text(partial), QStringLiteral("broker 1 started somewhere"));
    }

    // The first schema stored messages only: its events read back and show as written.
    void versionOneCatalogStillReads()
    {
        QTemporaryDir dir;
        const std::filesystem::path file = std::filesystem::path(dir.path().toStdString()) / "catalog.db";
        QVERIFY(Catalog::open(file));
        QVERIFY(downgradeToVersion1(file));
        QVERIFY(execSql(file, "INSERT INTO events (time_ms, kind, subject, message) VALUES "
                              "(1, 'BrokerFenced', 'broker:2', 'broker 2 fenced: the broker was stopped')"));
        Result<std::unique_ptr<Catalog>> catalog = Catalog::open(file);
        QVERIFY(catalog);
        Result<std::vector<EventRecord>> events = (*catalog)->events({.sinceMs = 0});
        QVERIFY(events);
        QCOMPARE(events->size(), std::size_t(1));
        QCOMPARE(EventMessage::text(events->front()),
                 QStringLiteral("broker 2 fenced: the broker was stopped"));
    }

    void everyEventARealClusterWritesHasASentence()
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

        const auto saw = [&](EventForm form) {
            const auto events = collector.events();
            return std::any_of(events.begin(), events.end(),
                               [&](const EventRecord &e) { return e.sentence.form == form; });
        };
        QVERIFY(eventually([&] { return saw(EventForm::TopicDeleted); }));
        cluster->removeObserver(&collector);
        const auto events = collector.events();
        QVERIFY(events.size() > 20);
        // The ISR events give each broker's own reason: a clean stop, then a crash.
        QVERIFY(saw(EventForm::IsrShrunkBrokerShuttingDown));
        QVERIFY(saw(EventForm::IsrShrunkBrokerFenced));
        std::set<EventForm> forms;
        for (const EventRecord &e : events) {
            QVERIFY2(isComplete(e.sentence), e.message.c_str());
            QCOMPARE(e.message, englishSentence(e.sentence));
            QVERIFY2(!EventMessage::text(e).isEmpty(), e.message.c_str());
            forms.insert(e.sentence.form);
        }
        QVERIFY2(forms.size() >= 20, QByteArray::number(static_cast<int>(forms.size())).constData());
    }
};

QTEST_GUILESS_MAIN(TestEventMessage)
#include "test_event_message.moc"
