#pragma once

#ifndef Q_MOC_RUN
#include "cluster/network.h"
#endif

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace es {

class ClusterBridge;

// What became of an action, in a sentence for the user.
struct ActionOutcome {
    bool ok = false;
    QString message;
};

// The actions that change the cluster's brokers and links, each one small function. Each
// runs through bridge.run() (so off the GUI thread) and hands its outcome to `report` on
// the GUI thread unless `context` is gone by then. Engine errors come back in words.
class BrokerActions {
    Q_DECLARE_TR_FUNCTIONS(BrokerActions)

public:
    using Report = std::function<void(const ActionOutcome &)>;

    static void stop(ClusterBridge &bridge, QObject *context, int broker, Report report);
    static void crash(ClusterBridge &bridge, QObject *context, int broker, bool loseUnflushed, Report report);
    static void pause(ClusterBridge &bridge, QObject *context, int broker, Report report);
    static void resume(ClusterBridge &bridge, QObject *context, int broker, Report report);
    // Starts a stopped or crashed broker; stops a running one cleanly first.
    static void restart(ClusterBridge &bridge, QObject *context, int broker, Report report);
    static void addBroker(ClusterBridge &bridge, QObject *context, Report report);
    // The controller's thread dies; or a new controller takes over from a crashed one.
    static void crashController(ClusterBridge &bridge, QObject *context, Report report);
    static void restartController(ClusterBridge &bridge, QObject *context, Report report);
    // Sets the fault on the link between two nodes (a healthy fault heals it).
    static void setLink(ClusterBridge &bridge, QObject *context, NodeId a, NodeId b, LinkFault fault,
                        Report report);
    static void healAllLinks(ClusterBridge &bridge, QObject *context, Report report);

    // "broker 2", "the controller", "the clients".
    static QString nodeName(NodeId node);
};

} // namespace es
