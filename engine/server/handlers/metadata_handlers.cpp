// Metadata and DescribeCluster: the brokers, the controller and the topics as this broker
// knows them; Metadata also creates topics on demand (auto.create.topics.enable).

#include "cluster/cluster.h"
#include "cluster/topic_name.h"
#include "server/authorization.h"
#include "server/handlers/handler_support.h"
#include "server/handlers/handlers.h"

#include <algorithm>

namespace es::server {

namespace {

using protocol::MetadataResponse;

MetadataResponse::Topic describeTopic(const TopicInfo &t, const MetadataImage &image)
{
    MetadataResponse::Topic out;
    out.name = t.name;
    out.topicId = topicUuid(t.topicId);
    out.isInternal = t.internal;
    for (const auto &p : t.partitions) {
        MetadataResponse::Partition mp;
        mp.partitionIndex = p.partition;
        const bool led = p.leader >= 0 && image.brokerAlive(p.leader);
        mp.errorCode = led ? ErrorCode::None : ErrorCode::LeaderNotAvailable;
        mp.leaderId = led ? p.leader : -1;
        mp.leaderEpoch = p.leaderEpoch;
        mp.replicaNodes = p.replicas;
        mp.isrNodes = p.isr;
        for (auto r : p.replicas)
            if (!image.brokerAlive(r))
                mp.offlineReplicas.push_back(r);
        out.partitions.push_back(std::move(mp));
    }
    return out;
}

MetadataResponse::Topic topicError(std::optional<std::string> name, ErrorCode error, protocol::Uuid id = {})
{
    MetadataResponse::Topic out;
    out.name = std::move(name);
    out.topicId = id;
    out.errorCode = error;
    return out;
}

const TopicInfo *topicById(const MetadataImage &image, const protocol::Uuid &id)
{
    for (const auto &[name, t] : image.topics)
        if (topicUuid(t.topicId) == id)
            return &t;
    return nullptr;
}

} // namespace

void MetadataHandler::handle(RequestContext ctx, protocol::MetadataRequest request,
                             Respond<protocol::MetadataResponse> respond)
{
    const MetadataImagePtr image = ctx.broker().metadata();
    MetadataResponse response;
    for (const auto &b : listedBrokers(ctx, image.get()))
        response.brokers.push_back({b.id, b.host, b.port, std::nullopt});
    response.clusterId = image ? std::optional<std::string>(image->clusterId) : std::nullopt;
    response.controllerId = listedControllerId(image.get(), listedBrokers(ctx, image.get()));

    // v0: an empty list means every topic; v1+: a null list does.
    const bool all = !request.topics || (ctx.version() == 0 && request.topics->empty());
    // As Kafka: a topic the client may not describe is left out of the whole list, and
    // answered TOPIC_AUTHORIZATION_FAILED when named, whether or not it exists.
    const auto mayDescribe = [&](const std::string &name, Denial denial = Denial::Kept) {
        return authorize(ctx, security::AclOperation::Describe, security::ResourceType::Topic, name,
                         Api::kName, denial);
    };
    // Asked for (v8+), what the client may do: on each topic described, and on the cluster.
    const auto withOperations = [&](MetadataResponse &out) {
        if (request.includeTopicAuthorizedOperations)
            for (auto &t : out.topics)
                if (t.errorCode == ErrorCode::None && t.name)
                    t.topicAuthorizedOperations =
                        authorizedOperations(ctx, security::ResourceType::Topic, *t.name);
        if (request.includeClusterAuthorizedOperations)
            out.clusterAuthorizedOperations = authorizedOperations(ctx, security::ResourceType::Cluster,
                                                                   security::kClusterResourceName);
    };
    if (all) {
        if (image)
            for (const auto &[name, t] : image->topics)
                if (mayDescribe(name, Denial::NotKept)) // a topic left out is no refusal
                    response.topics.push_back(describeTopic(t, *image));
        withOperations(response);
        respond(response);
        return;
    }
    // Before v4 a request cannot say no; from v4 the client chooses.
    const bool mayCreate = ctx.server().cluster().config().autoCreateTopics &&
                           (ctx.version() < 4 || request.allowAutoTopicCreation);
    // Creating needs Create on the cluster or on the topic; asked about the cluster once.
    std::optional<bool> mayCreateAny;
    const auto mayCreateTopic = [&](const std::string &name) {
        if (!mayCreateAny)
            mayCreateAny = authorizeCluster(ctx, security::AclOperation::Create, Api::kName, Denial::NotKept);
        return *mayCreateAny || authorize(ctx, security::AclOperation::Create, security::ResourceType::Topic,
                                          name, Api::kName);
    };
    for (const auto &requested : *request.topics) {
        if (!requested.name) {
            const TopicInfo *t = image ? topicById(*image, requested.topicId) : nullptr;
            if (t && !mayDescribe(t->name))
                t = nullptr; // an id the client may not describe is as good as unknown
            response.topics.push_back(
                t ? describeTopic(*t, *image)
                  : topicError(std::nullopt, ErrorCode::UnknownTopicId, requested.topicId));
            continue;
        }
        const std::string &name = *requested.name;
        const TopicInfo *existing = image ? image->topic(name) : nullptr;
        if (!mayDescribe(name)) {
            response.topics.push_back(topicError(name, ErrorCode::TopicAuthorizationFailed));
        } else if (existing) {
            response.topics.push_back(describeTopic(*existing, *image));
        } else if (!validateTopicName(name).isOk()) {
            response.topics.push_back(topicError(name, ErrorCode::InvalidTopicException));
        } else if (mayCreate && !isInternalTopic(name) && !mayCreateTopic(name)) {
            response.topics.push_back(topicError(name, ErrorCode::TopicAuthorizationFailed));
        } else if (mayCreate && !isInternalTopic(name)) {
            ctx.server().requestTopicCreation(name);
            response.topics.push_back(topicError(name, ErrorCode::LeaderNotAvailable));
        } else {
            response.topics.push_back(topicError(name, ErrorCode::UnknownTopicOrPartition));
        }
    }
    withOperations(response);
    respond(response);
}

void DescribeClusterHandler::handle(RequestContext ctx, protocol::DescribeClusterRequest request,
                                    Respond<protocol::DescribeClusterResponse> respond)
{
    const MetadataImagePtr image = ctx.broker().metadata();
    const auto brokers = listedBrokers(ctx, image.get());
    protocol::DescribeClusterResponse response;
    response.clusterId = image ? image->clusterId : std::string();
    response.controllerId = listedControllerId(image.get(), brokers);
    for (const auto &b : brokers)
        response.brokers.push_back({b.id, b.host, b.port, std::nullopt});
    if (request.includeClusterAuthorizedOperations)
        response.clusterAuthorizedOperations =
            authorizedOperations(ctx, security::ResourceType::Cluster, security::kClusterResourceName);
    respond(response);
}

} // namespace es::server
