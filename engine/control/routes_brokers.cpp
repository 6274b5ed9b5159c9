// The brokers: list them, add one, and stop, crash, pause, resume or restart one; and the
// controller: crash it and restart it; through the connection's BrokerControl. An action
// answers once the snapshots show the node in its new state (or after kShowChangeTimeout),
// so that the next GET agrees with it.

#include "connection/connection.h"
#include "control/request_body.h"
#include "control/route_files.h"
#include "control/snapshot_watch.h"
#include "control/status_json.h"

#include <charconv>

namespace es::control {

namespace {

using BrokerAct = std::function<Status(BrokerControl &, std::int32_t)>;

std::optional<std::int32_t> brokerIdFrom(const std::string &text)
{
    std::int32_t id = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id < 1)
        return std::nullopt;
    return id;
}

const BrokerSnapshot *findBroker(const ClusterSnapshot &snapshot, std::int32_t id)
{
    for (const BrokerSnapshot &b : snapshot.brokers)
        if (b.id == id)
            return &b;
    return nullptr;
}

ApiResponse noBroker(const std::string &id) { return ApiResponse::notFound("no broker " + id); }

ApiResponse noBrokerControl()
{
    return ApiResponse::notFound(
        "this connection cannot control its brokers (only a cluster that runs in this "
        "process can)");
}

// A body with none of the fields `known` names is refused before anything is done.
std::optional<ApiResponse> refusedBody(const Result<RequestBody> &body,
                                       std::initializer_list<std::string_view> known)
{
    if (!body)
        return ApiResponse::badRequest(body.status().message());
    if (Status s = body->onlyFields(known); !s.isOk())
        return ApiResponse::badRequest(s.message());
    return std::nullopt;
}

// Runs `act` on broker `idText` and answers {id, state} once the snapshots show `target`.
ApiResponse runBrokerAction(RouteContext &context, const std::string &idText, BrokerState target,
                            const BrokerAct &act)
{
    BrokerControl *control = context.connection.brokerControl();
    if (!control)
        return noBrokerControl();
    const auto id = brokerIdFrom(idText);
    if (!id)
        return noBroker(idText);
    if (Status s = act(*control, *id); !s.isOk()) {
        const ClusterSnapshotPtr snapshot = context.snapshots.latest();
        if (s.code() == StatusCode::NotFound || (snapshot && !findBroker(*snapshot, *id)))
            return noBroker(idText);
        if (s.code() == StatusCode::InvalidArgument) // the broker is not in a state the action applies to
            return ApiResponse::conflict(s.message());
        return ApiResponse::internal(s.message());
    }
    const ClusterSnapshotPtr shown = context.snapshots.waitFor(
        [&](const ClusterSnapshot &s) {
            const BrokerSnapshot *b = findBroker(s, *id);
            return b && b->state == target;
        },
        kShowChangeTimeout);
    const BrokerSnapshot *b = shown ? findBroker(*shown, *id) : nullptr;
    return ApiResponse::json(
        JsonValue::Object{{"id", *id}, {"state", std::string(brokerStateName(b ? b->state : target))}});
}

// A route for an action that takes no body fields.
void addAction(Routes &routes, RouteContext &context, std::string_view action, BrokerState target,
               BrokerAct act)
{
    routes.add(Method::Post, "/v1/brokers/{id}/" + std::string(action),
               [&context, target, act = std::move(act)](const ApiRequest &request) {
                   if (auto refused = refusedBody(RequestBody::parse(request.body), {}))
                       return *refused;
                   return runBrokerAction(context, request.param("id"), target, act);
               });
}

ApiResponse crash(RouteContext &context, const ApiRequest &request)
{
    auto body = RequestBody::parse(request.body);
    if (auto refused = refusedBody(body, {"loseUnflushed"}))
        return *refused;
    auto lose = body->boolean("loseUnflushed");
    if (!lose)
        return ApiResponse::badRequest(lose.status().message());
    // By default a crash loses what the brokers had not flushed, as a killed process does.
    const bool loseUnflushed = lose->value_or(true);
    return runBrokerAction(
        context, request.param("id"), BrokerState::Crashed,
        [loseUnflushed](BrokerControl &c, std::int32_t id) { return c.crashBroker(id, loseUnflushed); });
}

ApiResponse addBroker(RouteContext &context, const ApiRequest &request)
{
    if (auto refused = refusedBody(RequestBody::parse(request.body), {}))
        return *refused;
    BrokerControl *control = context.connection.brokerControl();
    if (!control)
        return noBrokerControl();
    auto added = control->addBroker();
    if (!added)
        return added.status().code() == StatusCode::InvalidArgument
                   ? ApiResponse::conflict(added.status().message())
                   : ApiResponse::internal(added.status().message());
    const std::int32_t id = *added;
    context.snapshots.waitFor(
        [id](const ClusterSnapshot &s) {
            const BrokerSnapshot *b = findBroker(s, id);
            return b && b->state == BrokerState::Running;
        },
        kShowChangeTimeout);
    return ApiResponse::json(JsonValue::Object{{"id", id}}, 201);
}

// POST /v1/controller/crash or /restart: {running} once the snapshots show it.
ApiResponse controllerAction(RouteContext &context, const ApiRequest &request, bool crash)
{
    if (auto refused = refusedBody(RequestBody::parse(request.body), {}))
        return *refused;
    BrokerControl *control = context.connection.brokerControl();
    if (!control)
        return noBrokerControl();
    if (Status s = crash ? control->crashController() : control->restartController(); !s.isOk())
        return s.code() == StatusCode::InvalidArgument ? ApiResponse::conflict(s.message())
                                                       : ApiResponse::internal(s.message());
    const bool running = !crash;
    const ClusterSnapshotPtr shown = context.snapshots.waitFor(
        [running](const ClusterSnapshot &s) { return s.controllerRunning == running; }, kShowChangeTimeout);
    return ApiResponse::json(JsonValue::Object{{"running", shown ? shown->controllerRunning : running}});
}

} // namespace

void addBrokerRoutes(Routes &routes, RouteContext &context)
{
    routes.add(Method::Get, "/v1/brokers", [&context](const ApiRequest &) {
        const ClusterSnapshotPtr snapshot = context.snapshots.latest();
        if (!snapshot)
            return noSnapshotYet();
        JsonValue::Array brokers;
        for (const BrokerSnapshot &b : snapshot->brokers)
            brokers.push_back(brokerJson(b));
        return ApiResponse::json(brokers);
    });
    routes.add(Method::Post, "/v1/brokers",
               [&context](const ApiRequest &r) { return addBroker(context, r); });
    routes.add(Method::Get, "/v1/brokers/{id}", [&context](const ApiRequest &request) {
        const ClusterSnapshotPtr snapshot = context.snapshots.latest();
        if (!snapshot)
            return noSnapshotYet();
        const auto id = brokerIdFrom(request.param("id"));
        const BrokerSnapshot *b = id ? findBroker(*snapshot, *id) : nullptr;
        return b ? ApiResponse::json(brokerJson(*b)) : noBroker(request.param("id"));
    });
    routes.add(Method::Post, "/v1/brokers/{id}/crash",
               [&context](const ApiRequest &r) { return crash(context, r); });
    addAction(routes, context, "stop", BrokerState::Stopped,
              [](BrokerControl &c, std::int32_t id) { return c.stopBroker(id); });
    addAction(routes, context, "pause", BrokerState::Paused,
              [](BrokerControl &c, std::int32_t id) { return c.pauseBroker(id); });
    addAction(routes, context, "resume", BrokerState::Running,
              [](BrokerControl &c, std::int32_t id) { return c.resumeBroker(id); });
    addAction(routes, context, "restart", BrokerState::Running,
              [](BrokerControl &c, std::int32_t id) { return c.restartBroker(id); });
    routes.add(Method::Post, "/v1/controller/crash",
               [&context](const ApiRequest &r) { return controllerAction(context, r, true); });
    routes.add(Method::Post, "/v1/controller/restart",
               [&context](const ApiRequest &r) { return controllerAction(context, r, false); });
}

} // namespace es::control
