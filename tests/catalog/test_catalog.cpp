#include "catalog/catalog.h"
#include "common/clock.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace es;

namespace es {
// Lets QCOMPARE print a Status that differs.
char *toString(const Status &status) { return qstrdup(status.toString().c_str()); }
} // namespace es

namespace {

// A multiple of an hour, so that minutes and hours start on round numbers.
constexpr std::int64_t kT0 = 1'699'999'200'000;
constexpr std::int64_t kSecond = 1000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

// The value of the test series at second s (counted from kT0): its second within the
// minute plus its minute, so a minute m averages 29.5 + m and peaks at 59 + m.
double valueAt(std::int64_t s) { return static_cast<double>(s % 60 + s / 60); }

// Runs one query straight on the file, as another process would.
std::int64_t countRows(const fs::path &file, const std::string &sql)
{
    sqlite3 *db = nullptr;
    std::int64_t count = -1;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            count = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return count;
}

// The newest `limit` events of any kind and time (0: all of them).
EventQuery newest(int limit) { return {.kinds = {}, .subjectPrefix = {}, .limit = limit}; }

bool execSql(const fs::path &file, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) ==
                  SQLITE_OK &&
              sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

std::string readBytes(const fs::path &file)
{
    std::string bytes(static_cast<std::size_t>(fs::file_size(file)), '\0');
    std::ifstream(file, std::ios::binary).read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return bytes;
}

void writeBytes(const fs::path &file, std::uint64_t offset, const std::string &bytes)
{
    std::fstream out(file, std::ios::binary | std::ios::in | std::ios::out);
    out.seekp(static_cast<std::streamoff>(offset));
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
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
                         .replicas = {2, 1},
                         .isr = {1},
                         .leader = 1,
                         .leaderEpoch = 4,
                         .partitionEpoch = 9}};
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

class TestCatalog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh catalog path for each test.
    fs::path newFile()
    {
        return fs::path(m_dir.path().toStdString()) / ("c" + std::to_string(++m_files)) / "catalog.db";
    }

    static std::unique_ptr<Catalog> openOrFail(const fs::path &file, CatalogOptions options = {})
    {
        Result<std::unique_ptr<Catalog>> catalog = Catalog::open(file, options);
        if (!catalog)
            qWarning("open failed: %s", catalog.status().toString().c_str());
        return catalog ? std::move(*catalog) : nullptr;
    }

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

    // Three hours of 1-second samples with the clock at their end: the last hour is
    // answered at 1-second resolution, anything older from the 1-minute rollups.
    void metricsFromBothTiers()
    {
        const fs::path file = newFile();
        ManualClock clock(kT0 + 3 * kHour);
        CatalogOptions options;
        options.clock = &clock;
        // Second 9005 (2.5 h in, minute 150) gets a second sample half a second later.
        constexpr std::int64_t kDupSecond = 9005;
        {
            auto catalog = openOrFail(file, options);
            QVERIFY(catalog);
            for (std::int64_t hour = 0; hour < 3; ++hour) {
                std::vector<MetricSample> samples;
                for (std::int64_t s = hour * 3600; s < (hour + 1) * 3600; ++s) {
                    samples.push_back(
                        {.series = "broker:1/bytes_in", .timeMs = kT0 + s * kSecond, .value = valueAt(s)});
                    samples.push_back(
                        {.series = "broker:2/bytes_in", .timeMs = kT0 + s * kSecond, .value = 1.0});
                }
                catalog->appendMetrics(std::move(samples));
            }
            catalog->appendMetrics({{.series = "broker:1/bytes_in",
                                     .timeMs = kT0 + kDupSecond * kSecond + 500,
                                     .value = 1000.0}});
            QCOMPARE(catalog->flush(), Status::ok());
        }
        // Only the last hour was kept at 1-second resolution.
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 2 * 3600);
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_minute"), 2 * 180);

        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);
        const std::string series = "broker:1/bytes_in";

        // Raw: one point per second, exactly the sample (or the mean of two).
        Result<std::vector<MetricPoint>> raw =
            catalog->metrics(series, kT0 + 9000 * kSecond, kT0 + 9010 * kSecond, 1000);
        QVERIFY(raw);
        QCOMPARE(raw->size(), std::size_t(10));
        for (std::int64_t i = 0; i < 10; ++i) {
            const MetricPoint &p = (*raw)[static_cast<std::size_t>(i)];
            const std::int64_t s = 9000 + i;
            QCOMPARE(p.timeMs, kT0 + s * kSecond);
            if (s == kDupSecond) {
                QCOMPARE(p.value, (valueAt(s) + 1000.0) / 2);
                QCOMPARE(p.max, 1000.0);
            } else {
                QCOMPARE(p.value, valueAt(s));
                QCOMPARE(p.max, valueAt(s));
            }
        }

        // Raw at a 10-second step: the mean of ten seconds; buckets cover the whole range.
        raw = catalog->metrics(series, kT0 + 9000 * kSecond + 1, kT0 + 9030 * kSecond, 10'000);
        QVERIFY(raw);
        QCOMPARE(raw->size(), std::size_t(3));
        QCOMPARE((*raw)[0].timeMs, kT0 + 9000 * kSecond);
        QCOMPARE((*raw)[0].value, (45.0 + 150 * 10 + 1000.0) / 11);
        QCOMPARE((*raw)[1].value, 150.0 + 14.5); // seconds 10..19 of minute 150
        QCOMPARE((*raw)[2].max, 150.0 + 29);

        // The whole three hours at 1 s: one-minute points from the rollups.
        Result<std::vector<MetricPoint>> rollup = catalog->metrics(series, kT0, kT0 + 3 * kHour, 1000);
        QVERIFY(rollup);
        QCOMPARE(rollup->size(), std::size_t(180));
        for (std::int64_t m = 0; m < 180; ++m) {
            const MetricPoint &p = (*rollup)[static_cast<std::size_t>(m)];
            QCOMPARE(p.timeMs, kT0 + m * kMinute);
            if (m == kDupSecond / 60) {
                QCOMPARE(p.value, (60 * (29.5 + static_cast<double>(m)) + 1000.0) / 61);
                QCOMPARE(p.max, 1000.0);
            } else {
                QCOMPARE(p.value, 29.5 + static_cast<double>(m));
                QCOMPARE(p.max, 59.0 + static_cast<double>(m));
            }
        }

        // Five-minute steps over the first hour (beyond the raw tier's reach).
        rollup = catalog->metrics(series, kT0, kT0 + kHour, 5 * kMinute);
        QVERIFY(rollup);
        QCOMPARE(rollup->size(), std::size_t(12));
        for (std::int64_t k = 0; k < 12; ++k) {
            const MetricPoint &p = (*rollup)[static_cast<std::size_t>(k)];
            QCOMPARE(p.timeMs, kT0 + k * 5 * kMinute);
            QCOMPARE(p.value, 29.5 + static_cast<double>(5 * k + 2));
            QCOMPARE(p.max, 59.0 + static_cast<double>(5 * k + 4));
        }

        // An old range not aligned to minutes: every minute it touches, whole.
        rollup = catalog->metrics(series, kT0 + 90 * kSecond, kT0 + 150 * kSecond, 1000);
        QVERIFY(rollup);
        QCOMPARE(rollup->size(), std::size_t(2));
        QCOMPARE((*rollup)[0].timeMs, kT0 + kMinute);
        QCOMPARE((*rollup)[1].value, 31.5);

        // A whole-minute step inside the last hour is served from the rollups too, with
        // the same figures the raw tier would give.
        rollup = catalog->metrics(series, kT0 + 150 * kMinute, kT0 + 152 * kMinute, kMinute);
        QVERIFY(rollup);
        QCOMPARE(rollup->size(), std::size_t(2));
        QCOMPARE((*rollup)[1].value, 29.5 + 151);
        raw = catalog->metrics(series, kT0 + 151 * kMinute, kT0 + 152 * kMinute, 1000);
        QVERIFY(raw);
        QCOMPARE(raw->size(), std::size_t(60));

        Result<std::vector<MetricPoint>> other =
            catalog->metrics("broker:2/bytes_in", kT0, kT0 + 3 * kHour, kHour);
        QVERIFY(other);
        QCOMPARE(other->size(), std::size_t(3));
        QCOMPARE((*other)[2].value, 1.0);

        QVERIFY(catalog->metrics("no-such-series", kT0, kT0 + kHour, 1000)->empty());
        QVERIFY(catalog->metrics(series, kT0 + kHour, kT0, 1000)->empty());

        using S = std::vector<std::string>;
        QCOMPARE(*catalog->seriesNames(""), (S{"broker:1/bytes_in", "broker:2/bytes_in"}));
        QCOMPARE(*catalog->seriesNames("broker:2"), (S{"broker:2/bytes_in"}));
        QVERIFY(catalog->seriesNames("group:")->empty());
    }

    void rawSamplesOlderThanAnHourArePruned()
    {
        const fs::path file = newFile();
        ManualClock clock(kT0);
        CatalogOptions options;
        options.clock = &clock;
        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);
        std::vector<MetricSample> samples;
        for (std::int64_t s = -600; s < 0; ++s)
            samples.push_back({.series = "broker:1/x", .timeMs = kT0 + s * kSecond, .value = 2.0});
        catalog->appendMetrics(std::move(samples));
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 600);
        Result<std::vector<MetricPoint>> points =
            catalog->metrics("broker:1/x", kT0 - 10 * kMinute, kT0, 1000);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(600));

        // Two hours on, the 1-second rows are gone and the same range comes per minute.
        clock.advance(2 * kHour);
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 0);
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_minute"), 10);
        points = catalog->metrics("broker:1/x", kT0 - 10 * kMinute, kT0, 1000);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(10));
        QCOMPARE(points->front().timeMs, kT0 - 10 * kMinute);
        QCOMPARE(points->front().value, 2.0);

        // Samples already older than an hour when they arrive skip the raw tier.
        catalog->appendMetrics({{.series = "broker:1/x", .timeMs = kT0, .value = 4.0}});
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 0);

        // A week on, the rollups and the series have gone too.
        clock.advance(7 * kDay);
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_minute"), 0);
        QVERIFY(catalog->seriesNames("")->empty());

        // A series can come back after it was pruned.
        catalog->appendMetrics({{.series = "broker:1/x", .timeMs = clock.nowMs(), .value = 8.0}});
        QCOMPARE(catalog->flush(), Status::ok());
        points = catalog->metrics("broker:1/x", clock.nowMs() - kMinute, clock.nowMs() + kSecond, 1000);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(1));
        QCOMPARE(points->front().value, 8.0);
    }

    // The consumer groups' series keep their seconds for 25 hours (the lag chart's last 24
    // hours at 1-second resolution), the others for an hour.
    void groupSeriesKeepSecondsForADay()
    {
        const fs::path file = newFile();
        ManualClock clock(kT0);
        CatalogOptions options;
        options.clock = &clock;
        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);
        std::vector<MetricSample> samples;
        for (std::int64_t s = -600; s < 0; ++s) {
            samples.push_back({.series = "broker:1/x", .timeMs = kT0 + s * kSecond, .value = 2.0});
            samples.push_back({.series = "group:billing/lag", .timeMs = kT0 + s * kSecond, .value = 3.0});
            samples.push_back(
                {.series = "group:billing/lag/orders-0", .timeMs = kT0 + s * kSecond, .value = 1.0});
        }
        catalog->appendMetrics(std::move(samples));
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 1800);

        // Two hours on, only the group series' seconds are left, and they answer at 1 s.
        clock.advance(2 * kHour);
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 1200);
        auto points = catalog->metrics("group:billing/lag", kT0 - 10 * kMinute, kT0, 1000);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(600));
        QCOMPARE(points->front().timeMs, kT0 - 10 * kMinute);
        QCOMPARE(points->front().value, 3.0);
        points = catalog->metrics("broker:1/x", kT0 - 10 * kMinute, kT0, 1000);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(10)); // per minute

        // Late group samples within the day still go to the 1-second tier; others do not.
        catalog->appendMetrics({{.series = "group:billing/lag", .timeMs = kT0, .value = 5.0},
                                {.series = "broker:1/x", .timeMs = kT0, .value = 5.0}});
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 1201);

        // A day on (25 hours after the late sample), they are gone from the 1-second tier
        // too, and read per minute.
        clock.advance(24 * kHour);
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 0);
        points = catalog->metrics("group:billing/lag/orders-0", kT0 - 10 * kMinute, kT0, 1000);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(10));
        QCOMPARE(points->front().value, 1.0);

        // Rollups must be kept at least as long as the group seconds.
        CatalogOptions bad = options;
        bad.rollupMetricsRetentionMs = 12 * kHour;
        QVERIFY(!Catalog::open(newFile(), bad));
    }

    // A minute's row written part way (by a flush) takes the rest of its samples later.
    void minuteRowsAddUpAcrossFlushes()
    {
        const fs::path file = newFile();
        ManualClock clock(kT0 + 10 * kSecond);
        CatalogOptions options;
        options.clock = &clock;
        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);
        for (std::int64_t s = 0; s < 60; ++s) {
            clock.set(kT0 + s * kSecond);
            catalog->appendMetrics(
                {{.series = "x", .timeMs = kT0 + s * kSecond, .value = static_cast<double>(s)}});
            if (s % 20 == 19)
                QCOMPARE(catalog->flush(), Status::ok());
        }
        clock.set(kT0 + kMinute);
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT sample_count FROM metrics_minute"), 60);
        Result<std::vector<MetricPoint>> points = catalog->metrics("x", kT0, kT0 + kMinute, kMinute);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(1));
        QCOMPARE(points->front().value, 29.5);
        QCOMPARE(points->front().max, 59.0);
    }

    void garbageFileIsRefusedAndKept()
    {
        const fs::path file = newFile();
        fs::create_directories(file.parent_path());
        const std::string garbage(8192, '\x5a');
        {
            std::ofstream(file, std::ios::binary) << garbage;
        }
        Result<std::unique_ptr<Catalog>> catalog = Catalog::open(file);
        QVERIFY(!catalog);
        QCOMPARE(catalog.status().code(), StatusCode::Corruption);
        QVERIFY2(catalog.status().message().find(file.string()) != std::string::npos,
                 catalog.status().message().c_str());
        QVERIFY(catalog.status().message().find("not a database") != std::string::npos);
        QCOMPARE(readBytes(file), garbage);
        QVERIFY(!fs::exists(file.string() + "-wal"));
    }

    void foreignOrNewerDatabaseIsRefused()
    {
        const fs::path foreign = newFile();
        fs::create_directories(foreign.parent_path());
        QVERIFY(execSql(foreign, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');"));
        Result<std::unique_ptr<Catalog>> catalog = Catalog::open(foreign);
        QVERIFY(!catalog);
        QCOMPARE(catalog.status().code(), StatusCode::InvalidArgument);
        QVERIFY(catalog.status().message().find(foreign.string()) != std::string::npos);
        QCOMPARE(countRows(foreign, "SELECT count(*) FROM notes"), 1);

        const fs::path newer = newFile();
        QVERIFY(openOrFail(newer));
        QVERIFY(execSql(newer, "INSERT INTO schema_version VALUES (999, 0)"));
        catalog = Catalog::open(newer);
        QVERIFY(!catalog);
        QCOMPARE(catalog.status().code(), StatusCode::Unsupported);
        QVERIFY(catalog.status().message().find(newer.string()) != std::string::npos);
        QCOMPARE(countRows(newer, "SELECT max(version) FROM schema_version"), 999);
    }

    // A damaged table makes the writes into it fail; flush() says so, names the file, and
    // the catalog goes on saving everything else.
    void flushReportsCorruption()
    {
        const fs::path file = newFile();
        ManualClock clock(kT0);
        CatalogOptions options;
        options.clock = &clock;
        {
            auto catalog = openOrFail(file, options);
            QVERIFY(catalog);
            catalog->appendMetrics({{.series = "s", .timeMs = kT0, .value = 1}});
            QCOMPARE(catalog->close(), Status::ok());
        }
        QVERIFY(!fs::exists(file.string() + "-wal")); // all of it is in the file
        const std::int64_t pageSize = countRows(file, "PRAGMA page_size");
        const std::int64_t rootPage =
            countRows(file, "SELECT rootpage FROM sqlite_master WHERE name = 'metrics_raw'");
        QVERIFY(pageSize > 0 && rootPage > 1);
        writeBytes(file, static_cast<std::uint64_t>((rootPage - 1) * pageSize),
                   std::string(static_cast<std::size_t>(pageSize), '\x7f'));

        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);
        Status first = catalog->flush(); // the first pruning pass reads metrics_raw
        QCOMPARE(first.code(), StatusCode::Corruption);
        catalog->appendMetrics({{.series = "s", .timeMs = kT0 + kSecond, .value = 2}});
        Status status = catalog->flush();
        QCOMPARE(status.code(), StatusCode::Corruption);
        QVERIFY2(status.message().find(file.string()) != std::string::npos, status.message().c_str());
        QCOMPARE(catalog->flush(), Status::ok()); // each error is reported once

        catalog->saveBroker({.id = 7, .host = "127.0.0.1", .port = 9098, .state = "running"});
        QCOMPARE(catalog->flush(), Status::ok());
        Result<CatalogState> state = catalog->loadState();
        QVERIFY(state);
        QCOMPARE(state->brokers.size(), std::size_t(1));
    }

    void flushReportsReadOnlyFile()
    {
        const fs::path file = newFile();
        QVERIFY(openOrFail(file));
        fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
        const bool enforced = !std::ofstream(file, std::ios::binary | std::ios::app).is_open();
        if (!enforced) {
            fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
            QSKIP("file permissions are not enforced for this user (root)");
        }
        {
            auto catalog = openOrFail(file);
            QVERIFY(catalog);
            QVERIFY(catalog->loadState());
            catalog->saveBroker({.id = 1, .host = "h", .port = 1, .state = "running"});
            Status status = catalog->flush();
            QCOMPARE(status.code(), StatusCode::IOError);
            QVERIFY2(status.message().find(file.string()) != std::string::npos, status.message().c_str());
        }
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    }

    void writesAfterCloseAreReported()
    {
        auto catalog = openOrFail(newFile());
        QVERIFY(catalog);
        QCOMPARE(catalog->close(), Status::ok());
        catalog->saveBroker({.id = 1, .host = "h", .port = 1, .state = "running"});
        QCOMPARE(catalog->flush().code(), StatusCode::IOError);
        QVERIFY(!catalog->loadState());
        QCOMPARE(catalog->close(), Status::ok());
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
