// Configs: DescribeConfigs for topics (their overrides and defaults) and brokers (the
// cluster's static settings), AlterConfigs and IncrementalAlterConfigs for topics.

#include "cluster/cluster.h"
#include "cluster/topic_config_specs.h"
#include "server/controller_call.h"
#include "server/handlers/handlers.h"
#include "server/image_wait.h"

#include <algorithm>
#include <sstream>

namespace es::server {

namespace {

constexpr std::int8_t kTopicResource = 2;
constexpr std::int8_t kBrokerResource = 4;

// Kafka's ConfigSource values.
constexpr std::int8_t kDynamicTopicConfig = 1;
constexpr std::int8_t kStaticBrokerConfig = 4;
constexpr std::int8_t kDefaultConfig = 5;

enum class Op : std::int8_t { Set = 0, Delete = 1, Append = 2, Subtract = 3 };

// Kafka's ConfigType: a topic config's own; a broker config's from the name's conventions.
std::int8_t configType(std::string_view name)
{
    if (const TopicConfigSpec *spec = findTopicConfigSpec(name))
        return static_cast<std::int8_t>(spec->type);
    auto endsWith = [&](std::string_view s) {
        return name.size() >= s.size() && name.substr(name.size() - s.size()) == s;
    };
    if (name == "cleanup.policy")
        return 7; // LIST
    if (endsWith(".enable"))
        return 1; // BOOLEAN
    if (endsWith(".ms") || endsWith(".bytes") || name == "flush.messages")
        return 5; // LONG
    if (name == "message.timestamp.type")
        return 2; // STRING
    return 3;     // INT: counts, ids, factors
}

struct Entry {
    std::string name;
    std::string value;
    std::int8_t source = kDefaultConfig;
    bool readOnly = false;
    std::string documentation;
};

protocol::DescribeConfigsResponse::Config
toWire(const Entry &e, const protocol::DescribeConfigsRequest &request, std::int16_t version)
{
    protocol::DescribeConfigsResponse::Config c;
    c.name = e.name;
    c.value = e.value;
    c.readOnly = e.readOnly;
    c.isDefault = e.source == kDefaultConfig;
    c.configSource = e.source;
    if (version >= 1 && request.includeSynonyms)
        c.synonyms.push_back({e.name, e.value, e.source});
    c.configType = configType(e.name);
    if (request.includeDocumentation && !e.documentation.empty())
        c.documentation = e.documentation;
    return c;
}

std::vector<Entry> brokerEntries(const RequestContext &ctx)
{
    const ClusterConfig &c = ctx.server().cluster().config();
    const ServerConfig &s = ctx.server().config();
    auto b = [](bool v) { return std::string(v ? "true" : "false"); };
    auto n = [](std::int64_t v) { return std::to_string(v); };
    const std::vector<std::pair<std::string, std::string>> values = {
        {"broker.id", n(ctx.server().brokerId())},
        {"auto.create.topics.enable", b(c.autoCreateTopics)},
        {"auto.leader.rebalance.enable", b(c.autoLeaderRebalance)},
        {"connections.max.idle.ms", n(s.connectionsMaxIdle.count())},
        {"default.replication.factor", n(c.defaultReplicationFactor)},
        {"group.initial.rebalance.delay.ms", n(c.groupInitialRebalanceDelayMs)},
        {"group.max.session.timeout.ms", n(c.groupMaxSessionTimeoutMs)},
        {"group.min.session.timeout.ms", n(c.groupMinSessionTimeoutMs)},
        {"log.cleaner.backoff.ms", n(c.logCleanerBackoffMs)},
        {"log.flush.interval.ms", n(c.logFlushIntervalMs)},
        {"log.retention.check.interval.ms", n(c.logRetentionCheckMs)},
        {"num.partitions", n(c.defaultPartitions)},
        {"offsets.topic.num.partitions", n(c.offsetsTopicPartitions)},
        {"offsets.topic.replication.factor", n(c.offsetsTopicReplicationFactor)},
        {"replica.fetch.wait.max.ms", n(c.replicaFetchWaitMaxMs)},
        {"replica.lag.time.max.ms", n(c.replicaLagTimeMaxMs)},
        {"socket.request.max.bytes", n(s.socketRequestMaxBytes)},
        {"unclean.leader.election.enable", b(c.uncleanLeaderElection)},
    };
    std::vector<Entry> out;
    for (const auto &[name, value] : values)
        out.push_back({name, value, kStaticBrokerConfig, true, {}});
    return out;
}

std::vector<std::string> splitList(const std::string &value)
{
    std::vector<std::string> items;
    std::stringstream in(value);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty())
            items.push_back(item);
    return items;
}

std::string joinList(const std::vector<std::string> &items)
{
    std::string out;
    for (const auto &i : items)
        out += (out.empty() ? "" : ",") + i;
    return out;
}

// What the controller returns for one altered resource: the outcome and the metadata
// version that carries it, which the answering broker waits for.
struct Altered {
    AdminResult result;
    std::int64_t version = 0;
};

using TopicChanges = std::map<std::string, std::optional<std::string>>;

// Alters topic configs on the controller, then answers once this broker has the new
// metadata. `plan` turns a topic's current config into the changes to apply.
template <typename Plan>
void alterTopics(const RequestContext &ctx, std::vector<std::pair<std::string, Plan>> topics,
                 bool validateOnly, std::function<void(std::optional<std::map<std::string, Altered>>)> answer)
{
    auto work = [topics = std::move(topics), validateOnly](Controller &c) {
        std::map<std::string, Altered> out;
        for (const auto &[name, plan] : topics) {
            const TopicInfo *t = c.image()->topic(name);
            if (!t) {
                out[name] = {{ErrorCode::UnknownTopicOrPartition, "topic \"" + name + "\" does not exist"},
                             0};
                continue;
            }
            auto changes = plan(t->config);
            if (!changes) {
                out[name] = {{ErrorCode::InvalidConfig, changes.status().message()}, 0};
                continue;
            }
            out[name] = {c.alterTopicConfigs(name, *changes, validateOnly), c.image()->version};
        }
        return out;
    };
    auto done = [ctx, answer = std::move(answer)](std::optional<std::map<std::string, Altered>> results) {
        std::int64_t version = 0;
        if (results)
            for (const auto &[name, a] : *results)
                version = std::max(version, a.version);
        waitForImage(
            ctx, [version](const MetadataImage &image) { return image.version >= version; },
            ctx.server().config().controllerTimeout,
            [answer, results = std::move(results)](bool) { answer(results); });
    };
    callController<std::map<std::string, Altered>>(ctx, std::move(work), std::move(done),
                                                   ctx.server().config().controllerTimeout);
}

template <typename ResourceResponse>
ResourceResponse resourceError(std::int8_t type, const std::string &name, ErrorCode error,
                               std::string message)
{
    ResourceResponse r;
    r.errorCode = error;
    r.errorMessage = std::move(message);
    r.resourceType = type;
    r.resourceName = name;
    return r;
}

template <typename ResourceResponse>
ResourceResponse alteredResult(std::int8_t type, const std::string &name,
                               const std::optional<std::map<std::string, Altered>> &results)
{
    if (!results)
        return resourceError<ResourceResponse>(type, name, ErrorCode::RequestTimedOut,
                                               "the controller did not answer in time");
    const AdminResult &r = results->at(name).result;
    ResourceResponse out = resourceError<ResourceResponse>(type, name, r.error, r.message);
    if (r.ok())
        out.errorMessage = std::nullopt;
    return out;
}

template <typename ResourceResponse>
std::optional<ResourceResponse> refuseNonTopic(std::int8_t type, const std::string &name)
{
    if (type == kTopicResource)
        return std::nullopt;
    if (type == kBrokerResource)
        return resourceError<ResourceResponse>(
            type, name, ErrorCode::InvalidConfig,
            "broker configs are static: set them when starting the cluster");
    return resourceError<ResourceResponse>(type, name, ErrorCode::InvalidRequest,
                                           "resource type " + std::to_string(type) + " is not supported");
}

using Plan = std::function<Result<TopicChanges>(const TopicConfig &)>;

} // namespace

void DescribeConfigsHandler::handle(RequestContext ctx, protocol::DescribeConfigsRequest request,
                                    Respond<protocol::DescribeConfigsResponse> respond)
{
    const MetadataImagePtr image = ctx.broker().metadata();
    protocol::DescribeConfigsResponse response;
    for (const auto &resource : request.resources) {
        protocol::DescribeConfigsResponse::ResourceResult out;
        out.resourceType = resource.resourceType;
        out.resourceName = resource.resourceName;
        std::vector<Entry> entries;
        if (resource.resourceType == kTopicResource) {
            const TopicInfo *t = image ? image->topic(resource.resourceName) : nullptr;
            if (!t) {
                out.errorCode = ErrorCode::UnknownTopicOrPartition;
                out.errorMessage = "topic \"" + resource.resourceName + "\" does not exist";
            } else {
                for (const auto &e : t->config.describe())
                    entries.push_back({e.name, e.value, e.isDefault ? kDefaultConfig : kDynamicTopicConfig,
                                       false, e.documentation});
            }
        } else if (resource.resourceType == kBrokerResource) {
            // Every broker runs with the cluster's settings; "" asks for the defaults.
            const std::string &name = resource.resourceName;
            if (!name.empty() &&
                !std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                out.errorCode = ErrorCode::InvalidRequest;
                out.errorMessage = "\"" + name + "\" is not a broker id";
            } else {
                entries = brokerEntries(ctx);
            }
        } else {
            out.errorCode = ErrorCode::InvalidRequest;
            out.errorMessage = "resource type " + std::to_string(resource.resourceType) + " is not supported";
        }
        for (const auto &e : entries)
            if (!resource.configurationKeys ||
                std::find(resource.configurationKeys->begin(), resource.configurationKeys->end(), e.name) !=
                    resource.configurationKeys->end())
                out.configs.push_back(toWire(e, request, ctx.version()));
        response.results.push_back(std::move(out));
    }
    respond(response);
}

void AlterConfigsHandler::handle(RequestContext ctx, protocol::AlterConfigsRequest request,
                                 Respond<protocol::AlterConfigsResponse> respond)
{
    using R = protocol::AlterConfigsResponse::ResourceResponse;
    std::vector<std::pair<std::string, Plan>> topics;
    for (const auto &res : request.resources) {
        if (res.resourceType != kTopicResource)
            continue;
        // AlterConfigs replaces the whole set: overrides it does not name go back to defaults.
        auto configs = res.configs;
        topics.emplace_back(res.resourceName, [configs](const TopicConfig &current) -> Result<TopicChanges> {
            TopicChanges changes;
            for (const auto &[name, value] : current.overrides())
                changes[name] = std::nullopt;
            for (const auto &c : configs)
                changes[c.name] = c.value;
            return changes;
        });
    }
    auto answer = [respond, request](std::optional<std::map<std::string, Altered>> results) {
        protocol::AlterConfigsResponse response;
        for (const auto &res : request.resources) {
            if (auto refused = refuseNonTopic<R>(res.resourceType, res.resourceName))
                response.responses.push_back(*refused);
            else
                response.responses.push_back(alteredResult<R>(res.resourceType, res.resourceName, results));
        }
        respond(response);
    };
    if (topics.empty()) {
        answer(std::map<std::string, Altered>{});
        return;
    }
    alterTopics<Plan>(ctx, std::move(topics), request.validateOnly, std::move(answer));
}

void IncrementalAlterConfigsHandler::handle(RequestContext ctx,
                                            protocol::IncrementalAlterConfigsRequest request,
                                            Respond<protocol::IncrementalAlterConfigsResponse> respond)
{
    using R = protocol::IncrementalAlterConfigsResponse::ResourceResponse;
    std::vector<std::pair<std::string, Plan>> topics;
    for (const auto &res : request.resources) {
        if (res.resourceType != kTopicResource)
            continue;
        auto configs = res.configs;
        topics.emplace_back(res.resourceName, [configs](const TopicConfig &current) -> Result<TopicChanges> {
            TopicChanges changes;
            for (const auto &c : configs) {
                switch (static_cast<Op>(c.configOperation)) {
                case Op::Set: changes[c.name] = c.value; break;
                case Op::Delete: changes[c.name] = std::nullopt; break;
                case Op::Append:
                case Op::Subtract: {
                    if (configType(c.name) != 7)
                        return Status::invalidArgument(c.name +
                                                       " is not a list: it can only be set or deleted");
                    std::string now;
                    for (const auto &e : current.describe())
                        if (e.name == c.name)
                            now = e.value;
                    auto items = splitList(now);
                    for (const auto &item : splitList(c.value.value_or(""))) {
                        auto it = std::find(items.begin(), items.end(), item);
                        if (static_cast<Op>(c.configOperation) == Op::Append && it == items.end())
                            items.push_back(item);
                        else if (static_cast<Op>(c.configOperation) == Op::Subtract && it != items.end())
                            items.erase(it);
                    }
                    changes[c.name] = joinList(items);
                    break;
                }
                default:
                    return Status::invalidArgument("unknown config operation " +
                                                   std::to_string(c.configOperation));
                }
            }
            return changes;
        });
    }
    auto answer = [respond, request](std::optional<std::map<std::string, Altered>> results) {
        protocol::IncrementalAlterConfigsResponse response;
        for (const auto &res : request.resources) {
            if (auto refused = refuseNonTopic<R>(res.resourceType, res.resourceName))
                response.responses.push_back(*refused);
            else
                response.responses.push_back(alteredResult<R>(res.resourceType, res.resourceName, results));
        }
        respond(response);
    };
    if (topics.empty()) {
        answer(std::map<std::string, Altered>{});
        return;
    }
    alterTopics<Plan>(ctx, std::move(topics), request.validateOnly, std::move(answer));
}

} // namespace es::server
