// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "bots/bot_registry.h"
#include "bots/demo_scenario.h"
#include "cluster_fixture.h"
#include "connection/embedded_connection.h"
#endif

#include <QObject>

using namespace es;
using namespace es::test;

namespace {

std::int64_t highWatermarks(const Cluster &cluster, const std::string &topic)
{
    std::int64_t sum = 0;
    if (auto snap = cluster.snapshot())
        for (const auto &t : snap->topics)
            if (t.name == topic)
                for (const auto &p : t.partitions)
                    sum += std::max<std::int64_t>(0, p.highWatermark);
    return sum;
}

void createTopic(Cluster &cluster, const std::string &name, int partitions)
{
    CreateTopicSpec spec;
    spec.name = name;
    spec.partitions = partitions;
    spec.replicationFactor = 1;
    AdminResult r = cluster.createTopic(spec);
    QVERIFY2(r.ok(), r.message.c_str());
    QVERIFY(cluster.waitUntilReady(std::chrono::seconds(10)));
}

ConsumerGroupBotConfig groupConfig(const std::string &groupId, const std::string &topic, int members,
                                   double processingMs)
{
    ConsumerGroupBotConfig c;
    c.groupId = groupId;
    c.topics = {topic};
    c.members = members;
    c.processingMs = processingMs;
    c.sessionTimeoutMs = 2000; // a crash is noticed quickly
    return c;
}

} // namespace

class TestBots : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cluster = startCluster(fastConfig(*m_dir));
        m_connection = std::make_unique<EmbeddedConnection>(*m_cluster);
    }
    void cleanup()
    {
        m_connection.reset();
        m_cluster.reset();
        m_dir.reset();
    }

    void producerKeepsItsRateAndChangesIt()
    {
        createTopic(*m_cluster, "rates", 3);
        BotRegistry bots(*m_connection);
        ProducerBotConfig config;
        config.topic = "rates";
        config.ratePerSecond = 200;
        config.keys = KeyDistribution::Sequential;
        auto id = bots.addProducer(config);
        QVERIFY2(id.isOk(), id.status().toString().c_str());

        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        const auto before = bots.status().at(0).records;
        std::this_thread::sleep_for(std::chrono::seconds(2));
        const double rate = static_cast<double>(bots.status().at(0).records - before) / 2.0;
        QVERIFY2(rate > 140 && rate < 260, qPrintable(QString::number(rate)));

        QVERIFY(bots.setProducerRate(*id, 1000).isOk());
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        const auto middle = bots.status().at(0).records;
        std::this_thread::sleep_for(std::chrono::seconds(2));
        const double faster = static_cast<double>(bots.status().at(0).records - middle) / 2.0;
        QVERIFY2(faster > 700 && faster < 1300, qPrintable(QString::number(faster)));
        QCOMPARE(bots.status().at(0).configuredRate, 1000.0);
        QVERIFY(eventually(
            [&] { return highWatermarks(*m_cluster, "rates") >= static_cast<std::int64_t>(middle); }));

        QVERIFY(!bots.setProducerRate(*id, -1).isOk());
        QVERIFY(!bots.setProducerRate(*id + 100, 5).isOk());
        config.valueTemplate = "{{nonsense}}";
        auto bad = bots.addProducer(config);
        QVERIFY(!bad.isOk());
        QVERIFY(bad.status().message().find("value template") != std::string::npos);
    }

    void removingAProducerDoesNotWaitForAPausedLeader()
    {
        // Removing a bot, or quitting, while a broker is paused must not wait out the bot's
        // 15 s delivery timeout.
        createTopic(*m_cluster, "held", 1);
        const std::int32_t leader = m_cluster->metadata()->partition({"held", 0})->leader;
        BotRegistry bots(*m_connection);
        ProducerBotConfig config;
        config.topic = "held";
        config.ratePerSecond = 1000;
        auto id = bots.addProducer(config);
        QVERIFY2(id.isOk(), id.status().toString().c_str());
        QVERIFY(eventually([&] { return bots.status().at(0).records > 0; }));
        QVERIFY(m_cluster->pauseBroker(leader).isOk());
        std::this_thread::sleep_for(std::chrono::milliseconds(200)); // records wait on the paused leader
        const bool quick = finishesWithin([&] { QVERIFY(bots.remove(*id).isOk()); }, std::chrono::seconds(5));
        QVERIFY(m_cluster->resumeBroker(leader).isOk());
        QVERIFY(quick);
        QCOMPARE(bots.size(), std::size_t{0});
    }

    void groupAppearsWithItsMembers()
    {
        createTopic(*m_cluster, "events", 4);
        BotRegistry bots(*m_connection);
        auto id = bots.addConsumerGroup(groupConfig("members-group", "events", 3, 0));
        QVERIFY2(id.isOk(), id.status().toString().c_str());
        QVERIFY(eventually(
            [&] {
                auto g = groupView(*m_cluster, "members-group");
                return g && g->group.state == GroupState::Stable && g->group.members.size() == 3;
            },
            std::chrono::seconds(20)));
        QCOMPARE(bots.status().at(0).members, 3);
        QVERIFY(!bots.addConsumerGroup(groupConfig("members-group", "events", 1, 0)).isOk());

        QVERIFY(bots.removeMember(*id).isOk());
        QVERIFY(eventually(
            [&] {
                auto g = groupView(*m_cluster, "members-group");
                return g && g->group.state == GroupState::Stable && g->group.members.size() == 2;
            },
            std::chrono::seconds(20)));
    }

    void slowConsumerLagRisesThenDrains()
    {
        createTopic(*m_cluster, "work", 2);
        BotRegistry bots(*m_connection);
        ProducerBotConfig p;
        p.topic = "work";
        p.ratePerSecond = 200;
        auto producer = bots.addProducer(p);
        QVERIFY(producer.isOk());
        // Two members at 20 ms a record take about 100 of the 200 records/s.
        auto group = bots.addConsumerGroup(groupConfig("slow", "work", 2, 20));
        QVERIFY(group.isOk());
        QVERIFY(eventually(
            [&] {
                auto g = groupView(*m_cluster, "slow");
                return g && g->totalLag > 600;
            },
            std::chrono::seconds(40)));
        const std::int64_t peak = groupView(*m_cluster, "slow")->totalLag;

        QVERIFY(bots.setProcessingMs(*group, 0).isOk());
        QVERIFY(eventually(
            [&] {
                auto g = groupView(*m_cluster, "slow");
                return g && g->totalLag < std::min<std::int64_t>(peak / 4, 200);
            },
            std::chrono::seconds(40)));
        QVERIFY(bots.status().at(1).records > 0);
    }

    void crashedMemberLeavesAfterSessionTimeout()
    {
        createTopic(*m_cluster, "crashy", 4);
        BotRegistry bots(*m_connection);
        auto id = bots.addConsumerGroup(groupConfig("crash-group", "crashy", 2, 0));
        QVERIFY(id.isOk());
        std::int32_t generation = 0;
        QVERIFY(eventually(
            [&] {
                auto g = groupView(*m_cluster, "crash-group");
                generation = g ? g->group.generation : 0;
                return g && g->group.state == GroupState::Stable && g->group.members.size() == 2;
            },
            std::chrono::seconds(20)));
        QVERIFY(bots.crashMember(*id).isOk());
        QCOMPARE(bots.status().at(0).members, 1);
        // Still two members until the session times out, then a rebalance with one.
        QVERIFY(eventually(
            [&] {
                auto g = groupView(*m_cluster, "crash-group");
                return g && g->group.state == GroupState::Stable && g->group.members.size() == 1 &&
                       g->group.generation > generation;
            },
            std::chrono::seconds(30)));
        QVERIFY(!bots.crashMember(*id, 5).isOk());
    }

    void demoCreatesTopicsAndGroups()
    {
        BotRegistry bots(*m_connection);
        auto demo = startDemo(*m_connection, bots);
        QVERIFY2(demo.isOk(), demo.status().toString().c_str());
        QCOMPARE(demo->topics.size(), std::size_t{3});
        QCOMPARE(bots.size(), std::size_t{6});
        QVERIFY(eventually(
            [&] {
                auto snap = m_cluster->snapshot();
                if (!snap)
                    return false;
                int topics = 0;
                for (const auto &t : snap->topics)
                    topics += (t.name == "orders" && t.partitions.size() == 6) ||
                              (t.name == "payments" && t.partitions.size() == 3) ||
                              (t.name == "clicks" && t.partitions.size() == 12);
                int groups = 0;
                for (const auto &g : snap->groups)
                    groups += g.group.state == GroupState::Stable && !g.group.members.empty();
                return topics == 3 && groups == 3;
            },
            std::chrono::seconds(30)));
        // Started again, it doubles nothing and starts what was stopped.
        const std::int64_t billing = demo->botIds[3];
        QVERIFY(bots.stop(billing).isOk());
        auto again = startDemo(*m_connection, bots);
        QVERIFY2(again.isOk(), again.status().toString().c_str());
        QCOMPARE(bots.size(), std::size_t{6});
        for (const BotStatus &b : bots.status())
            QVERIFY2(b.running, b.name.c_str());
    }

    void aStoppedBotStartsAgainAsItWas()
    {
        createTopic(*m_cluster, "restart-topic", 1);
        BotRegistry bots(*m_connection);
        ProducerBotConfig config;
        config.name = "again";
        config.topic = "restart-topic";
        config.ratePerSecond = 50;
        auto id = bots.addProducer(config);
        QVERIFY2(id.isOk(), id.status().toString().c_str());
        QVERIFY(bots.setProducerRate(*id, 80).isOk());
        QVERIFY(bots.stop(*id).isOk());
        QVERIFY(!bots.status().front().running);
        QCOMPARE(bots.status().front().actualRate, 0.0);
        QVERIFY(!bots.definitions().front().running);
        QVERIFY(bots.start(*id).isOk());
        QVERIFY(!bots.start(*id).isOk()); // runs already
        QVERIFY(bots.status().front().running);
        QCOMPARE(bots.status().front().configuredRate, 80.0);
        QVERIFY(eventually([&] { return bots.status().front().actualRate > 0; }));

        // Restored from its definition into another registry: stopped stays stopped.
        std::vector<BotDefinition> saved = bots.definitions();
        QCOMPARE(saved.size(), std::size_t{1});
        QCOMPARE(saved.front().producer.ratePerSecond, 80.0);
        saved.front().running = false;
        bots.stopAll();
        BotRegistry later(*m_connection);
        auto restored = later.restore(saved.front());
        QVERIFY(restored.isOk());
        QVERIFY(!later.status().front().running);
        QCOMPARE(later.status().front().name, std::string("again"));
        QVERIFY(later.start(*restored).isOk());
        QVERIFY(later.status().front().running);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cluster> m_cluster;
    std::unique_ptr<EmbeddedConnection> m_connection; // goes before the cluster
};

QTEST_GUILESS_MAIN(TestBots)
#include "test_bots.moc"
