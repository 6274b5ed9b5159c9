// The links between nodes: slow, lossy or cut ones, set one at a time and healed one at a
// time or all at once. Nodes are named as node_name.h says; only faulty links are listed.

#include "connection/connection.h"
#include "control/node_name.h"
#include "control/request_body.h"
#include "control/route_files.h"
#include "control/snapshot_watch.h"
#include "control/status_json.h"

#include <algorithm>
#include <climits>

namespace es::control {

namespace {

bool sameLink(const LinkState &link, NodeId a, NodeId b)
{
    return (link.a == a && link.b == b) || (link.a == b && link.b == a);
}

// Whether the snapshot's links show the link a-b with `fault` (a healthy one: not listed).
bool shows(const ClusterSnapshot &snapshot, NodeId a, NodeId b, const LinkFault &fault)
{
    auto it = std::find_if(snapshot.links.begin(), snapshot.links.end(),
                           [&](const LinkState &l) { return sameLink(l, a, b); });
    return fault.healthy() ? it == snapshot.links.end() : it != snapshot.links.end() && it->fault == fault;
}

// The node `name` names in this cluster, or the answer that refuses it.
Result<NodeId> nodeIn(const ClusterSnapshot &snapshot, const std::string &name)
{
    const auto node = nodeFromName(name);
    const bool known = node && (*node <= kControllerNode ||
                                std::any_of(snapshot.brokers.begin(), snapshot.brokers.end(),
                                            [&](const BrokerSnapshot &b) { return b.id == *node; }));
    if (!known)
        return Status::notFound("no node '" + name + "' (a broker id, \"controller\" or \"clients\")");
    return *node;
}

// What PUT asks for, read whole before anything changes.
Result<LinkFault> faultFrom(const std::string &text)
{
    auto body = RequestBody::parse(text);
    if (!body)
        return body.status();
    ES_RETURN_IF_ERROR(body->onlyFields({"latencyMs", "lossRate", "cut"}));
    auto latency = body->integer("latencyMs", 0, INT32_MAX);
    if (!latency)
        return latency.status();
    auto loss = body->number("lossRate", 0, 1);
    if (!loss)
        return loss.status();
    auto cut = body->boolean("cut");
    if (!cut)
        return cut.status();
    return LinkFault{.latencyMs = static_cast<std::int32_t>(latency->value_or(0)),
                     .lossRate = loss->value_or(0),
                     .cut = cut->value_or(false)};
}

ApiResponse setLink(RouteContext &context, const ApiRequest &request, bool heal)
{
    BrokerControl *control = context.connection.brokerControl();
    if (!control)
        return ApiResponse::notFound(
            "this connection cannot change its links (only a cluster that runs in this "
            "process can)");
    const ClusterSnapshotPtr snapshot = context.snapshots.latest();
    if (!snapshot)
        return noSnapshotYet();
    auto a = nodeIn(*snapshot, request.param("a"));
    if (!a)
        return ApiResponse::notFound(a.status().message());
    auto b = nodeIn(*snapshot, request.param("b"));
    if (!b)
        return ApiResponse::notFound(b.status().message());
    if (*a == *b)
        return ApiResponse::badRequest("a link joins two different nodes");
    LinkFault fault;
    if (!heal) {
        auto asked = faultFrom(request.body);
        if (!asked)
            return ApiResponse::badRequest(asked.status().message());
        fault = *asked;
    }
    control->setLink(*a, *b, fault);
    context.snapshots.waitFor([&](const ClusterSnapshot &s) { return shows(s, *a, *b, fault); },
                              kShowChangeTimeout);
    return ApiResponse::json(linkJson(LinkState{.a = *a, .b = *b, .fault = fault}));
}

} // namespace

void addLinkRoutes(Routes &routes, RouteContext &context)
{
    routes.add(Method::Get, "/v1/links", [&context](const ApiRequest &) {
        const ClusterSnapshotPtr snapshot = context.snapshots.latest();
        if (!snapshot)
            return noSnapshotYet();
        return ApiResponse::json(linksJson(snapshot->links));
    });
    routes.add(Method::Put, "/v1/links/{a}/{b}",
               [&context](const ApiRequest &request) { return setLink(context, request, false); });
    routes.add(Method::Delete, "/v1/links/{a}/{b}",
               [&context](const ApiRequest &request) { return setLink(context, request, true); });
    routes.add(Method::Delete, "/v1/links", [&context](const ApiRequest &) {
        BrokerControl *control = context.connection.brokerControl();
        if (!control)
            return ApiResponse::notFound("this connection cannot change its links");
        control->healLinks();
        context.snapshots.waitFor([](const ClusterSnapshot &s) { return s.links.empty(); },
                                  kShowChangeTimeout);
        return ApiResponse::json(JsonValue::Array{});
    });
}

} // namespace es::control
