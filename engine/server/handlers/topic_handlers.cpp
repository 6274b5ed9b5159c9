// Topic administration: CreateTopics, DeleteTopics and CreatePartitions go to the
// controller (asynchronously) and are answered once this broker's metadata shows the
// change; DeleteRecords runs on the partition leaders.

#include "server/authorization.h"
#include "server/controller_call.h"
#include "server/handlers/handler_support.h"
#include "server/handlers/handlers.h"
#include "server/image_wait.h"

#include <set>

namespace es::server {

namespace {

constexpr std::int8_t kTopicConfigSource = 1;   // DYNAMIC_TOPIC_CONFIG
constexpr std::int8_t kDefaultConfigSource = 5; // DEFAULT_CONFIG

struct Created {
    std::string name;
    AdminResult result;
    std::int32_t partitions = -1;
    std::int16_t replicationFactor = -1;
    std::string topicId;
    std::vector<ConfigEntry> configs;
};

std::optional<std::string> messageOf(const AdminResult &r)
{
    return r.ok() || r.message.empty() ? std::nullopt : std::optional<std::string>(r.message);
}

// Answers once the broker's metadata satisfies `ready`, or after the request's timeout:
// the change is made either way, the client just may not see it here yet. A request with
// no timeout (0) is answered at once, as Kafka does.
void answerWhenVisible(const RequestContext &ctx, std::int32_t timeoutMs,
                       std::function<bool(const MetadataImage &)> ready, std::function<void()> answer)
{
    if (timeoutMs <= 0) {
        answer();
        return;
    }
    waitForImage(ctx, std::move(ready), std::chrono::milliseconds(timeoutMs),
                 [answer = std::move(answer)](bool) { answer(); });
}

// CreateTopics' replica lists in partition order; the partition ids must be 0, 1, 2, ...
// in any order, each once (INVALID_REPLICA_ASSIGNMENT otherwise, as Kafka).
Result<std::vector<std::vector<std::int32_t>>>
assignmentsByPartition(const std::vector<protocol::CreateTopicsRequest::Assignment> &assignments)
{
    std::map<std::int32_t, std::vector<std::int32_t>> byPartition;
    for (const auto &a : assignments)
        if (!byPartition.emplace(a.partitionIndex, a.brokerIds).second)
            return Status::invalidArgument("partition " + std::to_string(a.partitionIndex) +
                                           " is assigned more than once");
    std::vector<std::vector<std::int32_t>> out;
    for (auto &[partition, replicas] : byPartition) {
        if (partition != static_cast<std::int32_t>(out.size()))
            return Status::invalidArgument(
                "the assigned partitions must be numbered 0, 1, 2, ... without gaps");
        out.push_back(std::move(replicas));
    }
    return out;
}

} // namespace

void CreateTopicsHandler::handle(RequestContext ctx, protocol::CreateTopicsRequest request,
                                 Respond<protocol::CreateTopicsResponse> respond)
{
    std::map<std::string, int> seen;
    for (const auto &t : request.topics)
        ++seen[t.name];
    std::vector<CreateTopicSpec> specs;
    std::map<std::string, AdminResult> refused;
    // Create on the cluster allows every topic; otherwise Create on the topic, as Kafka.
    const bool mayCreateAny =
        authorizeCluster(ctx, security::AclOperation::Create, Api::kName, Denial::NotKept);
    for (const auto &t : request.topics) {
        if (seen[t.name] > 1) {
            refused[t.name] = {ErrorCode::InvalidRequest, "the topic is named more than once in the request"};
        } else if (!mayCreateAny && !authorize(ctx, security::AclOperation::Create,
                                               security::ResourceType::Topic, t.name, Api::kName)) {
            refused[t.name] = {ErrorCode::TopicAuthorizationFailed, {}};
        } else if (!t.assignments.empty() && (t.numPartitions != -1 || t.replicationFactor != -1)) {
            refused[t.name] = {ErrorCode::InvalidRequest,
                               "both numPartitions or replicationFactor and replica assignments were set; "
                               "give -1 for both with assignments"};
        } else if (auto assignments = assignmentsByPartition(t.assignments); !assignments) {
            refused[t.name] = {ErrorCode::InvalidReplicaAssignment, assignments.status().message()};
        } else {
            CreateTopicSpec spec;
            spec.name = t.name;
            spec.partitions = t.numPartitions;
            spec.replicationFactor = t.replicationFactor;
            spec.assignments = std::move(*assignments);
            for (const auto &c : t.configs)
                if (c.value)
                    spec.configs[c.name] = *c.value;
            spec.validateOnly = request.validateOnly;
            specs.push_back(std::move(spec));
        }
    }

    auto work = [specs](Controller &c) {
        std::vector<Created> out;
        for (const auto &spec : specs) {
            Created created;
            created.name = spec.name;
            created.result = c.createTopic(spec);
            if (const TopicInfo *t = c.image()->topic(spec.name);
                t && created.result.ok() && !spec.validateOnly) {
                created.partitions = static_cast<std::int32_t>(t->partitions.size());
                created.replicationFactor =
                    t->partitions.empty() ? -1 : static_cast<std::int16_t>(t->partitions[0].replicas.size());
                created.topicId = t->topicId;
                created.configs = t->config.describe();
            } else if (created.result.ok()) {
                created.partitions = spec.partitions;
                created.replicationFactor = static_cast<std::int16_t>(spec.replicationFactor);
            }
            out.push_back(std::move(created));
        }
        return out;
    };
    // As Kafka, a created topic's configs are told only with DescribeConfigs on it.
    std::set<std::string> configsHidden;
    for (const auto &spec : specs)
        if (!authorize(ctx, security::AclOperation::DescribeConfigs, security::ResourceType::Topic, spec.name,
                       Api::kName))
            configsHidden.insert(spec.name);
    const std::int32_t timeoutMs = request.timeoutMs;
    auto done = [ctx, respond, request = std::move(request), refused = std::move(refused),
                 configsHidden = std::move(configsHidden),
                 timeoutMs](std::optional<std::vector<Created>> created) {
        std::map<std::string, Created> byName;
        if (created)
            for (auto &c : *created)
                byName[c.name] = std::move(c);
        protocol::CreateTopicsResponse response;
        std::set<std::string> awaited;
        for (const auto &t : request.topics) {
            protocol::CreateTopicsResponse::Topic out;
            out.name = t.name;
            AdminResult result;
            if (auto r = refused.find(t.name); r != refused.end())
                result = r->second;
            else if (auto c = byName.find(t.name); c != byName.end())
                result = c->second.result;
            else
                result = {ErrorCode::RequestTimedOut, "the controller did not answer in time"};
            out.errorCode = result.error;
            out.errorMessage = messageOf(result);
            if (auto c = byName.find(t.name); c != byName.end() && result.ok()) {
                out.topicId = topicUuid(c->second.topicId);
                out.numPartitions = c->second.partitions;
                out.replicationFactor = c->second.replicationFactor;
                std::vector<protocol::CreateTopicsResponse::Config> configs;
                for (const auto &e : c->second.configs)
                    configs.push_back({e.name, e.value, false,
                                       e.isDefault ? kDefaultConfigSource : kTopicConfigSource, false});
                if (configsHidden.contains(t.name))
                    out.topicConfigErrorCode = ErrorCode::TopicAuthorizationFailed;
                else
                    out.configs = std::move(configs);
                if (!request.validateOnly)
                    awaited.insert(t.name);
            }
            response.topics.push_back(std::move(out));
        }
        answerWhenVisible(
            ctx, timeoutMs,
            [awaited](const MetadataImage &image) {
                for (const auto &name : awaited) {
                    const TopicInfo *t = image.topic(name);
                    if (!t)
                        return false;
                    for (const auto &p : t->partitions)
                        if (p.leader < 0)
                            return false;
                }
                return true;
            },
            [respond, response] { respond(response); });
    };
    callController<std::vector<Created>>(ctx, std::move(work), std::move(done), adminTimeout(ctx, timeoutMs));
}

void DeleteTopicsHandler::handle(RequestContext ctx, protocol::DeleteTopicsRequest request,
                                 Respond<protocol::DeleteTopicsResponse> respond)
{
    // Name every topic; v6 may name one by id, resolved against this broker's metadata.
    struct Target {
        std::optional<std::string> name;
        protocol::Uuid id;
        bool allowed = true; // Delete on the topic
    };
    std::vector<Target> targets;
    if (ctx.version() >= 6) {
        const MetadataImagePtr image = ctx.broker().metadata();
        for (const auto &t : request.topics) {
            Target target{t.name, t.topicId};
            if (!t.name && image)
                for (const auto &[name, info] : image->topics)
                    if (topicUuid(info.topicId) == t.topicId)
                        target.name = name;
            targets.push_back(std::move(target));
        }
    } else {
        for (const auto &name : request.topicNames)
            targets.push_back({name, {}});
    }
    std::vector<std::string> names;
    for (auto &t : targets) {
        if (t.name)
            t.allowed = authorize(ctx, security::AclOperation::Delete, security::ResourceType::Topic, *t.name,
                                  Api::kName);
        if (t.name && t.allowed)
            names.push_back(*t.name);
    }

    auto work = [names](Controller &c) {
        std::map<std::string, AdminResult> out;
        for (const auto &name : names)
            out[name] = c.deleteTopic(name);
        return out;
    };
    const std::int32_t timeoutMs = request.timeoutMs;
    auto done = [ctx, respond, targets,
                 timeoutMs](std::optional<std::map<std::string, AdminResult>> results) {
        protocol::DeleteTopicsResponse response;
        std::set<std::string> gone;
        for (const auto &t : targets) {
            protocol::DeleteTopicsResponse::TopicResult out;
            out.name = t.name;
            out.topicId = t.id;
            AdminResult result;
            if (!t.name)
                result = {ErrorCode::UnknownTopicId, "no topic has this id"};
            else if (!t.allowed)
                result = {ErrorCode::TopicAuthorizationFailed, {}};
            else if (!results)
                result = {ErrorCode::RequestTimedOut, "the controller did not answer in time"};
            else
                result = results->at(*t.name);
            out.errorCode = result.error;
            out.errorMessage = messageOf(result);
            if (result.ok())
                gone.insert(*t.name);
            response.responses.push_back(std::move(out));
        }
        answerWhenVisible(
            ctx, timeoutMs,
            [gone](const MetadataImage &image) {
                for (const auto &name : gone)
                    if (image.topic(name))
                        return false;
                return true;
            },
            [respond, response] { respond(response); });
    };
    callController<std::map<std::string, AdminResult>>(ctx, std::move(work), std::move(done),
                                                       adminTimeout(ctx, timeoutMs));
}

void CreatePartitionsHandler::handle(RequestContext ctx, protocol::CreatePartitionsRequest request,
                                     Respond<protocol::CreatePartitionsResponse> respond)
{
    using Assignment = std::optional<std::vector<std::vector<std::int32_t>>>;
    struct Growth {
        std::string name;
        int count = 0;
        Assignment assignments;
    };
    std::vector<Growth> grow;
    std::set<std::string> refused; // no Alter on the topic
    for (const auto &t : request.topics) {
        if (!authorize(ctx, security::AclOperation::Alter, security::ResourceType::Topic, t.name,
                       Api::kName)) {
            refused.insert(t.name);
            continue;
        }
        Assignment assignments;
        if (t.assignments) {
            assignments.emplace();
            for (const auto &a : *t.assignments)
                assignments->push_back(a.brokerIds);
        }
        grow.push_back({t.name, t.count, std::move(assignments)});
    }
    const bool validateOnly = request.validateOnly;
    auto work = [grow, validateOnly](Controller &c) {
        std::map<std::string, AdminResult> out;
        for (const auto &g : grow)
            out[g.name] = c.createPartitions(g.name, g.count, validateOnly, g.assignments);
        return out;
    };
    const std::int32_t timeoutMs = request.timeoutMs;
    auto done = [ctx, respond, request = std::move(request), refused = std::move(refused),
                 timeoutMs](std::optional<std::map<std::string, AdminResult>> results) {
        protocol::CreatePartitionsResponse response;
        std::map<std::string, std::size_t> awaited;
        for (const auto &t : request.topics) {
            AdminResult result;
            if (refused.contains(t.name))
                result = {ErrorCode::TopicAuthorizationFailed, {}};
            else if (!results)
                result = {ErrorCode::RequestTimedOut, "the controller did not answer in time"};
            else
                result = results->at(t.name);
            if (result.ok() && !request.validateOnly)
                awaited[t.name] = static_cast<std::size_t>(t.count);
            response.results.push_back({t.name, result.error, messageOf(result)});
        }
        answerWhenVisible(
            ctx, timeoutMs,
            [awaited](const MetadataImage &image) {
                for (const auto &[name, count] : awaited) {
                    const TopicInfo *t = image.topic(name);
                    if (!t || t->partitions.size() < count)
                        return false;
                }
                return true;
            },
            [respond, response] { respond(response); });
    };
    callController<std::map<std::string, AdminResult>>(ctx, std::move(work), std::move(done),
                                                       adminTimeout(ctx, timeoutMs));
}

void DeleteRecordsHandler::handle(RequestContext ctx, protocol::DeleteRecordsRequest request,
                                  Respond<protocol::DeleteRecordsResponse> respond)
{
    std::vector<DeleteRecordsPartition> forward;
    TopicAuthorizer mayDelete(ctx, security::AclOperation::Delete, Api::kName);
    TopicGrouper<protocol::DeleteRecordsResponse::Topic> refused;
    for (const auto &t : request.topics)
        for (const auto &p : t.partitions) {
            if (mayDelete(t.name))
                forward.push_back({TopicPartition{t.name, p.partitionIndex}, p.offset});
            else
                refused.topic(t.name).partitions.push_back(
                    {p.partitionIndex, -1, ErrorCode::TopicAuthorizationFailed});
        }
    ctx.broker().handleDeleteRecords(
        forward, [respond, refused = std::move(refused)](std::vector<DeleteRecordsResult> results) mutable {
            protocol::DeleteRecordsResponse response;
            auto &topics = refused;
            for (const auto &r : results)
                topics.topic(r.tp.topic).partitions.push_back({r.tp.partition, r.lowWatermark, r.error});
            response.topics = topics.take();
            respond(response);
        });
}

} // namespace es::server
