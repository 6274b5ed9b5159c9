#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QStatusBar;

namespace es {

class BotHost;
class ClusterBridge;

// The control API (engine/control) in the desktop application, started with --control-port:
// served on the bridge's embedded connection, with the demo running in the Bots view's own
// registry (BotHost), so that demo bots started through the API show there and the demo the
// window started can be stopped through the API. The server starts on the bridge's worker
// once the cluster runs and the bots are ready; its URL then shows in `statusBar` (may be
// nullptr), where the bootstrap servers are.
//
// Lifetime: destroy it before `bots` and before the bridge stops its cluster; the
// destructor stops the server, waiting for the requests in progress (admin calls, a few
// milliseconds). GUI thread only.
class ControlHost : public QObject {
    Q_OBJECT

public:
    // `port` 0: any free port.
    ControlHost(ClusterBridge &bridge, BotHost &bots, quint16 port, QStatusBar *statusBar,
                QObject *parent = nullptr);
    ~ControlHost() override;

    // "http://127.0.0.1:PORT" once started; empty before.
    [[nodiscard]] const QString &url() const { return m_url; }

signals:
    void started(const QString &url);
    void startFailed(const QString &reason);

private:
    void start();
    void showIn(QStatusBar *statusBar);

    struct Api;
    ClusterBridge &m_bridge;
    BotHost &m_bots;
    quint16 m_port;
    bool m_starting = false;
    std::shared_ptr<Api> m_api;
    QString m_url;
};

} // namespace es
