#pragma once

#ifndef Q_MOC_RUN
#include "catalog/catalog_types.h"
#endif

#include <QTimer>
#include <QWidget>

#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace es {

class ClusterBridge;
class EventFilterModel;
class EventTableModel;

// The Events page: the cluster's timeline, newest first, filtered by kind and subject.
// The history comes from the catalog once the cluster runs (so it survives restarts), new
// events live from the bridge, added in batches at most every kBatchMs. Activating an event
// (Enter, double-click or "Go to…" on its context menu) leads to what it is about; the menu
// also copies the selected events.
class EventsView : public QWidget {
    Q_OBJECT

public:
    explicit EventsView(ClusterBridge &bridge, QWidget *parent = nullptr);

    static constexpr int kBatchMs = 100;
    static constexpr int kHistoryLimit = 5000;

signals:
    void brokerActivated(int brokerId);
    void topicActivated(const QString &topic);
    void groupActivated(const QString &groupId);

private:
    void loadHistory();
    void queueLive(const EventRecord &event);
    void flushLive();
    void activate(const QModelIndex &index);
    [[nodiscard]] static std::pair<QString, QString> subjectOf(const QModelIndex &index);
    // "Go to topic orders" for the event's subject, empty when it leads nowhere.
    [[nodiscard]] static QString goToText(const QModelIndex &index);
    void updateCount();

    ClusterBridge &m_bridge;
    EventTableModel *m_model = nullptr;
    EventFilterModel *m_filter = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    std::vector<EventRecord> m_pending;
    QTimer m_batch;
    bool m_historyLoaded = false;
};

} // namespace es
