#include "ui/cluster/broker_actions.h"

#include "ui/cluster_bridge.h"

#include "connection/connection.h"

#include <cmath>

namespace es {

namespace {

// Runs `work` with the connection's broker control, reporting a connection without one
// as a failure, as the engine's Status.
template <typename R, typename Work>
auto withControl(Work work)
{
    return [work = std::move(work)](Connection &c) -> R {
        if (BrokerControl *control = c.brokerControl())
            return work(*control);
        return Status::unsupported("this cluster's brokers are not controlled from here");
    };
}

// Runs `work` (returning a Status) and reports `done`, or `failed` given the engine's reason.
template <typename Work, typename Failed>
void runStatus(ClusterBridge &bridge, QObject *context, Work work, QString done, Failed failed,
               BrokerActions::Report report)
{
    bridge.run(
        context, withControl<Status>(std::move(work)),
        [done = std::move(done), failed = std::move(failed), report = std::move(report)](const Status &s) {
            if (s.isOk())
                report({true, done});
            else
                report({false, failed(QString::fromStdString(s.message()))});
        });
}

} // namespace

void BrokerActions::stop(ClusterBridge &bridge, QObject *context, int broker, Report report)
{
    runStatus(
        bridge, context, [broker](BrokerControl &c) { return c.stopBroker(broker); },
        tr("Broker %1 stopped after handing over its leadership.").arg(broker),
        [broker](const QString &why) { return tr("Could not stop broker %1: %2").arg(broker).arg(why); },
        std::move(report));
}

void BrokerActions::crash(ClusterBridge &bridge, QObject *context, int broker, bool loseUnflushed,
                          Report report)
{
    runStatus(
        bridge, context,
        [broker, loseUnflushed](BrokerControl &c) { return c.crashBroker(broker, loseUnflushed); },
        loseUnflushed ? tr("Broker %1 crashed and lost what it had not flushed.").arg(broker)
                      : tr("Broker %1 crashed.").arg(broker),
        [broker](const QString &why) { return tr("Could not crash broker %1: %2").arg(broker).arg(why); },
        std::move(report));
}

void BrokerActions::pause(ClusterBridge &bridge, QObject *context, int broker, Report report)
{
    runStatus(
        bridge, context, [broker](BrokerControl &c) { return c.pauseBroker(broker); },
        tr("Broker %1 paused; the controller fences it when its session expires.").arg(broker),
        [broker](const QString &why) { return tr("Could not pause broker %1: %2").arg(broker).arg(why); },
        std::move(report));
}

void BrokerActions::resume(ClusterBridge &bridge, QObject *context, int broker, Report report)
{
    runStatus(
        bridge, context, [broker](BrokerControl &c) { return c.resumeBroker(broker); },
        tr("Broker %1 resumed.").arg(broker),
        [broker](const QString &why) { return tr("Could not resume broker %1: %2").arg(broker).arg(why); },
        std::move(report));
}

void BrokerActions::restart(ClusterBridge &bridge, QObject *context, int broker, Report report)
{
    runStatus(
        bridge, context, [broker](BrokerControl &c) { return c.restartBroker(broker); },
        tr("Broker %1 started.").arg(broker),
        [broker](const QString &why) { return tr("Could not restart broker %1: %2").arg(broker).arg(why); },
        std::move(report));
}

void BrokerActions::crashController(ClusterBridge &bridge, QObject *context, Report report)
{
    runStatus(
        bridge, context, [](BrokerControl &c) { return c.crashController(); },
        tr("The controller crashed: brokers serve with the metadata they have, but nothing is elected until "
           "it is back."),
        [](const QString &why) { return tr("Could not crash the controller: %1").arg(why); }, std::move(report));
}

void BrokerActions::restartController(ClusterBridge &bridge, QObject *context, Report report)
{
    runStatus(
        bridge, context, [](BrokerControl &c) { return c.restartController(); },
        tr("A new controller took over from the stored metadata."),
        [](const QString &why) { return tr("Could not restart the controller: %1").arg(why); },
        std::move(report));
}

void BrokerActions::addBroker(ClusterBridge &bridge, QObject *context, Report report)
{
    bridge.run(
        context, withControl<Result<std::int32_t>>([](BrokerControl &c) { return c.addBroker(); }),
        [report = std::move(report)](const Result<std::int32_t> &r) {
            if (r)
                report({true, tr("Broker %1 added.").arg(*r)});
            else
                report({false,
                        tr("Could not add a broker: %1").arg(QString::fromStdString(r.status().message()))});
        });
}

void BrokerActions::setLink(ClusterBridge &bridge, QObject *context, NodeId a, NodeId b, LinkFault fault,
                            Report report)
{
    QString what;
    if (fault.healthy())
        what = tr("The link between %1 and %2 is healed.");
    else if (fault.cut)
        what = tr("The link between %1 and %2 is cut.");
    else if (fault.latencyMs > 0 && fault.lossRate > 0)
        what = tr("The link between %1 and %2 now delays messages by %3 ms and drops %4% of them.");
    else if (fault.latencyMs > 0)
        what = tr("The link between %1 and %2 now delays messages by %3 ms.");
    else
        what = tr("The link between %1 and %2 now drops %4% of messages.");
    what.replace(QStringLiteral("%3"), QString::number(fault.latencyMs));
    what.replace(QStringLiteral("%4"), QString::number(std::lround(fault.lossRate * 100)));
    what = what.arg(nodeName(a), nodeName(b));
    bridge.run(context, withControl<Status>([a, b, fault](BrokerControl &c) {
                   c.setLink(a, b, fault);
                   return Status::ok();
               }),
               [what, report = std::move(report)](const Status &s) {
                   report({s.isOk(), s.isOk() ? what : QString::fromStdString(s.message())});
               });
}

void BrokerActions::healAllLinks(ClusterBridge &bridge, QObject *context, Report report)
{
    bridge.run(
        context, withControl<Status>([](BrokerControl &c) {
            c.healLinks();
            return Status::ok();
        }),
        [report = std::move(report)](const Status &s) {
            report({s.isOk(), s.isOk() ? tr("Every link is healed.") : QString::fromStdString(s.message())});
        });
}

QString BrokerActions::nodeName(NodeId node)
{
    if (node == kControllerNode)
        return tr("the controller");
    if (node <= kClientsNode)
        return tr("the clients");
    return tr("broker %1").arg(node);
}

} // namespace es
