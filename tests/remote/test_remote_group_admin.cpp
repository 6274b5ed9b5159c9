// The record and group commands of a remote connection against a headless cluster over
// TCP: DeleteRecords moves the log start, an empty group's offsets are reset, deleted or
// the group deleted, a group with an active member is refused with a message that names
// it; and a read-only connection refuses every write, leaving the cluster as it was.

#ifndef Q_MOC_RUN
#include "client/admin.h"
#include "remote/remote_fixture.h"
#endif

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace es;
using namespace es::test;

namespace {

const TopicSnapshot *topicOf(const ClusterSnapshot &snap, const std::string &name)
{
    for (const auto &t : snap.topics)
        if (t.name == name)
            return &t;
    return nullptr;
}

const PartitionSnapshot *partitionOf(const ClusterSnapshot &snap, const TopicPartition &tp)
{
    if (const TopicSnapshot *t = topicOf(snap, tp.topic))
        for (const auto &p : t->partitions)
            if (p.partition == tp.partition)
                return &p;
    return nullptr;
}

const GroupView *groupOf(const ClusterSnapshot &snap, const std::string &id)
{
    for (const auto &g : snap.groups)
        if (g.group.groupId == id)
            return &g;
    return nullptr;
}

using Offsets = std::map<TopicPartition, std::int64_t>;

// A group's committed offsets as a snapshot shows them; empty without the group.
Offsets committedIn(const ClusterSnapshot &snap, const std::string &group)
{
    Offsets out;
    if (const GroupView *g = groupOf(snap, group))
        for (const auto &[tp, c] : g->group.offsets)
            out[tp] = c.offset;
    return out;
}

// Waits for the cluster's own snapshot to satisfy `condition`.
bool locallyEventually(const WireCluster &w, const std::function<bool(const ClusterSnapshot &)> &condition)
{
    return eventually([&] {
        const auto snap = w.cluster->snapshot();
        return snap && condition(*snap);
    });
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

// The high watermarks of `topic` once the cluster's own snapshot counts `records` in it.
std::map<std::int32_t, std::int64_t> highWatermarks(const WireCluster &w, const std::string &topic,
                                                    std::int64_t records)
{
    std::map<std::int32_t, std::int64_t> out;
    eventually([&] {
        const auto snap = w.cluster->snapshot();
        const TopicSnapshot *t = snap ? topicOf(*snap, topic) : nullptr;
        if (!t || t->records != records)
            return false;
        for (const auto &p : t->partitions)
            out[p.partition] = p.highWatermark;
        return true;
    });
    return out;
}

// A member of `group` in the cluster itself, consuming `topic` on its own thread until
// stopped. It never commits: the group's offsets stay what the test set.
class ActiveMember {
public:
    ActiveMember(Cluster &cluster, const std::string &group, const std::string &topic,
                 const std::string &clientId)
    {
        ConsumerConfig config;
        config.groupId = group;
        config.clientId = clientId;
        config.enableAutoCommit = false;
        config.autoOffsetReset = OffsetReset::Earliest;
        config.heartbeatIntervalMs = 200;
        m_consumer = std::make_unique<Consumer>(cluster, config);
        m_consumer->subscribe({topic});
        m_thread = std::thread([this] {
            while (!m_stop)
                m_consumer->poll(std::chrono::milliseconds(50));
        });
    }
    ~ActiveMember() { stop(); }
    ActiveMember(const ActiveMember &) = delete;
    ActiveMember &operator=(const ActiveMember &) = delete;

    // Leaves the group (LeaveGroup) and waits for the consumer to end.
    void stop()
    {
        if (!m_stop.exchange(true))
            m_thread.join();
        if (m_consumer)
            m_consumer->close();
        m_consumer.reset();
    }

private:
    std::unique_ptr<Consumer> m_consumer;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class TestRemoteGroupAdmin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void deleteRecordsMovesTheLogStart();
    void resetSetsTheOffsetsOfAnEmptyGroup();
    void anActiveMemberKeepsItsGroupFromChange();
    void deleteGroupOffsetsForgetsThem();
    void deleteGroupRemovesAnEmptyGroup();
    void readOnlyRefusesEveryWrite();
    void aStopEndsTheWaitForAReset();

private:
    std::unique_ptr<RemoteConnection> openRemote(bool readOnly);

    std::unique_ptr<QTemporaryDir> m_dir;
    WireCluster m_wire;
    std::unique_ptr<RemoteConnection> m_remote;
    int m_connections = 0;
};

std::unique_ptr<RemoteConnection> TestRemoteGroupAdmin::openRemote(bool readOnly)
{
    RemoteSettings settings = remoteSettingsFor(m_wire);
    settings.readOnly = readOnly;
    const QString catalog = m_dir->filePath(QString("remote-%1/catalog.db").arg(++m_connections));
    auto opened = RemoteConnection::open(settings, catalog.toStdString());
    if (!opened)
        qFatal("cannot open the remote connection: %s", opened.status().toString().c_str());
    return std::move(*opened);
}

void TestRemoteGroupAdmin::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_wire = startRemoteTestCluster(*m_dir, 3);
    QVERIFY(m_wire.cluster->ensureOffsetsTopic().ok());
    m_remote = openRemote(false);
}

void TestRemoteGroupAdmin::cleanupTestCase()
{
    m_remote.reset();
    m_wire.cluster.reset();
}

void TestRemoteGroupAdmin::deleteRecordsMovesTheLogStart()
{
    QVERIFY(m_wire.cluster->createTopic(topicSpec("ledger", 2, 2)).ok());
    produceWithLibrdkafka(m_wire, "ledger", 100);
    const auto hw = highWatermarks(m_wire, "ledger", 100);
    QCOMPARE(hw.size(), std::size_t{2});
    QVERIFY(hw.at(0) >= 2 && hw.at(1) >= 1);
    const TopicPartition first{"ledger", 0};
    const TopicPartition second{"ledger", 1};
    const std::int64_t cut = hw.at(0) / 2;

    Result<std::int64_t> start = m_remote->deleteRecords(first, cut);
    QVERIFY2(start.isOk(), start.status().message().c_str());
    QCOMPARE(*start, cut);
    // The command's own reading already shows it; the cluster agrees.
    const PartitionSnapshot *p = partitionOf(*m_remote->snapshot(), first);
    QVERIFY(p);
    QCOMPARE(p->logStartOffset, cut);
    QCOMPARE(p->highWatermark, hw.at(0));
    QVERIFY(eventually([&] {
        const auto local = m_wire.cluster->snapshot();
        const PartitionSnapshot *l = local ? partitionOf(*local, first) : nullptr;
        return l && l->logStartOffset == cut;
    }));
    // A reader sees the new bounds and reads from there; below them is out of range.
    auto reader = m_remote->openReader();
    auto bounds = reader->bounds(first);
    QVERIFY2(bounds.isOk(), bounds.status().message().c_str());
    QCOMPARE(bounds->logStartOffset, cut);
    QCOMPARE(bounds->highWatermark, hw.at(0));
    auto records = reader->read(first, cut, 5);
    QVERIFY2(records.isOk(), records.status().message().c_str());
    QVERIFY(!records->empty());
    QCOMPARE(records->front().offset, cut);
    QCOMPARE(reader->read(first, 0, 5).status().code(), StatusCode::OutOfRange);

    // -1: everything below the high watermark.
    start = m_remote->deleteRecords(second, -1);
    QVERIFY2(start.isOk(), start.status().message().c_str());
    QCOMPARE(*start, hw.at(1));
    QVERIFY(remoteEventually(*m_remote, [&](const ClusterSnapshot &s) {
        const TopicSnapshot *t = topicOf(s, "ledger");
        const PartitionSnapshot *q = partitionOf(s, second);
        return t && q && q->logStartOffset == hw.at(1) && t->records == hw.at(0) - cut;
    }));
    bounds = reader->bounds(second);
    QVERIFY(bounds.isOk());
    QCOMPARE(bounds->logStartOffset, hw.at(1));
    QCOMPARE(bounds->highWatermark, hw.at(1));

    // Kafka never deletes above the high watermark, nor from a partition that does not exist.
    start = m_remote->deleteRecords(first, hw.at(0) + 10);
    QVERIFY(!start.isOk());
    QVERIFY2(contains(start.status().message(), "ledger-0"), start.status().message().c_str());
    m_remote->refresh();
    QCOMPARE(partitionOf(*m_remote->snapshot(), first)->logStartOffset, cut);
    start = m_remote->deleteRecords({"nowhere", 0}, 1);
    QCOMPARE(start.status().code(), StatusCode::NotFound);
    QCOMPARE(m_remote->deleteRecords(first, -2).status().code(), StatusCode::InvalidArgument);
}

void TestRemoteGroupAdmin::resetSetsTheOffsetsOfAnEmptyGroup()
{
    QVERIFY(m_wire.cluster->createTopic(topicSpec("orders", 2, 2)).ok());
    produceWithLibrdkafka(m_wire, "orders", 60);
    const auto hw = highWatermarks(m_wire, "orders", 60);
    QCOMPARE(hw.size(), std::size_t{2});
    const TopicPartition first{"orders", 0};
    const TopicPartition second{"orders", 1};

    // A group that does not exist yet is created with the offsets, as Kafka does.
    AdminResult reset = m_remote->resetGroupOffsets("billing", {{first, 0}, {second, hw.at(1)}});
    QVERIFY2(reset.ok(), reset.message.c_str());
    const Offsets set{{first, 0}, {second, hw.at(1)}};
    QVERIFY(remoteEventually(*m_remote, [&](const ClusterSnapshot &s) {
        const GroupView *g = groupOf(s, "billing");
        return g && committedIn(s, "billing") == set && g->lag.size() == 2;
    }));
    const GroupView *billing = groupOf(*m_remote->snapshot(), "billing");
    QCOMPARE(billing->group.state, GroupState::Empty);
    QCOMPARE(billing->totalLag, hw.at(0));
    for (const auto &l : billing->lag) {
        QCOMPARE(l.committed, l.tp == first ? 0 : hw.at(1));
        QCOMPARE(l.lag, l.tp == first ? hw.at(0) : 0);
    }
    QVERIFY(locallyEventually(m_wire,
                              [&](const ClusterSnapshot &s) { return committedIn(s, "billing") == set; }));

    // Resetting again moves only the partitions named.
    reset = m_remote->resetGroupOffsets("billing", {{first, hw.at(0) - 1}});
    QVERIFY2(reset.ok(), reset.message.c_str());
    const Offsets moved{{first, hw.at(0) - 1}, {second, hw.at(1)}};
    QVERIFY(remoteEventually(*m_remote,
                             [&](const ClusterSnapshot &s) { return committedIn(s, "billing") == moved; }));
    QCOMPARE(groupOf(*m_remote->snapshot(), "billing")->totalLag, 1);

    // A partition's error is told, named; the others are set all the same, as Kafka does.
    reset = m_remote->resetGroupOffsets("billing", {{first, 1}, {{"nowhere", 0}, 1}});
    QCOMPARE(reset.error, ErrorCode::UnknownTopicOrPartition);
    QVERIFY2(contains(reset.message, "group billing: nowhere-0: "), reset.message.c_str());
    const Offsets partly{{first, 1}, {second, hw.at(1)}};
    QVERIFY(remoteEventually(*m_remote,
                             [&](const ClusterSnapshot &s) { return committedIn(s, "billing") == partly; }));

    // A negative offset is refused before anything is sent.
    reset = m_remote->resetGroupOffsets("billing", {{second, -1}});
    QCOMPARE(reset.error, ErrorCode::InvalidRequest);
    QVERIFY2(contains(reset.message, "orders-1"), reset.message.c_str());
    m_remote->refresh();
    QCOMPARE(committedIn(*m_remote->snapshot(), "billing"), partly);
}

void TestRemoteGroupAdmin::anActiveMemberKeepsItsGroupFromChange()
{
    QVERIFY(m_wire.cluster->createTopic(topicSpec("parcels", 2, 2)).ok());
    QVERIFY(m_wire.cluster->createTopic(topicSpec("archive", 1, 1)).ok());
    produceWithLibrdkafka(m_wire, "parcels", 40);
    const TopicPartition first{"parcels", 0};
    const TopicPartition second{"parcels", 1};
    const TopicPartition archived{"archive", 0};
    AdminResult reset = m_remote->resetGroupOffsets("shipping", {{first, 1}, {second, 1}, {archived, 0}});
    QVERIFY2(reset.ok(), reset.message.c_str());

    ActiveMember member(*m_wire.cluster, "shipping", "parcels", "shipper");
    QVERIFY(remoteEventually(
        *m_remote,
        [](const ClusterSnapshot &s) {
            const GroupView *g = groupOf(s, "shipping");
            return g && g->group.state == GroupState::Stable && g->group.members.size() == 1;
        },
        std::chrono::seconds(30)));

    // Members would overwrite a reset with their next commit: the message says who they are.
    reset = m_remote->resetGroupOffsets("shipping", {{first, 0}, {second, 0}});
    QCOMPARE(reset.error, ErrorCode::NonEmptyGroup);
    QVERIFY2(contains(reset.message, "group shipping is ") &&
                 contains(reset.message, " with active members: shipper-") &&
                 contains(reset.message, "(client shipper on ") &&
                 contains(reset.message, "stop its consumers"),
             reset.message.c_str());

    AdminResult deleted = m_remote->deleteGroup("shipping");
    QCOMPARE(deleted.error, ErrorCode::NonEmptyGroup);
    QVERIFY2(contains(deleted.message, "(client shipper on ") &&
                 contains(deleted.message, "stop its consumers"),
             deleted.message.c_str());

    // The offsets of a topic the members consume stay; of one they do not, go.
    AdminResult forgotten = m_remote->deleteGroupOffsets("shipping", {first, archived});
    QCOMPARE(forgotten.error, ErrorCode::GroupSubscribedToTopic);
    QVERIFY2(contains(forgotten.message, "parcels-0"), forgotten.message.c_str());
    m_remote->refresh();
    const GroupView *shipping = groupOf(*m_remote->snapshot(), "shipping");
    QVERIFY(shipping);
    QCOMPARE(shipping->group.members.size(), std::size_t{1});
    QCOMPARE(committedIn(*m_remote->snapshot(), "shipping"), (Offsets{{first, 1}, {second, 1}}));

    // Once the member has left, the same reset goes through.
    member.stop();
    QVERIFY(remoteEventually(*m_remote, [](const ClusterSnapshot &s) {
        const GroupView *g = groupOf(s, "shipping");
        return g && g->group.state == GroupState::Empty;
    }));
    reset = m_remote->resetGroupOffsets("shipping", {{first, 0}, {second, 0}});
    QVERIFY2(reset.ok(), reset.message.c_str());
    QVERIFY(remoteEventually(*m_remote, [&](const ClusterSnapshot &s) {
        return committedIn(s, "shipping") == Offsets{{first, 0}, {second, 0}};
    }));
    QCOMPARE(groupOf(*m_remote->snapshot(), "shipping")->totalLag, 40);
}

void TestRemoteGroupAdmin::deleteGroupOffsetsForgetsThem()
{
    QVERIFY(m_wire.cluster->createTopic(topicSpec("audits", 2, 1)).ok());
    const TopicPartition first{"audits", 0};
    const TopicPartition second{"audits", 1};
    AdminResult reset = m_remote->resetGroupOffsets("auditors", {{first, 0}, {second, 0}});
    QVERIFY2(reset.ok(), reset.message.c_str());
    QVERIFY(remoteEventually(
        *m_remote, [](const ClusterSnapshot &s) { return committedIn(s, "auditors").size() == 2; }));

    AdminResult forgotten = m_remote->deleteGroupOffsets("auditors", {first});
    QVERIFY2(forgotten.ok(), forgotten.message.c_str());
    QVERIFY(remoteEventually(*m_remote, [&](const ClusterSnapshot &s) {
        const GroupView *g = groupOf(s, "auditors");
        return g && committedIn(s, "auditors") == Offsets{{second, 0}} && g->lag.size() == 1;
    }));
    QVERIFY(locallyEventually(m_wire, [&](const ClusterSnapshot &s) {
        return committedIn(s, "auditors") == Offsets{{second, 0}};
    }));

    // Kafka removes an empty group with its last offsets.
    forgotten = m_remote->deleteGroupOffsets("auditors", {second});
    QVERIFY2(forgotten.ok(), forgotten.message.c_str());
    QVERIFY(remoteEventually(*m_remote,
                             [](const ClusterSnapshot &s) { return groupOf(s, "auditors") == nullptr; }));
    QVERIFY(locallyEventually(m_wire,
                              [](const ClusterSnapshot &s) { return groupOf(s, "auditors") == nullptr; }));

    forgotten = m_remote->deleteGroupOffsets("nobody", {first});
    QCOMPARE(forgotten.error, ErrorCode::GroupIdNotFound);
    QVERIFY2(contains(forgotten.message, "nobody"), forgotten.message.c_str());
}

void TestRemoteGroupAdmin::deleteGroupRemovesAnEmptyGroup()
{
    QVERIFY(m_wire.cluster->createTopic(topicSpec("returns", 1, 1)).ok());
    AdminResult reset = m_remote->resetGroupOffsets("retired", {{{"returns", 0}, 0}});
    QVERIFY2(reset.ok(), reset.message.c_str());
    QVERIFY(remoteEventually(*m_remote,
                             [](const ClusterSnapshot &s) { return groupOf(s, "retired") != nullptr; }));

    AdminResult deleted = m_remote->deleteGroup("retired");
    QVERIFY2(deleted.ok(), deleted.message.c_str());
    QVERIFY(remoteEventually(*m_remote,
                             [](const ClusterSnapshot &s) { return groupOf(s, "retired") == nullptr; }));
    QVERIFY(
        locallyEventually(m_wire, [](const ClusterSnapshot &s) { return groupOf(s, "retired") == nullptr; }));

    deleted = m_remote->deleteGroup("retired");
    QCOMPARE(deleted.error, ErrorCode::GroupIdNotFound);
    QVERIFY2(contains(deleted.message, "retired"), deleted.message.c_str());
}

void TestRemoteGroupAdmin::readOnlyRefusesEveryWrite()
{
    QVERIFY(m_wire.cluster->createTopic(topicSpec("kept", 1, 1)).ok());
    produceWithLibrdkafka(m_wire, "kept", 10);
    const TopicPartition tp{"kept", 0};
    QVERIFY(Admin(*m_wire.cluster).resetGroupOffsets("keepers", {{tp, 3}}).ok());
    auto remote = openRemote(true);
    QVERIFY(remote->capabilities().readOnly);
    const auto unchanged = [&](const ClusterSnapshot &s) {
        const TopicSnapshot *t = topicOf(s, "kept");
        const GroupView *g = groupOf(s, "keepers");
        return t && t->partitions.size() == 1 && t->partitions.front().logStartOffset == 0 &&
               t->records == 10 &&
               std::all_of(t->configs.begin(), t->configs.end(),
                           [](const ConfigEntry &e) { return e.isDefault; }) &&
               topicOf(s, "new") == nullptr && g && g->group.members.empty() &&
               committedIn(s, "keepers") == Offsets{{tp, 3}};
    };
    QVERIFY(remoteEventually(*remote, unchanged));

    const auto refused = [](const AdminResult &r) {
        return r.error == ErrorCode::PolicyViolation && contains(r.message, "read-only");
    };
    const auto refusedStatus = [](const Status &s) {
        return s.code() == StatusCode::Unsupported && contains(s.message(), "read-only");
    };
    QVERIFY(refused(remote->createTopic(topicSpec("new", 1, 1))));
    QVERIFY(refused(remote->deleteTopic("kept")));
    QVERIFY(refused(remote->createPartitions("kept", 2)));
    QVERIFY(refused(remote->alterTopicConfigs("kept", {{"retention.ms", "1000"}})));
    QVERIFY(refusedStatus(remote->openWriter(ProducerConfig{}).status()));
    QVERIFY(refusedStatus(remote->deleteRecords(tp, -1).status()));
    ConsumerConfig member;
    member.groupId = "keepers";
    QVERIFY(refusedStatus(remote->openGroupConsumer(member).status()));
    QVERIFY(refused(remote->resetGroupOffsets("keepers", {{tp, 0}})));
    QVERIFY(refused(remote->deleteGroupOffsets("keepers", {tp})));
    QVERIFY(refused(remote->deleteGroup("keepers")));

    // The cluster is as it was, read afresh: the topic, its records and configs, the group
    // and its offsets.
    remote->refresh();
    QVERIFY(unchanged(*remote->snapshot()));
    QVERIFY(locallyEventually(m_wire, unchanged));
}

void TestRemoteGroupAdmin::aStopEndsTheWaitForAReset()
{
    // Every broker paused: no coordinator answers, so only the stop can end the wait (the
    // Replay view's Cancel and a closing window rely on it).
    QVERIFY(m_wire.cluster->createTopic(topicSpec("audit", 1, 3)).ok());
    for (std::int32_t id = 1; id <= 3; ++id)
        QVERIFY(m_wire.cluster->pauseBroker(id).isOk());
    std::stop_source stop;
    std::thread stopper([&stop] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        stop.request_stop();
    });
    const AdminResult reset = m_remote->resetGroupOffsets("auditors", {{{"audit", 0}, 0}}, stop.get_token());
    stopper.join();
    for (std::int32_t id = 1; id <= 3; ++id)
        QVERIFY(m_wire.cluster->resumeBroker(id).isOk());
    QCOMPARE(reset.error, ErrorCode::RequestTimedOut);
    QVERIFY2(reset.message.find("stopped") != std::string::npos, reset.message.c_str());
}

QTEST_GUILESS_MAIN(TestRemoteGroupAdmin)
#include "test_remote_group_admin.moc"
