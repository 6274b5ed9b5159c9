// Group administration: DescribeGroups, ListGroups and DeleteGroups, for the groups this
// broker coordinates (admin clients ask every broker, as with Kafka).

#include "cluster/group/group_coordinator.h"
#include "cluster/group/group_state.h"
#include "server/authorization.h"
#include "server/handlers/handlers.h"

namespace es::server {

void DescribeGroupsHandler::handle(RequestContext ctx, protocol::DescribeGroupsRequest request,
                                   Respond<protocol::DescribeGroupsResponse> respond)
{
    protocol::DescribeGroupsResponse response;
    // As Kafka: a group the client may not describe is answered GROUP_AUTHORIZATION_FAILED,
    // in the order asked.
    std::vector<std::string> allowed;
    std::vector<bool> refused;
    for (const auto &group : request.groups) {
        refused.push_back(!authorize(ctx, security::AclOperation::Describe, security::ResourceType::Group,
                                     group, Api::kName));
        if (!refused.back())
            allowed.push_back(group);
    }
    auto described = ctx.broker().groups().describeGroups(allowed);
    std::size_t next = 0;
    for (std::size_t i = 0; i < request.groups.size(); ++i) {
        if (refused[i] || next >= described.size()) {
            protocol::DescribeGroupsResponse::Group out;
            out.errorCode = ErrorCode::GroupAuthorizationFailed;
            out.groupId = request.groups[i];
            response.groups.push_back(std::move(out));
            continue;
        }
        auto &g = described[next++];
        protocol::DescribeGroupsResponse::Group out;
        out.errorCode = g.error;
        out.groupId = std::move(g.groupId);
        out.groupState = std::string(groupStateName(g.state));
        out.protocolType = std::move(g.protocolType);
        out.protocolData = std::move(g.protocol);
        for (auto &m : g.members)
            out.members.push_back({std::move(m.memberId), std::move(m.groupInstanceId), std::move(m.clientId),
                                   std::move(m.clientHost), std::move(m.metadata), std::move(m.assignment)});
        if (request.includeAuthorizedOperations) // v3+
            out.authorizedOperations = authorizedOperations(ctx, security::ResourceType::Group, out.groupId);
        response.groups.push_back(std::move(out));
    }
    respond(response);
}

void ListGroupsHandler::handle(RequestContext ctx, protocol::ListGroupsRequest request,
                               Respond<protocol::ListGroupsResponse> respond)
{
    std::vector<GroupState> states;
    bool unknownState = false;
    for (const auto &name : request.statesFilter) {
        if (auto s = parseGroupState(name))
            states.push_back(*s);
        else
            unknownState = true;
    }
    protocol::ListGroupsResponse response;
    // A filter naming only states that do not exist matches no group.
    if (unknownState && states.empty()) {
        respond(response);
        return;
    }
    const ListGroupsResult r = ctx.broker().groups().listGroups(states);
    response.errorCode = r.error;
    // Describe on the cluster lists every group; otherwise those the client may describe.
    const bool all = authorizeCluster(ctx, security::AclOperation::Describe, Api::kName, Denial::NotKept);
    for (const auto &g : r.groups)
        if (all || authorize(ctx, security::AclOperation::Describe, security::ResourceType::Group, g.groupId,
                             Api::kName, Denial::NotKept))
            response.groups.push_back({g.groupId, g.protocolType, std::string(groupStateName(g.state))});
    respond(response);
}

void DeleteGroupsHandler::handle(RequestContext ctx, protocol::DeleteGroupsRequest request,
                                 Respond<protocol::DeleteGroupsResponse> respond)
{
    protocol::DeleteGroupsResponse refused;
    std::vector<std::string> allowed;
    for (auto &group : request.groupsNames) {
        if (authorize(ctx, security::AclOperation::Delete, security::ResourceType::Group, group, Api::kName))
            allowed.push_back(std::move(group));
        else
            refused.results.push_back({std::move(group), ErrorCode::GroupAuthorizationFailed});
    }
    if (allowed.empty()) {
        respond(refused);
        return;
    }
    ctx.broker().groups().deleteGroups(allowed, [respond, refused](std::vector<DeleteGroupResult> results) {
        protocol::DeleteGroupsResponse response = refused;
        for (auto &r : results)
            response.results.push_back({std::move(r.groupId), r.error});
        respond(response);
    });
}

} // namespace es::server
