#include "ui/events/event_text.h"

namespace es {

const std::vector<EventKind> &EventText::allKinds()
{
    static const std::vector<EventKind> kinds = [] {
        std::vector<EventKind> k;
        for (int i = 0; i <= static_cast<int>(EventKind::ControllerRestarted); ++i)
            k.push_back(static_cast<EventKind>(i));
        return k;
    }();
    return kinds;
}

QString EventText::kindName(EventKind kind)
{
    switch (kind) {
    case EventKind::BrokerStarted: return tr("broker started");
    case EventKind::BrokerStopped: return tr("broker stopped");
    case EventKind::BrokerCrashed: return tr("broker crashed");
    case EventKind::BrokerPaused: return tr("broker paused");
    case EventKind::BrokerResumed: return tr("broker resumed");
    case EventKind::BrokerFenced: return tr("broker fenced");
    case EventKind::BrokerUnfenced: return tr("broker unfenced");
    case EventKind::BrokerAdded: return tr("broker added");
    case EventKind::LinkChanged: return tr("link changed");
    case EventKind::LeaderElected: return tr("leader elected");
    case EventKind::PartitionOffline: return tr("partition offline");
    case EventKind::IsrShrunk: return tr("ISR shrunk");
    case EventKind::IsrExpanded: return tr("ISR expanded");
    case EventKind::TopicCreated: return tr("topic created");
    case EventKind::TopicDeleted: return tr("topic deleted");
    case EventKind::TopicConfigChanged: return tr("topic config changed");
    case EventKind::PartitionsAdded: return tr("partitions added");
    case EventKind::GroupStateChanged: return tr("group state changed");
    case EventKind::GroupRebalanced: return tr("group rebalanced");
    case EventKind::GroupOffsetsReset: return tr("group offsets reset");
    case EventKind::RetentionRun: return tr("retention");
    case EventKind::CompactionRun: return tr("compaction");
    case EventKind::LogRecovered: return tr("log recovered");
    case EventKind::RecordsDeleted: return tr("records deleted");
    case EventKind::PartitionReassigned: return tr("replicas moved");
    case EventKind::AuthenticationFailed: return tr("authentication failed");
    case EventKind::StorageError: return tr("storage error");
    case EventKind::ControllerCrashed: return tr("controller crashed");
    case EventKind::ControllerRestarted: return tr("controller restarted");
    }
    return tr("other");
}

QString EventText::kindExplanation(EventKind kind)
{
    switch (kind) {
    case EventKind::BrokerStarted: return tr("A broker started and registered with the controller.");
    case EventKind::BrokerStopped: return tr("A broker shut down cleanly after moving its leadership away.");
    case EventKind::BrokerCrashed:
        return tr("A broker was killed without warning; its leaders move once the controller notices.");
    case EventKind::BrokerPaused:
        return tr("A broker's thread was frozen; it misses heartbeats until resumed.");
    case EventKind::BrokerResumed: return tr("A paused broker runs again and catches up.");
    case EventKind::BrokerFenced:
        return tr(
            "The controller stopped trusting a broker that missed its heartbeats, and moved its leaders.");
    case EventKind::BrokerUnfenced:
        return tr("The controller trusts the broker again: it may lead partitions.");
    case EventKind::BrokerAdded: return tr("A new broker joined the cluster.");
    case EventKind::LinkChanged:
        return tr("A network link between two nodes was slowed, made lossy, cut or healed.");
    case EventKind::LeaderElected:
        return tr("A partition got a new leader, the replica that serves its reads and writes.");
    case EventKind::PartitionOffline:
        return tr("No replica can lead the partition: it can be neither read nor written.");
    case EventKind::IsrShrunk:
        return tr("A replica fell behind and left the ISR, the in-sync replicas that may become leader.");
    case EventKind::IsrExpanded: return tr("A replica caught up with its leader and rejoined the ISR.");
    case EventKind::TopicCreated: return tr("A topic was created.");
    case EventKind::TopicDeleted: return tr("A topic and its data were deleted.");
    case EventKind::TopicConfigChanged: return tr("A topic's configuration was changed.");
    case EventKind::PartitionsAdded: return tr("A topic got more partitions.");
    case EventKind::GroupStateChanged:
        return tr("A consumer group changed state (empty, rebalancing, stable, dead).");
    case EventKind::GroupRebalanced:
        return tr("A consumer group finished rebalancing: its partitions are assigned.");
    case EventKind::GroupOffsetsReset: return tr("A consumer group's committed offsets were moved.");
    case EventKind::RetentionRun:
        return tr("Old segments were deleted because of the topic's retention settings.");
    case EventKind::CompactionRun:
        return tr("The log was compacted: only the latest record per key is kept.");
    case EventKind::LogRecovered:
        return tr("A log was checked after an unclean shutdown and its torn tail cut off.");
    case EventKind::RecordsDeleted: return tr("Records before an offset were deleted on request.");
    case EventKind::PartitionReassigned:
        return tr("A partition's replicas moved between brokers: the new ones copy the log, then the old "
                  "ones leave.");
    case EventKind::AuthenticationFailed:
        return tr("A client failed to authenticate (a wrong password, an unknown user or a malformed "
                  "SASL exchange); repeated failures from one address are answered more slowly.");
    case EventKind::StorageError:
        return tr("A limit of the disk or of open files was reached: the one operation that needed more was "
                  "refused, everything else goes on.");
    case EventKind::ControllerCrashed:
        return tr("The controller's thread died: brokers keep serving with the metadata they have, but "
                  "nothing is elected and no topic is created until it is back.");
    case EventKind::ControllerRestarted:
        return tr("A new controller took over from the stored metadata; elections that waited for it run now.");
    }
    return {};
}

QString EventText::subjectText(const QString &subject)
{
    const qsizetype colon = subject.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return subject;
    const QString type = subject.left(colon);
    const QString name = subject.mid(colon + 1);
    if (type == QLatin1String("broker"))
        return tr("broker %1").arg(name);
    if (type == QLatin1String("topic"))
        return tr("topic %1").arg(name);
    if (type == QLatin1String("partition"))
        return tr("partition %1").arg(name);
    if (type == QLatin1String("group"))
        return tr("group %1").arg(name);
    if (type == QLatin1String("link")) {
        if (name == QLatin1String("all"))
            return tr("all links");
        const auto node = [](int id) {
            return id == 0 ? tr("controller") : id < 0 ? tr("clients") : tr("broker %1").arg(id);
        };
        const auto [a, b] = linkNodes(name);
        return tr("%1 ↔ %2").arg(node(a), node(b));
    }
    return subject;
}

std::pair<int, int> EventText::linkNodes(const QString &name)
{
    // Node ids below 1 are the controller (0) and the clients (-1), so the separating dash
    // is the first one after the first character.
    const qsizetype dash = name.indexOf(QLatin1Char('-'), 1);
    if (dash < 0)
        return {0, 0};
    return {name.left(dash).toInt(), name.mid(dash + 1).toInt()};
}

} // namespace es
