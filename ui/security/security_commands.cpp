#include "ui/security/security_commands.h"

#include "ui/cluster_bridge.h"
#include "ui/read_only_text.h"

namespace es {

SecurityCommands::SecurityCommands(ClusterBridge &bridge, AdminSource source, QObject *parent)
    : QObject(parent), m_bridge(bridge), m_source(std::move(source))
{
    if (!m_source)
        m_source = [](Connection &c) { return c.securityAdmin(); };
}

void SecurityCommands::probe(QObject *context,
                             std::function<void(std::optional<SecurityAdminAbilities>)> done)
{
    m_bridge.run(
        context,
        [source = m_source](Connection &c) -> std::optional<SecurityAdminAbilities> {
            if (SecurityAdmin *admin = source(c))
                return admin->abilities();
            return std::nullopt;
        },
        std::move(done));
}

void SecurityCommands::read(QObject *context, std::function<void(std::optional<SecurityReading>)> done)
{
    m_bridge.run(
        context,
        [source = m_source](Connection &c) -> std::optional<SecurityReading> {
            if (SecurityAdmin *admin = source(c))
                return readSecurity(*admin);
            return std::nullopt;
        },
        std::move(done));
}

void SecurityCommands::change(QObject *context, std::function<Status(SecurityAdmin &)> work,
                              std::function<void(QString)> done)
{
    m_bridge.run(
        context,
        [source = m_source, work = std::move(work)](Connection &c) {
            SecurityAdmin *admin = source(c);
            return admin ? work(*admin) : Status::unsupported("This connection cannot change security.");
        },
        [this, done = std::move(done)](const Status &status) {
            done(status.isOk() ? QString() : QString::fromStdString(status.message()));
            emit changed();
        });
}

bool SecurityCommands::readOnly() const { return m_bridge.capabilities().readOnly; }

QString SecurityCommands::readOnlyText() const
{
    return readOnly() ? readOnlyToolTip(m_bridge.connectionName()) : QString();
}

} // namespace es
