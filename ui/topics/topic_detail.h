#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QWidget>

class QLabel;
class QTableView;
class QToolBar;
class QToolButton;

namespace es {

class ElidedLabel;
class PartitionLogsWidget;
class PartitionsModel;

// One topic in detail: a summary line, the configs set on it, its partitions table and
// the drawing of each partition's log, all from the newest snapshot. The buttons of the top row come from
// the owner (TopicsView), which also decides what "back" does. GUI thread only.
class TopicDetail : public QWidget {
    Q_OBJECT

public:
    explicit TopicDetail(QWidget *parent = nullptr);

    // Adds a button for `action` to the top row, after the title.
    void addButton(QAction *action);
    // Shows `topic` (a name) from `snapshot`; says so when the topic is not there.
    void setTopic(const ClusterSnapshotPtr &snapshot, const QString &topic);
    [[nodiscard]] const QString &topic() const { return m_topic; }
    [[nodiscard]] QTableView *partitionsTable() const { return m_table; }
    [[nodiscard]] PartitionLogsWidget *logs() const { return m_logs; }
    // Log end offsets, sizes, segments and the drawing of each log: shown only for clusters
    // that tell them (the embedded one; Kafka's protocol does not).
    void setLogDetailsShown(bool shown);

signals:
    void backRequested();

private:
    QString m_topic;
    QToolButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    ElidedLabel *m_summary = nullptr;
    ElidedLabel *m_overrides = nullptr;
    QToolBar *m_buttons = nullptr;
    PartitionsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    PartitionLogsWidget *m_logs = nullptr;
    QWidget *m_drawing = nullptr;
};

} // namespace es
