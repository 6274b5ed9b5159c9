#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "connection/connection.h"
#endif

#include <QDialog>
#include <QString>

#include <cstdint>
#include <map>
#include <vector>

class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace es {

class ClusterBridge;
class InlineProblemLabel;

// The partitions an election names: some or all of one topic's, or every partition of the
// cluster (Kafka's null list).
struct ElectionScope {
    QString topic;                        // empty: every partition of every topic
    std::vector<std::int32_t> partitions; // empty: all of the topic's
};

// Elects partition leaders (Kafka's ElectLeaders): the preferred replica, by default, or an
// unclean election, with a plain warning of what it can lose. It lists the partitions it
// names with their leader, preferred replica and in-sync replicas as the newest snapshot
// shows them, runs the election through the bridge (never on the GUI thread) and then shows
// each partition's result in words; it stays open so the user can read them and try again.
// The caller opens it only where capabilities() allow elections. GUI thread only.
class ElectLeadersDialog : public QDialog {
    Q_OBJECT

public:
    ElectLeadersDialog(ClusterBridge &bridge, ElectionScope scope, QWidget *parent = nullptr);

    [[nodiscard]] ElectionType electionType() const;
    void setElectionType(ElectionType type);
    [[nodiscard]] QPushButton *electButton() const { return m_elect; }
    // True while an election runs.
    [[nodiscard]] bool running() const { return m_running; }

signals:
    // The election's answer is shown (results or why there are none).
    void electionFinished();

private:
    enum Column { PartitionColumn, LeaderColumn, PreferredColumn, InSyncColumn, ResultColumn, ColumnCount };

    void showSnapshot(const ClusterSnapshotPtr &snapshot);
    void listPartitions(const ClusterSnapshot &snapshot);
    // The partition's row, added when it has none yet.
    int rowOf(const TopicPartition &tp);
    void showPartition(int row, const PartitionSnapshot *p);
    void elect();
    void showResults(const Result<std::vector<ElectionResult>> &outcome);
    void updateWarning();
    [[nodiscard]] QString scopeText() const;

    ClusterBridge &m_bridge;
    ElectionScope m_scope;
    ClusterSnapshotPtr m_snapshot;
    // Before the election runs: the partitions as they were, to say what became of them.
    std::map<TopicPartition, PartitionSnapshot> m_before;
    std::vector<TopicPartition> m_rows;    // by row
    std::map<TopicPartition, int> m_rowOf; // the inverse
    ElectionType m_ranType = ElectionType::Preferred;
    bool m_running = false;

    QLabel *m_scopeLabel = nullptr;
    QRadioButton *m_preferred = nullptr;
    QRadioButton *m_unclean = nullptr;
    QLabel *m_warning = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    InlineProblemLabel *m_problem = nullptr;
    QPushButton *m_elect = nullptr;
};

} // namespace es
