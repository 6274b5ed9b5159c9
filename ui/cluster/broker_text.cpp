#include "ui/cluster/broker_text.h"

namespace es {

QString BrokerText::stateName(BrokerState state)
{
    switch (state) {
    case BrokerState::Running: return tr("running");
    case BrokerState::Paused: return tr("paused");
    case BrokerState::Fenced: return tr("fenced");
    case BrokerState::Stopped: return tr("stopped");
    case BrokerState::Crashed: return tr("crashed");
    }
    return tr("unknown");
}

QString BrokerText::stateExplanation(BrokerState state)
{
    switch (state) {
    case BrokerState::Running: return tr("Registered with the controller and serving its partitions.");
    case BrokerState::Paused:
        return tr("Its thread is frozen: it answers nothing, and the controller fences it when its session "
                  "expires.");
    case BrokerState::Fenced:
        return tr(
            "The controller stopped trusting it after missed heartbeats; its partitions are led elsewhere.");
    case BrokerState::Stopped: return tr("Shut down cleanly after handing over its leadership.");
    case BrokerState::Crashed: return tr("Killed abruptly; it recovers its logs when restarted.");
    }
    return {};
}

} // namespace es
