#include "catalog/event_forms.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace es {

namespace {

struct FormInfo {
    EventForm form;
    std::string_view name; // the file format: never change one
    std::array<std::string_view, 5> args;
};

// Indexed by the enumerator's value, checked below.
constexpr std::array kForms = {
    FormInfo{EventForm::Unknown, "", {}},
    FormInfo{EventForm::BrokerStarted, "BrokerStarted", {"broker", "address"}},
    FormInfo{EventForm::BrokerStopped, "BrokerStopped", {"broker"}},
    FormInfo{EventForm::BrokerCrashed, "BrokerCrashed", {"broker"}},
    FormInfo{EventForm::BrokerCrashedLosingUnflushed, "BrokerCrashedLosingUnflushed", {"broker"}},
    FormInfo{EventForm::BrokerPaused, "BrokerPaused", {"broker"}},
    FormInfo{EventForm::BrokerResumed, "BrokerResumed", {"broker"}},
    FormInfo{EventForm::BrokerAdded, "BrokerAdded", {"broker"}},
    FormInfo{EventForm::BrokerFencedSessionExpired, "BrokerFencedSessionExpired", {"broker"}},
    FormInfo{EventForm::BrokerFencedRestarted, "BrokerFencedRestarted", {"broker"}},
    FormInfo{EventForm::BrokerFencedStopped, "BrokerFencedStopped", {"broker"}},
    FormInfo{EventForm::BrokerUnfenced, "BrokerUnfenced", {"broker"}},
    FormInfo{EventForm::BrokerBackInMetadata, "BrokerBackInMetadata", {"broker"}},
    FormInfo{EventForm::BrokerGoneFromMetadata, "BrokerGoneFromMetadata", {"broker"}},
    FormInfo{EventForm::LinkDegraded, "LinkDegraded", {"a", "b", "latencyMs", "lossPercent"}},
    FormInfo{EventForm::LinkCut, "LinkCut", {"a", "b"}},
    FormInfo{EventForm::LinkHealed, "LinkHealed", {"a", "b"}},
    FormInfo{EventForm::AllLinksHealed, "AllLinksHealed", {}},
    FormInfo{EventForm::LeaderMoved, "LeaderMoved", {"partition", "from", "to", "epoch"}},
    FormInfo{EventForm::LeaderElected, "LeaderElected", {"partition", "leader", "epoch"}},
    FormInfo{
        EventForm::PreferredLeaderElected, "PreferredLeaderElected", {"partition", "leader", "previous"}},
    FormInfo{EventForm::LeaderMovedInMetadata, "LeaderMovedInMetadata", {"partition", "from", "to"}},
    FormInfo{EventForm::PartitionOffline, "PartitionOffline", {"partition"}},
    FormInfo{EventForm::IsrShrunkBrokerFenced, "IsrShrunkBrokerFenced", {"partition", "isr", "broker"}},
    FormInfo{EventForm::IsrShrunkBrokerShuttingDown,
             "IsrShrunkBrokerShuttingDown",
             {"partition", "isr", "broker"}},
    FormInfo{EventForm::IsrShrunk, "IsrShrunk", {"partition", "from", "to"}},
    FormInfo{EventForm::IsrExpanded, "IsrExpanded", {"partition", "from", "to"}},
    FormInfo{EventForm::RecordsDeleted, "RecordsDeleted", {"partition", "offset"}},
    FormInfo{EventForm::RetentionDeleted, "RetentionDeleted", {"segments", "from", "to"}},
    FormInfo{EventForm::Compacted, "Compacted", {"kept", "of"}},
    FormInfo{EventForm::ReassignmentStarted, "ReassignmentStarted", {"partition", "from", "to"}},
    FormInfo{EventForm::ReassignmentCompleted, "ReassignmentCompleted", {"partition", "replicas"}},
    FormInfo{EventForm::ReassignmentCancelled, "ReassignmentCancelled", {"partition", "replicas"}},
    FormInfo{EventForm::TopicCreated, "TopicCreated", {"topic", "partitions", "replicationFactor"}},
    FormInfo{EventForm::TopicDeleted, "TopicDeleted", {"topic"}},
    FormInfo{EventForm::PartitionsAdded, "PartitionsAdded", {"topic", "from", "to"}},
    FormInfo{EventForm::TopicConfigChanged, "TopicConfigChanged", {"topic", "set", "reset"}},
    FormInfo{EventForm::MemberJoined, "MemberJoined", {"member", "client", "host"}},
    FormInfo{EventForm::StaticMemberRejoined, "StaticMemberRejoined", {"instance", "member", "previous"}},
    FormInfo{
        EventForm::StaticMemberRejoinedWhileCompleting, "StaticMemberRejoinedWhileCompleting", {"instance"}},
    FormInfo{EventForm::StaticMemberProtocolsChanged, "StaticMemberProtocolsChanged", {"instance"}},
    FormInfo{EventForm::MemberRejoined, "MemberRejoined", {"member"}},
    FormInfo{EventForm::LeaderRejoined, "LeaderRejoined", {"member"}},
    FormInfo{EventForm::MemberMetadataChanged, "MemberMetadataChanged", {"member"}},
    FormInfo{EventForm::MemberLeft, "MemberLeft", {"member"}},
    FormInfo{EventForm::MemberRemovedByInstanceId, "MemberRemovedByInstanceId", {"member"}},
    FormInfo{EventForm::MemberSessionExpired, "MemberSessionExpired", {"member"}},
    FormInfo{EventForm::MemberRejoinTimedOut, "MemberRejoinTimedOut", {"member"}},
    FormInfo{EventForm::MemberSyncTimedOut, "MemberSyncTimedOut", {"member"}},
    FormInfo{EventForm::MembersSyncTimedOut, "MembersSyncTimedOut", {}},
    FormInfo{EventForm::RebalanceEndedEmpty, "RebalanceEndedEmpty", {}},
    FormInfo{EventForm::MembersJoined, "MembersJoined", {"members", "protocol"}},
    FormInfo{EventForm::GenerationAssigned, "GenerationAssigned", {"leader", "generation"}},
    FormInfo{EventForm::AssignmentNotStored, "AssignmentNotStored", {"error"}},
    FormInfo{EventForm::OffsetsReset, "OffsetsReset", {"partitions"}},
    FormInfo{EventForm::LastOffsetsDeleted, "LastOffsetsDeleted", {}},
    FormInfo{EventForm::GroupDeleted, "GroupDeleted", {}},
    FormInfo{EventForm::GroupExpired, "GroupExpired", {}},
    FormInfo{EventForm::GroupAppeared, "GroupAppeared", {"state"}},
    FormInfo{EventForm::GroupStateChanged, "GroupStateChanged", {"previous", "state"}},
    FormInfo{EventForm::GroupGone, "GroupGone", {}},
    FormInfo{EventForm::AuthenticationFailed,
             "AuthenticationFailed",
             {"broker", "user", "mechanism", "client", "listener"}},
    FormInfo{
        EventForm::TopicRefusedOpenFiles, "TopicRefusedOpenFiles", {"topic", "replicas", "open", "limit"}},
    FormInfo{EventForm::PartitionsRefusedOpenFiles,
             "PartitionsRefusedOpenFiles",
             {"topic", "replicas", "open", "limit"}},
    FormInfo{
        EventForm::StorageWriteRefused, "StorageWriteRefused", {"broker", "partition", "reason", "error"}},
    FormInfo{EventForm::ReplicasNotOpened,
             "ReplicasNotOpened",
             {"broker", "count", "partition", "reason", "error"}},
    FormInfo{EventForm::ControllerCrashed, "ControllerCrashed", {}},
    FormInfo{EventForm::ControllerRestarted, "ControllerRestarted", {"version"}},
};

constexpr bool indexedByForm()
{
    for (std::size_t i = 0; i < kForms.size(); ++i)
        if (static_cast<std::size_t>(kForms[i].form) != i)
            return false;
    return true;
}
static_assert(indexedByForm(), "kForms lists every EventForm in declaration order");
static_assert(kForms.back().form == EventForm::ControllerRestarted, "a new EventForm needs its entry here");

constexpr std::array<EventForm, kForms.size() - 1> kAllForms = [] {
    std::array<EventForm, kForms.size() - 1> all{};
    for (std::size_t i = 1; i < kForms.size(); ++i)
        all[i - 1] = kForms[i].form;
    return all;
}();

const FormInfo *info(EventForm form)
{
    const auto i = static_cast<std::size_t>(form);
    return i < kForms.size() ? &kForms[i] : nullptr;
}

} // namespace

std::string_view eventFormName(EventForm form)
{
    const FormInfo *f = info(form);
    return f ? f->name : std::string_view();
}

std::optional<EventForm> eventFormFromName(std::string_view name)
{
    if (name.empty())
        return std::nullopt;
    for (const FormInfo &f : kForms)
        if (f.name == name)
            return f.form;
    return std::nullopt;
}

std::span<const std::string_view> eventFormArguments(EventForm form)
{
    const FormInfo *f = info(form);
    if (!f)
        return {};
    const auto count = static_cast<std::size_t>(
        std::find(f->args.begin(), f->args.end(), std::string_view()) - f->args.begin());
    return {f->args.data(), count};
}

std::span<const EventForm> allEventForms() { return kAllForms; }

std::string_view eventArg(const EventSentence &sentence, std::string_view name)
{
    for (const EventArg &a : sentence.args)
        if (a.name == name)
            return a.value;
    return {};
}

bool isComplete(const EventSentence &sentence)
{
    if (sentence.form == EventForm::Unknown || !info(sentence.form))
        return false;
    for (std::string_view name : eventFormArguments(sentence.form))
        if (std::none_of(sentence.args.begin(), sentence.args.end(),
                         [&](const EventArg &a) { return a.name == name; }))
            return false;
    return true;
}

std::string eventIdList(const std::vector<std::int32_t> &ids)
{
    std::string s;
    for (auto id : ids)
        s += (s.empty() ? "" : ",") + std::to_string(id);
    return s;
}

} // namespace es
