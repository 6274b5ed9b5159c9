#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QStackedWidget;
class QTableView;

namespace es {

class ClusterBridge;
class InlineProblemLabel;
class TopicActions;
class TopicDetail;
class TopicsFilterModel;
class TopicsModel;

// The Topics view: a filterable, sortable table of topics with create, delete, add
// partitions, edit configs and delete records (also on a topic's context menu, with copy
// and links to Messages and Produce; several topics can be selected to copy), and a detail
// page for one topic (its partitions, each with a context menu, and the drawing of their
// logs). Everything shown comes from the bridge's snapshots; every change goes through
// TopicActions and the bridge. GUI thread only.
class TopicsView : public QWidget {
    Q_OBJECT

public:
    explicit TopicsView(ClusterBridge &bridge, QWidget *parent = nullptr);

    [[nodiscard]] TopicActions *actions() const { return m_actions; }

public slots:
    // Opens the detail page of `name` (e.g. from the Events view).
    void showTopic(const QString &name);
    // Back to the list, keeping the selection.
    void showList();

signals:
    // The user asked to see the topic's records, or to publish to it.
    void browseRequested(const QString &topic);
    void produceRequested(const QString &topic);
    // From a partition's row: its records from `offset`, publishing to it, its leader.
    void browsePartitionRequested(const QString &topic, int partition, qint64 offset);
    void producePartitionRequested(const QString &topic, int partition);
    void brokerRequested(int brokerId);

private:
    void onSnapshot(const ClusterSnapshotPtr &snapshot);
    [[nodiscard]] QString selectedTopic() const;
    // The context menus (topics_view_menus.cpp).
    void fillListMenu(QMenu &menu);
    void fillPartitionMenu(QMenu &menu, const QModelIndex &row);
    // "Elect leaders of the selected partition(s)…" for the partitions selected in the detail.
    void addElectionItem(QMenu &menu, const QString &topic);
    void copyNames();
    void selectTopic(const QString &name);
    void updateActions();

    ClusterBridge &m_bridge;
    ClusterSnapshotPtr m_snapshot;
    TopicsModel *m_model = nullptr;
    TopicsFilterModel *m_proxy = nullptr;
    TopicActions *m_actions = nullptr;
    QAction *m_browse = nullptr;
    QAction *m_produce = nullptr;
    QAction *m_copyNames = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showInternal = nullptr;
    QTableView *m_table = nullptr;
    InlineProblemLabel *m_problem = nullptr;
    QLabel *m_notice = nullptr;
    TopicDetail *m_detail = nullptr;
    QString m_selectionBeforeReset;
    QString m_createdTopic; // to select as soon as a snapshot lists it
};

} // namespace es
