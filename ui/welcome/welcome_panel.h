#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QFrame>

class QLabel;
class QPushButton;

namespace es {

class InlineProblemLabel;

class BotHost;
class ClusterBridge;

// A banner for a cluster with no topics of the user's: two sentences on what Eventscope
// is for, "Start demo" (topics with simulated producers and consumer groups, see
// demo_scenario.h) and "Dismiss". It shows itself while the cluster has no user topics
// and hides itself once one exists, or for good once dismissed. GUI thread only; `bots`
// must outlive the panel.
class WelcomePanel : public QFrame {
    Q_OBJECT

public:
    WelcomePanel(ClusterBridge &bridge, BotHost &bots, QWidget *parent = nullptr);

    [[nodiscard]] bool dismissed() const { return m_dismissed; }

signals:
    // The demo's topics and bots are running (the window may show the groups view).
    void demoStarted();

private:
    void onSnapshot(const ClusterSnapshotPtr &snapshot);
    void startDemo();

    ClusterBridge &m_bridge;
    BotHost &m_bots;
    QLabel *m_text = nullptr;
    InlineProblemLabel *m_problem = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_dismiss = nullptr;
    bool m_dismissed = false;
    bool m_starting = false;
};

} // namespace es
