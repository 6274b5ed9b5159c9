// The Cluster view's picture of replicas moving between brokers (Kafka's partition
// reassignment), against a real cluster of three brokers: a joining replica is drawn
// catching up, with the share of the leader's log it has copied, and a leaving one as
// leaving, both in the legend and explained by their tooltips; once the move completes,
// neither is drawn. On a cluster reached over the network, whose client (librdkafka 2.0)
// cannot tell moves, nothing of one is drawn and the legend does not offer it.

#include "connection_steps.h"
#include "view_test_cluster.h"

#include "ui/cluster/cluster_diagram.h"
#include "ui/cluster/cluster_view.h"
#include "ui/theme.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster.h"
#endif

#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

using namespace es;

namespace {

const TopicPartition kMoving{"moving", 0};

// Brokers 1 to 4 running, and one partition of "t" moving from 1, 2, 3 to 2, 3, 4 (listed
// as Kafka lists it, the target first): broker 4 has 400 of the 1,000 offsets the leader
// holds above its log start.
ClusterSnapshot movingSnapshot()
{
    ClusterSnapshot s;
    for (std::int32_t id : {1, 2, 3, 4}) {
        BrokerSnapshot b;
        b.id = id;
        b.state = BrokerState::Running;
        s.brokers.push_back(b);
    }
    PartitionSnapshot p;
    p.leader = 2;
    p.logStartOffset = 100;
    p.logEndOffset = 1100;
    const auto replica = [](std::int32_t broker, bool inSync, std::int64_t logEnd) {
        return ReplicaSnapshot{broker, inSync, broker == 2, true, logEnd};
    };
    p.replicas = {replica(2, true, 1100), replica(3, true, 1100), replica(4, false, 500),
                  replica(1, true, 1100)};
    p.addingReplicas = {4};
    p.removingReplicas = {1};
    TopicSnapshot t;
    t.name = "t";
    t.replicationFactor = 3;
    t.partitions = {p};
    PartitionSnapshot still = p;
    still.partition = 1;
    still.replicas = {replica(1, true, 1100), replica(2, true, 1100), replica(3, true, 1100)};
    still.addingReplicas.clear();
    still.removingReplicas.clear();
    t.partitions.push_back(still);
    s.topics = {t};
    return s;
}

} // namespace

class TestClusterMoves : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;
    std::unique_ptr<ClusterView> m_view;

    [[nodiscard]] ClusterDiagram *diagram() const { return m_view->findChild<ClusterDiagram *>(); }

    // The diagram's row of `tp`, or nullptr while it has none.
    [[nodiscard]] const DiagramRow *rowOf(const TopicPartition &tp, std::size_t *index = nullptr) const
    {
        const auto &rows = diagram()->data().rows;
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (rows[i].topic == QString::fromStdString(tp.topic) && rows[i].partition == tp.partition) {
                if (index)
                    *index = i;
                return &rows[i];
            }
        return nullptr;
    }

    [[nodiscard]] MovingReplica moveOf(const TopicPartition &tp, std::int32_t broker) const
    {
        const DiagramRow *row = rowOf(tp);
        const int column = diagram()->data().columnOf(broker);
        return row && row->moving() && column >= 0 ? row->moves[static_cast<std::size_t>(column)]
                                                   : MovingReplica{};
    }

    // The tooltip the user gets over broker `broker`'s replica of `tp`.
    QString toolTipOver(const TopicPartition &tp, std::int32_t broker)
    {
        std::size_t index = 0;
        if (!rowOf(tp, &index))
            return {};
        QWidget *viewport = diagram()->viewport();
        const QPoint at = diagram()->cellRect(index, broker).center();
        QHelpEvent event(QEvent::ToolTip, at, viewport->mapToGlobal(at));
        QCoreApplication::sendEvent(viewport, &event);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    }

    // Moves kMoving from brokers 1, 2 to 2, 3 with broker 3 cut off from the leader (1), so
    // that it cannot copy anything until the link heals.
    bool startBlockedMove()
    {
        const auto started = test::runAndWait(*m_bridge, [](Cluster &c) {
            c.setLink(1, 3, LinkFault{0, 0, true});
            const auto results = c.alterPartitionReassignments({{kMoving, std::vector<std::int32_t>{2, 3}}});
            return results.size() == 1 && results[0].error == ErrorCode::None;
        });
        return started && *started;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bridge = test::startBridge(m_dir, 3);
        QVERIFY2(m_bridge, "the cluster did not start");
        m_view = std::make_unique<ClusterView>(*m_bridge);
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        // Through the cluster itself: librdkafka 2.0 cannot place replicas.
        const auto created = test::runAndWait(*m_bridge, [](Cluster &c) {
            CreateTopicSpec spec;
            spec.name = kMoving.topic;
            spec.assignments = {{1, 2}};
            return c.createTopic(spec).ok();
        });
        QVERIFY(created && *created);
        QVERIFY(test::fillTopic(*m_bridge, kMoving.topic, 1, 2000));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(kMoving) && test::leaderOf(*m_bridge, kMoving.topic, 0) == 1, 10000);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_bridge.reset();
    }

    void theCatchUpIsTheShareOfTheLeadersLogCopied()
    {
        const ClusterSnapshot moving = movingSnapshot();
        const DiagramData d = diagramData(moving, false);
        QCOMPARE(d.rows.size(), std::size_t{3});
        const DiagramRow &row = d.rows[1];
        QVERIFY(row.moving());
        const auto at = [&](std::int32_t broker) { return static_cast<std::size_t>(d.columnOf(broker)); };
        QCOMPARE(row.moves[at(4)].move, ReplicaMove::Joining);
        QCOMPARE(row.cells[at(4)], ReplicaRole::OutOfSync);
        QVERIFY(row.moves[at(4)].catchUp);
        QCOMPARE(*row.moves[at(4)].catchUp, (ReplicaCatchUp{400, 1000}));
        QCOMPARE(row.moves[at(4)].catchUp->percent(), 40);
        QCOMPARE(row.moves[at(1)].move, ReplicaMove::Leaving);
        QCOMPARE(row.moves[at(2)].move, ReplicaMove::None);
        // A replica still copying is expected to be behind: the row says "moving" instead.
        QVERIFY(!row.underReplicated);
        QVERIFY(!d.rows[2].moving());

        // More copied is a new picture; a write to a partition that does not move is not.
        ClusterSnapshot further = moving;
        further.topics[0].partitions[0].replicas[2].logEndOffset = 600;
        QVERIFY(!drawsSame(moving, further));
        QCOMPARE(diagramData(further, false).rows[1].moves[at(4)].catchUp->percent(), 50);
        ClusterSnapshot written = moving;
        for (auto &r : written.topics[0].partitions[1].replicas)
            r.logEndOffset += 10;
        written.topics[0].partitions[1].logEndOffset += 10;
        QVERIFY(drawsSame(moving, written));

        // Where the log ends of replicas are not told (a remote cluster), no share is made up.
        ClusterSnapshot untold = moving;
        for (auto &r : untold.topics[0].partitions[0].replicas)
            r.logEndOffset = -1;
        QVERIFY(!diagramData(untold, false).rows[1].moves[at(4)].catchUp);
    }

    void aJoiningReplicaIsDrawnCatchingUpUntilTheMoveCompletes()
    {
        if (test::testingRemote())
            QSKIP("librdkafka 2.0 cannot tell a cluster's moves");
        // The legend explains joining and leaving replicas, beside the replicas and links.
        QCOMPARE(diagram()->legendEntryRects().size(), std::size_t{9});
        QVERIFY(startBlockedMove());

        QTRY_VERIFY_WITH_TIMEOUT(
            moveOf(kMoving, 3).move == ReplicaMove::Joining && moveOf(kMoving, 3).catchUp, 10000);
        QVERIFY(!moveOf(kMoving, 3).inSync);
        QVERIFY(moveOf(kMoving, 3).catchUp->percent() < 100);
        QCOMPARE(moveOf(kMoving, 1).move, ReplicaMove::Leaving);
        QCOMPARE(moveOf(kMoving, 2).move, ReplicaMove::None);
        const QString joining = toolTipOver(kMoving, 3);
        QVERIFY2(joining.contains(QStringLiteral("Joining: it copies the leader's log, %1% so far")
                                      .arg(moveOf(kMoving, 3).catchUp->percent())),
                 qPrintable(joining));
        const QString leaving = toolTipOver(kMoving, 1);
        QVERIFY2(leaving.contains(QStringLiteral("Leaving:")), qPrintable(leaving));

        // Once broker 3 can fetch, it catches up, broker 1 leaves and nothing moves any more.
        QVERIFY(test::runAndWait(*m_bridge, [](Cluster &c) {
            c.healLinks();
            return true;
        }));
        QTRY_VERIFY_WITH_TIMEOUT(test::settledOn(*m_bridge, kMoving.topic, 0, {2, 3}), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(kMoving) && !rowOf(kMoving)->moving(), 5000);
        const DiagramRow &row = *rowOf(kMoving);
        QCOMPARE(row.cells[static_cast<std::size_t>(diagram()->data().columnOf(1))], ReplicaRole::None);
        QVERIFY(row.cells[static_cast<std::size_t>(diagram()->data().columnOf(3))] != ReplicaRole::OutOfSync);
        QVERIFY(!toolTipOver(kMoving, 3).contains(QStringLiteral("Joining")));
    }

    void aRemoteClusterDrawsNoMoveItCannotTell()
    {
        if (!test::testingRemote())
            QSKIP("only a cluster reached over the network");
        // Replicas and their states, but no link faults and no moves.
        QCOMPARE(diagram()->legendEntryRects().size(), std::size_t{4});
        QVERIFY(startBlockedMove());
        // The new replica shows as Kafka's metadata lists it, and the row never as moving.
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(kMoving) &&
                rowOf(kMoving)->cells[static_cast<std::size_t>(diagram()->data().columnOf(3))] !=
                    ReplicaRole::None,
            10000);
        QVERIFY(!rowOf(kMoving)->moving());
        QVERIFY(!toolTipOver(kMoving, 3).contains(QStringLiteral("Joining")));
        QVERIFY(test::runAndWait(*m_bridge, [](Cluster &c) {
            c.healLinks();
            return true;
        }));
        QTRY_VERIFY_WITH_TIMEOUT(test::settledOn(*m_bridge, kMoving.topic, 0, {2, 3}), 30000);
    }

    // Run by hand under xvfb-run with ES_SCREENSHOT_DIR set: the view while two partitions'
    // new replicas copy, one cut off from its leader and one over a slowed link, in the light
    // and the dark theme.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ES_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ES_SCREENSHOT_DIR to take the screenshots");
        if (test::testingRemote())
            QSKIP("librdkafka 2.0 cannot tell a cluster's moves");
        QVERIFY(test::createAssigned(*m_bridge, "orders", {{1, 2}, {2, 1}, {1, 2}, {2, 1}}));
        // Records of a kilobyte: a follower fetches a mebibyte at a time, so each move takes
        // a few slowed fetches.
        const auto filled = test::runAndWait(
            *m_bridge,
            [](Connection &c) {
                auto writer = c.openWriter(ProducerConfig{});
                if (!writer)
                    return false;
                const Bytes value(1024, 'x');
                for (int p = 0; p < 4; ++p)
                    for (int i = 0; i < 4000; ++i)
                        (*writer)->send(
                            {"orders", p, test::bytesOf("k" + std::to_string(i)), value, {}, std::nullopt});
                return (*writer)->close(std::chrono::seconds(30));
            },
            40000);
        QVERIFY(filled && *filled);
        // Each theme moves two partitions of its own onto brokers 2 and 3.
        const test::BrokerIds to{2, 3};
        int first = 0;
        for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
            Theme::apply(theme);
            const QString suffix = theme == ThemeChoice::Dark ? QStringLiteral("-dark") : QString();
            const TopicPartition a{"orders", first};
            const TopicPartition b{"orders", first + 1};
            first += 2;
            const auto started = test::runAndWait(*m_bridge, [a, b, to](Cluster &c) {
                c.setLink(1, 3, LinkFault{0, 0, true});
                c.setLink(2, 3, LinkFault{700, 0, false});
                return c.alterPartitionReassignments({{a, to}, {b, to}}).size() == 2;
            });
            QVERIFY(started && *started);
            QTRY_VERIFY_WITH_TIMEOUT(moveOf(a, 3).catchUp, 20000);
            QTest::qWait(1500); // a few fetches over the slowed links
            QVERIFY(m_view->grab().save(dir + QStringLiteral("/cluster-moves%1.png").arg(suffix)));
            QVERIFY(test::runAndWait(*m_bridge, [](Cluster &c) {
                c.healLinks();
                return true;
            }));
            QTRY_VERIFY_WITH_TIMEOUT(test::settledOn(*m_bridge, "orders", a.partition, to), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(test::settledOn(*m_bridge, "orders", b.partition, to), 30000);
        }
        Theme::apply(ThemeChoice::Light);
    }
};

QTEST_MAIN(TestClusterMoves)
#include "test_cluster_moves.moc"
