// Committed offsets: OffsetCommit, OffsetFetch and OffsetDelete, kept by the group's
// coordinator in __consumer_offsets.

#include "cluster/group/group_coordinator.h"
#include "server/authorization.h"
#include "server/handlers/handler_support.h"
#include "server/handlers/handlers.h"

namespace es::server {

namespace {

using protocol::OffsetFetchResponse;

// One group's committed offsets in the response's layout. Before v2 there is no group
// error field, so a group error goes to every partition.
std::vector<OffsetFetchResponse::Topic>
fetchedTopics(const OffsetFetchResult &r, std::int16_t version,
              const std::optional<std::vector<TopicPartition>> &requested)
{
    TopicGrouper<OffsetFetchResponse::Topic> topics;
    if (version < 2 && r.error != ErrorCode::None && r.partitions.empty() && requested) {
        for (const auto &tp : *requested)
            topics.topic(tp.topic).partitions.push_back({tp.partition, -1, -1, "", r.error});
        return topics.take();
    }
    for (const auto &f : r.partitions) {
        OffsetFetchResponse::Partition p;
        p.partitionIndex = f.partition;
        p.committedOffset = f.offset;
        p.committedLeaderEpoch = f.leaderEpoch;
        p.metadata = f.metadata;
        p.errorCode = version < 2 && r.error != ErrorCode::None ? r.error : f.error;
        topics.topic(f.topic).partitions.push_back(std::move(p));
    }
    return topics.take();
}

std::optional<std::vector<TopicPartition>>
requestedPartitions(const std::optional<std::vector<protocol::OffsetFetchRequest::Topic>> &topics)
{
    if (!topics)
        return std::nullopt;
    std::vector<TopicPartition> out;
    for (const auto &t : *topics)
        for (auto p : t.partitionIndexes)
            out.push_back({t.name, p});
    return out;
}

bool mayOnGroup(const RequestContext &ctx, security::AclOperation operation, const std::string &group,
                std::string_view api)
{
    return authorize(ctx, operation, security::ResourceType::Group, group, api);
}

// Topics the client may not describe: named ones answered TOPIC_AUTHORIZATION_FAILED, and
// left out of an answer for every partition the group has committed (`requested` null).
void refuseUndescribable(const RequestContext &ctx, std::vector<OffsetFetchResponse::Topic> &topics,
                         bool named)
{
    // A topic left out is no refusal.
    TopicAuthorizer mayDescribe(ctx, security::AclOperation::Describe, protocol::OffsetFetchApi::kName,
                                named ? Denial::Kept : Denial::NotKept);
    std::erase_if(topics, [&](OffsetFetchResponse::Topic &t) {
        if (mayDescribe(t.name))
            return false;
        for (auto &p : t.partitions)
            p = {p.partitionIndex, -1, -1, "", ErrorCode::TopicAuthorizationFailed};
        return !named;
    });
}

} // namespace

void OffsetCommitHandler::handle(RequestContext ctx, protocol::OffsetCommitRequest request,
                                 Respond<protocol::OffsetCommitResponse> respond)
{
    protocol::OffsetCommitResponse refused;
    TopicGrouper<protocol::OffsetCommitResponse::Topic> refusedTopics;
    const bool groupAllowed = mayOnGroup(ctx, security::AclOperation::Read, request.groupId, Api::kName);
    TopicAuthorizer mayRead(ctx, security::AclOperation::Read, Api::kName);
    es::OffsetCommitRequest commit;
    commit.groupId = std::move(request.groupId);
    commit.generationId = ctx.version() >= 1 ? request.generationId : -1;
    commit.memberId = std::move(request.memberId);
    commit.groupInstanceId = std::move(request.groupInstanceId);
    commit.retentionTimeMs = ctx.version() >= 2 && ctx.version() <= 4 ? request.retentionTimeMs : -1;
    for (auto &t : request.topics)
        for (auto &p : t.partitions) {
            // As Kafka: without Read on the group nothing is committed; without Read on a
            // topic, its partitions are not.
            if (!groupAllowed)
                refusedTopics.topic(t.name).partitions.push_back(
                    {p.partitionIndex, ErrorCode::GroupAuthorizationFailed});
            else if (!mayRead(t.name))
                refusedTopics.topic(t.name).partitions.push_back(
                    {p.partitionIndex, ErrorCode::TopicAuthorizationFailed});
            else
                commit.partitions.push_back({t.name, p.partitionIndex, p.committedOffset,
                                             p.committedLeaderEpoch, p.committedMetadata.value_or("")});
        }
    if (!groupAllowed || commit.partitions.empty()) {
        refused.topics = refusedTopics.take();
        respond(refused);
        return;
    }
    ctx.broker().commitOffsets(std::move(commit), [respond, refusedTopics = std::move(refusedTopics)](
                                                      OffsetCommitResult results) mutable {
        protocol::OffsetCommitResponse response;
        auto &topics = refusedTopics;
        for (const auto &r : results)
            topics.topic(r.partition.topic).partitions.push_back({r.partition.partition, r.error});
        response.topics = topics.take();
        respond(response);
    });
}

void OffsetFetchHandler::handle(RequestContext ctx, protocol::OffsetFetchRequest request,
                                Respond<protocol::OffsetFetchResponse> respond)
{
    const GroupCoordinator &groups = ctx.broker().groups();
    OffsetFetchResponse response;
    // Describe on the group, then on each topic, as Kafka.
    const auto fetch = [&](const std::string &group,
                           const std::optional<std::vector<TopicPartition>> &requested, ErrorCode &error) {
        OffsetFetchResult r;
        if (!mayOnGroup(ctx, security::AclOperation::Describe, group, Api::kName))
            r.error = ErrorCode::GroupAuthorizationFailed;
        else
            r = groups.fetchOffsets(group, requested, ctx.version() >= 7 && request.requireStable);
        auto topics = fetchedTopics(r, ctx.version(), requested);
        if (r.error == ErrorCode::None)
            refuseUndescribable(ctx, topics, requested.has_value());
        error = r.error;
        return topics;
    };
    if (ctx.version() >= 8) {
        for (const auto &g : request.groups) {
            ErrorCode error = ErrorCode::None;
            auto topics = fetch(g.groupId, requestedPartitions(g.topics), error);
            response.groups.push_back({g.groupId, std::move(topics), error});
        }
    } else {
        response.topics = fetch(request.groupId, requestedPartitions(request.topics), response.errorCode);
    }
    respond(response);
}

void OffsetDeleteHandler::handle(RequestContext ctx, protocol::OffsetDeleteRequest request,
                                 Respond<protocol::OffsetDeleteResponse> respond)
{
    if (!mayOnGroup(ctx, security::AclOperation::Delete, request.groupId, Api::kName)) {
        protocol::OffsetDeleteResponse refused;
        refused.errorCode = ErrorCode::GroupAuthorizationFailed;
        respond(refused);
        return;
    }
    TopicAuthorizer mayRead(ctx, security::AclOperation::Read, Api::kName);
    TopicGrouper<protocol::OffsetDeleteResponse::Topic> refused;
    std::vector<TopicPartition> partitions;
    for (const auto &t : request.topics)
        for (const auto &p : t.partitions) {
            if (mayRead(t.name))
                partitions.push_back({t.name, p.partitionIndex});
            else
                refused.topic(t.name).partitions.push_back(
                    {p.partitionIndex, ErrorCode::TopicAuthorizationFailed});
        }
    ctx.broker().groups().deleteOffsets(
        request.groupId, partitions, [respond, refused = std::move(refused)](OffsetDeleteResult r) mutable {
            protocol::OffsetDeleteResponse response;
            response.errorCode = r.error;
            auto &topics = refused;
            for (const auto &p : r.partitions)
                topics.topic(p.partition.topic).partitions.push_back({p.partition.partition, p.error});
            response.topics = topics.take();
            respond(response);
        });
}

} // namespace es::server
