#include "ui/control_host.h"

#include "ui/bots/bot_host.h"
#include "ui/cluster_bridge.h"
#include "ui/elided_label.h"

#ifndef Q_MOC_RUN
#include "common/logging.h"
#include "control/control_server.h"
#include "control/registry_demo_control.h"
#endif

#include <QPointer>
#include <QStatusBar>

namespace es {

// The server and what it drives. Members go in reverse order: the server first, so that no
// request reaches the demo or the registry as they go.
struct ControlHost::Api {
    std::shared_ptr<BotRegistry> registry;
    std::unique_ptr<control::RegistryDemoControl> demo;
    std::unique_ptr<control::ControlServer> server;
    QString error; // why it did not start; the rest is empty then
};

ControlHost::ControlHost(ClusterBridge &bridge, BotHost &bots, quint16 port, QStatusBar *statusBar,
                         QObject *parent)
    : QObject(parent), m_bridge(bridge), m_bots(bots), m_port(port)
{
    if (statusBar)
        showIn(statusBar);
    connect(&m_bots, &BotHost::readyChanged, this, [this](bool ready) {
        if (ready)
            start();
    });
    if (m_bots.ready())
        start();
}

ControlHost::~ControlHost() = default;

void ControlHost::start()
{
    if (m_starting || m_api)
        return;
    m_starting = true;
    control::ControlServerOptions options;
    options.port = m_port;
    options.dataDir = m_bridge.settings().dataDir.toStdString();
    // The demo's changes reach the Bots view through BotHost, on this thread. This object
    // outlives the server (it owns it), so the posted call finds it or is dropped with it.
    auto changed = [this] { QMetaObject::invokeMethod(this, [this] { m_bots.changedElsewhere(); }); };
    m_bridge.run(
        this,
        [registry = m_bots.registry(), options = std::move(options), changed](Connection &connection) {
            auto api = std::make_shared<Api>();
            api->registry = registry;
            api->demo = std::make_unique<control::RegistryDemoControl>(*registry, connection, changed);
            auto server = control::ControlServer::start(connection, api->demo.get(), options);
            if (!server) {
                auto failed = std::make_shared<Api>();
                failed->error = QString::fromStdString(server.status().message());
                return failed;
            }
            api->server = std::move(*server);
            return api;
        },
        [this](std::shared_ptr<Api> api) {
            m_starting = false;
            if (!api->server) {
                logger("ui")->error("the control API did not start: {}", api->error.toStdString());
                emit startFailed(api->error);
                return;
            }
            m_api = std::move(api);
            m_url = QString::fromStdString(m_api->server->url());
            logger("ui")->info("control API ready: {}", m_url.toStdString());
            emit started(m_url);
        });
}

void ControlHost::showIn(QStatusBar *statusBar)
{
    QPointer<QStatusBar> bar(statusBar);
    connect(this, &ControlHost::started, statusBar, [this, bar](const QString &url) {
        auto *label = new ElidedLabel(tr("Control API: %1").arg(url));
        label->setObjectName(QStringLiteral("controlApiLabel"));
        label->setToolTip(tr("The control API for scripts and 'eventscope ctl'; its token is in %1")
                              .arg(m_bridge.settings().dataDir + QStringLiteral("/control-token")));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        bar->addPermanentWidget(label);
    });
    connect(this, &ControlHost::startFailed, statusBar, [bar](const QString &reason) {
        bar->showMessage(tr("The control API could not start: %1").arg(reason), 30'000);
    });
}

} // namespace es
