#include "client/group_membership.h"

#include "client/client_node.h"
#include "cluster/cluster.h"
#include "common/logging.h"

namespace es {

GroupMembership::GroupMembership(ClientNode &node, MembershipConfig config, Callbacks callbacks)
    : m_node(node), m_config(std::move(config)), m_callbacks(std::move(callbacks))
{
    m_heartbeatTimer = std::make_unique<asio::steady_timer>(m_node.loop().context());
    m_retryTimer = std::make_unique<asio::steady_timer>(m_node.loop().context());
}

GroupMembership::~GroupMembership() = default;

void GroupMembership::start()
{
    if (m_state == State::Idle)
        discover();
}

void GroupMembership::retryLater(std::function<void()> step, int ms)
{
    m_retryTimer->expires_after(std::chrono::milliseconds(ms));
    m_retryTimer->async_wait([step = std::move(step)](const std::error_code &ec) {
        if (!ec)
            step();
    });
}

void GroupMembership::discover()
{
    if (m_state == State::Left)
        return;
    m_state = State::Discovering;
    Cluster &cluster = m_node.cluster();
    const auto ensured = cluster.ensureOffsetsTopic();
    m_coordinator = ensured.ok() ? cluster.coordinatorFor(m_config.groupId) : -1;
    if (m_coordinator < 0) {
        retryLater([this] { discover(); });
        return;
    }
    join();
}

bool GroupMembership::recover(ErrorCode error)
{
    switch (error) {
    case ErrorCode::NotCoordinator:
    case ErrorCode::CoordinatorNotAvailable:
    case ErrorCode::CoordinatorLoadInProgress:
    case ErrorCode::RequestTimedOut:
        retryLater([this] { discover(); });
        return true;
    case ErrorCode::UnknownMemberId:
    case ErrorCode::IllegalGeneration:
        m_memberId = error == ErrorCode::UnknownMemberId ? std::string() : m_memberId;
        [[fallthrough]];
    case ErrorCode::RebalanceInProgress:
        join();
        return true;
    default:
        return false;
    }
}

void GroupMembership::rejoin()
{
    if (m_state == State::Stable)
        join();
}

void GroupMembership::join()
{
    if (m_state == State::Left)
        return;
    if (m_callbacks.onRejoin && m_state == State::Stable)
        m_callbacks.onRejoin();
    m_state = State::Joining;
    const std::uint64_t round = ++m_round;
    JoinGroupRequest req;
    req.groupId = m_config.groupId;
    req.memberId = m_memberId;
    req.clientId = m_config.clientId;
    req.clientHost = "/127.0.0.1";
    req.sessionTimeoutMs = m_config.sessionTimeoutMs;
    req.rebalanceTimeoutMs = m_config.rebalanceTimeoutMs;
    req.protocolType = "consumer";
    req.protocols = m_callbacks.protocols();
    req.requireKnownMemberId = true;
    m_node.call<JoinGroupResult>(
        m_coordinator,
        [req](Broker &b, Reply<JoinGroupResult> reply) { b.groups().joinGroup(req, std::move(reply)); },
        [this, round, alive = std::weak_ptr<int>(m_alive)](std::optional<JoinGroupResult> r) {
            if (alive.expired() || round != m_round || m_state != State::Joining)
                return;
            if (!r) {
                recover(ErrorCode::RequestTimedOut);
                return;
            }
            if (r->error == ErrorCode::MemberIdRequired) {
                m_memberId = r->memberId;
                join();
                return;
            }
            if (r->error != ErrorCode::None) {
                if (!recover(r->error)) {
                    logger("client")->warn("{}: joining group {} failed: {}", m_config.clientId, m_config.groupId,
                                           errorName(r->error));
                    retryLater([this] { join(); }, 500);
                }
                return;
            }
            m_memberId = r->memberId;
            m_generation = r->generationId;
            std::vector<SyncGroupAssignment> assignments;
            if (r->leaderId == r->memberId && m_callbacks.assign)
                assignments = m_callbacks.assign(r->protocolName.value_or(""), r->members);
            m_protocol = r->protocolName.value_or("");
            sync(std::move(assignments));
        },
        m_config.rebalanceTimeoutMs + m_config.requestTimeoutMs);
}

void GroupMembership::sync(std::vector<SyncGroupAssignment> assignments)
{
    m_state = State::Syncing;
    const std::uint64_t round = m_round;
    SyncGroupRequest req;
    req.groupId = m_config.groupId;
    req.generationId = m_generation;
    req.memberId = m_memberId;
    req.protocolType = "consumer";
    req.protocolName = m_protocol;
    req.assignments = std::move(assignments);
    m_node.call<SyncGroupResult>(
        m_coordinator,
        [req](Broker &b, Reply<SyncGroupResult> reply) { b.groups().syncGroup(req, std::move(reply)); },
        [this, round, alive = std::weak_ptr<int>(m_alive)](std::optional<SyncGroupResult> r) {
            if (alive.expired() || round != m_round || m_state != State::Syncing)
                return;
            if (!r) {
                recover(ErrorCode::RequestTimedOut);
                return;
            }
            if (r->error != ErrorCode::None) {
                if (!recover(r->error))
                    retryLater([this] { join(); }, 500);
                return;
            }
            m_state = State::Stable;
            if (m_callbacks.onAssigned)
                m_callbacks.onAssigned(m_protocol, r->assignment, m_generation);
            scheduleHeartbeat();
        },
        m_config.rebalanceTimeoutMs + m_config.requestTimeoutMs);
}

void GroupMembership::scheduleHeartbeat()
{
    m_heartbeatTimer->expires_after(std::chrono::milliseconds(m_config.heartbeatIntervalMs));
    m_heartbeatTimer->async_wait([this](const std::error_code &ec) {
        if (!ec && m_state == State::Stable)
            heartbeat();
    });
}

void GroupMembership::heartbeat()
{
    const std::uint64_t round = m_round;
    HeartbeatRequest req{m_config.groupId, m_generation, m_memberId, std::nullopt};
    m_node.call<ErrorCode>(
        m_coordinator, [req](Broker &b, Reply<ErrorCode> reply) { reply(b.groups().heartbeat(req)); },
        [this, round, alive = std::weak_ptr<int>(m_alive)](std::optional<ErrorCode> error) {
            if (alive.expired() || round != m_round || m_state != State::Stable)
                return;
            const ErrorCode e = error.value_or(ErrorCode::RequestTimedOut);
            if (e == ErrorCode::None || e == ErrorCode::RequestTimedOut) {
                scheduleHeartbeat();
                return;
            }
            recover(e);
        },
        m_config.requestTimeoutMs);
}

void GroupMembership::leave(std::function<void()> done)
{
    const bool member = !m_memberId.empty() && m_coordinator >= 0 && m_state != State::Left;
    m_state = State::Left;
    ++m_round;
    m_heartbeatTimer->cancel();
    m_retryTimer->cancel();
    if (!member) {
        done();
        return;
    }
    LeaveGroupRequest req;
    req.groupId = m_config.groupId;
    req.members.push_back({m_memberId, std::nullopt});
    m_node.call<LeaveGroupResult>(
        m_coordinator,
        [req](Broker &b, Reply<LeaveGroupResult> reply) { reply(b.groups().leaveGroup(req)); },
        [done = std::move(done)](std::optional<LeaveGroupResult>) { done(); }, m_config.requestTimeoutMs);
}

void GroupMembership::commit(std::vector<OffsetCommitPartition> offsets, std::function<void(ErrorCode)> done)
{
    if (m_coordinator < 0) {
        done(ErrorCode::CoordinatorNotAvailable);
        return;
    }
    OffsetCommitRequest req;
    req.groupId = m_config.groupId;
    req.generationId = m_state == State::Stable ? m_generation : -1;
    req.memberId = m_state == State::Stable ? m_memberId : std::string();
    req.partitions = std::move(offsets);
    m_node.call<OffsetCommitResult>(
        m_coordinator,
        [req](Broker &b, Reply<OffsetCommitResult> reply) { b.commitOffsets(req, std::move(reply)); },
        [done = std::move(done)](std::optional<OffsetCommitResult> r) {
            if (!r) {
                done(ErrorCode::RequestTimedOut);
                return;
            }
            for (const auto &p : *r)
                if (p.error != ErrorCode::None) {
                    done(p.error);
                    return;
                }
            done(ErrorCode::None);
        },
        m_config.requestTimeoutMs);
}

void GroupMembership::fetchCommitted(std::vector<TopicPartition> partitions,
                                     std::function<void(std::optional<OffsetFetchResult>)> done)
{
    if (m_coordinator < 0) {
        done(std::nullopt);
        return;
    }
    const std::string group = m_config.groupId;
    m_node.call<OffsetFetchResult>(
        m_coordinator,
        [group, partitions](Broker &b, Reply<OffsetFetchResult> reply) {
            reply(b.groups().fetchOffsets(group, partitions));
        },
        std::move(done), m_config.requestTimeoutMs);
}

} // namespace es
