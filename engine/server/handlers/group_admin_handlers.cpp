// Group administration: DescribeGroups, ListGroups and DeleteGroups, for the groups this
// broker coordinates (admin clients ask every broker, as with Kafka).

#include "cluster/group/group_coordinator.h"
#include "cluster/group/group_state.h"
#include "server/handlers/handlers.h"

namespace es::server {

void DescribeGroupsHandler::handle(RequestContext ctx, protocol::DescribeGroupsRequest request,
                                   Respond<protocol::DescribeGroupsResponse> respond)
{
    protocol::DescribeGroupsResponse response;
    for (auto &g : ctx.broker().groups().describeGroups(request.groups)) {
        protocol::DescribeGroupsResponse::Group out;
        out.errorCode = g.error;
        out.groupId = std::move(g.groupId);
        out.groupState = std::string(groupStateName(g.state));
        out.protocolType = std::move(g.protocolType);
        out.protocolData = std::move(g.protocol);
        for (auto &m : g.members)
            out.members.push_back({std::move(m.memberId), std::move(m.groupInstanceId), std::move(m.clientId),
                                   std::move(m.clientHost), std::move(m.metadata), std::move(m.assignment)});
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
    for (const auto &g : r.groups)
        response.groups.push_back({g.groupId, g.protocolType, std::string(groupStateName(g.state))});
    respond(response);
}

void DeleteGroupsHandler::handle(RequestContext ctx, protocol::DeleteGroupsRequest request,
                                 Respond<protocol::DeleteGroupsResponse> respond)
{
    ctx.broker().groups().deleteGroups(request.groupsNames,
                                       [respond](std::vector<DeleteGroupResult> results) {
                                           protocol::DeleteGroupsResponse response;
                                           for (auto &r : results)
                                               response.results.push_back({std::move(r.groupId), r.error});
                                           respond(response);
                                       });
}

} // namespace es::server
