#pragma once

#ifndef Q_MOC_RUN
#include "bots/bot_registry.h"
#endif
#include "ui/bots/bot_store.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace es {

class ClusterBridge;
class Connection;

// The GUI's handle on the connection's simulated clients: it creates the engine's
// BotRegistry once the bridge's connection is open, with the bots kept in the cluster's
// data directory (BotStore) recreated as they were, saves them again after every command,
// and runs every bot command through the bridge (commands
// that stop threads block that worker for as long as a commit or LeaveGroup takes, tens of
// milliseconds). status() reads the registry's status list, which only takes the bots'
// own locks, never the engine's.
//
// Lifetime: destroy it before the bridge stops its cluster (as the views are); the
// registry, and with it every bot, stops then. GUI thread only.
class BotHost : public QObject {
    Q_OBJECT

public:
    explicit BotHost(ClusterBridge &bridge, QObject *parent = nullptr);
    ~BotHost() override;

    [[nodiscard]] bool ready() const { return m_registry != nullptr; }
    [[nodiscard]] std::vector<BotStatus> status() const;
    // Why the saved bots could not be read or written, in words; empty when they could.
    [[nodiscard]] const QString &storeProblem() const { return m_storeProblem; }

    // Runs `command` with the registry on the bridge's worker; `done` gets its Status (an
    // error in words) back on the GUI thread unless `context` is gone. Not ready: `done`
    // gets an error at once.
    void run(QObject *context, std::function<Status(BotRegistry &, Connection &)> command,
             std::function<void(const Status &)> done);
    // Starts the demo (demo_scenario.h) on the bridge's worker.
    void startDemo(QObject *context, std::function<void(const Status &)> done);

    // The registry (nullptr until ready()), for the control API, which drives the demo's
    // bots in it from its own threads; changedElsewhere() tells this host afterwards.
    [[nodiscard]] std::shared_ptr<BotRegistry> registry() const { return m_registry; }
    // The bots were changed without run(): saves them and emits botsChanged().
    void changedElsewhere();

signals:
    void readyChanged(bool ready);
    // A command ran (the bots' list changed).
    void botsChanged();

private:
    void createRegistry();
    void save();

    ClusterBridge &m_bridge;
    BotStore m_store;
    QString m_storeProblem;
    std::shared_ptr<BotRegistry> m_registry;
};

} // namespace es
