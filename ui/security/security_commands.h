#pragma once

#include "ui/security/security_reading.h"

#include <QObject>
#include <QString>

#include <functional>

namespace es {

class ClusterBridge;
class Connection;

// The Security view's door to the connection: reads and changes run on the bridge's
// worker against the connection's SecurityAdmin, and come back on the GUI thread. After a
// change, changed() asks the view to read again at once rather than at its next poll.
// GUI thread only.
class SecurityCommands : public QObject {
    Q_OBJECT

public:
    // Where the SecurityAdmin comes from; by default Connection::securityAdmin(). Tests
    // give a fake one.
    using AdminSource = std::function<SecurityAdmin *(Connection &)>;

    SecurityCommands(ClusterBridge &bridge, AdminSource source, QObject *parent);

    // The connection's abilities, or nullopt when it can tell nothing of security.
    void probe(QObject *context, std::function<void(std::optional<SecurityAdminAbilities>)> done);
    // nullopt when the connection has no SecurityAdmin.
    void read(QObject *context, std::function<void(std::optional<SecurityReading>)> done);
    // Runs a change; `done` gets the cluster's refusal in words, empty when it was made.
    void change(QObject *context, std::function<Status(SecurityAdmin &)> work,
                std::function<void(QString)> done);

    [[nodiscard]] bool readOnly() const;
    // Why writes are off, for a tooltip; empty when they are not.
    [[nodiscard]] QString readOnlyText() const;

signals:
    void changed();

private:
    ClusterBridge &m_bridge;
    AdminSource m_source;
};

} // namespace es
