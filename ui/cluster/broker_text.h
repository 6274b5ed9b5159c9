#pragma once

#ifndef Q_MOC_RUN
#include "cluster/metadata_image.h"
#endif

#include <QCoreApplication>
#include <QString>

namespace es {

// The words the GUI uses for a broker's state, translated.
class BrokerText {
    Q_DECLARE_TR_FUNCTIONS(BrokerText)

public:
    // "running", "paused", "stopped", "crashed", "fenced".
    static QString stateName(BrokerState state);
    // One sentence saying what the state means for the cluster.
    static QString stateExplanation(BrokerState state);
    // Whether the broker serves requests (only a running one does).
    static bool isUp(BrokerState state) { return state == BrokerState::Running; }
};

} // namespace es
