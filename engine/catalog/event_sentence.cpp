#include "catalog/event_sentence.h"

#include "catalog/event_forms.h"

namespace es {

namespace {

// "controller", "clients" or "broker 3", for a link's node id.
std::string node(std::string_view id)
{
    if (id == "0")
        return "controller";
    if (id.starts_with('-'))
        return "clients";
    return "broker " + std::string(id);
}

std::string ids(std::string_view list) { return "[" + std::string(list) + "]"; }

std::string configChanges(std::string_view topic, std::string_view set, std::string_view reset)
{
    std::string s = "topic " + std::string(topic) + " config ";
    if (!set.empty())
        s += "changed: " + std::string(set) +
             (reset.empty() ? "" : "; back to default: " + std::string(reset));
    else
        s += "back to default: " + std::string(reset);
    return s;
}

} // namespace

std::string englishSentence(const EventSentence &sentence)
{
    const auto arg = [&](std::string_view name) { return std::string(eventArg(sentence, name)); };
    const std::string broker = "broker " + arg("broker");
    const std::string link =
        "link " + node(eventArg(sentence, "a")) + " <-> " + node(eventArg(sentence, "b"));
    const std::string partition = arg("partition");
    const std::string member = "member " + arg("member");
    switch (sentence.form) {
    case EventForm::Unknown: return {};
    case EventForm::BrokerStarted: return broker + " started on " + arg("address");
    case EventForm::BrokerStopped: return broker + " stopped gracefully after handing over its leadership";
    case EventForm::BrokerCrashed: return broker + " crashed";
    case EventForm::BrokerCrashedLosingUnflushed:
        return broker + " crashed, losing what it had not flushed to disk";
    case EventForm::BrokerPaused: return broker + " paused: its thread is frozen and its session will expire";
    case EventForm::BrokerResumed: return broker + " resumed";
    case EventForm::BrokerAdded: return broker + " added";
    case EventForm::BrokerFencedSessionExpired:
        return broker + " fenced: missed heartbeats for longer than the session timeout";
    case EventForm::BrokerFencedRestarted: return broker + " fenced: it restarted before its session expired";
    case EventForm::BrokerFencedStopped: return broker + " fenced: the broker was stopped";
    case EventForm::BrokerUnfenced: return broker + " registered again and is no longer fenced";
    case EventForm::BrokerBackInMetadata: return broker + " is back in the cluster's metadata";
    case EventForm::BrokerGoneFromMetadata: return broker + " is gone from the cluster's metadata";
    case EventForm::LinkDegraded:
        return link + ": latency " + arg("latencyMs") + " ms, loss " + arg("lossPercent") + "%";
    case EventForm::LinkCut: return link + ": cut";
    case EventForm::LinkHealed: return link + ": healed";
    case EventForm::AllLinksHealed: return "every link healed";
    case EventForm::LeaderMoved:
        return partition + ": leader " + arg("from") + " -> " + arg("to") + " (epoch " + arg("epoch") + ")";
    case EventForm::LeaderElected:
        return partition + ": broker " + arg("leader") + " elected leader (epoch " + arg("epoch") + ")";
    case EventForm::PreferredLeaderElected:
        return partition + ": leadership back to preferred broker " + arg("leader") + " (was " +
               arg("previous") + ")";
    case EventForm::LeaderMovedInMetadata: return partition + ": leader " + arg("from") + " -> " + arg("to");
    case EventForm::PartitionOffline:
        return partition + " is offline: no in-sync replica is alive to lead it";
    case EventForm::IsrShrunkBrokerFenced:
        return "ISR of " + partition + " shrank to " + ids(arg("isr")) + ": " + broker + " is fenced";
    case EventForm::IsrShrunkBrokerShuttingDown:
        return "ISR of " + partition + " shrank to " + ids(arg("isr")) + ": " + broker + " is shutting down";
    case EventForm::IsrShrunk:
        return "ISR of " + partition + " shrank from " + ids(arg("from")) + " to " + ids(arg("to"));
    case EventForm::IsrExpanded:
        return "ISR of " + partition + " grew from " + ids(arg("from")) + " to " + ids(arg("to"));
    case EventForm::RecordsDeleted:
        return "records below offset " + arg("offset") + " of " + partition + " deleted";
    case EventForm::RetentionDeleted:
        return "retention deleted " + arg("segments") + " segment(s), log start " + arg("from") + " -> " +
               arg("to");
    case EventForm::Compacted: return "compaction kept " + arg("kept") + " of " + arg("of") + " records";
    case EventForm::ReassignmentStarted:
        return partition + ": moving replicas " + ids(arg("from")) + " -> " + ids(arg("to"));
    case EventForm::ReassignmentCompleted: return partition + ": replicas moved to " + ids(arg("replicas"));
    case EventForm::ReassignmentCancelled:
        return partition + ": replica move cancelled, back on " + ids(arg("replicas"));
    case EventForm::TopicCreated:
        return "topic " + arg("topic") + " created with " + arg("partitions") +
               " partition(s), replication factor " + arg("replicationFactor");
    case EventForm::TopicDeleted: return "topic " + arg("topic") + " deleted";
    case EventForm::PartitionsAdded:
        return "topic " + arg("topic") + " grew from " + arg("from") + " to " + arg("to") + " partitions";
    case EventForm::TopicConfigChanged: return configChanges(arg("topic"), arg("set"), arg("reset"));
    case EventForm::MemberJoined:
        return member + " (client " + arg("client") + ", " + arg("host") + ") joined";
    case EventForm::StaticMemberRejoined:
        return "static member " + arg("instance") + " rejoined as " + arg("member") + " (was " +
               arg("previous") + ")";
    case EventForm::StaticMemberRejoinedWhileCompleting:
        return "static member " + arg("instance") + " rejoined during CompletingRebalance";
    case EventForm::StaticMemberProtocolsChanged:
        return "static member " + arg("instance") + " changed its protocols";
    case EventForm::MemberRejoined: return member + " rejoined";
    case EventForm::LeaderRejoined: return "leader " + arg("member") + " rejoined";
    case EventForm::MemberMetadataChanged: return member + " changed its metadata";
    case EventForm::MemberLeft: return member + " left the group";
    case EventForm::MemberRemovedByInstanceId: return member + " was removed by its instance id";
    case EventForm::MemberSessionExpired: return member + " sent no heartbeat within the session timeout";
    case EventForm::MemberRejoinTimedOut: return member + " did not rejoin within the rebalance timeout";
    case EventForm::MemberSyncTimedOut:
        return member + " did not send SyncGroup within the rebalance timeout";
    case EventForm::MembersSyncTimedOut: return "members did not sync in time";
    case EventForm::RebalanceEndedEmpty: return "the rebalance ended with no members";
    case EventForm::MembersJoined: return arg("members") + " members joined with protocol " + arg("protocol");
    case EventForm::GenerationAssigned:
        return "leader " + arg("leader") + " assigned generation " + arg("generation");
    case EventForm::AssignmentNotStored: return "storing the assignment failed: " + arg("error");
    case EventForm::OffsetsReset: return "offsets of " + arg("partitions") + " partitions reset";
    case EventForm::LastOffsetsDeleted: return "its last offsets were deleted";
    case EventForm::GroupDeleted: return "deleted";
    case EventForm::GroupExpired: return "empty with no committed offsets left";
    case EventForm::GroupAppeared: return "appeared, " + arg("state");
    case EventForm::GroupStateChanged: return "state " + arg("previous") + " -> " + arg("state");
    case EventForm::GroupGone: return "gone from the cluster's list of groups";
    case EventForm::AuthenticationFailed:
        return broker + ": " + arg("mechanism") + " authentication of user \"" + arg("user") + "\" from " +
               arg("client") + " on listener " + arg("listener") + " failed";
    case EventForm::TopicRefusedOpenFiles:
        return "topic " + arg("topic") + " not created: its " + arg("replicas") +
               " partition replica(s) need more open files than the limit leaves (" + arg("open") + " of " +
               arg("limit") + " open)";
    case EventForm::PartitionsRefusedOpenFiles:
        return "partitions not added to topic " + arg("topic") + ": their " + arg("replicas") +
               " replica(s) need more open files than the limit leaves (" + arg("open") + " of " +
               arg("limit") + " open)";
    case EventForm::StorageWriteRefused:
        return broker + " refused writes to " + partition + ": " + arg("error") + " (" + arg("reason") + ")";
    case EventForm::ReplicasNotOpened:
        return broker + " could not open " + arg("count") + " partition replica(s), " + partition +
               " the first: " + arg("error") + " (" + arg("reason") + ")";
    case EventForm::ControllerCrashed:
        return "the controller crashed: no elections, ISR changes or new topics until it is back";
    case EventForm::ControllerRestarted:
        return "a new controller took over from metadata version " + arg("version");
    }
    return {};
}

} // namespace es
