// The controller crashes and a new one takes over: brokers go on serving what they lead,
// nothing is elected and no topic is created meanwhile (the refusal comes at once), and
// the new controller goes on from the stored metadata and the crashed one's registrations:
// brokers keep their sessions, images and broker epochs go on increasing, producer ids are
// not handed out twice, elections that waited run, and a broker that restarted meanwhile
// is fenced until it has caught up. No acknowledged record is lost on the way.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster_fixture.h"
#include "event_recorder.h"

#include "catalog/event_forms.h"
#endif

#include <QObject>

#include <set>

using namespace es;
using namespace es::test;

namespace {

// Produces `count` keyed records with acks=all; the offsets of those acknowledged.
std::set<std::pair<std::int32_t, std::int64_t>> produceAcked(Cluster &cluster, const std::string &topic, int count,
                                                              int first)
{
    ProducerConfig cfg;
    cfg.acks = -1;
    Producer producer(cluster, cfg);
    std::mutex mutex;
    std::set<std::pair<std::int32_t, std::int64_t>> acked;
    for (int i = first; i < first + count; ++i) {
        ProducerRecord r;
        r.topic = topic;
        r.key = bytesOf("k" + std::to_string(i));
        r.value = bytesOf(std::to_string(i));
        producer.send(std::move(r), [&](const DeliveryReport &d) {
            if (d.error == ErrorCode::None) {
                std::lock_guard lock(mutex);
                acked.insert({d.tp.partition, d.offset});
            }
        });
    }
    producer.flush(std::chrono::seconds(30));
    return acked;
}

bool fullIsr(const Cluster &cluster, const std::string &topic)
{
    const TopicInfo *t = cluster.metadata()->topic(topic);
    if (!t)
        return false;
    for (const auto &p : t->partitions)
        if (p.leader < 0 || p.isr.size() != p.replicas.size())
            return false;
    return true;
}

} // namespace

class TestControllerCrash : public QObject {
    Q_OBJECT

private slots:
    void brokersServeWhileTheControllerIsDown()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        EventRecorder recorder;
        cluster->addObserver(&recorder);
        QVERIFY(cluster->createTopic({"ledger", 3, 3, {{"min.insync.replicas", "2"}}, false, false}).ok());
        QVERIFY(eventually([&] { return fullIsr(*cluster, "ledger"); }));
        const std::int64_t producerBefore = cluster->allocateProducerId();
        const MetadataImagePtr before = cluster->metadata();

        QVERIFY(cluster->crashController().isOk());
        QVERIFY(!cluster->controllerRunning());
        QCOMPARE(cluster->crashController().code(), StatusCode::InvalidArgument);
        QVERIFY(eventually([&] { return cluster->snapshot() && !cluster->snapshot()->controllerRunning; }));

        // The leaders keep taking acknowledged writes with the metadata they have.
        const auto ackedWhileDown = produceAcked(*cluster, "ledger", 300, 0);
        QCOMPARE(ackedWhileDown.size(), std::size_t{300});
        // What needs the controller is refused at once, and changes nothing.
        AdminResult refused;
        QVERIFY(finishesWithin([&] { refused = cluster->createTopic({"later", 1, 3, {}, false, false}); },
                               std::chrono::seconds(2)));
        QCOMPARE(refused.error, ErrorCode::RequestTimedOut);
        QCOMPARE(cluster->allocateProducerId(), std::int64_t{-1});
        const auto elections = cluster->electLeaders(ElectionType::Preferred, std::vector<TopicPartition>{{"ledger", 0}});
        QCOMPARE(elections.size(), std::size_t{1});
        QCOMPARE(elections[0].error, ErrorCode::RequestTimedOut);
        QCOMPARE(cluster->metadata()->version, before->version);

        QVERIFY(cluster->restartController().isOk());
        QVERIFY(cluster->controllerRunning());
        QCOMPARE(cluster->restartController().code(), StatusCode::InvalidArgument);
        QVERIFY(eventually([&] { return cluster->metadata()->version > before->version; }));
        // Brokers kept their registrations: same epochs, none fenced.
        for (const auto &[id, b] : before->brokers) {
            QCOMPARE(cluster->metadata()->brokers.at(id).epoch, b.epoch);
            QVERIFY(!cluster->metadata()->brokers.at(id).fenced);
        }
        QVERIFY(cluster->allocateProducerId() > producerBefore);
        QVERIFY(cluster->createTopic({"later", 1, 3, {}, false, false}).ok());
        const auto ackedAfter = produceAcked(*cluster, "ledger", 300, 300);
        QCOMPARE(ackedAfter.size(), std::size_t{300});
        QCOMPARE(consumeAll(*cluster, "ledger", 600).size(), std::size_t{600});

        QCOMPARE(recorder.ofKind(EventKind::ControllerCrashed).size(), std::size_t{1});
        const auto restarted = recorder.ofKind(EventKind::ControllerRestarted);
        QCOMPARE(restarted.size(), std::size_t{1});
        QCOMPARE(std::string(eventArg(restarted[0].sentence, "version")), std::to_string(before->version));
        cluster->removeObserver(&recorder);
        cluster->stop();
    }

    void electionsWaitForTheNewController()
    {
        QTemporaryDir dir;
        const ClusterConfig config = fastConfig(dir);
        auto cluster = startCluster(config);
        QVERIFY(cluster->createTopic({"ledger", 1, 3, {{"min.insync.replicas", "2"}}, false, false}).ok());
        QVERIFY(eventually([&] { return fullIsr(*cluster, "ledger"); }));
        const auto acked = produceAcked(*cluster, "ledger", 500, 0);
        QCOMPARE(acked.size(), std::size_t{500});
        const std::int32_t leader = cluster->metadata()->partition({"ledger", 0})->leader;

        QVERIFY(cluster->crashController().isOk());
        QVERIFY(cluster->crashBroker(leader, false).isOk());
        // Past the broker's session: with no controller, nobody notices and nobody is elected.
        std::this_thread::sleep_for(std::chrono::milliseconds(config.brokerSessionTimeoutMs + 500));
        QCOMPARE(cluster->metadata()->partition({"ledger", 0})->leader, leader);

        QVERIFY(cluster->restartController().isOk());
        // The new controller gives the silent broker a fresh session; once it expires the
        // partition gets a leader from the ISR, which still holds every acknowledged record.
        QVERIFY(eventually(
            [&] {
                const PartitionInfo *p = cluster->metadata()->partition({"ledger", 0});
                return p->leader >= 0 && p->leader != leader;
            },
            std::chrono::seconds(15)));
        QVERIFY(cluster->restartBroker(leader).isOk());
        QVERIFY(eventually([&] { return fullIsr(*cluster, "ledger"); }, std::chrono::seconds(20)));
        QCOMPARE(consumeAll(*cluster, "ledger", 500).size(), std::size_t{500});
        cluster->stop();
    }

    // A follower crashes losing what it had not flushed and starts again while the
    // controller is down: the new controller never saw it run, yet must not keep it in the
    // ISR, where its shorter log could be elected.
    void aBrokerRestartedMeanwhileIsFencedUntilItCatchesUp()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        EventRecorder recorder;
        cluster->addObserver(&recorder);
        QVERIFY(cluster->createTopic({"ledger", 1, 3, {{"min.insync.replicas", "2"}}, false, false}).ok());
        QVERIFY(eventually([&] { return fullIsr(*cluster, "ledger"); }));
        const auto acked = produceAcked(*cluster, "ledger", 500, 0);
        QCOMPARE(acked.size(), std::size_t{500});
        const PartitionInfo *p = cluster->metadata()->partition({"ledger", 0});
        const std::int32_t follower = p->replicas[0] == p->leader ? p->replicas[1] : p->replicas[0];
        const std::int64_t epochBefore = cluster->metadata()->brokers.at(follower).epoch;

        QVERIFY(cluster->crashController().isOk());
        QVERIFY(cluster->crashBroker(follower, true).isOk());
        QVERIFY(cluster->restartBroker(follower).isOk());
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        QVERIFY(cluster->restartController().isOk());

        QVERIFY(eventually([&] {
            for (const auto &e : recorder.ofKind(EventKind::BrokerFenced))
                if (e.sentence.form == EventForm::BrokerFencedRestarted &&
                    eventArg(e.sentence, "broker") == std::to_string(follower))
                    return true;
            return false;
        }));
        QVERIFY(eventually([&] { return fullIsr(*cluster, "ledger"); }, std::chrono::seconds(20)));
        QVERIFY(cluster->metadata()->brokers.at(follower).epoch > epochBefore);
        QVERIFY(!cluster->metadata()->brokers.at(follower).fenced);
        // The follower, caught up again, can lead and serves every acknowledged record.
        const std::int32_t leader = cluster->metadata()->partition({"ledger", 0})->leader;
        if (leader != follower) {
            QVERIFY(cluster->stopBroker(leader).isOk());
            QVERIFY(eventually([&] { return cluster->metadata()->partition({"ledger", 0})->leader != leader; }));
        }
        const auto records = consumeAll(*cluster, "ledger", 500);
        QCOMPARE(records.size(), std::size_t{500});
        for (const auto &r : records)
            QVERIFY(acked.count({0, r.offset}));
        cluster->removeObserver(&recorder);
        cluster->stop();
    }
};

QTEST_GUILESS_MAIN(TestControllerCrash)
#include "test_controller_crash.moc"
