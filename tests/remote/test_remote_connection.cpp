// The remote connection against a headless cluster over TCP: what its snapshots show
// (brokers, controller, partitions, offsets, groups and lag), its topic commands, the
// derived timeline and lag history, and a broker that goes away and comes back. The
// read-only guard on every write is in test_remote_group_admin.cpp.

#ifndef Q_MOC_RUN
#include "client/admin.h"
#include "cluster/group/consumer_protocol.h"
#include "remote/remote_fixture.h"
#endif

#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace es;
using namespace es::test;

namespace {

std::unique_ptr<RemoteConnection> openRemote(const RemoteSettings &settings, const QTemporaryDir &dir)
{
    auto opened = RemoteConnection::open(settings, dir.filePath("remote/catalog.db").toStdString());
    if (!opened)
        qFatal("cannot open the remote connection: %s", opened.status().toString().c_str());
    return std::move(*opened);
}

const TopicSnapshot *topicOf(const ClusterSnapshot &snap, const std::string &name)
{
    for (const auto &t : snap.topics)
        if (t.name == name)
            return &t;
    return nullptr;
}

const GroupView *groupOf(const ClusterSnapshot &snap, const std::string &id)
{
    for (const auto &g : snap.groups)
        if (g.group.groupId == id)
            return &g;
    return nullptr;
}

// The cluster's own snapshot, once it has published one (with `records` in `topic`, if named).
ClusterSnapshotPtr localSnapshot(const WireCluster &w, const std::string &topic = {},
                                 std::int64_t records = 0)
{
    ClusterSnapshotPtr snap;
    eventually([&] {
        snap = w.cluster->snapshot();
        if (!snap || topic.empty())
            return snap != nullptr;
        const TopicSnapshot *t = topicOf(*snap, topic);
        return t && t->records == records;
    });
    if (!snap)
        qFatal("the cluster published no snapshot");
    return snap;
}

const BrokerSnapshot *brokerOf(const ClusterSnapshot &snap, std::int32_t id)
{
    for (const auto &b : snap.brokers)
        if (b.id == id)
            return &b;
    return nullptr;
}

// Waits for the remote snapshot to satisfy `condition`, reading again each time.
bool remoteEventually(RemoteConnection &remote, const std::function<bool(const ClusterSnapshot &)> &condition,
                      std::chrono::milliseconds timeout = std::chrono::seconds(15))
{
    return eventually(
        [&] {
            remote.refresh();
            const auto snap = remote.snapshot();
            return snap && condition(*snap);
        },
        timeout, std::chrono::milliseconds(50));
}

// Commits `offsets` for `group` the way a client does: a librdkafka consumer of that group.
void commitWithLibrdkafka(const WireCluster &w, const std::string &group, const std::string &topic,
                          const std::map<int, std::int64_t> &offsets)
{
    char why[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    const std::string servers = "127.0.0.1:" + std::to_string(w.port(1));
    rd_kafka_conf_set(conf, "bootstrap.servers", servers.c_str(), why, sizeof why);
    rd_kafka_conf_set(conf, "group.id", group.c_str(), why, sizeof why);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, why, sizeof why);
    QVERIFY2(rk, why);
    rd_kafka_topic_partition_list_t *list =
        rd_kafka_topic_partition_list_new(static_cast<int>(offsets.size()));
    for (const auto &[partition, offset] : offsets)
        rd_kafka_topic_partition_list_add(list, topic.c_str(), partition)->offset = offset;
    const auto err = rd_kafka_commit(rk, list, 0);
    rd_kafka_topic_partition_list_destroy(list);
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    QCOMPARE(err, RD_KAFKA_RESP_ERR_NO_ERROR);
}

class Observer final : public ClusterObserver {
public:
    void onSnapshot(const ClusterSnapshotPtr &) override {}
    void onEvent(const EventRecord &event) override
    {
        std::lock_guard lock(mutex);
        events.push_back(event);
    }
    bool saw(EventKind kind, const std::string &subject)
    {
        std::lock_guard lock(mutex);
        return std::any_of(events.begin(), events.end(),
                           [&](const EventRecord &e) { return e.kind == kind && e.subject == subject; });
    }
    std::mutex mutex;
    std::vector<EventRecord> events;
};

} // namespace

class TestRemoteConnection : public QObject {
    Q_OBJECT

private slots:
    void showsBrokersPartitionsAndOffsetsAsTheClusterHasThem();
    void showsGroupsTheirMembersAndLag();
    void adminCommandsChangeTheCluster();
    void aBrokerThatGoesAwayIsShownGoneAndComesBack();
    void readsTheOffsetsOfPartitionsThatStillHaveALeader();
    void recordsLagHistoryWhileOpen();
    void readsBackValuesThatDidNotChangeAtEveryReading();
    void showsLogStartsMovedByOthersAndByItsCommands();
};

void TestRemoteConnection::showsBrokersPartitionsAndOffsetsAsTheClusterHasThem()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 3);
    QVERIFY(w.cluster->createTopic(topicSpec("orders", 3, 2)).ok());
    produceWithLibrdkafka(w, "orders", 90);
    auto remote = openRemote(remoteSettingsFor(w), dir);

    QVERIFY(remoteEventually(*remote, [](const ClusterSnapshot &s) {
        const TopicSnapshot *t = topicOf(s, "orders");
        return t && t->records == 90;
    }));
    const auto snap = remote->snapshot();
    const auto local = localSnapshot(w, "orders", 90);
    QCOMPARE(snap->brokers.size(), std::size_t{3});
    for (const auto &b : snap->brokers) {
        QCOMPARE(b.state, BrokerState::Running);
        QCOMPARE(b.port, w.port(b.id));
    }
    QCOMPARE(snap->controllerId, local->controllerId);
    QCOMPARE(snap->clusterId, local->clusterId);
    const TopicSnapshot *remoteTopic = topicOf(*snap, "orders");
    const TopicSnapshot *localTopic = topicOf(*local, "orders");
    QVERIFY(remoteTopic && localTopic);
    QCOMPARE(remoteTopic->partitions.size(), std::size_t{3});
    QCOMPARE(remoteTopic->replicationFactor, 2);
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        const auto &r = remoteTopic->partitions[i];
        const auto &l = localTopic->partitions[i];
        QCOMPARE(r.partition, l.partition);
        QCOMPARE(r.leader, l.leader);
        QCOMPARE(r.replicas.size(), l.replicas.size());
        for (std::size_t k = 0; k < r.replicas.size(); ++k) {
            QCOMPARE(r.replicas[k].broker, l.replicas[k].broker);
            QVERIFY(r.replicas[k].online);
        }
        QCOMPARE(r.logStartOffset, 0);
        QCOMPARE(r.highWatermark, l.highWatermark);
        sum += r.highWatermark;
    }
    QCOMPARE(sum, 90);
    // Configs come with the defaults marked.
    const auto retention = std::find_if(remoteTopic->configs.begin(), remoteTopic->configs.end(),
                                        [](const ConfigEntry &e) { return e.name == "retention.ms"; });
    QVERIFY(retention != remoteTopic->configs.end());
    QVERIFY(retention->isDefault);
    QVERIFY(!remote->capabilities().brokerControl);
    QVERIFY(remote->brokerControl() == nullptr);
    QVERIFY(remote->problem().empty());
}

void TestRemoteConnection::showsGroupsTheirMembersAndLag()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 3);
    QVERIFY(w.cluster->createTopic(topicSpec("orders", 2, 2)).ok());
    produceWithLibrdkafka(w, "orders", 100);
    const auto local = localSnapshot(w, "orders", 100);
    const TopicSnapshot *t = topicOf(*local, "orders");
    QVERIFY(t);
    const std::int64_t hw0 = t->partitions[0].highWatermark;
    const std::int64_t hw1 = t->partitions[1].highWatermark;
    commitWithLibrdkafka(w, "billing", "orders", {{0, 5}, {1, hw1}});

    // A member that stays: a subscribed librdkafka consumer of another group.
    char why[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    const std::string servers = "127.0.0.1:" + std::to_string(w.port(1));
    rd_kafka_conf_set(conf, "bootstrap.servers", servers.c_str(), why, sizeof why);
    rd_kafka_conf_set(conf, "group.id", "shipping", why, sizeof why);
    rd_kafka_conf_set(conf, "client.id", "shipper", why, sizeof why);
    rd_kafka_t *member = rd_kafka_new(RD_KAFKA_CONSUMER, conf, why, sizeof why);
    QVERIFY2(member, why);
    rd_kafka_poll_set_consumer(member);
    rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, "orders", RD_KAFKA_PARTITION_UA);
    QCOMPARE(rd_kafka_subscribe(member, topics), RD_KAFKA_RESP_ERR_NO_ERROR);
    rd_kafka_topic_partition_list_destroy(topics);
    const auto pollMember = [&] {
        if (rd_kafka_message_t *m = rd_kafka_consumer_poll(member, 10))
            rd_kafka_message_destroy(m);
    };

    auto remote = openRemote(remoteSettingsFor(w), dir);
    QVERIFY(remoteEventually(*remote, [&](const ClusterSnapshot &s) {
        pollMember();
        const GroupView *billing = groupOf(s, "billing");
        const GroupView *shipping = groupOf(s, "shipping");
        return billing && billing->lag.size() == 2 && shipping &&
               shipping->group.state == GroupState::Stable && shipping->group.members.size() == 1;
    }));
    const auto snap = remote->snapshot();
    const GroupView *billing = groupOf(*snap, "billing");
    QCOMPARE(billing->group.state, GroupState::Empty);
    QCOMPARE(billing->totalLag, hw0 - 5);
    for (const auto &l : billing->lag) {
        QCOMPARE(l.committed, l.tp.partition == 0 ? 5 : hw1);
        QCOMPARE(l.lag, l.tp.partition == 0 ? hw0 - 5 : 0);
    }
    const GroupView *shipping = groupOf(*snap, "shipping");
    const auto &m = shipping->group.members.front();
    QCOMPARE(m.clientId, std::string("shipper"));
    QVERIFY(shipping->coordinator >= 1);
    QCOMPARE(m.assignedPartitions.size(), std::size_t{2});
    rd_kafka_consumer_close(member);
    rd_kafka_destroy(member);
}

void TestRemoteConnection::adminCommandsChangeTheCluster()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 3);
    auto remote = openRemote(remoteSettingsFor(w), dir);

    CreateTopicSpec spec = topicSpec("payments", 2, 3);
    spec.configs = {{"retention.ms", "60000"}};
    AdminResult created = remote->createTopic(spec);
    QVERIFY2(created.ok(), created.message.c_str());
    // A command that succeeded is in the next snapshot.
    const TopicSnapshot *t = topicOf(*remote->snapshot(), "payments");
    QVERIFY(t);
    QCOMPARE(t->partitions.size(), std::size_t{2});
    QCOMPARE(t->replicationFactor, 3);

    AdminResult again = remote->createTopic(topicSpec("payments", 1, 1));
    QCOMPARE(again.error, ErrorCode::TopicAlreadyExists);

    QVERIFY(remote->createPartitions("payments", 4).ok());
    QCOMPARE(topicOf(*remote->snapshot(), "payments")->partitions.size(), std::size_t{4});
    QVERIFY(remote->createPartitions("payments", 3).error != ErrorCode::None);

    // The whole-set AlterConfigs keeps the overrides not named.
    QVERIFY(remote->alterTopicConfigs("payments", {{"cleanup.policy", "compact"}}).ok());
    const auto overrides = [&] {
        std::map<std::string, std::string> out;
        const TopicSnapshot *payments = topicOf(*localSnapshot(w), "payments");
        for (const auto &e : payments ? payments->configs : std::vector<ConfigEntry>{})
            if (!e.isDefault)
                out[e.name] = e.value;
        return out;
    };
    QVERIFY(eventually([&] { return overrides().size() == 2; }));
    QCOMPARE(overrides().at("retention.ms"), std::string("60000"));
    QCOMPARE(overrides().at("cleanup.policy"), std::string("compact"));
    QVERIFY(remote->alterTopicConfigs("payments", {{"retention.ms", std::nullopt}}).ok());
    QVERIFY(eventually([&] { return overrides().size() == 1 && overrides().contains("cleanup.policy"); }));
    QVERIFY(remoteEventually(*remote, [](const ClusterSnapshot &s) {
        const TopicSnapshot *p = topicOf(s, "payments");
        return p && std::any_of(p->configs.begin(), p->configs.end(), [](const ConfigEntry &e) {
                   return e.name == "cleanup.policy" && e.value == "compact" && !e.isDefault;
               });
    }));
    AdminResult bad = remote->alterTopicConfigs("payments", {{"retention.ms", "soon"}});
    QCOMPARE(bad.error, ErrorCode::InvalidConfig);

    QVERIFY(remote->deleteTopic("payments").ok());
    QVERIFY(topicOf(*remote->snapshot(), "payments") == nullptr);
    QCOMPARE(remote->deleteTopic("payments").error, ErrorCode::UnknownTopicOrPartition);
}

void TestRemoteConnection::aBrokerThatGoesAwayIsShownGoneAndComesBack()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 3);
    QVERIFY(w.cluster->createTopic(topicSpec("orders", 3, 3)).ok());
    auto remote = openRemote(remoteSettingsFor(w), dir);
    Observer observer;
    remote->addObserver(&observer);
    QVERIFY(
        remoteEventually(*remote, [](const ClusterSnapshot &s) { return topicOf(s, "orders") != nullptr; }));

    QVERIFY(w.cluster->stopBroker(3).isOk());
    QVERIFY(remoteEventually(*remote, [](const ClusterSnapshot &s) {
        const BrokerSnapshot *b = brokerOf(s, 3);
        return b && b->state == BrokerState::Stopped && s.underReplicatedPartitions == 3;
    }));
    QVERIFY(observer.saw(EventKind::BrokerStopped, "broker:3"));
    QVERIFY(observer.saw(EventKind::IsrShrunk, "partition:orders-0"));
    // Replicas on the stopped broker are offline, the others are not.
    for (const auto &p : topicOf(*remote->snapshot(), "orders")->partitions)
        for (const auto &r : p.replicas)
            QCOMPARE(r.online, r.broker != 3);

    QVERIFY(w.cluster->restartBroker(3).isOk());
    QVERIFY(remoteEventually(
        *remote,
        [](const ClusterSnapshot &s) {
            const BrokerSnapshot *b = brokerOf(s, 3);
            return b && b->state == BrokerState::Running && s.underReplicatedPartitions == 0;
        },
        std::chrono::seconds(30)));
    QVERIFY(observer.saw(EventKind::BrokerStarted, "broker:3"));
    QVERIFY(observer.saw(EventKind::IsrExpanded, "partition:orders-0"));
    remote->removeObserver(&observer);

    // The timeline is kept in the connection's catalog.
    auto stored = remote->events({.sinceMs = 0,
                                  .untilMs = INT64_MAX,
                                  .kinds = {EventKind::BrokerStopped},
                                  .subjectPrefix = "broker:",
                                  .limit = 10});
    QVERIFY(stored.isOk());
    QCOMPARE(stored->size(), std::size_t{1});
    QCOMPARE(stored->front().message, std::string("broker 3 is gone from the cluster's metadata"));
}

void TestRemoteConnection::readsTheOffsetsOfPartitionsThatStillHaveALeader()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 2);
    QVERIFY(w.cluster->createTopic(topicSpec("halves", 6, 1)).ok());
    produceWithLibrdkafka(w, "halves", 60);
    const auto local = localSnapshot(w, "halves", 60);
    auto remote = openRemote(remoteSettingsFor(w), dir);
    QVERIFY(remoteEventually(*remote, [](const ClusterSnapshot &s) {
        const TopicSnapshot *t = topicOf(s, "halves");
        return t && t->records == 60;
    }));

    // Broker 2's partitions lose their only replica: they have no offsets, and asking for
    // them does not keep the others' from coming.
    QVERIFY(w.cluster->stopBroker(2).isOk());
    QVERIFY(remoteEventually(*remote, [](const ClusterSnapshot &s) {
        const TopicSnapshot *t = topicOf(s, "halves");
        return t && t->offline > 0 && t->offline < 6;
    }));
    const TopicSnapshot *localTopic = topicOf(*local, "halves");
    const TopicSnapshot *remoteTopic = topicOf(*remote->snapshot(), "halves");
    QVERIFY(localTopic && remoteTopic);
    for (std::size_t i = 0; i < remoteTopic->partitions.size(); ++i) {
        const PartitionSnapshot &p = remoteTopic->partitions[i];
        const bool led = p.leader == 1;
        QCOMPARE(p.logStartOffset, led ? 0 : -1);
        QCOMPARE(p.highWatermark, led ? localTopic->partitions[i].highWatermark : -1);
    }
    QVERIFY(remote->problem().empty());
}

void TestRemoteConnection::recordsLagHistoryWhileOpen()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 1);
    QVERIFY(w.cluster->createTopic(topicSpec("orders", 1, 1)).ok());
    produceWithLibrdkafka(w, "orders", 40);
    commitWithLibrdkafka(w, "billing", "orders", {{0, 10}});
    auto remote = openRemote(remoteSettingsFor(w), dir);
    QVERIFY(remoteEventually(*remote, [](const ClusterSnapshot &s) {
        const GroupView *g = groupOf(s, "billing");
        return g && g->totalLag == 30;
    }));
    const std::int64_t now = SystemClock::instance().nowMs();
    QVERIFY(eventually([&] {
        remote->refresh();
        const LagHistory h = remote->lagHistory({.groupId = "billing",
                                                 .fromMs = now - 60'000,
                                                 .toMs = now + 60'000,
                                                 .stepMs = 1000,
                                                 .maxPartitions = 12},
                                                nullptr);
        return h.error.empty() && !h.total.empty() && h.total.back().value == 30 &&
               h.partitions.contains("orders-0");
    }));
}

void TestRemoteConnection::readsBackValuesThatDidNotChangeAtEveryReading()
{
    // Only values that changed are written at each reading; reads fill in the others.
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 1);
    QVERIFY(w.cluster->createTopic(topicSpec("orders", 1, 1)).ok());
    produceWithLibrdkafka(w, "orders", 40);
    commitWithLibrdkafka(w, "billing", "orders", {{0, 10}});
    auto remote = openRemote(remoteSettingsFor(w), dir);
    QVERIFY(remoteEventually(*remote, [](const ClusterSnapshot &s) {
        const GroupView *g = groupOf(s, "billing");
        return g && g->totalLag == 30;
    }));
    const std::int64_t from = SystemClock::instance().nowMs();
    QTest::qWait(3500);
    const std::int64_t to = SystemClock::instance().nowMs();
    const auto lagAt = [&](std::int64_t stepMs) {
        return remote->lagHistory(
            {.groupId = "billing", .fromMs = from, .toMs = to, .stepMs = stepMs, .maxPartitions = 12},
            nullptr);
    };
    QVERIFY(eventually([&] {
        const LagHistory h = lagAt(1000);
        return h.total.size() >= 3 && h.partitions.contains("orders-0");
    }));
    for (const std::int64_t stepMs : {1000, 2000}) {
        const LagHistory h = lagAt(stepMs);
        QVERIFY(h.error.empty());
        const auto &points = h.partitions.at("orders-0");
        QCOMPARE(points.size(), h.total.size());
        for (std::size_t i = 0; i < points.size(); ++i) {
            QCOMPARE(points[i].timeMs, h.total[i].timeMs);
            QCOMPARE(points[i].value, 30.0);
            QCOMPARE(points[i].max, 30.0);
        }
    }

    const MetricsResult m =
        remote->metrics({.scopes = {SeriesScope::Cluster, SeriesScope::Topic},
                         .metrics = {SeriesMetric::RecordsInPerSec, SeriesMetric::Offline},
                         .fromMs = from,
                         .toMs = to,
                         .stepMs = 1000});
    QVERIFY(m.error.empty());
    const MetricsSeries *readings = m.find({.scope = SeriesScope::Cluster, .metric = SeriesMetric::Offline});
    const MetricsSeries *orders = m.find({.scope = SeriesScope::Topic, .topic = "orders"});
    QVERIFY(readings && orders);
    QCOMPARE(orders->points.size(), readings->points.size());
    for (const MetricPoint &p : orders->points)
        QCOMPARE(p.value, 0.0);

    // A value that changes is read back from then on.
    produceWithLibrdkafka(w, "orders", 20);
    QVERIFY(remoteEventually(*remote, [](const ClusterSnapshot &s) {
        const GroupView *g = groupOf(s, "billing");
        return g && g->totalLag == 50;
    }));
    QTest::qWait(1500);
    const std::int64_t now = SystemClock::instance().nowMs();
    QVERIFY(eventually([&] {
        const LagHistory h = remote->lagHistory(
            {.groupId = "billing", .fromMs = from, .toMs = now, .stepMs = 1000, .maxPartitions = 12},
            nullptr);
        if (!h.error.empty() || !h.partitions.contains("orders-0"))
            return false;
        const auto &points = h.partitions.at("orders-0");
        return points.size() == h.total.size() && points.front().value == 30 && points.back().value == 50;
    }));
}

// Log starts are read at every few readings, not at each: one moved by another client
// shows within those, one moved by the connection's own command at once.
void TestRemoteConnection::showsLogStartsMovedByOthersAndByItsCommands()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 1);
    QVERIFY(w.cluster->createTopic(topicSpec("trimmed", 1, 1)).ok());
    produceWithLibrdkafka(w, "trimmed", 20);
    auto remote = openRemote(remoteSettingsFor(w), dir);
    const auto partitionIs = [&](std::int64_t start, std::int64_t end) {
        return remoteEventually(*remote, [&](const ClusterSnapshot &s) {
            const TopicSnapshot *t = topicOf(s, "trimmed");
            return t && t->partitions.size() == 1 && t->partitions[0].logStartOffset == start &&
                   t->partitions[0].highWatermark == end && t->records == end - start;
        });
    };
    QVERIFY(partitionIs(0, 20));

    Admin admin(*w.cluster);
    auto trimmed = admin.deleteRecords({"trimmed", 0}, 5);
    QVERIFY(trimmed && *trimmed == 5);
    QVERIFY(partitionIs(5, 20));

    auto own = remote->deleteRecords({"trimmed", 0}, 8);
    QVERIFY(own && *own == 8);
    const TopicSnapshot *t = topicOf(*remote->snapshot(), "trimmed");
    QVERIFY(t);
    QCOMPARE(t->partitions[0].logStartOffset, std::int64_t{8});
    QCOMPARE(t->records, std::int64_t{12});
}

QTEST_GUILESS_MAIN(TestRemoteConnection)
#include "test_remote_connection.moc"
