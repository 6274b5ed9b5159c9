// Topics: list, show, create (partitions and replication factor default to the cluster's),
// delete, and change configs (null puts one back to its default). Each change is made by
// the connection's admin calls, as Kafka's admin API would, and answered once the snapshots
// show it.

#include "connection/connection.h"
#include "control/admin_response.h"
#include "control/request_body.h"
#include "control/route_files.h"
#include "control/snapshot_watch.h"
#include "control/status_json.h"

#include <climits>

namespace es::control {

namespace {

const TopicSnapshot *findTopic(const ClusterSnapshot &snapshot, const std::string &name)
{
    for (const TopicSnapshot &t : snapshot.topics)
        if (t.name == name)
            return &t;
    return nullptr;
}

ApiResponse noTopic(const std::string &name) { return ApiResponse::notFound("no topic '" + name + "'"); }

// Kafka's limits: a replication factor is an INT16 on the wire.
constexpr std::int64_t kMaxReplicationFactor = 32767;
constexpr std::int64_t kMaxPartitions = 100000;

Result<CreateTopicSpec> createSpecFrom(const std::string &text)
{
    auto body = RequestBody::parse(text);
    if (!body)
        return body.status();
    ES_RETURN_IF_ERROR(body->onlyFields({"name", "partitions", "replicationFactor", "configs"}));
    auto name = body->string("name");
    if (!name)
        return name.status();
    if (!*name)
        return Status::invalidArgument("field 'name' is required");
    auto partitions = body->integer("partitions", 1, kMaxPartitions);
    if (!partitions)
        return partitions.status();
    auto replicationFactor = body->integer("replicationFactor", 1, kMaxReplicationFactor);
    if (!replicationFactor)
        return replicationFactor.status();
    auto configs = body->configs("configs", false);
    if (!configs)
        return configs.status();
    CreateTopicSpec spec;
    spec.name = **name;
    spec.partitions = static_cast<int>(partitions->value_or(-1)); // -1: the cluster's num.partitions
    spec.replicationFactor = static_cast<int>(replicationFactor->value_or(-1));
    for (const auto &[config, value] : configs->value_or(ConfigChanges{}))
        spec.configs[config] = *value;
    return spec;
}

ApiResponse createTopic(RouteContext &context, const ApiRequest &request)
{
    auto spec = createSpecFrom(request.body);
    if (!spec)
        return ApiResponse::badRequest(spec.status().message());
    if (AdminResult created = context.connection.createTopic(*spec); !created.ok())
        return adminError(created);
    const std::string &name = spec->name;
    const ClusterSnapshotPtr shown = context.snapshots.waitFor(
        [&](const ClusterSnapshot &s) { return findTopic(s, name) != nullptr; }, kShowChangeTimeout);
    const TopicSnapshot *topic = shown ? findTopic(*shown, name) : nullptr;
    return ApiResponse::json(topic ? topicJson(*topic) : JsonValue(JsonValue::Object{{"name", name}}), 201);
}

ApiResponse deleteTopic(RouteContext &context, const ApiRequest &request)
{
    const std::string &name = request.param("name");
    if (AdminResult deleted = context.connection.deleteTopic(name); !deleted.ok())
        return adminError(deleted);
    context.snapshots.waitFor([&](const ClusterSnapshot &s) { return findTopic(s, name) == nullptr; },
                              kShowChangeTimeout);
    return ApiResponse::json(JsonValue::Object{{"name", name}, {"deleted", true}});
}

// The topic's own value of `config` (Kafka's topic override), if it has one.
std::optional<std::string> overrideOf(const TopicSnapshot &topic, const std::string &config)
{
    for (const ConfigEntry &e : topic.configs)
        if (e.name == config && e.source == ConfigSource::DynamicTopic)
            return e.value;
    return std::nullopt;
}

// Whether the topic's overrides in `snapshot` are what `changes` made them.
bool showsConfigs(const ClusterSnapshot &snapshot, const std::string &name, const ConfigChanges &changes)
{
    const TopicSnapshot *topic = findTopic(snapshot, name);
    if (!topic)
        return false;
    for (const auto &[config, value] : changes)
        if (overrideOf(*topic, config) != value)
            return false;
    return true;
}

ApiResponse alterConfigs(RouteContext &context, const ApiRequest &request)
{
    const std::string &name = request.param("name");
    auto body = RequestBody::parse(request.body);
    if (!body)
        return ApiResponse::badRequest(body.status().message());
    auto changes = body->asConfigs(true);
    if (!changes)
        return ApiResponse::badRequest(changes.status().message());
    if (changes->empty())
        return ApiResponse::badRequest("the body names no config to change");
    if (AdminResult altered = context.connection.alterTopicConfigs(name, *changes); !altered.ok())
        return adminError(altered);
    const ClusterSnapshotPtr shown = context.snapshots.waitFor(
        [&](const ClusterSnapshot &s) { return showsConfigs(s, name, *changes); }, kShowChangeTimeout);
    const TopicSnapshot *topic = shown ? findTopic(*shown, name) : nullptr;
    return topic ? ApiResponse::json(topicJson(*topic)) : noTopic(name);
}

} // namespace

void addTopicRoutes(Routes &routes, RouteContext &context)
{
    routes.add(Method::Get, "/v1/topics", [&context](const ApiRequest &) {
        const ClusterSnapshotPtr snapshot = context.snapshots.latest();
        if (!snapshot)
            return noSnapshotYet();
        JsonValue::Array topics;
        for (const TopicSnapshot &t : snapshot->topics)
            topics.push_back(topicSummaryJson(t));
        return ApiResponse::json(topics);
    });
    routes.add(Method::Get, "/v1/topics/{name}", [&context](const ApiRequest &request) {
        const ClusterSnapshotPtr snapshot = context.snapshots.latest();
        if (!snapshot)
            return noSnapshotYet();
        const TopicSnapshot *topic = findTopic(*snapshot, request.param("name"));
        return topic ? ApiResponse::json(topicJson(*topic)) : noTopic(request.param("name"));
    });
    routes.add(Method::Post, "/v1/topics",
               [&context](const ApiRequest &r) { return createTopic(context, r); });
    routes.add(Method::Delete, "/v1/topics/{name}",
               [&context](const ApiRequest &r) { return deleteTopic(context, r); });
    routes.add(Method::Patch, "/v1/topics/{name}/configs",
               [&context](const ApiRequest &r) { return alterConfigs(context, r); });
}

} // namespace es::control
