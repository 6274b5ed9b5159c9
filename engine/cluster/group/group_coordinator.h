#pragma once

#include "cluster/group/group_description.h"
#include "cluster/group/group_loader.h"
#include "cluster/group/group_requests.h"
#include "cluster/group/group_snapshot.h"
#include "cluster/group/group_store.h"
#include "cluster/group/offset_commit.h"
#include "common/clock.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace es {

class Group;
struct GroupMember;

struct GroupCoordinatorConfig {
    std::int32_t offsetsTopicPartitions = 50;         // offsets.topic.num.partitions
    std::int32_t groupMinSessionTimeoutMs = 6000;     // group.min.session.timeout.ms
    std::int32_t groupMaxSessionTimeoutMs = 1800000;  // group.max.session.timeout.ms
    std::int32_t groupInitialRebalanceDelayMs = 3000; // group.initial.rebalance.delay.ms
    // How long a new member may wait in its first JoinGroup before it is dropped (Kafka's
    // fixed 5 minutes; a client that gave up would otherwise stay a member forever).
    std::int32_t newMemberJoinTimeoutMs = 300000;
    std::int32_t offsetMetadataMaxBytes = 4096;               // offset.metadata.max.bytes
    std::int64_t offsetsRetentionMs = 7LL * 24 * 3600 * 1000; // offsets.retention.minutes
    std::int64_t offsetsRetentionCheckIntervalMs = 600000;    // offsets.retention.check.interval.ms
};

// The classic group coordinator of one broker (Kafka's GroupCoordinator and
// GroupMetadataManager): group membership, rebalances and committed offsets for the groups
// whose __consumer_offsets partition this broker leads (KAFKA_NOTES.md, "Consumer groups").
//
// Deterministic and single-threaded: it creates no thread and no timer. The owner (a
// broker's event loop) calls every method on one thread, and tick(nowMs) periodically (every
// 100 ms or so) to expire sessions and end rebalances. Time comes from `clock`.
//
// Requests that wait (a JoinGroup until the rebalance ends, a follower's SyncGroup until the
// leader's, anything written to the store) answer through their callback, exactly once, on
// the owner's thread: possibly before the method returns, possibly from a later call or
// tick(), or from the store's completion. Callbacks may call the coordinator again; they run
// after the state change that answered them is complete.
//
// State is written to __consumer_offsets through `store` (group_records.md) and replayed from
// it when this broker becomes a partition's leader (loadPartition). For groups of partitions
// it does not own, every request gets NOT_COORDINATOR; while one loads,
// COORDINATOR_LOAD_IN_PROGRESS.
//
// Transactional offset commits (TxnOffsetCommit) are written as the producer's transactional
// batch and stay pending until the owner reports the transaction's marker in that partition
// (completeTransaction): commit makes them the committed offsets, abort drops them.
class GroupCoordinator {
public:
    using JoinCallback = std::function<void(JoinGroupResult)>;
    using SyncCallback = std::function<void(SyncGroupResult)>;
    using CommitCallback = std::function<void(OffsetCommitResult)>;
    using DeleteGroupsCallback = std::function<void(std::vector<DeleteGroupResult>)>;
    using DeleteOffsetsCallback = std::function<void(OffsetDeleteResult)>;
    using ResetOffsetsCallback = std::function<void(ResetOffsetsResult)>;
    using EventHook = std::function<void(const GroupEvent &)>;

    // `store` and `clock` must outlive the coordinator.
    GroupCoordinator(GroupCoordinatorConfig config, GroupStore &store, const Clock &clock);
    // Answers every waiting JoinGroup and SyncGroup with NOT_COORDINATOR. Store completions
    // that arrive later answer their requests without touching the destroyed coordinator.
    ~GroupCoordinator();
    GroupCoordinator(const GroupCoordinator &) = delete;
    GroupCoordinator &operator=(const GroupCoordinator &) = delete;

    // Called with each event (state changes, members joining, leaving, expiring...), in order,
    // on the owner's thread, after the change.
    void setEventHook(EventHook hook);

    // The __consumer_offsets partition of a group, exactly as Kafka computes it:
    // Utils.abs(groupId.hashCode()) % offsetsTopicPartitions.
    static std::int32_t partitionFor(std::string_view groupId, std::int32_t offsetsTopicPartitions);
    [[nodiscard]] std::int32_t partitionFor(std::string_view groupId) const;

    // Ownership. When this broker becomes the leader of an __consumer_offsets partition, the
    // owner calls beginLoading(), then loadRecords() with the partition's records and
    // transaction markers in offset order (in any number of slices), then finishLoading();
    // loadPartition() does all three. Between begin and finish the partition's groups answer
    // COORDINATOR_LOAD_IN_PROGRESS. beginLoading() on a partition that is owned or loading
    // drops that state first. Transactional offsets whose marker was not replayed stay pending
    // after the load, for completeTransaction().
    void beginLoading(std::int32_t offsetsPartition);
    void loadRecords(std::int32_t offsetsPartition, std::span<const GroupLogEntry> entries);
    void finishLoading(std::int32_t offsetsPartition);
    void loadPartition(std::int32_t offsetsPartition, std::span<const GroupLogEntry> entries);
    // Leadership moved away: the partition's groups are dropped; their waiting members get
    // NOT_COORDINATOR, and so does every later request for them.
    void unloadPartition(std::int32_t offsetsPartition);
    [[nodiscard]] bool ownsPartition(std::int32_t offsetsPartition) const;
    [[nodiscard]] bool isLoading(std::int32_t offsetsPartition) const;

    // Membership (JoinGroup, SyncGroup, Heartbeat, LeaveGroup).
    void joinGroup(JoinGroupRequest request, JoinCallback done);
    void syncGroup(SyncGroupRequest request, SyncCallback done);
    ErrorCode heartbeat(const HeartbeatRequest &request);
    LeaveGroupResult leaveGroup(const LeaveGroupRequest &request);

    // Offsets (OffsetCommit, TxnOffsetCommit, OffsetFetch, OffsetDelete).
    void commitOffsets(OffsetCommitRequest request, CommitCallback done);
    // Kafka's TxnOffsetCommit: INVALID_GROUP_ID for an empty group id; with a generation,
    // member or instance id, the member must be the group's current one (UNKNOWN_MEMBER_ID,
    // FENCED_INSTANCE_ID, ILLEGAL_GENERATION); without, anyone may commit, even into a group
    // with members (the producer commits for the consumer it runs beside). An unknown group is
    // created. Accepted offsets are written as the producer's transactional batch (a stale
    // epoch comes back from the log as INVALID_PRODUCER_EPOCH) and stay pending.
    void commitTransactionalOffsets(TxnOffsetCommitRequest request, CommitCallback done);
    // The owner appended the COMMIT (`commit`) or ABORT marker of `producerId`'s transaction to
    // partition `offsetsPartition`, which it leads: the producer's pending offsets in that
    // partition's groups become committed (each unless a later record committed its partition)
    // or are dropped. A partition still loading passes the marker on to its load; one not owned
    // ignores it (its next owner replays the marker from the log).
    void completeTransaction(std::int32_t offsetsPartition, std::int64_t producerId, bool commit);
    // `partitions`: nullopt for every committed offset of the group. `requireStable`
    // (OffsetFetch v7+ require_stable): a partition with a commit not yet settled (being
    // written, or in a pending transaction) is answered UNSTABLE_OFFSET_COMMIT without an
    // offset, so the consumer retries rather than starting from an offset about to change.
    [[nodiscard]] OffsetFetchResult fetchOffsets(const std::string &groupId,
                                                 const std::optional<std::vector<TopicPartition>> &partitions,
                                                 bool requireStable = false) const;
    void deleteOffsets(const std::string &groupId, const std::vector<TopicPartition> &partitions,
                       DeleteOffsetsCallback done);

    // Administration (DescribeGroups, ListGroups, DeleteGroups) and the GUI's offset reset.
    [[nodiscard]] std::vector<GroupDescription>
    describeGroups(const std::vector<std::string> &groupIds) const;
    // `states`: only groups in one of these states; empty for all.
    [[nodiscard]] ListGroupsResult listGroups(const std::vector<GroupState> &states = {}) const;
    void deleteGroups(const std::vector<std::string> &groupIds, DeleteGroupsCallback done);
    // Commits `offsets` for a group that has no active member (Empty, or unknown: then it is
    // created). Otherwise NON_EMPTY_GROUP with a message naming the active members.
    void resetOffsets(const std::string &groupId, const std::map<TopicPartition, std::int64_t> &offsets,
                      ResetOffsetsCallback done);

    // Topics deleted from the cluster: their committed offsets, and pending transactional ones,
    // leave every group this coordinator owns, with tombstones in __consumer_offsets so that
    // they stay gone after a restart (a later commit marker brings none back), and a group
    // left Empty with no offsets goes too (Kafka's handleDeletedPartitions). A topic of the
    // same name created later starts with none.
    void onTopicsDeleted(const std::set<std::string, std::less<>> &topics);

    // Expires sessions, pending members and syncs, ends rebalances whose time is up, and
    // expires old offsets. `nowMs` is the clock's current time.
    void tick(std::int64_t nowMs);

    // Every group this coordinator owns, by group id.
    [[nodiscard]] std::vector<GroupSnapshot> snapshot() const;

private:
    // Marks a call into the coordinator; when the outermost one ends, the answers and events it
    // queued run (in order; more that they queue run too).
    class CallScope {
    public:
        explicit CallScope(GroupCoordinator &coordinator) : m_coordinator(coordinator)
        {
            ++m_coordinator.m_callDepth;
        }
        ~CallScope()
        {
            if (--m_coordinator.m_callDepth == 0)
                m_coordinator.drain();
        }
        CallScope(const CallScope &) = delete;
        CallScope &operator=(const CallScope &) = delete;

    private:
        GroupCoordinator &m_coordinator;
    };
    enum class PartitionStatus : std::uint8_t { Loading, Loaded };
    struct OwnedPartition {
        PartitionStatus status = PartitionStatus::Loading;
        std::unique_ptr<GroupLoader> loader; // while loading
    };

    // Routing (group_coordinator.cpp).
    [[nodiscard]] ErrorCode coordinatorError(std::string_view groupId) const;
    [[nodiscard]] std::shared_ptr<Group> findGroup(const std::string &groupId) const;
    std::shared_ptr<Group> createGroup(const std::string &groupId);
    void eraseGroup(const Group &group);
    [[nodiscard]] std::int64_t now() const { return m_clock.nowMs(); }
    std::string newMemberId(std::string_view prefix);
    // Queues `fn` to run when the outermost call returns (see CallScope).
    void post(std::function<void()> fn);
    void drain();
    // An event about `group` as it is now (both states its current one).
    [[nodiscard]] GroupEvent groupEvent(const Group &group, GroupEventKind kind,
                                        EventSentence sentence) const;
    void raiseEvent(GroupEvent event);
    // `reasonTold`: the reason was raised as a member event of its own (a join, a leave, an
    // expiry); the state change then says its states instead, so that the timeline does
    // not tell the same thing twice.
    void changeState(Group &group, GroupState next, EventSentence reason, bool reasonTold = false);
    void emitMemberEvent(const Group &group, GroupEventKind kind, const GroupMember &member,
                         EventSentence sentence);
    // Appends to the store (with `producer`, as its transactional batch). `then` gets the
    // store's error on the owner's thread, inside a CallScope; if the coordinator was destroyed
    // meanwhile, `orphaned` gets it instead (to answer a client without touching the coordinator).
    void append(std::int32_t offsetsPartition, std::vector<GroupLogRecord> records,
                std::function<void(ErrorCode)> then, std::function<void(ErrorCode)> orphaned = {},
                std::optional<TransactionalProducer> producer = std::nullopt);
    // Kafka's translation of a produce error into what a group member is told.
    static ErrorCode groupStoreError(ErrorCode produceError);
    static ErrorCode offsetStoreError(ErrorCode produceError);
    // Writes the group's metadata with `assignments` (member id -> assignment; members not
    // named get an empty one) and calls `done` with the coordinator-level error.
    void storeGroup(const Group &group, const std::map<std::string, Bytes> &assignments,
                    std::function<void(ErrorCode)> done);

    // Joining and rebalancing (group_coordinator_join.cpp).
    void joinUnknownMember(Group &group, JoinGroupRequest &request, JoinCallback &done);
    void joinStaticMember(Group &group, JoinGroupRequest &request, const std::string &newId,
                          JoinCallback &done);
    void joinKnownMember(Group &group, JoinGroupRequest &request, JoinCallback &done);
    void addMemberAndRebalance(Group &group, JoinGroupRequest &request, const std::string &memberId,
                               JoinCallback &done);
    void updateMemberAndRebalance(Group &group, GroupMember &member, JoinGroupRequest &request,
                                  JoinCallback &done, EventSentence reason);
    void maybePrepareRebalance(Group &group, EventSentence reason, bool reasonTold = false);
    void prepareRebalance(Group &group, EventSentence reason, bool reasonTold = false);
    void tryCompleteJoin(Group &group);
    void completeJoin(Group &group);
    void onJoinTimer(Group &group);

    // Syncing, sessions, leaving (group_coordinator_membership.cpp).
    void onSyncTimer(Group &group);
    // `reason` is a member form (MemberLeft, MemberSessionExpired...): its sentence names the
    // member, and is both the member event and the reason for a rebalance.
    void removeMemberAndUpdateGroup(Group &group, const std::string &memberId, GroupEventKind why,
                                    EventForm reason);
    void removePendingMemberAndUpdateGroup(Group &group, const std::string &memberId);
    void propagateAssignment(Group &group, ErrorCode error);
    void scheduleHeartbeat(GroupMember &member, std::int32_t timeoutMs);
    [[nodiscard]] ErrorCode validateCurrentMember(const Group &group, const std::string &memberId,
                                                  const std::optional<std::string> &groupInstanceId) const;
    [[nodiscard]] JoinGroupResult currentGeneration(const Group &group, const GroupMember &member,
                                                    bool withMembers) const;
    void answerJoin(JoinCallback done, JoinGroupResult result);
    void answerSync(SyncCallback done, SyncGroupResult result);
    // Answers the member's waiting JoinGroup/SyncGroup, if any, with `error`.
    void failWaiting(GroupMember &member, ErrorCode error);

    // Offsets (group_coordinator_offsets.cpp).
    // Writes `partitions`' offsets for `group` and answers `done` per partition once written;
    // with `producer`, as that producer's pending transactional offsets.
    void storeOffsets(Group &group, const std::vector<OffsetCommitPartition> &partitions,
                      std::int64_t retentionTimeMs, std::optional<TransactionalProducer> producer,
                      CommitCallback done);
    void expireOffsets(std::int64_t nowMs);
    // Writes each partition's tombstones; a failure is logged (`why` says what they were).
    void appendTombstones(std::map<std::int32_t, std::vector<GroupLogRecord>> records, std::string_view why);
    // Removes `partitions`' offsets (committed and pending) from `group` with their tombstones
    // into `records`, and the group itself when it is left Empty with no offsets (Kafka's
    // cleanupGroupMetadata).
    void dropOffsets(Group &group, const std::vector<TopicPartition> &partitions,
                     std::vector<GroupLogRecord> &records);

    // Loading (group_coordinator_load.cpp).
    void dropPartition(std::int32_t offsetsPartition);
    void restoreGroup(std::int32_t offsetsPartition, const std::string &groupId,
                      GroupLoader::LoadedGroup loaded);

    GroupCoordinatorConfig m_config;
    GroupStore &m_store;
    const Clock &m_clock;
    EventHook m_eventHook;
    std::map<std::int32_t, OwnedPartition> m_partitions;
    std::map<std::string, std::shared_ptr<Group>, std::less<>> m_groups;
    std::int64_t m_nextOffsetExpiryMs = 0;
    // The next offset commit write's place in its partition's log (group_offsets.h).
    WriteOrder m_nextWriteOrder = 0;
    std::mt19937_64 m_random;

    // Answers and events wait here until the outermost call unwinds, so that no callback
    // runs while a group is half-changed.
    std::deque<std::function<void()>> m_deferred;
    int m_callDepth = 0;
    // Store completions check it to learn whether the coordinator still exists.
    std::shared_ptr<int> m_lifetime = std::make_shared<int>(0);
};

} // namespace es
