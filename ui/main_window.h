#pragma once

#include "ui/cluster_settings.h"
#include "ui/connections/connection_profile.h"
#include "ui/sidebar_icons.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QStackedWidget;

namespace es {

class ClusterBridge;
class ClusterView;
class ControlHost;
class ElidedLabel;
class EventsView;
class GroupsView;
class MessagesView;
class ProduceView;
class ReplayView;
class SecurityView;
class SidebarBadges;
class TopicsView;

// The application's one window: a navigation sidebar on the left (each view with its icon,
// and badges where a number matters: partitions under-replicated or offline, consumer
// groups whose lag is rising), the selected view on the right, and a status bar with the
// cluster's health and its bootstrap servers. It owns the bridge to the embedded cluster.
// GUI thread only.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // A window on a cluster with the engine's default tuning.
    explicit MainWindow(const ClusterSettings &settings, QWidget *parent = nullptr);
    explicit MainWindow(std::unique_ptr<ClusterBridge> bridge, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the cluster in the background; the views fill as it comes up.
    void startCluster();
    // Serves the control API on `port` (0: any free one) once the embedded cluster runs;
    // its URL shows in the status bar. Nothing for a remote connection.
    void startControlServer(quint16 port);
    [[nodiscard]] ClusterBridge &bridge() { return *m_bridge; }

    // Shows the Cluster view with the broker selected.
    void showBroker(int brokerId);
    // Shows the topic's detail in the Topics view.
    void showTopic(const QString &topic);
    // Shows the group's detail in the Consumer groups view.
    void showGroup(const QString &groupId);
    // Opens the Replay view on the group, to reset its offsets.
    void resetGroup(const QString &groupId);
    // Shows the Messages view on one partition of the topic from `offset`, that record current.
    void showRecords(const QString &topic, int partition, qint64 offset);
    // Shows the Produce view sending to the topic (and partition; -1: by key).
    void produceTo(const QString &topic, int partition);

    // Opens a window on the Kafka cluster `profile` describes (or raises the one already
    // open on it) and starts connecting. The window deletes itself when closed, which
    // closes the connection and nothing else.
    static MainWindow *openConnection(const ConnectionProfile &profile);
    // Marks the window with its connection's colour (none: no mark).
    void setConnectionColour(const QColor &colour);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addPage(const QString &title, const QString &toolTip, QWidget *page, SidebarView view);
    QListWidgetItem *sidebarItem(QWidget *page) const;
    void showBadges(QWidget *page, int alarm, int warning, const QString &text);
    void updateBadges();
    void updateSidebarIcons();
    void fitSidebar();
    void createMenus();
    QMenu *createThemeMenu();
    QMenu *createLanguageMenu();
    void createStatusBar();
    void copyBootstrapServers();
    void showHealth();
    void showStartFailure(const QString &reason);
    void connectToCluster();
    void openPalette();
    void editConnection(const ConnectionProfile &profile, const QString &note);
    void openSaved(const ConnectionProfile &profile);
    QMenu *createConnectionsMenu();

    std::unique_ptr<ClusterBridge> m_bridge;
    std::unique_ptr<SidebarBadges> m_badges;
    QWidget *m_side = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    ClusterView *m_clusterView = nullptr;
    TopicsView *m_topicsView = nullptr;
    MessagesView *m_messagesView = nullptr;
    ProduceView *m_produceView = nullptr;
    GroupsView *m_groupsView = nullptr;
    ReplayView *m_replayView = nullptr;
    EventsView *m_eventsView = nullptr;
    SecurityView *m_securityView = nullptr;
    ElidedLabel *m_health = nullptr;
    QLabel *m_connectionHeader = nullptr;
    std::unique_ptr<ControlHost> m_controlHost;
};

} // namespace es
