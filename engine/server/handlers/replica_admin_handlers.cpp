// Replica administration: DescribeLogDirs answers from this broker's own replicas;
// ElectLeaders goes to the controller, which runs the elections, and is answered once this
// broker's metadata shows the new leaders.

#include "server/authorization.h"
#include "server/controller_call.h"
#include "server/handlers/handler_support.h"
#include "server/handlers/handlers.h"
#include "server/image_wait.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace es::server {

namespace {

using protocol::DescribeLogDirsResponse;
using protocol::ElectLeadersResponse;

// Kafka's log directory answer for one directory: its replicas' sizes, and the total and
// usable bytes of its file system (-1 when they cannot be read, as Kafka answers).
DescribeLogDirsResponse::LogDir describeLogDir(const Broker &broker,
                                               const std::optional<std::set<TopicPartition>> &wanted)
{
    std::vector<Broker::ReplicaView> replicas = broker.replicaViews();
    std::sort(replicas.begin(), replicas.end(), [](const auto &a, const auto &b) { return a.tp < b.tp; });
    TopicGrouper<DescribeLogDirsResponse::Topic> topics;
    for (const auto &r : replicas) {
        if (wanted && !wanted->count(r.tp))
            continue;
        // Kafka's offset lag: how far the log end is behind the high watermark this replica
        // knows, never below zero (so always 0 on the leader).
        const std::int64_t lag = std::max<std::int64_t>(r.highWatermark - r.logEnd, 0);
        topics.topic(r.tp.topic)
            .partitions.push_back({r.tp.partition, static_cast<std::int64_t>(r.sizeBytes), lag, false});
    }
    DescribeLogDirsResponse::LogDir dir;
    std::error_code ec;
    const std::filesystem::path path = std::filesystem::absolute(broker.dataDir(), ec);
    dir.logDir = (ec ? broker.dataDir() : path).string();
    dir.topics = topics.take();
    const std::filesystem::space_info space = std::filesystem::space(broker.dataDir(), ec);
    if (!ec) {
        dir.totalBytes = static_cast<std::int64_t>(space.capacity);
        dir.usableBytes = static_cast<std::int64_t>(space.available);
    }
    return dir;
}

std::optional<ElectionType> electionTypeOf(std::int8_t type)
{
    switch (type) {
    case protocol::kPreferredElection: return ElectionType::Preferred;
    case protocol::kUncleanElection: return ElectionType::Unclean;
    default: return std::nullopt;
    }
}

std::optional<std::vector<TopicPartition>>
namedPartitions(const std::optional<std::vector<protocol::ElectLeadersRequest::Topic>> &topics)
{
    if (!topics)
        return std::nullopt;
    std::vector<TopicPartition> out;
    for (const auto &t : *topics)
        for (auto p : t.partitions)
            out.push_back({t.topic, p});
    return out;
}

ElectLeadersResponse electionResponse(const std::vector<ElectionResult> &results)
{
    ElectLeadersResponse response;
    TopicGrouper<ElectLeadersResponse::Topic, &ElectLeadersResponse::Topic::topic> topics;
    for (const auto &r : results)
        topics.topic(r.tp.topic)
            .partitionResult.push_back(
                {r.tp.partition, r.error,
                 r.error == ErrorCode::None ? std::nullopt : std::optional<std::string>(r.message)});
    response.replicaElectionResults = topics.take();
    return response;
}

// Every named partition answered with the same error.
ElectLeadersResponse failedElection(const std::optional<std::vector<TopicPartition>> &partitions,
                                    ErrorCode error, const std::string &why)
{
    std::vector<ElectionResult> results;
    if (partitions)
        for (const auto &tp : *partitions)
            results.push_back({tp, error, why, -1});
    ElectLeadersResponse response = electionResponse(results);
    response.errorCode = error;
    return response;
}

} // namespace

void DescribeLogDirsHandler::handle(RequestContext ctx, protocol::DescribeLogDirsRequest request,
                                    Respond<protocol::DescribeLogDirsResponse> respond)
{
    std::optional<std::set<TopicPartition>> wanted;
    if (request.topics) {
        wanted.emplace();
        for (const auto &t : *request.topics)
            for (auto p : t.partitions)
                wanted->insert({t.topic, p});
    }
    DescribeLogDirsResponse response;
    // As Kafka: without Describe on the cluster, no log dir and (v3+) the error.
    if (!authorizeCluster(ctx, security::AclOperation::Describe, Api::kName)) {
        response.errorCode = ErrorCode::ClusterAuthorizationFailed;
        respond(response);
        return;
    }
    response.results.push_back(describeLogDir(ctx.broker(), wanted));
    respond(response);
}

void ElectLeadersHandler::handle(RequestContext ctx, protocol::ElectLeadersRequest request,
                                 Respond<protocol::ElectLeadersResponse> respond)
{
    const auto partitions = namedPartitions(request.topicPartitions);
    if (!authorizeCluster(ctx, security::AclOperation::Alter, Api::kName)) {
        respond(failedElection(partitions, ErrorCode::ClusterAuthorizationFailed,
                               std::string(errorMessage(ErrorCode::ClusterAuthorizationFailed))));
        return;
    }
    // v0 has no election type: it always asks for preferred leaders.
    const std::optional<ElectionType> type =
        electionTypeOf(ctx.version() >= 1 ? request.electionType : protocol::kPreferredElection);
    if (!type) {
        respond(failedElection(partitions, ErrorCode::InvalidRequest,
                               "unknown election type " + std::to_string(request.electionType)));
        return;
    }
    auto work = [type = *type, partitions](Controller &c) { return c.electLeaders(type, partitions); };
    const std::int32_t timeoutMs = request.timeoutMs;
    auto done = [ctx, respond, partitions, timeoutMs](std::optional<std::vector<ElectionResult>> results) {
        if (!results) {
            respond(failedElection(partitions, ErrorCode::RequestTimedOut,
                                   "the controller did not answer in time"));
            return;
        }
        std::map<TopicPartition, std::int32_t> elected;
        for (const auto &r : *results)
            if (r.error == ErrorCode::None)
                elected[r.tp] = r.leader;
        ElectLeadersResponse response = electionResponse(*results);
        auto answer = [respond, response](bool) { respond(response); };
        if (elected.empty() || timeoutMs <= 0) {
            answer(true);
            return;
        }
        waitForImage(
            ctx,
            [elected](const MetadataImage &image) {
                for (const auto &[tp, leader] : elected) {
                    const PartitionInfo *p = image.partition(tp);
                    if (!p || p->leader != leader)
                        return false;
                }
                return true;
            },
            std::chrono::milliseconds(timeoutMs), std::move(answer));
    };
    callController<std::vector<ElectionResult>>(ctx, std::move(work), std::move(done),
                                                adminTimeout(ctx, timeoutMs));
}

} // namespace es::server
