#pragma once

#ifndef Q_MOC_RUN
#include "bots/consumer_group_bot.h"
#include "bots/producer_bot.h"
#include "cluster/cluster_snapshot.h"
#endif

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace es {

class BotHost;
class BotRegistry;
class BotsModel;
class ClusterBridge;

// The simulated clients: a table of the cluster's bots with their live status (refreshed
// twice a second while visible) and the actions on them: add a producer or a consumer
// group bot, change its rate / processing time / error rate while it runs, add, remove or
// crash a group member, stop and start again, remove; and start the demo, again if need be. Errors show in
// words under the table. GUI thread only; `host` must outlive the panel.
class BotsPanel : public QWidget {
    Q_OBJECT

public:
    BotsPanel(ClusterBridge &bridge, BotHost &host, QWidget *parent = nullptr);

    // What the dialogs end in; public so that tests can drive the panel without them.
    void addProducer(const ProducerBotConfig &config);
    void addGroup(const ConsumerGroupBotConfig &config);
    // The demo (demo_scenario.h): created, or started again where it was stopped.
    void startDemo();

    [[nodiscard]] BotsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void runOnSelected(const std::function<Status(BotRegistry &, std::int64_t)> &command);
    void report(const Status &status, const QString &done);
    void editSelected();
    void updateButtons();
    [[nodiscard]] std::int64_t selectedId() const;
    [[nodiscard]] QStringList topicNames() const;

    ClusterBridge &m_bridge;
    BotHost &m_host;
    BotsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_addProducer = nullptr;
    QPushButton *m_addGroup = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_addMember = nullptr;
    QPushButton *m_removeMember = nullptr;
    QPushButton *m_crashMember = nullptr;
    QPushButton *m_startStop = nullptr; // Stop, or Start for a stopped bot
    QPushButton *m_demo = nullptr;
    bool m_startingDemo = false;
    QPushButton *m_remove = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace es
