#pragma once

// The cluster's timeline: what an event is, what it says and how it is asked for. Plain
// values, safe to copy to another thread. An event says what happened as a sentence form
// with named arguments, never as finished text: the engine renders English from them
// (event_sentence.h) and the GUI renders its own language from the same values.

#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace es {

enum class EventKind : std::uint8_t {
    BrokerStarted,
    BrokerStopped,
    BrokerCrashed,
    BrokerPaused,
    BrokerResumed,
    BrokerFenced,
    BrokerUnfenced,
    BrokerAdded,
    LinkChanged,
    LeaderElected,
    PartitionOffline,
    IsrShrunk,
    IsrExpanded,
    TopicCreated,
    TopicDeleted,
    TopicConfigChanged,
    PartitionsAdded,
    GroupStateChanged,
    GroupRebalanced,
    GroupOffsetsReset,
    RetentionRun,
    CompactionRun,
    LogRecovered,
    RecordsDeleted,
    PartitionReassigned,
    AuthenticationFailed,
    StorageError,
    ControllerCrashed,
    ControllerRestarted,
};

// Which sentence an event says. Each form names the arguments it takes (after the colon;
// event_forms.cpp holds the list the code reads); a kind may have several forms, and
// the consumer groups' forms serve both as member events and as the reason of a state
// change. Stored by name: a form is never renamed, a new one goes anywhere.
enum class EventForm : std::uint8_t {
    // No form: an event stored before events had arguments, or with a form this build does
    // not know (written by a newer one). Its English message is all there is.
    Unknown,

    // Brokers; "broker" is its id.
    BrokerStarted,                // broker, address ("host:port")
    BrokerStopped,                // broker: stopped gracefully
    BrokerCrashed,                // broker
    BrokerCrashedLosingUnflushed, // broker
    BrokerPaused,                 // broker
    BrokerResumed,                // broker
    BrokerAdded,                  // broker
    BrokerFencedSessionExpired,   // broker: it missed its heartbeats
    BrokerFencedRestarted,        // broker: it registered again before its session expired
    BrokerFencedStopped,          // broker
    BrokerUnfenced,               // broker
    BrokerBackInMetadata,         // broker: a remote cluster lists it again
    BrokerGoneFromMetadata,       // broker: a remote cluster no longer lists it

    // Links; "a" and "b" are node ids: 0 the controller, -1 the clients, others brokers.
    LinkDegraded,   // a, b, latencyMs, lossPercent
    LinkCut,        // a, b
    LinkHealed,     // a, b
    AllLinksHealed, // -

    // Partitions; "partition" is "<topic>-<index>", ISRs are broker ids as "1,2,3".
    LeaderMoved,                 // partition, from, to, epoch: its leader left
    LeaderElected,               // partition, leader, epoch: it had no live leader
    PreferredLeaderElected,      // partition, leader, previous
    LeaderMovedInMetadata,       // partition, from, to: as a remote cluster shows it
    PartitionOffline,            // partition
    IsrShrunkBrokerFenced,       // partition, isr, broker
    IsrShrunkBrokerShuttingDown, // partition, isr, broker
    IsrShrunk,                   // partition, from, to
    IsrExpanded,                 // partition, from, to
    RecordsDeleted,              // partition, offset: the new log start
    RetentionDeleted,            // segments, from, to: log start offsets (subject: the partition)
    Compacted,                   // kept, of: records (subject: the partition)
    ReassignmentStarted,         // partition, from, to: replica lists
    ReassignmentCompleted,       // partition, replicas: the target, now its replicas
    ReassignmentCancelled,       // partition, replicas: the original ones, back again

    // Topics; "topic" is its name.
    TopicCreated,       // topic, partitions, replicationFactor
    TopicDeleted,       // topic
    PartitionsAdded,    // topic, from, to: partition counts
    TopicConfigChanged, // topic, set ("name=value, ..."), reset ("name, ..."); either may be ""

    // Consumer groups; the subject names the group, "member" is a member id.
    MemberJoined,                        // member, client, host
    StaticMemberRejoined,                // instance, member, previous: the member id before
    StaticMemberRejoinedWhileCompleting, // instance
    StaticMemberProtocolsChanged,        // instance
    MemberRejoined,                      // member
    LeaderRejoined,                      // member
    MemberMetadataChanged,               // member
    MemberLeft,                          // member
    MemberRemovedByInstanceId,           // member
    MemberSessionExpired,                // member
    MemberRejoinTimedOut,                // member
    MemberSyncTimedOut,                  // member
    MembersSyncTimedOut,                 // -
    RebalanceEndedEmpty,                 // -
    MembersJoined,                       // members (a count), protocol (the assignor)
    GenerationAssigned,                  // leader, generation
    AssignmentNotStored,                 // error (Kafka's error name)
    OffsetsReset,                        // partitions (a count)
    LastOffsetsDeleted,                  // -
    GroupDeleted,                        // -
    GroupExpired,                        // -: empty, with no committed offsets left
    GroupAppeared,                       // state: a remote cluster lists it, in this state
    GroupStateChanged,                   // previous, state: as a remote cluster shows them
    GroupGone,                           // -: a remote cluster no longer lists it

    // Security; the subject names the broker.
    AuthenticationFailed, // broker, user (as the client claimed it), mechanism, client (its address), listener

    // Storage limits. "replicas" counts partition replicas, "open" and "limit" open files;
    // "reason" is "disk-full", "open-files" or "io-error", "error" the system's words.
    TopicRefusedOpenFiles,      // topic, replicas, open, limit: the creation was refused
    PartitionsRefusedOpenFiles, // topic, replicas, open, limit: adding partitions was refused
    StorageWriteRefused,        // broker, partition, reason, error: a produce was refused
    ReplicasNotOpened,          // broker, count, partition (the first), reason, error

    // The controller.
    ControllerCrashed,   // -
    ControllerRestarted, // version: the metadata version it went on from
};

// One argument of an event: a name its form defines and the value, as text ("2",
// "orders-3", "1,2,3").
struct EventArg {
    std::string name;
    std::string value;

    EventArg(std::string n, std::string v) : name(std::move(n)), value(std::move(v)) {}
    // Not a concept: moc, which reads this header through the GUI's, cannot parse <concepts>.
    template <typename T, typename = std::enable_if_t<std::is_integral_v<T>>>
    EventArg(std::string n, T v) : name(std::move(n)), value(std::to_string(v))
    {}

    bool operator==(const EventArg &) const = default;
};

// What an event says: its form and that form's arguments, in the form's order.
struct EventSentence {
    EventForm form = EventForm::Unknown;
    std::vector<EventArg> args{};

    bool operator==(const EventSentence &) const = default;
};

struct EventRecord {
    std::int64_t id = 0; // assigned by the catalog, increasing
    std::int64_t timeMs = 0;
    EventKind kind = EventKind::BrokerStarted;
    // What the event is about, as "broker:2", "topic:orders", "partition:orders-3",
    // "group:billing" or "link:1-2", so the UI can lead to it.
    std::string subject{};
    EventSentence sentence{};
    // The sentence in English (englishSentence()), for logs and for readers that do not
    // know the form; for an event whose form is Unknown, the only text there is.
    std::string message{};
};

struct EventQuery {
    std::int64_t sinceMs = 0;
    std::int64_t untilMs = INT64_MAX;
    std::vector<EventKind> kinds{}; // empty: all
    std::string subjectPrefix{};    // empty: all
    int limit = 1000;               // newest first
};

} // namespace es
