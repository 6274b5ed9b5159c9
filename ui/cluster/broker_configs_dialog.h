#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "connection/connection.h"
#endif

#include <QDialog>

#include <cstdint>
#include <optional>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace es {

class BrokerConfigsModel;
class ClusterBridge;
class InlineProblemLabel;

// The brokers' settings: every broker config as all brokers have it, or as one broker has
// it, with its value in words and where it comes from (default, command line, all brokers,
// this broker). A dynamic config is changed in the field under the table for the scope
// chosen (Kafka's cluster-wide default or one broker's own value), and a value set at that
// scope can be reset; the cluster's refusal is shown in words and nothing changes. Every
// call runs through the bridge, never on the GUI thread. On a read-only connection it only
// shows. The caller opens it only where capabilities().brokerConfigs. GUI thread only.
class BrokerConfigsDialog : public QDialog {
    Q_OBJECT

public:
    explicit BrokerConfigsDialog(ClusterBridge &bridge, QWidget *parent = nullptr);

    // The broker whose configs are shown, or nullopt for all brokers.
    [[nodiscard]] std::optional<std::int32_t> scope() const;
    void setScope(std::optional<std::int32_t> broker);
    // Selects the config's row (clearing the filter if it hides it); false when none has it.
    bool selectConfig(const QString &name);
    // True while a call to the cluster runs.
    [[nodiscard]] bool busy() const { return m_busy; }

signals:
    // The configs of the scope are shown, after opening, a change of scope, or a change.
    void configsShown();

private:
    void addBrokers(const ClusterSnapshotPtr &snapshot);
    void load();
    void showCurrent();
    void apply();
    void reset();
    void send(const std::string &name, const std::optional<std::string> &value);
    void setBusy(bool busy);
    [[nodiscard]] QString scopeWords() const;

    ClusterBridge &m_bridge;
    bool m_readOnly = false;
    bool m_busy = false;
    QString m_selected; // the config edited, kept across reloads
    // What was typed for m_selected and refused: the field keeps showing it, next to the
    // refusal, until another config or scope is chosen or the text is edited.
    QString m_refused;

    QComboBox *m_scope = nullptr;
    QLineEdit *m_filter = nullptr;
    BrokerConfigsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_name = nullptr;
    QLineEdit *m_value = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_notice = nullptr;
    InlineProblemLabel *m_problem = nullptr;
};

} // namespace es
