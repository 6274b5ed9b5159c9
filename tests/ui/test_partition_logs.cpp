// The partition-log drawing of the topic detail: group labels that would overlap share one.

#include "ui/topics/partition_logs_widget.h"

#include <QTest>

using namespace es;

class TestPartitionLogs : public QObject {
    Q_OBJECT

private slots:
    // Three groups committed at nearly the same offset: one label names their count, and
    // its tooltip names each of them, so none is hidden behind another.
    void overlappingGroupLabelsShareOneThatNamesThemAll()
    {
        auto snapshot = std::make_shared<ClusterSnapshot>();
        TopicSnapshot topic;
        topic.name = "orders";
        PartitionSnapshot p;
        p.partition = 0;
        p.leader = 1;
        p.logStartOffset = 0;
        p.highWatermark = 1000;
        p.logEndOffset = 1000;
        topic.partitions.push_back(p);
        for (const auto &[id, committed] :
             {std::pair{"billing", 500}, std::pair{"audit", 501}, std::pair{"fraud-check", 502}}) {
            GroupView g;
            g.group.groupId = id;
            g.lag.push_back({});
            g.lag.back().tp = {"orders", 0};
            g.lag.back().committed = committed;
            g.lag.back().lag = 1000 - committed;
            snapshot->groups.push_back(g);
        }
        snapshot->topics.push_back(topic);
        PartitionLogsWidget widget;
        widget.resize(600, 100);
        widget.setTopic(snapshot, &snapshot->topics.front());

        // Hovering the label (not only the groups' lines, a few pixels wide) names all three.
        const int labelY = 8 + widget.fontMetrics().height() / 2;
        int naming = 0;
        for (int x = 0; x < widget.width(); ++x) {
            const QString text = widget.toolTipAt(QPoint(x, labelY));
            if (text.contains(QStringLiteral("\"billing\"")) && text.contains(QStringLiteral("\"audit\"")) &&
                text.contains(QStringLiteral("\"fraud-check\"")))
                ++naming;
        }
        QVERIFY2(naming > 20, qPrintable(QString::number(naming)));
    }
};

QTEST_MAIN(TestPartitionLogs)
#include "test_partition_logs.moc"
