#include "ui/bots/bot_host.h"

#include "ui/cluster_bridge.h"

#ifndef Q_MOC_RUN
#include "bots/demo_scenario.h"
#include "connection/connection.h"
#endif

namespace es {

BotHost::BotHost(ClusterBridge &bridge, QObject *parent) : QObject(parent), m_bridge(bridge)
{
    connect(&m_bridge, &ClusterBridge::started, this, &BotHost::createRegistry);
    if (m_bridge.running())
        createRegistry();
}

BotHost::~BotHost()
{
    // Stopped here, while the cluster surely runs, even if a command still queued on the
    // bridge holds the registry: bots leave their groups and flush (bounded by their
    // timeouts; normally milliseconds).
    if (m_registry)
        m_registry->stopAll();
}

void BotHost::createRegistry()
{
    if (m_registry)
        return;
    m_bridge.run(
        this, [](Connection &c) { return std::make_shared<BotRegistry>(c); },
        [this](std::shared_ptr<BotRegistry> registry) {
            m_registry = std::move(registry);
            emit readyChanged(true);
        });
}

std::vector<BotStatus> BotHost::status() const
{
    return m_registry ? m_registry->status() : std::vector<BotStatus>{};
}

void BotHost::run(QObject *context, std::function<Status(BotRegistry &, Connection &)> command,
                  std::function<void(const Status &)> done)
{
    if (!m_registry) {
        done(Status::unsupported(tr("The cluster is not running yet.").toStdString()));
        return;
    }
    QPointer<BotHost> self(this);
    m_bridge.run(
        context,
        [registry = m_registry, command = std::move(command)](Connection &c) {
            return command(*registry, c);
        },
        [self, done = std::move(done)](const Status &status) {
            if (self)
                emit self->botsChanged();
            done(status);
        });
}

void BotHost::startDemo(QObject *context, std::function<void(const Status &)> done)
{
    run(
        context, [](BotRegistry &bots, Connection &c) { return es::startDemo(c, bots).status(); },
        std::move(done));
}

} // namespace es
