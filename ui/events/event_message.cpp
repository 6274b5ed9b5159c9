#include "ui/events/event_message.h"

#include "catalog/event_forms.h"
#include "ui/groups/groups_model.h"

namespace es {

namespace {

// Reads the arguments of one sentence.
class Args {
public:
    explicit Args(const EventSentence &sentence) : m_sentence(sentence) {}

    [[nodiscard]] QString operator[](std::string_view name) const
    {
        return QString::fromStdString(std::string(eventArg(m_sentence, name)));
    }
    [[nodiscard]] int number(std::string_view name) const { return (*this)[name].toInt(); }

    // A link's end: node 0 is the controller, negative ids the clients, others brokers.
    [[nodiscard]] QString node(std::string_view name) const
    {
        const int id = number(name);
        return id == 0  ? EventMessage::tr("controller")
               : id < 0 ? EventMessage::tr("clients")
                        : EventMessage::tr("broker %1").arg(id);
    }
    // A list of broker ids: "[1,2,3]".
    [[nodiscard]] QString ids(std::string_view name) const
    {
        return QStringLiteral("[%1]").arg((*this)[name]);
    }
    // A group state as the Consumer groups view names it.
    [[nodiscard]] QString state(std::string_view name) const
    {
        const std::optional<GroupState> parsed = parseGroupState(eventArg(m_sentence, name));
        return parsed ? GroupsModel::stateText(*parsed) : (*this)[name];
    }

private:
    const EventSentence &m_sentence;
};

QString brokerSentence(EventForm form, const Args &a)
{
    const QString broker = a["broker"];
    switch (form) {
    case EventForm::BrokerStarted:
        return EventMessage::tr("Broker %1 started on %2.").arg(broker, a["address"]);
    case EventForm::BrokerStopped:
        return EventMessage::tr("Broker %1 stopped gracefully after handing over its leadership.")
            .arg(broker);
    case EventForm::BrokerCrashed: return EventMessage::tr("Broker %1 crashed.").arg(broker);
    case EventForm::BrokerCrashedLosingUnflushed:
        return EventMessage::tr("Broker %1 crashed, losing what it had not flushed to disk.").arg(broker);
    case EventForm::BrokerPaused:
        return EventMessage::tr("Broker %1 paused: its thread is frozen and its session will expire.")
            .arg(broker);
    case EventForm::BrokerResumed: return EventMessage::tr("Broker %1 resumed.").arg(broker);
    case EventForm::BrokerAdded: return EventMessage::tr("Broker %1 added.").arg(broker);
    case EventForm::BrokerFencedSessionExpired:
        return EventMessage::tr("Broker %1 fenced: %2.")
            .arg(broker, EventMessage::tr("missed heartbeats for longer than the session timeout"));
    case EventForm::BrokerFencedRestarted:
        return EventMessage::tr("Broker %1 fenced: %2.")
            .arg(broker, EventMessage::tr("it restarted before its session expired"));
    case EventForm::BrokerFencedStopped:
        return EventMessage::tr("Broker %1 fenced: %2.")
            .arg(broker, EventMessage::tr("the broker was stopped"));
    case EventForm::BrokerUnfenced:
        return EventMessage::tr("Broker %1 registered again and is no longer fenced.").arg(broker);
    case EventForm::BrokerBackInMetadata:
        return EventMessage::tr("Broker %1 is back in the cluster's metadata.").arg(broker);
    case EventForm::BrokerGoneFromMetadata:
        return EventMessage::tr("Broker %1 is gone from the cluster's metadata.").arg(broker);
    default: return {};
    }
}

QString linkSentence(EventForm form, const Args &a)
{
    QString state;
    switch (form) {
    case EventForm::LinkDegraded:
        state = EventMessage::tr("latency %1 ms, loss %2%").arg(a["latencyMs"], a["lossPercent"]);
        break;
    case EventForm::LinkCut: state = EventMessage::tr("cut"); break;
    case EventForm::LinkHealed: state = EventMessage::tr("healed"); break;
    case EventForm::AllLinksHealed: return EventMessage::tr("Every link healed.");
    default: return {};
    }
    return EventMessage::tr("Link %1 ↔ %2: %3.").arg(a.node("a"), a.node("b"), state);
}

QString partitionSentence(EventForm form, const Args &a)
{
    const QString partition = a["partition"];
    switch (form) {
    case EventForm::LeaderMoved:
        return EventMessage::tr("%1: leader %2 → %3 (epoch %4).")
            .arg(partition, a["from"], a["to"], a["epoch"]);
    case EventForm::LeaderElected:
        return EventMessage::tr("%1: broker %2 elected leader (epoch %3).")
            .arg(partition, a["leader"], a["epoch"]);
    case EventForm::PreferredLeaderElected:
        return EventMessage::tr("%1: leadership back to the preferred broker %2 (was %3).")
            .arg(partition, a["leader"], a["previous"]);
    case EventForm::LeaderMovedInMetadata:
        return EventMessage::tr("%1: leader %2 → %3.").arg(partition, a["from"], a["to"]);
    case EventForm::PartitionOffline:
        return EventMessage::tr("%1 is offline: no in-sync replica is alive to lead it.").arg(partition);
    case EventForm::IsrShrunkBrokerFenced:
        return EventMessage::tr("ISR of %1 shrank to %2: broker %3 is fenced.")
            .arg(partition, a.ids("isr"), a["broker"]);
    case EventForm::IsrShrunkBrokerShuttingDown:
        return EventMessage::tr("ISR of %1 shrank to %2: broker %3 is shutting down.")
            .arg(partition, a.ids("isr"), a["broker"]);
    case EventForm::IsrShrunk:
        return EventMessage::tr("ISR of %1 shrank from %2 to %3.").arg(partition, a.ids("from"), a.ids("to"));
    case EventForm::IsrExpanded:
        return EventMessage::tr("ISR of %1 grew from %2 to %3.").arg(partition, a.ids("from"), a.ids("to"));
    case EventForm::RecordsDeleted:
        return EventMessage::tr("Records of %2 below offset %1 deleted.").arg(a["offset"], partition);
    case EventForm::RetentionDeleted:
        return EventMessage::tr("Retention deleted %n segment(s); log start %1 → %2.", nullptr,
                                a.number("segments"))
            .arg(a["from"], a["to"]);
    case EventForm::Compacted:
        return EventMessage::tr("Compaction kept %1 of %2 records.").arg(a["kept"], a["of"]);
    case EventForm::ReassignmentStarted:
        return EventMessage::tr("%1: replicas moving from %2 to %3.")
            .arg(partition, a.ids("from"), a.ids("to"));
    case EventForm::ReassignmentCompleted:
        return EventMessage::tr("%1: replicas moved to %2.").arg(partition, a.ids("replicas"));
    case EventForm::ReassignmentCancelled:
        return EventMessage::tr("%1: replica move cancelled, back on %2.").arg(partition, a.ids("replicas"));
    default: return {};
    }
}

QString topicSentence(EventForm form, const Args &a)
{
    const QString topic = a["topic"];
    switch (form) {
    case EventForm::TopicCreated:
        return EventMessage::tr("Topic %1 created with %n partition(s), replication factor %2.", nullptr,
                                a.number("partitions"))
            .arg(topic, a["replicationFactor"]);
    case EventForm::TopicDeleted: return EventMessage::tr("Topic %1 deleted.").arg(topic);
    case EventForm::PartitionsAdded:
        return EventMessage::tr("Topic %1 grew from %2 to %3 partitions.").arg(topic, a["from"], a["to"]);
    case EventForm::TopicConfigChanged:
        if (a["reset"].isEmpty())
            return EventMessage::tr("Topic %1 config changed: %2.").arg(topic, a["set"]);
        if (a["set"].isEmpty())
            return EventMessage::tr("Topic %1 config back to default: %2.").arg(topic, a["reset"]);
        return EventMessage::tr("Topic %1 config changed: %2; back to default: %3.")
            .arg(topic, a["set"], a["reset"]);
    default: return {};
    }
}

QString groupSentence(EventForm form, const Args &a)
{
    const QString member = a["member"];
    switch (form) {
    case EventForm::MemberJoined:
        return EventMessage::tr("Member %1 (client %2, %3) joined.").arg(member, a["client"], a["host"]);
    case EventForm::StaticMemberRejoined:
        return EventMessage::tr("Static member %1 rejoined as %2 (was %3).")
            .arg(a["instance"], member, a["previous"]);
    case EventForm::StaticMemberRejoinedWhileCompleting:
        return EventMessage::tr("Static member %1 rejoined while the rebalance was completing.")
            .arg(a["instance"]);
    case EventForm::StaticMemberProtocolsChanged:
        return EventMessage::tr("Static member %1 changed its protocols.").arg(a["instance"]);
    case EventForm::MemberRejoined: return EventMessage::tr("Member %1 rejoined.").arg(member);
    case EventForm::LeaderRejoined: return EventMessage::tr("Leader %1 rejoined.").arg(member);
    case EventForm::MemberMetadataChanged:
        return EventMessage::tr("Member %1 changed its metadata.").arg(member);
    case EventForm::MemberLeft: return EventMessage::tr("Member %1 left the group.").arg(member);
    case EventForm::MemberRemovedByInstanceId:
        return EventMessage::tr("Member %1 was removed by its instance id.").arg(member);
    case EventForm::MemberSessionExpired:
        return EventMessage::tr("Member %1 sent no heartbeat within the session timeout.").arg(member);
    case EventForm::MemberRejoinTimedOut:
        return EventMessage::tr("Member %1 did not rejoin within the rebalance timeout.").arg(member);
    case EventForm::MemberSyncTimedOut:
        return EventMessage::tr("Member %1 did not send SyncGroup within the rebalance timeout.").arg(member);
    case EventForm::MembersSyncTimedOut: return EventMessage::tr("Members did not sync in time.");
    case EventForm::RebalanceEndedEmpty: return EventMessage::tr("The rebalance ended with no members.");
    case EventForm::MembersJoined:
        return EventMessage::tr("%n member(s) joined with the %1 assignor.", nullptr, a.number("members"))
            .arg(a["protocol"]);
    case EventForm::GenerationAssigned:
        return EventMessage::tr("Leader %1 assigned generation %2.").arg(a["leader"], a["generation"]);
    case EventForm::AssignmentNotStored:
        return EventMessage::tr("Storing the assignment failed: %1.").arg(a["error"]);
    case EventForm::OffsetsReset:
        return EventMessage::tr("Committed offsets of %n partition(s) reset.", nullptr,
                                a.number("partitions"));
    case EventForm::LastOffsetsDeleted: return EventMessage::tr("Its last offsets were deleted.");
    case EventForm::GroupDeleted: return EventMessage::tr("Deleted.");
    case EventForm::GroupExpired: return EventMessage::tr("Empty, with no committed offsets left.");
    case EventForm::GroupAppeared: return EventMessage::tr("Appeared, in state %1.").arg(a.state("state"));
    case EventForm::GroupStateChanged:
        return EventMessage::tr("State %1 → %2.").arg(a.state("previous"), a.state("state"));
    case EventForm::GroupGone: return EventMessage::tr("No longer listed by the cluster.");
    default: return {};
    }
}

// A storage problem's cause, from the reason the engine gives (the system's words when it
// is neither a full disk nor the open-files limit).
// The limit in words where it is one the timeline knows, with the system's own words after.
QString storageReason(const Args &a)
{
    const QString reason = a["reason"];
    QString words;
    if (reason == QLatin1String("disk-full"))
        words = EventMessage::tr("the disk is full");
    else if (reason == QLatin1String("open-files"))
        words = EventMessage::tr("too many open files");
    return words.isEmpty() ? a["error"] : QStringLiteral("%1 (%2)").arg(words, a["error"]);
}

QString storageSentence(EventForm form, const Args &a)
{
    switch (form) {
    case EventForm::TopicRefusedOpenFiles:
        return EventMessage::tr(
                   "Topic %1 was not created: its %2 partition replicas need more open files than "
                   "the limit leaves (%3 of %4 open).")
            .arg(a["topic"], a["replicas"], a["open"], a["limit"]);
    case EventForm::PartitionsRefusedOpenFiles:
        return EventMessage::tr(
                   "Partitions were not added to topic %1: their %2 replicas need more open files "
                   "than the limit leaves (%3 of %4 open).")
            .arg(a["topic"], a["replicas"], a["open"], a["limit"]);
    case EventForm::StorageWriteRefused:
        return EventMessage::tr("Broker %1 refused writes to %2: %3.")
            .arg(a["broker"], a["partition"], storageReason(a));
    case EventForm::ReplicasNotOpened:
        return EventMessage::tr("Broker %1 could not open %n partition replica(s), %2 the first: %3.",
                                nullptr, a.number("count"))
            .arg(a["broker"], a["partition"], storageReason(a));
    default: return {};
    }
}

} // namespace

QString EventMessage::text(const EventRecord &event)
{
    const EventSentence &s = event.sentence;
    if (!isComplete(s))
        return QString::fromStdString(event.message);
    const Args args(s);
    switch (s.form) {
    case EventForm::Unknown: break;
    case EventForm::BrokerStarted:
    case EventForm::BrokerStopped:
    case EventForm::BrokerCrashed:
    case EventForm::BrokerCrashedLosingUnflushed:
    case EventForm::BrokerPaused:
    case EventForm::BrokerResumed:
    case EventForm::BrokerAdded:
    case EventForm::BrokerFencedSessionExpired:
    case EventForm::BrokerFencedRestarted:
    case EventForm::BrokerFencedStopped:
    case EventForm::BrokerUnfenced:
    case EventForm::BrokerBackInMetadata:
    case EventForm::BrokerGoneFromMetadata: return brokerSentence(s.form, args);
    case EventForm::LinkDegraded:
    case EventForm::LinkCut:
    case EventForm::LinkHealed:
    case EventForm::AllLinksHealed: return linkSentence(s.form, args);
    case EventForm::LeaderMoved:
    case EventForm::LeaderElected:
    case EventForm::PreferredLeaderElected:
    case EventForm::LeaderMovedInMetadata:
    case EventForm::PartitionOffline:
    case EventForm::IsrShrunkBrokerFenced:
    case EventForm::IsrShrunkBrokerShuttingDown:
    case EventForm::IsrShrunk:
    case EventForm::IsrExpanded:
    case EventForm::RecordsDeleted:
    case EventForm::RetentionDeleted:
    case EventForm::Compacted:
    case EventForm::ReassignmentStarted:
    case EventForm::ReassignmentCompleted:
    case EventForm::ReassignmentCancelled: return partitionSentence(s.form, args);
    case EventForm::TopicCreated:
    case EventForm::TopicDeleted:
    case EventForm::PartitionsAdded:
    case EventForm::TopicConfigChanged: return topicSentence(s.form, args);
    case EventForm::MemberJoined:
    case EventForm::StaticMemberRejoined:
    case EventForm::StaticMemberRejoinedWhileCompleting:
    case EventForm::StaticMemberProtocolsChanged:
    case EventForm::MemberRejoined:
    case EventForm::LeaderRejoined:
    case EventForm::MemberMetadataChanged:
    case EventForm::MemberLeft:
    case EventForm::MemberRemovedByInstanceId:
    case EventForm::MemberSessionExpired:
    case EventForm::MemberRejoinTimedOut:
    case EventForm::MemberSyncTimedOut:
    case EventForm::MembersSyncTimedOut:
    case EventForm::RebalanceEndedEmpty:
    case EventForm::MembersJoined:
    case EventForm::GenerationAssigned:
    case EventForm::AssignmentNotStored:
    case EventForm::OffsetsReset:
    case EventForm::LastOffsetsDeleted:
    case EventForm::GroupDeleted:
    case EventForm::GroupExpired:
    case EventForm::GroupAppeared:
    case EventForm::GroupStateChanged:
    case EventForm::GroupGone: return groupSentence(s.form, args);
    case EventForm::AuthenticationFailed:
        return EventMessage::tr("Broker %1: %2 authentication of user \"%3\" from %4 on listener %5 failed.")
            .arg(args["broker"], args["mechanism"], args["user"], args["client"], args["listener"]);
    case EventForm::TopicRefusedOpenFiles:
    case EventForm::PartitionsRefusedOpenFiles:
    case EventForm::StorageWriteRefused:
    case EventForm::ReplicasNotOpened: return storageSentence(s.form, args);
    case EventForm::ControllerCrashed:
        return EventMessage::tr(
            "The controller crashed: no elections, ISR changes or new topics until it is back.");
    case EventForm::ControllerRestarted:
        return EventMessage::tr("A new controller took over from metadata version %1.").arg(args["version"]);
    }
    return QString::fromStdString(event.message);
}

} // namespace es
