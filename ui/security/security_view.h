#pragma once

#include "ui/security/security_commands.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;

namespace es {

class AclsPanel;
class ClusterBridge;
class DenialsPanel;
class InlineProblemLabel;
class ListenersPanel;
class UsersPanel;

// The Security view: the cluster's listeners and the settings a client needs to reach
// each; its SCRAM users; its ACLs beside the requests refused lately. It is for connections
// that can tell their security (Connection::securityAdmin()): available() says so once the
// connection has opened, and the main window lists the view only then. Each section shows
// as far as the connection's abilities go; one missing only for the client library says so.
// While shown it reads everything again every two seconds on the bridge's worker, keeping
// selections and scroll. The embedded cluster's listeners can be edited for its next start,
// after which the view offers to restart the program without the command line's listener
// options (they would replace the saved listeners). GUI thread only.
class SecurityView : public QWidget {
    Q_OBJECT

public:
    explicit SecurityView(ClusterBridge &bridge, QWidget *parent = nullptr,
                          SecurityCommands::AdminSource source = {});

    [[nodiscard]] bool available() const { return m_available; }
    // Reads the cluster's security now (as the poll does).
    void refresh();

    [[nodiscard]] ListenersPanel *listeners() const { return m_listeners; }
    [[nodiscard]] UsersPanel *users() const { return m_users; }
    [[nodiscard]] AclsPanel *acls() const { return m_acls; }
    [[nodiscard]] DenialsPanel *denials() const { return m_denials; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

    static constexpr int kPollMs = 2000;

signals:
    // Once the connection has opened: whether it can tell anything of security.
    void availabilityChanged(bool available);
    // After each reading has been shown.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void probe();
    void showAbilities(const SecurityAdminAbilities &abilities);
    void showReading(const SecurityReading &reading);
    void showDeciding(const std::optional<security::AclBinding> &acl);
    void editListeners();
    void offerRestart();

    ClusterBridge &m_bridge;
    SecurityCommands *m_commands = nullptr;
    bool m_available = false;
    bool m_reading = false; // a read is on its way; the poll does not pile up more
    SecurityReading m_last;
    QTimer *m_poll = nullptr;
    QLabel *m_missing = nullptr;
    InlineProblemLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_aclSplit = nullptr;
    ListenersPanel *m_listeners = nullptr;
    UsersPanel *m_users = nullptr;
    AclsPanel *m_acls = nullptr;
    DenialsPanel *m_denials = nullptr;
};

} // namespace es
