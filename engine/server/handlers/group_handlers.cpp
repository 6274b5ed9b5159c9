// Group membership: FindCoordinator (for groups and transactional ids), JoinGroup,
// SyncGroup, Heartbeat and LeaveGroup. The broker's group coordinator decides; it answers
// NOT_COORDINATOR for groups it does not own, which sends clients back to FindCoordinator.

#include "cluster/group/group_coordinator.h"
#include "cluster/topic_name.h"
#include "cluster/txn/transaction_coordinator.h"
#include "cluster/txn/transaction_records.h"
#include "server/authorization.h"
#include "server/handlers/handler_support.h"
#include "server/handlers/handlers.h"

namespace es::server {

namespace {

constexpr std::int8_t kGroupKey = 0;
constexpr std::int8_t kTransactionKey = 1;

struct Located {
    ErrorCode error = ErrorCode::None;
    std::string message;
    std::int32_t nodeId = -1;
    std::string host;
    std::int32_t port = -1;
};

Located notFound(ErrorCode error, std::string message)
{
    Located l;
    l.error = error;
    l.message = std::move(message);
    return l;
}

Located locate(const RequestContext &ctx, const std::string &key, std::int8_t keyType)
{
    if (keyType != kGroupKey && keyType != kTransactionKey)
        return notFound(ErrorCode::InvalidRequest, "unknown coordinator key type " + std::to_string(keyType));
    const bool transaction = keyType == kTransactionKey;
    if (transaction ? !authorize(ctx, security::AclOperation::Describe, security::ResourceType::TransactionalId, key,
                                 protocol::FindCoordinatorApi::kName)
                    : !authorize(ctx, security::AclOperation::Describe, security::ResourceType::Group, key,
                                 protocol::FindCoordinatorApi::kName))
        return notFound(transaction ? ErrorCode::TransactionalIdAuthorizationFailed
                                    : ErrorCode::GroupAuthorizationFailed,
                        {});
    const MetadataImagePtr image = ctx.broker().metadata();
    const std::string topic(transaction ? kTransactionStateTopic : kConsumerOffsetsTopic);
    const TopicInfo *state = image ? image->topic(topic) : nullptr;
    if (!state || state->partitions.empty()) {
        // Created on first use, as Kafka does; the client asks again shortly.
        if (transaction)
            ctx.server().requestTransactionStateTopic();
        else
            ctx.server().requestOffsetsTopic();
        return notFound(ErrorCode::CoordinatorNotAvailable, topic + " is being created");
    }
    const auto partitions = static_cast<std::int32_t>(state->partitions.size());
    const auto p = transaction ? TransactionCoordinator::partitionFor(key, partitions)
                               : GroupCoordinator::partitionFor(key, partitions);
    const std::int32_t leader = state->partitions[static_cast<std::size_t>(p)].leader;
    if (leader < 0 || !image->brokerAlive(leader))
        return notFound(ErrorCode::CoordinatorNotAvailable, "partition " + std::to_string(p) + " of " + topic +
                                                                " has no leader right now");
    for (const auto &b : listedBrokers(ctx, image.get()))
        if (b.id == leader)
            return {ErrorCode::None, {}, b.id, b.host, b.port};
    return notFound(ErrorCode::CoordinatorNotAvailable, "the coordinator is not available");
}

// JoinGroup, SyncGroup, Heartbeat and LeaveGroup need Read on the group, as in Kafka.
bool mayRead(const RequestContext &ctx, const std::string &group, std::string_view api)
{
    return authorize(ctx, security::AclOperation::Read, security::ResourceType::Group, group, api);
}

} // namespace

void FindCoordinatorHandler::handle(RequestContext ctx, protocol::FindCoordinatorRequest request,
                                    Respond<protocol::FindCoordinatorResponse> respond)
{
    protocol::FindCoordinatorResponse response;
    if (ctx.version() >= 4) {
        for (const auto &key : request.coordinatorKeys) {
            const Located l = locate(ctx, key, request.keyType);
            response.coordinators.push_back(
                {key, l.nodeId, l.host, l.port, l.error,
                 l.message.empty() ? std::nullopt : std::optional<std::string>(l.message)});
        }
    } else {
        const Located l = locate(ctx, request.key, request.keyType);
        response.errorCode = l.error;
        if (!l.message.empty())
            response.errorMessage = l.message;
        response.nodeId = l.nodeId;
        response.host = l.host;
        response.port = l.port;
    }
    respond(response);
}

void JoinGroupHandler::handle(RequestContext ctx, protocol::JoinGroupRequest request,
                              Respond<protocol::JoinGroupResponse> respond)
{
    if (!mayRead(ctx, request.groupId, Api::kName)) {
        protocol::JoinGroupResponse refused;
        refused.errorCode = ErrorCode::GroupAuthorizationFailed;
        refused.protocolName = ctx.version() >= 7 ? std::nullopt : std::optional<std::string>("");
        respond(refused);
        return;
    }
    es::JoinGroupRequest join;
    join.groupId = std::move(request.groupId);
    join.memberId = std::move(request.memberId);
    join.groupInstanceId = std::move(request.groupInstanceId);
    join.clientId = ctx.clientId();
    join.clientHost = clientHost(ctx);
    join.sessionTimeoutMs = request.sessionTimeoutMs;
    join.rebalanceTimeoutMs = ctx.version() >= 1 ? request.rebalanceTimeoutMs : request.sessionTimeoutMs;
    join.protocolType = std::move(request.protocolType);
    for (auto &p : request.protocols)
        join.protocols.push_back({std::move(p.name), std::move(p.metadata)});
    join.requireKnownMemberId = ctx.version() >= 4;
    const std::int16_t version = ctx.version();
    ctx.broker().groups().joinGroup(std::move(join), [respond, version](JoinGroupResult r) {
        protocol::JoinGroupResponse response;
        response.errorCode = r.error;
        response.generationId = r.generationId;
        response.protocolType = r.protocolType;
        // Before v7 the protocol name cannot be null.
        response.protocolName = version >= 7 ? r.protocolName : std::optional(r.protocolName.value_or(""));
        response.leader = std::move(r.leaderId);
        response.memberId = std::move(r.memberId);
        for (auto &m : r.members)
            response.members.push_back(
                {std::move(m.memberId), std::move(m.groupInstanceId), std::move(m.metadata)});
        respond(response);
    });
}

void SyncGroupHandler::handle(RequestContext ctx, protocol::SyncGroupRequest request,
                              Respond<protocol::SyncGroupResponse> respond)
{
    if (!mayRead(ctx, request.groupId, Api::kName)) {
        protocol::SyncGroupResponse refused;
        refused.errorCode = ErrorCode::GroupAuthorizationFailed;
        respond(refused);
        return;
    }
    es::SyncGroupRequest sync;
    sync.groupId = std::move(request.groupId);
    sync.generationId = request.generationId;
    sync.memberId = std::move(request.memberId);
    sync.groupInstanceId = std::move(request.groupInstanceId);
    sync.protocolType = std::move(request.protocolType);
    sync.protocolName = std::move(request.protocolName);
    for (auto &a : request.assignments)
        sync.assignments.push_back({std::move(a.memberId), std::move(a.assignment)});
    ctx.broker().groups().syncGroup(std::move(sync), [respond](SyncGroupResult r) {
        protocol::SyncGroupResponse response;
        response.errorCode = r.error;
        response.protocolType = std::move(r.protocolType);
        response.protocolName = std::move(r.protocolName);
        response.assignment = std::move(r.assignment);
        respond(response);
    });
}

void HeartbeatHandler::handle(RequestContext ctx, protocol::HeartbeatRequest request,
                              Respond<protocol::HeartbeatResponse> respond)
{
    if (!mayRead(ctx, request.groupId, Api::kName)) {
        protocol::HeartbeatResponse refused;
        refused.errorCode = ErrorCode::GroupAuthorizationFailed;
        respond(refused);
        return;
    }
    es::HeartbeatRequest beat;
    beat.groupId = std::move(request.groupId);
    beat.generationId = request.generationId;
    beat.memberId = std::move(request.memberId);
    beat.groupInstanceId = std::move(request.groupInstanceId);
    protocol::HeartbeatResponse response;
    response.errorCode = ctx.broker().groups().heartbeat(beat);
    respond(response);
}

void LeaveGroupHandler::handle(RequestContext ctx, protocol::LeaveGroupRequest request,
                               Respond<protocol::LeaveGroupResponse> respond)
{
    if (!mayRead(ctx, request.groupId, Api::kName)) {
        protocol::LeaveGroupResponse refused;
        refused.errorCode = ErrorCode::GroupAuthorizationFailed;
        respond(refused);
        return;
    }
    es::LeaveGroupRequest leave;
    leave.groupId = std::move(request.groupId);
    if (ctx.version() <= 2) {
        leave.members.push_back({std::move(request.memberId), std::nullopt});
    } else {
        for (auto &m : request.members)
            leave.members.push_back({std::move(m.memberId), std::move(m.groupInstanceId)});
    }
    const LeaveGroupResult r = ctx.broker().groups().leaveGroup(leave);
    protocol::LeaveGroupResponse response;
    response.errorCode = r.error;
    if (ctx.version() <= 2) {
        // One member and one error code: the member's own.
        if (r.error == ErrorCode::None && !r.members.empty())
            response.errorCode = r.members.front().error;
    } else {
        for (const auto &m : r.members)
            response.members.push_back({m.memberId, m.groupInstanceId, m.error});
    }
    respond(response);
}

} // namespace es::server
