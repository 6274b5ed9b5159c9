#include "cluster/group/group.h"

#include "cluster/group/consumer_protocol.h"

#include <algorithm>
#include <cassert>

namespace es {

Group::Group(std::string id, std::int32_t offsetsPartition, std::int64_t nowMs)
    : m_id(std::move(id)),
      m_offsetsPartition(offsetsPartition),
      m_state(GroupState::Empty),
      m_stateTimestampMs(nowMs)
{}

bool Group::canTransitionTo(GroupState next) const
{
    switch (next) {
    case GroupState::Empty: return m_state == GroupState::PreparingRebalance;
    case GroupState::PreparingRebalance: return canRebalance();
    case GroupState::CompletingRebalance: return m_state == GroupState::PreparingRebalance;
    case GroupState::Stable: return m_state == GroupState::CompletingRebalance;
    case GroupState::Dead: return true;
    }
    return false;
}

void Group::transitionTo(GroupState next, std::int64_t nowMs)
{
    assert(canTransitionTo(next));
    m_state = next;
    m_stateTimestampMs = nowMs;
}

bool Group::canRebalance() const
{
    return m_state == GroupState::Empty || m_state == GroupState::CompletingRebalance ||
           m_state == GroupState::Stable;
}

bool Group::isConsumerGroup() const { return m_protocolType == kConsumerProtocolType; }

GroupMember *Group::member(std::string_view memberId)
{
    auto it = std::find_if(m_members.begin(), m_members.end(),
                           [&](const GroupMember &m) { return m.memberId == memberId; });
    return it == m_members.end() ? nullptr : &*it;
}

const GroupMember *Group::member(std::string_view memberId) const
{
    return const_cast<Group *>(this)->member(memberId);
}

void Group::addMember(std::string_view protocolType, GroupMember member)
{
    assert(!hasMember(member.memberId));
    if (m_members.empty())
        m_protocolType = std::string(protocolType);
    if (!m_leaderId)
        m_leaderId = member.memberId;
    if (member.groupInstanceId)
        m_staticMembers[*member.groupInstanceId] = member.memberId;
    m_pendingMembers.erase(member.memberId);
    m_members.push_back(std::move(member));
}

GroupMember Group::removeMember(std::string_view memberId)
{
    auto it = std::find_if(m_members.begin(), m_members.end(),
                           [&](const GroupMember &m) { return m.memberId == memberId; });
    assert(it != m_members.end());
    GroupMember removed = std::move(*it);
    m_members.erase(it);
    if (removed.groupInstanceId) {
        auto s = m_staticMembers.find(*removed.groupInstanceId);
        if (s != m_staticMembers.end() && s->second == removed.memberId)
            m_staticMembers.erase(s);
    }
    m_pendingSyncMembers.erase(removed.memberId);
    if (isLeader(removed.memberId))
        m_leaderId =
            m_members.empty() ? std::nullopt : std::optional<std::string>(m_members.front().memberId);
    return removed;
}

GroupMember &Group::renameMember(std::string_view oldMemberId, const std::string &newMemberId)
{
    GroupMember *m = member(oldMemberId);
    assert(m != nullptr && !hasMember(newMemberId));
    if (isLeader(oldMemberId))
        m_leaderId = newMemberId;
    if (m_pendingSyncMembers.erase(m->memberId) > 0)
        m_pendingSyncMembers.insert(newMemberId);
    m->memberId = newMemberId;
    if (m->groupInstanceId)
        m_staticMembers[*m->groupInstanceId] = newMemberId;
    return *m;
}

std::optional<std::string> Group::staticMemberId(const std::string &groupInstanceId) const
{
    auto it = m_staticMembers.find(groupInstanceId);
    if (it == m_staticMembers.end())
        return std::nullopt;
    return it->second;
}

void Group::addPendingMember(const std::string &memberId, std::int64_t deadlineMs)
{
    m_pendingMembers[memberId] = deadlineMs;
}

bool Group::isPendingMember(std::string_view memberId) const
{
    return m_pendingMembers.find(memberId) != m_pendingMembers.end();
}

void Group::removePendingMember(std::string_view memberId)
{
    auto it = m_pendingMembers.find(memberId);
    if (it != m_pendingMembers.end())
        m_pendingMembers.erase(it);
}

std::vector<std::string> Group::expiredPendingMembers(std::int64_t nowMs) const
{
    std::vector<std::string> expired;
    for (const auto &[id, deadline] : m_pendingMembers)
        if (nowMs >= deadline)
            expired.push_back(id);
    return expired;
}

bool Group::supportsProtocols(std::string_view protocolType,
                              const std::vector<GroupProtocol> &protocols) const
{
    if (protocolType.empty() || protocols.empty())
        return false;
    if (m_state == GroupState::Empty || m_members.empty())
        return true;
    if (m_protocolType != protocolType)
        return false;
    return std::any_of(protocols.begin(), protocols.end(), [&](const GroupProtocol &p) {
        return std::all_of(m_members.begin(), m_members.end(),
                           [&](const GroupMember &m) { return m.metadataFor(p.name) != nullptr; });
    });
}

std::string Group::selectProtocol() const
{
    assert(!m_members.empty());
    std::vector<std::string> candidates;
    for (const GroupProtocol &p : m_members.front().protocols) {
        const bool everyone = std::all_of(m_members.begin(), m_members.end(), [&](const GroupMember &m) {
            return m.metadataFor(p.name) != nullptr;
        });
        if (everyone)
            candidates.push_back(p.name);
    }
    assert(!candidates.empty());
    std::vector<int> votes(candidates.size(), 0);
    for (const GroupMember &m : m_members) {
        // A member votes for its most preferred candidate.
        for (const GroupProtocol &p : m.protocols) {
            auto it = std::find(candidates.begin(), candidates.end(), p.name);
            if (it != candidates.end()) {
                ++votes[static_cast<std::size_t>(it - candidates.begin())];
                break;
            }
        }
    }
    const auto winner = std::max_element(votes.begin(), votes.end()) - votes.begin();
    return candidates[static_cast<std::size_t>(winner)];
}

std::int32_t Group::rebalanceTimeoutMs() const
{
    std::int32_t timeout = 0;
    for (const GroupMember &m : m_members)
        timeout = std::max(timeout, m.rebalanceTimeoutMs);
    return timeout;
}

bool Group::hasAllMembersJoined() const
{
    return m_pendingMembers.empty() && std::all_of(m_members.begin(), m_members.end(),
                                                   [](const GroupMember &m) { return m.isAwaitingJoin(); });
}

bool Group::maybeElectNewJoinedLeader()
{
    if (!m_leaderId)
        return false;
    const GroupMember *leader = member(*m_leaderId);
    if (leader != nullptr && leader->isAwaitingJoin())
        return true;
    for (const GroupMember &m : m_members) {
        if (m.isAwaitingJoin()) {
            m_leaderId = m.memberId;
            return true;
        }
    }
    return false;
}

void Group::initNextGeneration()
{
    ++m_generation;
    m_protocolName = m_members.empty() ? std::nullopt : std::optional<std::string>(selectProtocol());
    m_pendingSyncMembers.clear();
    computeSubscribedTopics();
}

std::vector<JoinGroupMember> Group::currentMemberMetadata() const
{
    std::vector<JoinGroupMember> out;
    out.reserve(m_members.size());
    for (const GroupMember &m : m_members) {
        const Bytes *metadata = m_protocolName ? m.metadataFor(*m_protocolName) : nullptr;
        out.push_back({m.memberId, m.groupInstanceId, metadata ? *metadata : Bytes{}});
    }
    return out;
}

bool Group::isSubscribedToTopic(std::string_view topic) const
{
    if (!m_subscribedTopics)
        return true;
    return m_subscribedTopics->contains(std::string(topic));
}

void Group::restore(std::int32_t generation, std::optional<std::string> protocolType,
                    std::optional<std::string> protocolName, std::optional<std::string> leaderId,
                    std::int64_t stateTimestampMs, std::vector<GroupMember> members)
{
    assert(m_members.empty() && m_generation == 0);
    m_generation = generation;
    m_protocolType = std::move(protocolType);
    m_protocolName = std::move(protocolName);
    m_leaderId = members.empty() ? std::nullopt : std::move(leaderId);
    m_members = std::move(members);
    for (const GroupMember &m : m_members)
        if (m.groupInstanceId)
            m_staticMembers[*m.groupInstanceId] = m.memberId;
    if (m_leaderId && !hasMember(*m_leaderId))
        m_leaderId = m_members.front().memberId;
    m_state = m_members.empty() ? GroupState::Empty : GroupState::Stable;
    m_stateTimestampMs = stateTimestampMs;
    computeSubscribedTopics();
}

void Group::computeSubscribedTopics()
{
    // Kafka knows a consumer group's topics only when every member's subscription parses.
    m_subscribedTopics.reset();
    if (!isConsumerGroup())
        return;
    if (m_members.empty()) {
        m_subscribedTopics.emplace();
        return;
    }
    if (!m_protocolName)
        return;
    std::set<std::string> topics;
    for (const GroupMember &m : m_members) {
        const Bytes *metadata = m.metadataFor(*m_protocolName);
        std::optional<std::vector<std::string>> parsed =
            metadata ? subscriptionTopics(*metadata) : std::nullopt;
        if (!parsed)
            return;
        topics.insert(parsed->begin(), parsed->end());
    }
    m_subscribedTopics = std::move(topics);
}

} // namespace es
