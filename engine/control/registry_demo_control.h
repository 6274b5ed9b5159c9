#pragma once

#include "control/demo_control.h"

#include <functional>
#include <mutex>

namespace es {
class BotRegistry;
class Connection;
} // namespace es

namespace es::control {

// The demo over a BotRegistry the caller owns: headless mode owns one for it, the desktop
// application passes the registry its Bots view shows. The demo's bots are known by their
// names (demoBotIds()), so the demo started from the window is stopped from the API too.
//
// Lifetime: `bots` and `connection` must outlive this object. `changed` (may be empty) is
// called after start() and stop(), on the caller's thread, so that a view can refresh.
// Thread-safety: any thread but the engine's loops; starts and stops run one at a time.
class RegistryDemoControl final : public DemoControl {
public:
    RegistryDemoControl(BotRegistry &bots, Connection &connection, std::function<void()> changed = {});

    Result<DemoSummary> start() override;
    Status stop() override;
    [[nodiscard]] bool running() const override;

private:
    BotRegistry &m_bots;
    Connection &m_connection;
    std::function<void()> m_changed;
    std::mutex m_commandMutex; // one start or stop at a time: two starts would add the bots twice
};

} // namespace es::control
