// The catalog's state and events: brokers, topics and partitions saved and loaded again,
// replaced and deleted; events queried newest first and pruned, their sentences kept, read
// back from a file of the first schema, or shown by their message when unreadable; and
// readers that query while the writer commits.

#include "catalog_fixture.h"

#include "catalog/catalog_schema.h"
#include "catalog/event_forms.h"
#include "catalog/event_sentence.h"
#include "common/clock.h"

#include <QTest>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace es {
// Lets QCOMPARE print a sentence that differs.
inline char *toString(const EventSentence &sentence)
{
    std::string s(eventFormName(sentence.form));
    for (const EventArg &a : sentence.args)
        s += " " + a.name + "=" + a.value;
    return qstrdup(s.c_str());
}
} // namespace es

namespace fs = std::filesystem;
using namespace es;
using namespace es::test;

namespace {

// The newest `limit` events of any kind and time (0: all of them).
EventQuery newest(int limit) { return {.kinds = {}, .subjectPrefix = {}, .limit = limit}; }

// An event as the cluster records it: the sentence with its English message.
EventRecord said(std::int64_t timeMs, EventKind kind, std::string subject, EventSentence sentence)
{
    std::string message = englishSentence(sentence);
    return {.timeMs = timeMs,
            .kind = kind,
            .subject = std::move(subject),
            .sentence = std::move(sentence),
            .message = std::move(message)};
}

CatalogState sampleState()
{
    CatalogState state;
    state.clusterId = "MkU3OEVBNTcwNTJENDM2Qk";
    state.nextProducerId = 4000;
    state.brokers = {{.id = 1, .host = "127.0.0.1", .port = 9092, .state = "running"},
                     {.id = 2, .host = "127.0.0.1", .port = 9093, .state = "crashed"}};
    state.topics = {{.name = "audit",
                     .topicId = "AAAAAAAAAAAAAAAAAAAAAA",
                     .partitions = 1,
                     .replicationFactor = 1,
                     .internal = false,
                     .configs = {},
                     .createdMs = kT0},
                    {.name = "orders",
                     .topicId = "q7VNx2bCRYuZzPS3aXNykg",
                     .partitions = 2,
                     .replicationFactor = 2,
                     .internal = false,
                     .configs = {{"cleanup.policy", "compact"}, {"retention.ms", "3600000"}},
                     .createdMs = kT0 + 5}};
    state.partitions = {{.topic = "audit", .partition = 0, .replicas = {2}, .isr = {}, .leader = -1},
                        {.topic = "orders",
                         .partition = 0,
                         .replicas = {1, 2},
                         .isr = {1, 2},
                         .leader = 1,
                         .leaderEpoch = 3,
                         .partitionEpoch = 7},
                        {.topic = "orders",
                         .partition = 1,
                         .replicas = {2, 3, 1},
                         .isr = {1, 2},
                         .leader = 1,
                         .leaderEpoch = 4,
                         .partitionEpoch = 9,
                         .addingReplicas = {3},
                         .removingReplicas = {1}}};
    return state;
}

void compareState(const CatalogState &actual, const CatalogState &expected)
{
    QCOMPARE(actual.clusterId, expected.clusterId);
    QCOMPARE(actual.nextProducerId, expected.nextProducerId);
    QCOMPARE(actual.brokers.size(), expected.brokers.size());
    for (std::size_t i = 0; i < expected.brokers.size(); ++i) {
        QCOMPARE(actual.brokers[i].id, expected.brokers[i].id);
        QCOMPARE(actual.brokers[i].host, expected.brokers[i].host);
        QCOMPARE(actual.brokers[i].port, expected.brokers[i].port);
        QCOMPARE(actual.brokers[i].state, expected.brokers[i].state);
    }
    QCOMPARE(actual.topics.size(), expected.topics.size());
    for (std::size_t i = 0; i < expected.topics.size(); ++i) {
        QCOMPARE(actual.topics[i].name, expected.topics[i].name);
        QCOMPARE(actual.topics[i].topicId, expected.topics[i].topicId);
        QCOMPARE(actual.topics[i].partitions, expected.topics[i].partitions);
        QCOMPARE(actual.topics[i].replicationFactor, expected.topics[i].replicationFactor);
        QCOMPARE(actual.topics[i].internal, expected.topics[i].internal);
        QVERIFY(actual.topics[i].configs == expected.topics[i].configs);
        QCOMPARE(actual.topics[i].createdMs, expected.topics[i].createdMs);
    }
    QCOMPARE(actual.partitions.size(), expected.partitions.size());
    for (std::size_t i = 0; i < expected.partitions.size(); ++i) {
        QCOMPARE(actual.partitions[i].topic, expected.partitions[i].topic);
        QCOMPARE(actual.partitions[i].partition, expected.partitions[i].partition);
        QVERIFY(actual.partitions[i].replicas == expected.partitions[i].replicas);
        QVERIFY(actual.partitions[i].isr == expected.partitions[i].isr);
        QCOMPARE(actual.partitions[i].leader, expected.partitions[i].leader);
        QCOMPARE(actual.partitions[i].leaderEpoch, expected.partitions[i].leaderEpoch);
        QCOMPARE(actual.partitions[i].partitionEpoch, expected.partitions[i].partitionEpoch);
        QVERIFY(actual.partitions[i].addingReplicas == expected.partitions[i].addingReplicas);
        QVERIFY(actual.partitions[i].removingReplicas == expected.partitions[i].removingReplicas);
    }
}

void saveState(Catalog &catalog, const CatalogState &state)
{
    catalog.setClusterId(*state.clusterId);
    catalog.setNextProducerId(state.nextProducerId);
    for (const auto &b : state.brokers)
        catalog.saveBroker(b);
    for (const auto &t : state.topics)
        catalog.saveTopic(t);
    for (const auto &p : state.partitions)
        catalog.savePartition(p);
}

} // namespace

class TestCatalog : public QObject, private CatalogFiles {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void stateSurvivesReopen()
    {
        const fs::path file = newFile();
        const CatalogState expected = sampleState();
        {
            auto catalog = openOrFail(file);
            QVERIFY(catalog);
            Result<CatalogState> empty = catalog->loadState();
            QVERIFY(empty);
            QVERIFY(!empty->clusterId);
            QCOMPARE(empty->nextProducerId, std::int64_t(0));
            QVERIFY(empty->brokers.empty() && empty->topics.empty() && empty->partitions.empty());

            saveState(*catalog, expected);
            QCOMPARE(catalog->flush(), Status::ok());
            Result<CatalogState> loaded = catalog->loadState();
            QVERIFY(loaded);
            compareState(*loaded, expected);
            QCOMPARE(catalog->close(), Status::ok());
        }
        auto catalog = openOrFail(file);
        QVERIFY(catalog);
        Result<CatalogState> loaded = catalog->loadState();
        QVERIFY(loaded);
        compareState(*loaded, expected);
    }

    void savesReplace()
    {
        auto catalog = openOrFail(newFile());
        QVERIFY(catalog);
        CatalogState expected = sampleState();
        saveState(*catalog, expected);

        expected.brokers[1].state = "running";
        expected.brokers[1].port = 9095;
        catalog->saveBroker(expected.brokers[1]);
        expected.topics[1].configs = {{"retention.ms", "60000"}};
        expected.topics[1].partitions = 3;
        catalog->saveTopic(expected.topics[1]);
        expected.partitions[2].isr = {1, 2};
        expected.partitions[2].leaderEpoch = 5;
        catalog->savePartition(expected.partitions[2]);
        expected.clusterId = "other";
        catalog->setClusterId("other");
        expected.nextProducerId = 5000;
        catalog->setNextProducerId(5000);

        QCOMPARE(catalog->flush(), Status::ok());
        Result<CatalogState> loaded = catalog->loadState();
        QVERIFY(loaded);
        compareState(*loaded, expected);
    }

    void deleteTopicRemovesItsPartitions()
    {
        const fs::path file = newFile();
        auto catalog = openOrFail(file);
        QVERIFY(catalog);
        CatalogState expected = sampleState();
        saveState(*catalog, expected);
        catalog->deleteTopic("orders");
        catalog->deleteTopic("no-such-topic");
        QCOMPARE(catalog->flush(), Status::ok());

        expected.topics.erase(expected.topics.begin() + 1);
        expected.partitions.resize(1);
        Result<CatalogState> loaded = catalog->loadState();
        QVERIFY(loaded);
        compareState(*loaded, expected);
        QCOMPARE(countRows(file, "SELECT count(*) FROM topic_configs"), 0);

        // A topic created again under the same name starts from scratch.
        catalog->saveTopic(
            {.name = "orders", .topicId = "new", .partitions = 1, .replicationFactor = 1, .configs = {}});
        QCOMPARE(catalog->flush(), Status::ok());
        loaded = catalog->loadState();
        QVERIFY(loaded);
        QCOMPARE(loaded->topics.size(), std::size_t(2));
        QVERIFY(loaded->topics[1].configs.empty());
        QCOMPARE(loaded->partitions.size(), std::size_t(1));
    }

    void eventsQueryNewestFirst()
    {
        const fs::path file = newFile();
        ManualClock clock(kT0 + kHour); // the events are recent: pruning keeps them
        CatalogOptions options;
        options.clock = &clock;
        std::vector<std::int64_t> ids;
        {
            auto catalog = openOrFail(file, options);
            QVERIFY(catalog);
            // Appended out of time order on purpose: newest first means by time.
            ids.push_back(catalog->appendEvent({.timeMs = kT0 + 30,
                                                .kind = EventKind::BrokerCrashed,
                                                .subject = "broker:2",
                                                .message = "crashed"}));
            ids.push_back(catalog->appendEvent({.timeMs = kT0 + 10,
                                                .kind = EventKind::BrokerStarted,
                                                .subject = "broker:1",
                                                .message = "started"}));
            ids.push_back(catalog->appendEvent({.timeMs = kT0 + 20,
                                                .kind = EventKind::TopicCreated,
                                                .subject = "topic:orders",
                                                .message = "t"}));
            ids.push_back(catalog->appendEvent({.timeMs = kT0 + 40,
                                                .kind = EventKind::LeaderElected,
                                                .subject = "partition:orders-0",
                                                .message = "leader 1"}));
            ids.push_back(catalog->appendEvent({.timeMs = kT0 + 50,
                                                .kind = EventKind::BrokerStopped,
                                                .subject = "broker:12",
                                                .message = "stopped"}));
            for (std::size_t i = 1; i < ids.size(); ++i)
                QVERIFY(ids[i] > ids[i - 1]);
            QCOMPARE(catalog->flush(), Status::ok());

            Result<std::vector<EventRecord>> all = catalog->events({});
            QVERIFY(all);
            QCOMPARE(all->size(), std::size_t(5));
            const std::vector<std::int64_t> times = {kT0 + 50, kT0 + 40, kT0 + 30, kT0 + 20, kT0 + 10};
            for (std::size_t i = 0; i < times.size(); ++i)
                QCOMPARE((*all)[i].timeMs, times[i]);
            QCOMPARE((*all)[2].id, ids[0]);
            QCOMPARE((*all)[2].kind, EventKind::BrokerCrashed);
            QCOMPARE((*all)[2].subject, std::string("broker:2"));
            QCOMPARE((*all)[2].message, std::string("crashed"));
        }
        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);

        auto query = [&](EventQuery q) {
            std::vector<std::int64_t> times;
            Result<std::vector<EventRecord>> events = catalog->events(q);
            if (events) {
                for (const EventRecord &e : *events)
                    times.push_back(e.timeMs - kT0);
            }
            return times;
        };
        using V = std::vector<std::int64_t>;
        QCOMPARE(query({}), (V{50, 40, 30, 20, 10}));
        QCOMPARE(query({.sinceMs = kT0 + 20, .untilMs = kT0 + 40, .kinds = {}, .subjectPrefix = {}}),
                 (V{40, 30, 20}));
        QCOMPARE(query({.kinds = {EventKind::BrokerStarted, EventKind::BrokerStopped}, .subjectPrefix = {}}),
                 (V{50, 10}));
        QCOMPARE(query({.kinds = {}, .subjectPrefix = "broker:"}), (V{50, 30, 10}));
        QCOMPARE(query({.kinds = {}, .subjectPrefix = "broker:1"}), (V{50, 10}));
        QCOMPARE(query({.kinds = {}, .subjectPrefix = "topic:orders"}), (V{20}));
        QCOMPARE(query(newest(2)), (V{50, 40}));
        QCOMPARE(query({.sinceMs = kT0 + 15, .kinds = {EventKind::BrokerStarted}, .subjectPrefix = {}}), V{});
        QCOMPARE(query({.kinds = {EventKind::BrokerCrashed, EventKind::LeaderElected},
                        .subjectPrefix = "broker",
                        .limit = 5}),
                 (V{30}));

        // Ids keep increasing across a restart.
        const std::int64_t next = catalog->appendEvent(
            {.timeMs = kT0 + 60, .kind = EventKind::BrokerAdded, .subject = "broker:3", .message = "added"});
        QVERIFY(next > ids.back());
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(query(newest(1)), (V{60}));
    }

    // Sentences come back as they were written, arguments in order, through a reopen.
    void eventSentencesSurviveReopen()
    {
        const fs::path file = newFile();
        ManualClock clock(kT0 + kHour);
        CatalogOptions options;
        options.clock = &clock;
        const std::vector<EventRecord> written = {
            said(kT0 + 1, EventKind::BrokerFenced, "broker:2",
                 {EventForm::BrokerFencedStopped, {{"broker", 2}}}),
            said(kT0 + 2, EventKind::TopicConfigChanged, "topic:größe",
                 {EventForm::TopicConfigChanged,
                  {{"topic", "größe"}, {"set", R"(retention.ms=1, note="a\b")"}, {"reset", ""}}}),
            said(kT0 + 3, EventKind::GroupRebalanced, "group:billing",
                 {EventForm::GenerationAssigned, {{"leader", "m-1"}, {"generation", 4}}}),
            said(kT0 + 4, EventKind::LinkChanged, "link:all", {EventForm::AllLinksHealed}),
            // A sentence without a form: only its message is stored.
            {.timeMs = kT0 + 5, .kind = EventKind::BrokerAdded, .subject = "broker:3", .message = "added"},
        };
        {
            auto catalog = openOrFail(file, options);
            QVERIFY(catalog);
            for (const EventRecord &e : written)
                catalog->appendEvent(e);
            QCOMPARE(catalog->flush(), Status::ok());
        }
        QCOMPARE(countRows(file, "SELECT count(*) FROM events WHERE form IS NULL AND args IS NULL"), 1);
        QCOMPARE(countRows(file, "SELECT count(*) FROM events WHERE args = '{\"broker\":\"2\"}'"), 1);

        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);
        Result<std::vector<EventRecord>> read = catalog->events({});
        QVERIFY(read);
        QCOMPARE(read->size(), written.size());
        for (std::size_t i = 0; i < written.size(); ++i) {
            const EventRecord &back = (*read)[written.size() - 1 - i]; // newest first
            QCOMPARE(back.sentence, written[i].sentence);
            QCOMPARE(back.message, written[i].message);
            QCOMPARE(back.subject, written[i].subject);
        }
    }

    // A file of the first schema gains the sentence columns; its events come back with their
    // messages and no form, and new events are stored with theirs.
    void versionOneFileMigrates()
    {
        const fs::path file = newFile();
        QVERIFY(openOrFail(file));
        QVERIFY(downgradeToVersion1(file));
        QVERIFY(execSql(file, "INSERT INTO events (time_ms, kind, subject, message) VALUES "
                              "(1699999200001, 'IsrShrunk', 'partition:orders-0', "
                              "'ISR of orders-0 shrank to [1,3]: broker 2 is down')"));
        QCOMPARE(countRows(file, "SELECT max(version) FROM schema_version"), 1);

        ManualClock clock(kT0 + kHour);
        CatalogOptions options;
        options.clock = &clock;
        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);
        QCOMPARE(countRows(file, "SELECT max(version) FROM schema_version"),
                 std::int64_t{catalogSchemaVersion()});
        catalog->appendEvent(said(
            kT0 + 2, EventKind::IsrShrunk, "partition:orders-0",
            {EventForm::IsrShrunkBrokerFenced, {{"partition", "orders-0"}, {"isr", "1,3"}, {"broker", 2}}}));
        QCOMPARE(catalog->flush(), Status::ok());
        Result<std::vector<EventRecord>> read = catalog->events({});
        QVERIFY(read);
        QCOMPARE(read->size(), std::size_t(2));
        const EventRecord &old = read->back();
        QCOMPARE(old.sentence, EventSentence{});
        QCOMPARE(old.message, std::string("ISR of orders-0 shrank to [1,3]: broker 2 is down"));
        QCOMPARE(old.kind, EventKind::IsrShrunk);
        const EventRecord &fresh = read->front();
        QCOMPARE(fresh.sentence.form, EventForm::IsrShrunkBrokerFenced);
        QCOMPARE(fresh.message, std::string("ISR of orders-0 shrank to [1,3]: broker 2 is fenced"));
    }

    // A form this build does not know (a newer one wrote it) or arguments that are not a JSON
    // object of strings: the event is read with its message alone.
    void unreadableSentencesFallBackToTheMessage()
    {
        const fs::path file = newFile();
        ManualClock clock(kT0 + kHour);
        CatalogOptions options;
        options.clock = &clock;
        {
            auto catalog = openOrFail(file, options);
            QVERIFY(catalog);
        }
        QVERIFY(execSql(file,
                        "INSERT INTO events (time_ms, kind, subject, message, form, args) VALUES "
                        "(1699999200001, 'BrokerAdded', 'broker:4', 'one', 'BrokerTeleported', '{}'),"
                        "(1699999200002, 'BrokerAdded', 'broker:4', 'two', 'BrokerAdded', '{\"broker\":4}'),"
                        "(1699999200003, 'BrokerAdded', 'broker:4', 'three', 'BrokerAdded', '[\"4\"]'),"
                        "(1699999200004, 'BrokerAdded', 'broker:4', 'four', 'BrokerAdded', '{\"broker\"'),"
                        "(1699999200005, 'BrokerAdded', 'broker:4', 'five', 'BrokerAdded', NULL)"));
        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);
        Result<std::vector<EventRecord>> read = catalog->events({});
        QVERIFY(read);
        QCOMPARE(read->size(), std::size_t(5));
        const std::vector<std::string> messages = {"five", "four", "three", "two", "one"};
        for (std::size_t i = 0; i < 4; ++i) {
            QCOMPARE((*read)[i + 1].message, messages[i + 1]);
            QCOMPARE((*read)[i + 1].sentence, EventSentence{});
        }
        // A known form with no args column at all reads as that form without arguments.
        QCOMPARE(read->front().sentence, EventSentence{EventForm::BrokerAdded});
        QVERIFY(!isComplete(read->front().sentence));
    }

    void eventsArePruned()
    {
        ManualClock clock(kT0);
        CatalogOptions options;
        options.clock = &clock;
        options.maxEvents = 5;
        options.eventRetentionMs = kDay;
        auto catalog = openOrFail(newFile(), options);
        QVERIFY(catalog);
        std::int64_t lastId = 0;
        for (int i = 0; i < 8; ++i)
            lastId = catalog->appendEvent({.timeMs = kT0 + i * kHour,
                                           .kind = EventKind::RetentionRun,
                                           .subject = "topic:t",
                                           .message = std::to_string(i)});
        clock.advance(options.pruneIntervalMs); // pruning falls due
        QCOMPARE(catalog->flush(), Status::ok());
        Result<std::vector<EventRecord>> left = catalog->events({});
        QVERIFY(left);
        QCOMPARE(left->size(), std::size_t(5)); // the newest five
        QCOMPARE(left->front().message, std::string("7"));
        QCOMPARE(left->back().message, std::string("3"));

        // A day after event 5, events 3 to 5 have expired.
        clock.set(kT0 + 5 * kHour + kDay + 1);
        QCOMPARE(catalog->flush(), Status::ok());
        left = catalog->events({});
        QVERIFY(left);
        QCOMPARE(left->size(), std::size_t(2));
        QCOMPARE(left->back().message, std::string("6"));

        // Ids are never reused, even when the newest event was pruned.
        clock.set(kT0 + 30 * kDay);
        QCOMPARE(catalog->flush(), Status::ok());
        left = catalog->events({});
        QVERIFY(left && left->empty());
        QVERIFY(catalog->appendEvent(
                    {.kind = EventKind::BrokerAdded, .subject = "broker:4", .message = "added"}) > lastId);
        QCOMPARE(catalog->flush(), Status::ok());
        left = catalog->events({});
        QVERIFY(left);
        QCOMPARE(left->size(), std::size_t(1));
        QCOMPARE(left->front().timeMs, kT0 + 30 * kDay); // 0 became the clock's now
    }

    // Readers query while the writer commits; each read sees a consistent, growing state.
    void readsRunBesideTheWriter()
    {
        ManualClock clock(kT0);
        CatalogOptions options;
        options.clock = &clock;
        options.batchDelay = std::chrono::milliseconds(1);
        options.metricsBatchDelay = std::chrono::milliseconds(1);
        auto catalog = openOrFail(newFile(), options);
        QVERIFY(catalog);

        constexpr int kRounds = 400;
        std::atomic<bool> done{false};
        std::atomic<int> reads{0}, failures{0}, regressions{0};
        std::thread reader([&] {
            std::size_t lastEvents = 0;
            while (!done.load()) {
                Result<std::vector<EventRecord>> events = catalog->events(newest(0));
                Result<std::vector<MetricPoint>> points =
                    catalog->metrics("load", kT0 - kHour, kT0 + kHour, 1000);
                Result<CatalogState> state = catalog->loadState();
                if (!events || !points || !state) {
                    ++failures;
                } else {
                    // Round i queues broker i before event i, and the state is read last.
                    if (events->size() < lastEvents || state->brokers.size() < events->size())
                        ++regressions;
                    lastEvents = events->size();
                }
                ++reads;
            }
        });
        for (int i = 0; i < kRounds; ++i) {
            catalog->saveBroker({.id = i, .host = "127.0.0.1", .port = 9092 + i, .state = "running"});
            catalog->appendEvent({.timeMs = kT0 + i,
                                  .kind = EventKind::BrokerAdded,
                                  .subject = "broker:" + std::to_string(i),
                                  .message = "added"});
            std::vector<MetricSample> samples;
            for (int k = 0; k < 50; ++k)
                samples.push_back(
                    {.series = "load", .timeMs = kT0 + (i % 600) * kSecond, .value = static_cast<double>(k)});
            catalog->appendMetrics(std::move(samples));
            if (i % 50 == 0)
                QCOMPARE(catalog->flush(), Status::ok());
        }
        QCOMPARE(catalog->flush(), Status::ok());
        // Let the reader see the final state at least once.
        const int readsBefore = reads.load();
        while (reads.load() < readsBefore + 2)
            std::this_thread::yield();
        done = true;
        reader.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(regressions.load(), 0);
        QCOMPARE(catalog->events(newest(0))->size(), std::size_t(kRounds));
        QCOMPARE(catalog->loadState()->brokers.size(), std::size_t(kRounds));
        Result<std::vector<MetricPoint>> points = catalog->metrics("load", kT0, kT0 + 10 * kMinute, 1000);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(kRounds));
        QCOMPARE(points->front().value, 24.5);
        QCOMPARE(points->front().max, 49.0);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
