// Resetting a group's offsets against a real cluster: the plan's targets for each mode,
// clamping to the log's bounds, a new group, and Kafka's refusal while members are active.

#ifndef Q_MOC_RUN
#include "connection/embedded_connection.h"
#include "replay_fixture.h"

#include "client/partition_reader.h"
#include "replay/offset_reset_plan.h"
#endif

#include <QObject>

#include <atomic>
#include <set>
#include <thread>

using namespace es;
using namespace es::test;

namespace {

const std::int64_t kBase = recentTimestampBase();

Result<OffsetResetPlan> plan(Connection &connection, OffsetResetRequest request)
{
    const std::unique_ptr<RecordReader> reader = connection.openReader();
    return planOffsetReset(connection, *reader, request);
}

bool waitForCommitted(const Cluster &cluster, const std::string &group, const TopicPartition &tp,
                      std::int64_t offset)
{
    return eventually([&] {
        const auto c = committedOffsets(cluster, group);
        const auto it = c.find(tp);
        return it != c.end() && it->second == offset;
    });
}

// A group member consuming on its own thread until stopped.
class ActiveMember {
public:
    ActiveMember(Cluster &cluster, const std::string &group, const std::string &topic,
                 const std::string &clientId)
    {
        ConsumerConfig config;
        config.groupId = group;
        config.clientId = clientId;
        config.sessionTimeoutMs = 2000;
        config.heartbeatIntervalMs = 100;
        config.autoOffsetReset = OffsetReset::Earliest;
        m_consumer = std::make_unique<Consumer>(cluster, config);
        m_consumer->subscribe({topic});
        m_thread = std::thread([this] {
            while (!m_stop)
                m_consumer->poll(std::chrono::milliseconds(20));
        });
    }
    ~ActiveMember() { stop(); }
    void stop()
    {
        if (!m_stop.exchange(true))
            m_thread.join();
        if (m_consumer)
            m_consumer->close();
        m_consumer.reset();
    }
    [[nodiscard]] std::int32_t generation() const { return m_consumer ? m_consumer->generation() : -1; }

private:
    std::unique_ptr<Consumer> m_consumer;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace

class TestOffsetResetPlan : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Cluster> m_cluster;
    std::unique_ptr<EmbeddedConnection> m_connection; // goes before the cluster

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = startCluster(fastConfig(m_dir));
        m_connection = std::make_unique<EmbeddedConnection>(*m_cluster);
        QVERIFY(m_cluster->ensureOffsetsTopic().ok());
        QVERIFY(m_cluster->waitUntilReady(std::chrono::seconds(10)));
        // A plan reads the group from the connection's snapshots: wait for the first.
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->snapshot() != nullptr, 10000);
    }

    void cleanupTestCase()
    {
        if (m_cluster)
            m_cluster->stop();
    }

    // A reset of a group that does not exist yet, to a timestamp between records, makes a
    // consumer of the group start at the first record at or after it on every partition.
    void resetToTimestampMakesTheGroupConsumeFromThere()
    {
        createTopic(*m_cluster, "clicks", 3);
        produceKnown(*m_cluster, "clicks", 3, 20, kBase, 1000); // record i at kBase + i s
        const std::int64_t cut = kBase + 12'500;                // between records 12 and 13

        Result<OffsetResetPlan> p =
            plan(*m_connection, {"replayers", OffsetResetMode::ToTimestamp, cut, "clicks", {}});
        QVERIFY2(p.isOk(), p.status().message().c_str());
        QVERIFY(!p->groupExists);
        QVERIFY(p->groupIsEmpty());
        QCOMPARE(p->partitions.size(), std::size_t{3});
        for (const PartitionResetPlan &pp : p->partitions) {
            QCOMPARE(pp.target, std::int64_t{13});
            QCOMPARE(pp.current, std::int64_t{-1});
            QCOMPARE(pp.reconsumed(), std::int64_t{0});
        }
        const Status applied = applyOffsetReset(*m_connection, *p);
        QVERIFY2(applied.isOk(), applied.message().c_str());
        QVERIFY(waitForCommitted(*m_cluster, "replayers", {"clicks", 2}, 13));

        // Latest: a consumer that ignored the reset would read nothing at all.
        ConsumerConfig config;
        config.groupId = "replayers";
        config.autoOffsetReset = OffsetReset::Latest;
        config.enableAutoCommit = false;
        Consumer consumer(*m_cluster, config);
        consumer.subscribe({"clicks"});
        std::vector<FetchedRecord> got;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (got.size() < 21 && std::chrono::steady_clock::now() < deadline)
            for (auto &r : consumer.poll(std::chrono::milliseconds(100)))
                got.push_back(std::move(r));
        QCOMPARE(got.size(), std::size_t{21}); // 7 per partition: records 13..19
        std::map<std::int32_t, std::int64_t> first;
        for (const FetchedRecord &r : got) {
            QVERIFY(r.timestamp >= cut);
            first.try_emplace(r.tp.partition, r.offset);
        }
        for (const auto &[partition, offset] : first)
            QCOMPARE(offset, std::int64_t{13});
        consumer.close();
    }

    void shiftAndClampToTheLogsBounds()
    {
        createTopic(*m_cluster, "orders", 2);
        produceKnown(*m_cluster, "orders", 2, 10, kBase);
        const TopicPartition p0{"orders", 0};
        const TopicPartition p1{"orders", 1};

        Result<OffsetResetPlan> toFive =
            plan(*m_connection, {"billing", OffsetResetMode::ToOffset, 5, "orders", {}});
        QVERIFY2(toFive.isOk(), toFive.status().message().c_str());
        QVERIFY(applyOffsetReset(*m_connection, *toFive).isOk());
        QVERIFY(waitForCommitted(*m_cluster, "billing", p1, 5));

        // Without a topic: the partitions the group has offsets for.
        Result<OffsetResetPlan> back = plan(*m_connection, {"billing", OffsetResetMode::ShiftBy, -3, "", {}});
        QVERIFY2(back.isOk(), back.status().message().c_str());
        QVERIFY(back->groupExists);
        QCOMPARE(back->partitions.size(), std::size_t{2});
        QCOMPARE(back->partitions[0].current, std::int64_t{5});
        QCOMPARE(back->partitions[0].target, std::int64_t{2});
        QCOMPARE(back->partitions[0].reconsumed(), std::int64_t{3});
        QCOMPARE(back->totalReconsumed(), std::int64_t{6});
        QVERIFY(!back->partitions[0].clamped());

        Result<OffsetResetPlan> ahead =
            plan(*m_connection, {"billing", OffsetResetMode::ShiftBy, 100, "", {}});
        QVERIFY(ahead.isOk());
        QCOMPARE(ahead->partitions[1].requested, std::int64_t{105});
        QCOMPARE(ahead->partitions[1].target, std::int64_t{10}); // the high watermark
        QVERIFY(ahead->partitions[1].clamped());
        QCOMPARE(ahead->partitions[1].skipped(), std::int64_t{5});

        // Records below 4 deleted: the log starts at 4, and resets below it stop there.
        Admin admin(*m_cluster);
        QCOMPARE(admin.deleteRecords(p0, 4).value(), std::int64_t{4});
        Result<OffsetResetPlan> below =
            plan(*m_connection, {"billing", OffsetResetMode::ShiftBy, -100, "", {p0}});
        QVERIFY(below.isOk());
        QCOMPARE(below->partitions.size(), std::size_t{1});
        QCOMPARE(below->partitions[0].target, std::int64_t{4});
        Result<OffsetResetPlan> earliest =
            plan(*m_connection, {"billing", OffsetResetMode::ToEarliest, 0, "orders", {}});
        QVERIFY(earliest.isOk());
        QCOMPARE(earliest->partitions[0].target, std::int64_t{4});
        QCOMPARE(earliest->partitions[1].target, std::int64_t{0});
        Result<OffsetResetPlan> latest =
            plan(*m_connection, {"billing", OffsetResetMode::ToLatest, 0, "orders", {}});
        QVERIFY(latest.isOk());
        QCOMPARE(latest->partitions[0].target, std::int64_t{10});

        QVERIFY(applyOffsetReset(*m_connection, *below).isOk());
        QVERIFY(waitForCommitted(*m_cluster, "billing", p0, 4));
        QCOMPARE(committedOffsets(*m_cluster, "billing").at(p1), std::int64_t{5}); // untouched
    }

    void badRequestsAreExplained()
    {
        createTopic(*m_cluster, "plain", 1);
        Result<OffsetResetPlan> noTopic =
            plan(*m_connection, {"fresh", OffsetResetMode::ToEarliest, 0, "", {}});
        QVERIFY(!noTopic.isOk());
        QVERIFY(noTopic.status().message().find("no committed offsets") != std::string::npos);
        Result<OffsetResetPlan> missing =
            plan(*m_connection, {"fresh", OffsetResetMode::ToEarliest, 0, "nope", {}});
        QVERIFY(!missing.isOk());
        QVERIFY(missing.status().message().find("nope") != std::string::npos);
        Result<OffsetResetPlan> badPartition =
            plan(*m_connection, {"fresh", OffsetResetMode::ToEarliest, 0, "", {{"plain", 7}}});
        QVERIFY(!badPartition.isOk());
        QVERIFY(badPartition.status().message().find("plain-7") != std::string::npos);
        Result<OffsetResetPlan> shift =
            plan(*m_connection, {"fresh", OffsetResetMode::ShiftBy, 1, "plain", {}});
        QVERIFY(!shift.isOk());
        QVERIFY(shift.status().message().find("no committed offset") != std::string::npos);
    }

    // Kafka refuses while the group has members; the refusal names them, and nothing changes.
    void activeMembersAreNamedAndNothingChanges()
    {
        createTopic(*m_cluster, "payments", 2);
        produceKnown(*m_cluster, "payments", 2, 10, kBase);
        Result<OffsetResetPlan> first =
            plan(*m_connection, {"ledger", OffsetResetMode::ToOffset, 3, "payments", {}});
        QVERIFY(first.isOk());
        QVERIFY(applyOffsetReset(*m_connection, *first).isOk());
        QVERIFY(waitForCommitted(*m_cluster, "ledger", {"payments", 0}, 3));

        ActiveMember member(*m_cluster, "ledger", "payments", "ledger-service");
        QVERIFY(eventually([&] {
            const auto g = groupView(*m_cluster, "ledger");
            return member.generation() > 0 && g && g->group.state == GroupState::Stable;
        }));
        Result<OffsetResetPlan> p =
            plan(*m_connection, {"ledger", OffsetResetMode::ToEarliest, 0, "payments", {}});
        QVERIFY(p.isOk());
        QVERIFY(!p->groupIsEmpty());
        QCOMPARE(p->activeMembers.size(), std::size_t{1});
        QCOMPARE(p->activeMembers[0].clientId, std::string("ledger-service"));

        const std::map<TopicPartition, std::int64_t> before = committedOffsets(*m_cluster, "ledger");
        const Status refused = applyOffsetReset(*m_connection, *p);
        QVERIFY(!refused.isOk());
        QVERIFY2(refused.message().find("ledger-service") != std::string::npos, refused.message().c_str());
        QVERIFY2(refused.message().find("127.0.0.1") != std::string::npos, refused.message().c_str());
        QVERIFY2(refused.message().find("stop its consumers") != std::string::npos,
                 refused.message().c_str());
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        for (const auto &[tp, offset] : committedOffsets(*m_cluster, "ledger"))
            QVERIFY(offset >= before.at(tp)); // the member's own commits only move forward

        member.stop();
        QVERIFY(eventually([&] {
            const auto g = groupView(*m_cluster, "ledger");
            return g && g->group.state == GroupState::Empty;
        }));
        Result<OffsetResetPlan> again =
            plan(*m_connection, {"ledger", OffsetResetMode::ToEarliest, 0, "payments", {}});
        QVERIFY(again.isOk());
        QVERIFY(again->groupIsEmpty());
        QVERIFY(applyOffsetReset(*m_connection, *again).isOk());
        QVERIFY(waitForCommitted(*m_cluster, "ledger", {"payments", 1}, 0));
    }

    void aStopEndsAPlanWaitingOnAPausedLeader()
    {
        createTopic(*m_cluster, "paused-plan", 1);
        produceKnown(*m_cluster, "paused-plan", 1, 5, kBase);
        const std::int32_t leader = m_cluster->metadata()->partition({"paused-plan", 0})->leader;
        QVERIFY(m_cluster->pauseBroker(leader).isOk());
        std::stop_source stop;
        std::jthread stopper([&stop] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            stop.request_stop();
        });
        const auto begun = std::chrono::steady_clock::now();
        PartitionReader reader(*m_cluster);
        const Result<OffsetResetPlan> p =
            planOffsetReset(*m_connection, reader,
                            {"paused", OffsetResetMode::ToEarliest, 0, "paused-plan", {}}, stop.get_token());
        const auto took = std::chrono::steady_clock::now() - begun;
        QVERIFY(m_cluster->resumeBroker(leader).isOk());
        QVERIFY(m_cluster->waitUntilReady(std::chrono::seconds(20)));
        QVERIFY(!p.isOk());
        QCOMPARE(p.status().code(), StatusCode::Cancelled);
        QVERIFY2(took < std::chrono::seconds(2),
                 std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(took).count()).c_str());
    }

    void aStopEndsAnApplyWaitingOnAPausedCoordinator()
    {
        createTopic(*m_cluster, "paused-apply", 1);
        produceKnown(*m_cluster, "paused-apply", 1, 5, kBase);
        Result<OffsetResetPlan> p =
            plan(*m_connection, {"paused-apply", OffsetResetMode::ToEarliest, 0, "paused-apply", {}});
        QVERIFY(p.isOk());
        const std::int32_t coordinator = m_cluster->coordinatorFor("paused-apply");
        QVERIFY(coordinator >= 0);
        QVERIFY(m_cluster->pauseBroker(coordinator).isOk());
        std::stop_source stop;
        std::jthread stopper([&stop] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            stop.request_stop();
        });
        const auto begun = std::chrono::steady_clock::now();
        const Status applied = applyOffsetReset(*m_connection, *p, stop.get_token());
        const auto took = std::chrono::steady_clock::now() - begun;
        QVERIFY(m_cluster->resumeBroker(coordinator).isOk());
        QVERIFY(m_cluster->waitUntilReady(std::chrono::seconds(20)));
        QCOMPARE(applied.code(), StatusCode::Cancelled);
        QVERIFY2(took < std::chrono::seconds(2),
                 std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(took).count()).c_str());
    }
};

QTEST_GUILESS_MAIN(TestOffsetResetPlan)
#include "test_offset_reset_plan.moc"
