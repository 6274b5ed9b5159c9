#pragma once

#include "cluster/group/group_member.h"
#include "cluster/group/group_offsets.h"
#include "cluster/group/group_state.h"
#include "cluster/group/offset_commit.h"
#include "cluster/topic_partition.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace es {

// The timers of a rebalance, which the coordinator's tick() drives.
struct RebalanceTimers {
    // The timer of the PreparingRebalance phase (Kafka's DelayedJoin and InitialDelayedJoin).
    struct Join {
        std::int64_t deadlineMs = 0;
        // The initial delay of a group leaving Empty: it never completes early, and while
        // members keep arriving it waits until one delay after the last arrival, but never
        // past `limitMs` (the start plus the rebalance timeout).
        bool initial = false;
        std::int64_t limitMs = 0;
    };
    std::optional<Join> join;
    bool newMemberAdded = false;             // a new member joined during the initial delay
    std::int64_t lastMemberAddedMs = 0;      // when the latest of them joined
    std::optional<std::int64_t> syncDeadlineMs; // members still owing a SyncGroup expire then
};

// One classic group's state: members, generation, chosen protocol, the rebalance timers and
// the committed offsets, with Kafka's rules for each (GroupMetadata). It decides nothing on its
// own: the GroupCoordinator drives it and answers the members. Not thread-safe; owned and used
// by one coordinator.
class Group {
public:
    // A new group is Empty at generation 0.
    Group(std::string id, std::int32_t offsetsPartition, std::int64_t nowMs);

    [[nodiscard]] const std::string &id() const { return m_id; }
    [[nodiscard]] std::int32_t offsetsPartition() const { return m_offsetsPartition; }

    [[nodiscard]] GroupState state() const { return m_state; }
    [[nodiscard]] bool is(GroupState s) const { return m_state == s; }
    [[nodiscard]] std::int64_t stateTimestampMs() const { return m_stateTimestampMs; }
    // Kafka's valid transitions only (see group_state.h); anything else is a coordinator bug.
    [[nodiscard]] bool canTransitionTo(GroupState next) const;
    void transitionTo(GroupState next, std::int64_t nowMs);
    // A rebalance may start from Empty, CompletingRebalance or Stable.
    [[nodiscard]] bool canRebalance() const;

    [[nodiscard]] std::int32_t generation() const { return m_generation; }
    [[nodiscard]] const std::optional<std::string> &protocolType() const { return m_protocolType; }
    [[nodiscard]] const std::optional<std::string> &protocolName() const { return m_protocolName; }
    [[nodiscard]] const std::optional<std::string> &leaderId() const { return m_leaderId; }
    [[nodiscard]] bool isLeader(std::string_view memberId) const { return m_leaderId == memberId; }
    [[nodiscard]] bool isConsumerGroup() const;

    // Members, in join order.
    [[nodiscard]] const std::vector<GroupMember> &members() const { return m_members; }
    std::vector<GroupMember> &members() { return m_members; }
    [[nodiscard]] bool hasMember(std::string_view memberId) const { return member(memberId) != nullptr; }
    GroupMember *member(std::string_view memberId);
    [[nodiscard]] const GroupMember *member(std::string_view memberId) const;
    // The first member sets the group's protocol type and leads. Precondition: the id is new
    // and supportsProtocols(protocolType, member.protocols) holds.
    void addMember(std::string_view protocolType, GroupMember member);
    // Removes and returns the member (its pending callbacks are the caller's to answer); the
    // leader passes to the first remaining member. Precondition: hasMember(memberId).
    GroupMember removeMember(std::string_view memberId);
    // Gives the static member `oldMemberId` the id `newMemberId`, keeping its place, leadership
    // and pending sync; returns the member. Its pending callbacks stay for the caller to answer.
    GroupMember &renameMember(std::string_view oldMemberId, const std::string &newMemberId);
    [[nodiscard]] std::optional<std::string> staticMemberId(const std::string &groupInstanceId) const;

    // Members given an id with MEMBER_ID_REQUIRED, until they rejoin with it or their session
    // timeout passes.
    void addPendingMember(const std::string &memberId, std::int64_t deadlineMs);
    [[nodiscard]] bool isPendingMember(std::string_view memberId) const;
    void removePendingMember(std::string_view memberId);
    [[nodiscard]] std::vector<std::string> expiredPendingMembers(std::int64_t nowMs) const;
    [[nodiscard]] bool hasPendingMembers() const { return !m_pendingMembers.empty(); }

    // Members that got this generation's JoinGroup answer and have not sent SyncGroup yet.
    std::set<std::string> &pendingSyncMembers() { return m_pendingSyncMembers; }

    // Whether a member of `protocolType` with `protocols` may join: into an empty group any
    // non-empty list; otherwise the same type and one protocol every current member supports.
    [[nodiscard]] bool supportsProtocols(std::string_view protocolType,
                                         const std::vector<GroupProtocol> &protocols) const;
    // The protocol every member supports that most members prefer (Kafka's vote); ties go to
    // the earlier one in the first member's list. Precondition: members exist and share one.
    [[nodiscard]] std::string selectProtocol() const;
    // The largest rebalance timeout among the members (0 with none).
    [[nodiscard]] std::int32_t rebalanceTimeoutMs() const;
    // Every member waits in JoinGroup and no MEMBER_ID_REQUIRED member is outstanding.
    [[nodiscard]] bool hasAllMembersJoined() const;
    // When the leader did not rejoin, hands leadership to a member that did. False when no
    // member has rejoined (or there are no members).
    bool maybeElectNewJoinedLeader();
    // Starts the next generation: the generation number advances and the protocol is chosen
    // (none without members). The caller then moves the group to CompletingRebalance or Empty.
    void initNextGeneration();
    // Every member with its metadata for the chosen protocol: what the leader assigns from.
    [[nodiscard]] std::vector<JoinGroupMember> currentMemberMetadata() const;
    // For consumer groups, whether a member subscribes to `topic` (true when unknown).
    [[nodiscard]] bool isSubscribedToTopic(std::string_view topic) const;
    [[nodiscard]] const std::optional<std::set<std::string>> &subscribedTopics() const
    {
        return m_subscribedTopics;
    }

    // Restores what a group metadata record held (loading): Stable with members, else Empty.
    // The group must be new.
    void restore(std::int32_t generation, std::optional<std::string> protocolType,
                 std::optional<std::string> protocolName, std::optional<std::string> leaderId,
                 std::int64_t stateTimestampMs, std::vector<GroupMember> members);

    RebalanceTimers &timers() { return m_timers; }

    // Committed offsets, the commits being written and the transactional ones pending.
    GroupOffsets &offsets() { return m_offsets; }
    [[nodiscard]] const GroupOffsets &offsets() const { return m_offsets; }

private:
    void computeSubscribedTopics();

    std::string m_id;
    std::int32_t m_offsetsPartition;
    GroupState m_state;
    std::int64_t m_stateTimestampMs;
    std::int32_t m_generation = 0;
    std::optional<std::string> m_protocolType;
    std::optional<std::string> m_protocolName;
    std::optional<std::string> m_leaderId;
    std::vector<GroupMember> m_members;
    std::map<std::string, std::string, std::less<>> m_staticMembers;   // instance id -> member id
    std::map<std::string, std::int64_t, std::less<>> m_pendingMembers; // member id -> deadline
    std::set<std::string> m_pendingSyncMembers;
    std::optional<std::set<std::string>> m_subscribedTopics;
    GroupOffsets m_offsets;
    RebalanceTimers m_timers;
};

} // namespace es
