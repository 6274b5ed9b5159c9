// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster_fixture.h"
#endif

#include <QObject>

#include <map>
#include <mutex>
#include <set>
#include <thread>

using namespace es;
using namespace es::test;

namespace {

// A consumer group member on its own thread, counting what it consumes.
class Member {
public:
    Member(Cluster &cluster, const std::string &group, const std::string &topic, const std::string &assignor)
    {
        ConsumerConfig cfg;
        cfg.groupId = group;
        cfg.clientId = "member";
        cfg.autoOffsetReset = OffsetReset::Earliest;
        cfg.sessionTimeoutMs = 1000;
        cfg.heartbeatIntervalMs = 100;
        cfg.autoCommitIntervalMs = 100;
        cfg.assignors = {assignor};
        m_consumer = std::make_unique<Consumer>(cluster, cfg);
        m_consumer->subscribe({topic});
        m_thread = std::thread([this] {
            while (!m_stop) {
                auto records = m_consumer->poll(std::chrono::milliseconds(20));
                std::lock_guard lock(m_mutex);
                for (const auto &r : records)
                    m_seen.insert({r.tp.toString(), r.offset});
            }
        });
    }
    ~Member() { stop(false); }

    void stop(bool crash)
    {
        if (!m_stop.exchange(true))
            m_thread.join();
        if (crash)
            m_consumer->crash();
        m_consumer.reset();
    }
    std::vector<TopicPartition> assignment() const { return m_consumer ? m_consumer->assignment() : std::vector<TopicPartition>{}; }
    std::size_t seen() const
    {
        std::lock_guard lock(m_mutex);
        return m_seen.size();
    }

private:
    std::unique_ptr<Consumer> m_consumer;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    std::set<std::pair<std::string, std::int64_t>> m_seen;
};

void produce(Cluster &cluster, const std::string &topic, int count)
{
    Producer producer(cluster);
    for (int i = 0; i < count; ++i) {
        ProducerRecord r;
        r.topic = topic;
        r.key = bytesOf("k" + std::to_string(i));
        r.value = bytesOf(std::to_string(i));
        producer.send(std::move(r));
    }
    producer.flush(std::chrono::seconds(30));
}

std::map<TopicPartition, std::int64_t> committed(const Cluster &cluster, const std::string &group)
{
    std::map<TopicPartition, std::int64_t> out;
    if (auto g = groupView(cluster, group))
        for (const auto &[tp, c] : g->group.offsets)
            out[tp] = c.offset;
    return out;
}

std::int64_t sum(const std::map<TopicPartition, std::int64_t> &m)
{
    std::int64_t s = 0;
    for (const auto &[tp, v] : m)
        s += v;
    return s;
}

} // namespace

class TestConsumerGroups : public QObject {
    Q_OBJECT

private slots:
    void crashedMemberIsReplacedAndOffsetsSurviveFailoverAndRestart_data()
    {
        QTest::addColumn<QString>("assignor");
        QTest::newRow("range") << "range";
        QTest::newRow("roundrobin") << "roundrobin";
        QTest::newRow("cooperative-sticky") << "cooperative-sticky";
    }

    void crashedMemberIsReplacedAndOffsetsSurviveFailoverAndRestart()
    {
        QFETCH(QString, assignor);
        QTemporaryDir dir;
        const auto config = fastConfig(dir);
        auto cluster = startCluster(config);
        CreateTopicSpec spec;
        spec.name = "events";
        spec.partitions = 6;
        QVERIFY(cluster->createTopic(spec).ok());
        produce(*cluster, "events", 3000);

        std::vector<std::unique_ptr<Member>> members;
        for (int i = 0; i < 3; ++i)
            members.push_back(std::make_unique<Member>(*cluster, "billing", "events", assignor.toStdString()));
        // Three members share the six partitions, two each, and read everything.
        QVERIFY(eventually([&] {
            std::size_t total = 0;
            for (auto &m : members)
                if (m->assignment().size() != 2)
                    return false;
                else
                    total += m->seen();
            return total >= 3000;
        }));
        QVERIFY(eventually([&] { return sum(committed(*cluster, "billing")) == 3000; }));

        // Watch commits while a member crashes: none may go backwards.
        std::atomic<bool> watching{true};
        std::atomic<bool> wentBack{false};
        std::thread watcher([&] {
            std::map<TopicPartition, std::int64_t> last;
            while (watching) {
                for (const auto &[tp, off] : committed(*cluster, "billing")) {
                    if (last.count(tp) && off < last[tp])
                        wentBack = true;
                    last[tp] = off;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        members[0]->stop(true);
        // Within the session timeout (1 s) the survivors own all six partitions.
        QVERIFY(eventually([&] { return members[1]->assignment().size() + members[2]->assignment().size() == 6; },
                           std::chrono::seconds(5)));
        produce(*cluster, "events", 600);
        QVERIFY(eventually([&] { return sum(committed(*cluster, "billing")) == 3600; }));
        watching = false;
        watcher.join();
        QVERIFY(!wentBack);

        // The coordinator fails: the new one loads the offsets from __consumer_offsets.
        members.clear();
        QVERIFY(eventually([&] {
            auto g = groupView(*cluster, "billing");
            return g && g->group.members.empty();
        }));
        const auto before = committed(*cluster, "billing");
        const std::int32_t coordinator = cluster->coordinatorFor("billing");
        QVERIFY(coordinator > 0);
        QVERIFY(cluster->crashBroker(coordinator, false).isOk());
        QVERIFY(eventually([&] {
            auto g = groupView(*cluster, "billing");
            return g && g->coordinator != coordinator && committed(*cluster, "billing") == before;
        }));
        QVERIFY(cluster->restartBroker(coordinator).isOk());

        // And after a full restart.
        cluster->stop();
        cluster.reset();
        cluster = startCluster(config);
        cluster->ensureOffsetsTopic();
        QVERIFY(eventually([&] { return committed(*cluster, "billing") == before; }));
    }
};

QTEST_GUILESS_MAIN(TestConsumerGroups)
#include "test_consumer_groups.moc"
