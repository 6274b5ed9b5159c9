// Configs: DescribeConfigs, AlterConfigs and IncrementalAlterConfigs for topics (their
// overrides and the broker defaults they fall back to) and brokers
// (broker_config_requests.h).

#include "cluster/cluster.h"
#include "cluster/topic_config_specs.h"
#include "server/authorization.h"
#include "server/controller_call.h"
#include "server/handlers/broker_config_requests.h"
#include "server/handlers/handlers.h"
#include "server/image_wait.h"

#include <algorithm>
#include <sstream>

namespace es::server {

namespace {

constexpr std::int8_t kTopicResource = 2;
constexpr std::int8_t kBrokerResource = 4;

enum class Op : std::int8_t { Set = 0, Delete = 1, Append = 2, Subtract = 3 };

constexpr std::int8_t kListType = static_cast<std::int8_t>(TopicConfigType::List);
constexpr std::int8_t kBrokerLoggerResource = 8;

// As Kafka: `operation` (DescribeConfigs, AlterConfigs) on the topic, or on the cluster for a
// broker resource; the error to answer when refused, None when allowed.
ErrorCode configRefusal(const RequestContext &ctx, std::int8_t type, const std::string &name,
                        security::AclOperation operation, std::string_view api)
{
    if (type == kTopicResource)
        return authorize(ctx, operation, security::ResourceType::Topic, name, api)
                   ? ErrorCode::None
                   : ErrorCode::TopicAuthorizationFailed;
    if (type == kBrokerResource || type == kBrokerLoggerResource)
        return authorizeCluster(ctx, operation, api) ? ErrorCode::None
                                                     : ErrorCode::ClusterAuthorizationFailed;
    return ErrorCode::None;
}

protocol::DescribeConfigsResponse::Config
toWire(const ConfigDescription &e, const protocol::DescribeConfigsRequest &request, std::int16_t version)
{
    protocol::DescribeConfigsResponse::Config c;
    c.name = e.name;
    c.value = e.value;
    c.readOnly = e.readOnly;
    c.isDefault = e.source == ConfigSource::Default;
    c.configSource = static_cast<std::int8_t>(e.source);
    if (version >= 1 && request.includeSynonyms)
        for (const auto &s : e.synonyms)
            c.synonyms.push_back({s.name, s.value, static_cast<std::int8_t>(s.source)});
    c.configType = e.type;
    if (request.includeDocumentation && !e.documentation.empty())
        c.documentation = e.documentation;
    return c;
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

using Plan = std::function<Result<TopicChanges>(const TopicConfig &)>;

// Append and subtract on a list config's current value (IncrementalAlterConfigs).
Result<std::string> editList(const std::string &name, std::int8_t type, const std::string &now, Op op,
                             const std::optional<std::string> &value)
{
    if (type != kListType)
        return Status::invalidArgument(name + " is not a list: it can only be set or deleted");
    auto items = splitList(now);
    for (const auto &item : splitList(value.value_or(""))) {
        auto it = std::find(items.begin(), items.end(), item);
        if (op == Op::Append && it == items.end())
            items.push_back(item);
        else if (op == Op::Subtract && it != items.end())
            items.erase(it);
    }
    return joinList(items);
}

// The answers of one alter request: the topics' (one controller call) and each broker
// resource's, joined on the broker's loop, in the request's order.
template <typename Response>
struct AlterJoin {
    using R = typename Response::ResourceResponse;
    explicit AlterJoin(Respond<Response> r) : respond(std::move(r)) {}

    std::vector<R> results;
    int pending = 1; // held by the setup until every call is made
    Respond<Response> respond;

    void finish()
    {
        if (--pending > 0)
            return;
        Response response;
        response.responses = std::move(results);
        respond(response);
    }
};

template <typename Response, typename Resource>
void alterResources(const RequestContext &ctx, const std::vector<Resource> &resources, bool validateOnly,
                    const std::function<Plan(const Resource &)> &topicPlan,
                    const std::function<BrokerPlan(const Resource &)> &brokerPlan, Respond<Response> respond)
{
    using R = typename Response::ResourceResponse;
    auto join = std::make_shared<AlterJoin<Response>>(std::move(respond));
    join->results.resize(resources.size());
    std::vector<std::pair<std::string, Plan>> topics;
    std::vector<std::size_t> topicIndexes;
    for (std::size_t i = 0; i < resources.size(); ++i) {
        const Resource &res = resources[i];
        if (const ErrorCode refused =
                configRefusal(ctx, res.resourceType, res.resourceName, security::AclOperation::AlterConfigs,
                              Response::Api::kName);
            refused != ErrorCode::None) {
            join->results[i] = resourceError<R>(res.resourceType, res.resourceName, refused,
                                                std::string(errorMessage(refused)));
        } else if (res.resourceType == kTopicResource) {
            topics.emplace_back(res.resourceName, topicPlan(res));
            topicIndexes.push_back(i);
        } else if (res.resourceType == kBrokerResource) {
            ++join->pending;
            alterBrokerResource(ctx, res.resourceName, brokerPlan(res), validateOnly,
                                [join, i, name = res.resourceName](const ResourceError &e) {
                                    R &out = join->results[i];
                                    out = resourceError<R>(kBrokerResource, name, e.error, e.message);
                                    if (e.error == ErrorCode::None)
                                        out.errorMessage = std::nullopt;
                                    join->finish();
                                });
        } else {
            join->results[i] =
                resourceError<R>(res.resourceType, res.resourceName, ErrorCode::InvalidRequest,
                                 "resource type " + std::to_string(res.resourceType) + " is not supported");
        }
    }
    if (!topics.empty()) {
        ++join->pending;
        std::vector<std::string> names;
        for (const auto &[name, plan] : topics)
            names.push_back(name);
        alterTopics<Plan>(ctx, std::move(topics), validateOnly,
                          [join, topicIndexes, names](std::optional<std::map<std::string, Altered>> results) {
                              for (std::size_t k = 0; k < topicIndexes.size(); ++k)
                                  join->results[topicIndexes[k]] =
                                      alteredResult<R>(kTopicResource, names[k], results);
                              join->finish();
                          });
    }
    join->finish();
}

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
        std::vector<ConfigDescription> entries;
        if (const ErrorCode refused = configRefusal(ctx, resource.resourceType, resource.resourceName,
                                                    security::AclOperation::DescribeConfigs, Api::kName);
            refused != ErrorCode::None) {
            out.errorCode = refused;
            out.errorMessage = std::string(errorMessage(refused));
        } else if (resource.resourceType == kTopicResource) {
            const TopicInfo *t = image ? image->topic(resource.resourceName) : nullptr;
            if (!t) {
                out.errorCode = ErrorCode::UnknownTopicOrPartition;
                out.errorMessage = "topic \"" + resource.resourceName + "\" does not exist";
            } else {
                // As in Kafka, the defaults are those of the broker that answers.
                for (const auto &e : image->topicConfigOn(*t, ctx.broker().id()).describe()) {
                    const TopicConfigSpec *spec = findTopicConfigSpec(e.name);
                    entries.push_back({e.name, e.value, e.source, false,
                                       static_cast<std::int8_t>(spec ? spec->type : TopicConfigType::String),
                                       e.documentation, e.synonyms});
                }
            }
        } else if (resource.resourceType == kBrokerResource) {
            ResourceError error;
            entries = describeBrokerResource(ctx, resource.resourceName, error);
            if (error.error != ErrorCode::None) {
                out.errorCode = error.error;
                out.errorMessage = error.message;
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
    using Resource = protocol::AlterConfigsRequest::Resource;
    // AlterConfigs replaces the whole set: overrides it does not name go back to defaults.
    auto topicPlan = [](const Resource &res) -> Plan {
        return [configs = res.configs](const TopicConfig &current) -> Result<TopicChanges> {
            TopicChanges changes;
            for (const auto &[name, value] : current.overrides())
                changes[name] = std::nullopt;
            for (const auto &c : configs)
                changes[c.name] = c.value;
            return changes;
        };
    };
    auto brokerPlan = [](const Resource &res) -> BrokerPlan {
        return [configs = res.configs](const std::vector<BrokerConfigEntry> &current,
                                       ConfigSource level) -> Result<BrokerConfigChanges> {
            BrokerConfigChanges changes;
            for (const auto &e : current)
                if (e.source == level)
                    changes[e.name] = std::nullopt;
            for (const auto &c : configs)
                changes[c.name] = c.value;
            return changes;
        };
    };
    alterResources<protocol::AlterConfigsResponse, Resource>(ctx, request.resources, request.validateOnly,
                                                             topicPlan, brokerPlan, std::move(respond));
}

void IncrementalAlterConfigsHandler::handle(RequestContext ctx,
                                            protocol::IncrementalAlterConfigsRequest request,
                                            Respond<protocol::IncrementalAlterConfigsResponse> respond)
{
    using Resource = protocol::IncrementalAlterConfigsRequest::Resource;
    auto topicPlan = [](const Resource &res) -> Plan {
        return [configs = res.configs](const TopicConfig &current) -> Result<TopicChanges> {
            TopicChanges changes;
            for (const auto &c : configs) {
                const auto op = static_cast<Op>(c.configOperation);
                if (op == Op::Set) {
                    changes[c.name] = c.value;
                } else if (op == Op::Delete) {
                    changes[c.name] = std::nullopt;
                } else if (op == Op::Append || op == Op::Subtract) {
                    const TopicConfigSpec *spec = findTopicConfigSpec(c.name);
                    std::string now;
                    for (const auto &e : current.describe())
                        if (e.name == c.name)
                            now = e.value;
                    auto edited =
                        editList(c.name, spec ? static_cast<std::int8_t>(spec->type) : 0, now, op, c.value);
                    if (!edited)
                        return edited.status();
                    changes[c.name] = *edited;
                } else {
                    return Status::invalidArgument("unknown config operation " +
                                                   std::to_string(c.configOperation));
                }
            }
            return changes;
        };
    };
    auto brokerPlan = [](const Resource &res) -> BrokerPlan {
        return [configs = res.configs](const std::vector<BrokerConfigEntry> &current,
                                       ConfigSource) -> Result<BrokerConfigChanges> {
            BrokerConfigChanges changes;
            for (const auto &c : configs) {
                const auto op = static_cast<Op>(c.configOperation);
                if (op == Op::Set) {
                    changes[c.name] = c.value;
                } else if (op == Op::Delete) {
                    changes[c.name] = std::nullopt;
                } else if (op == Op::Append || op == Op::Subtract) {
                    auto it = std::find_if(current.begin(), current.end(),
                                           [&](const BrokerConfigEntry &e) { return e.name == c.name; });
                    if (it == current.end())
                        return Status::invalidArgument("unknown broker config \"" + c.name + "\"");
                    auto edited = editList(c.name, static_cast<std::int8_t>(it->type), it->value.value_or(""),
                                           op, c.value);
                    if (!edited)
                        return edited.status();
                    changes[c.name] = *edited;
                } else {
                    return Status::invalidArgument("unknown config operation " +
                                                   std::to_string(c.configOperation));
                }
            }
            return changes;
        };
    };
    alterResources<protocol::IncrementalAlterConfigsResponse, Resource>(
        ctx, request.resources, request.validateOnly, topicPlan, brokerPlan, std::move(respond));
}

} // namespace es::server
