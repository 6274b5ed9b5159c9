#include "ui/bots/bot_host.h"

#include "ui/cluster_bridge.h"

#ifndef Q_MOC_RUN
#include "bots/demo_scenario.h"
#include "connection/connection.h"
#endif

namespace es {

BotHost::BotHost(ClusterBridge &bridge, QObject *parent)
    : QObject(parent), m_bridge(bridge), m_store(bridge.settings().dataDir)
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
    std::vector<BotDefinition> saved = m_store.load(&m_storeProblem);
    m_bridge.run(
        this,
        [saved = std::move(saved)](Connection &c) {
            auto registry = std::make_shared<BotRegistry>(c);
            for (const BotDefinition &d : saved)
                static_cast<void>(registry->restore(d)); // one that cannot start is kept stopped
            return registry;
        },
        [this](std::shared_ptr<BotRegistry> registry) {
            m_registry = std::move(registry);
            emit readyChanged(true);
        });
}

void BotHost::save()
{
    // Not after stopAll() at the end: the bots that run now should run at the next start.
    if (m_registry)
        m_storeProblem = m_store.save(m_registry->definitions());
}

void BotHost::changedElsewhere()
{
    save();
    emit botsChanged();
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
            if (self) {
                self->save();
                emit self->botsChanged();
            }
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
