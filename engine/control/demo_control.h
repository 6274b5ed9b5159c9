#pragma once

#include "bots/demo_scenario.h"
#include "common/status.h"

namespace es::control {

// The demo as the control API turns it on and off. The headless mode and the desktop
// application each own the bots (BotRegistry) the demo runs in, so each gives the server
// its own implementation. Thread-safety: called from the server's threads.
class DemoControl {
public:
    virtual ~DemoControl() = default;
    // Creates what is missing and starts the demo's bots (startDemo()).
    virtual Result<DemoSummary> start() = 0;
    // Stops the demo's bots; their topics and the user's own bots stay.
    virtual Status stop() = 0;
    // Whether any of the demo's bots runs.
    [[nodiscard]] virtual bool running() const = 0;
};

} // namespace es::control
