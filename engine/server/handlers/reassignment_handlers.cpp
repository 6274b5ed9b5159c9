// Partition reassignments on the wire (KIP-455). Both requests go to the controller, which
// keeps the moves in the metadata; AlterPartitionReassignments is answered once this
// broker's metadata shows the moves it started, so a ListPartitionReassignments or a
// Metadata request that follows on the same broker sees them.

#include "server/authorization.h"
#include "server/controller_call.h"
#include "server/handlers/handler_support.h"
#include "server/handlers/handlers.h"
#include "server/image_wait.h"

namespace es::server {

namespace {

using protocol::AlterPartitionReassignmentsResponse;
using protocol::ListPartitionReassignmentsResponse;

std::vector<ReassignmentChange> changesOf(const protocol::AlterPartitionReassignmentsRequest &request)
{
    std::vector<ReassignmentChange> out;
    for (const auto &t : request.topics)
        for (const auto &p : t.partitions)
            out.push_back({{t.name, p.partitionIndex}, p.replicas});
    return out;
}

AlterPartitionReassignmentsResponse alterResponse(const std::vector<ReassignmentResult> &results)
{
    AlterPartitionReassignmentsResponse response;
    TopicGrouper<AlterPartitionReassignmentsResponse::Topic> topics;
    for (const auto &r : results)
        topics.topic(r.tp.topic)
            .partitions.push_back(
                {r.tp.partition, r.error,
                 r.error == ErrorCode::None ? std::nullopt : std::optional<std::string>(r.message)});
    response.responses = topics.take();
    return response;
}

// Every partition answered with the same error, and the request with it too.
AlterPartitionReassignmentsResponse failedAlter(const std::vector<ReassignmentChange> &changes,
                                                ErrorCode error, const std::string &why)
{
    std::vector<ReassignmentResult> results;
    for (const auto &c : changes)
        results.push_back({c.tp, error, why});
    AlterPartitionReassignmentsResponse response = alterResponse(results);
    response.errorCode = error;
    response.errorMessage = why;
    return response;
}

} // namespace

void AlterPartitionReassignmentsHandler::handle(
    RequestContext ctx, protocol::AlterPartitionReassignmentsRequest request,
    Respond<protocol::AlterPartitionReassignmentsResponse> respond)
{
    struct Outcome {
        std::vector<ReassignmentResult> results;
        std::int64_t version = 0; // of the controller's image with the changes made
    };
    auto changes = changesOf(request);
    if (!authorizeCluster(ctx, security::AclOperation::Alter, Api::kName)) {
        respond(failedAlter(changes, ErrorCode::ClusterAuthorizationFailed,
                            std::string(errorMessage(ErrorCode::ClusterAuthorizationFailed))));
        return;
    }
    auto work = [changes](Controller &c) {
        Outcome out;
        out.results = c.alterPartitionReassignments(changes);
        out.version = c.image() ? c.image()->version : 0;
        return out;
    };
    const std::int32_t timeoutMs = request.timeoutMs;
    auto done = [ctx, respond, changes, timeoutMs](std::optional<Outcome> outcome) {
        if (!outcome) {
            respond(
                failedAlter(changes, ErrorCode::RequestTimedOut, "the controller did not answer in time"));
            return;
        }
        AlterPartitionReassignmentsResponse response = alterResponse(outcome->results);
        auto answer = [respond, response](bool) { respond(response); };
        if (timeoutMs <= 0) {
            answer(true);
            return;
        }
        waitForImage(
            ctx,
            [version = outcome->version](const MetadataImage &image) { return image.version >= version; },
            std::chrono::milliseconds(timeoutMs), std::move(answer));
    };
    callController<Outcome>(ctx, std::move(work), std::move(done), adminTimeout(ctx, timeoutMs));
}

void ListPartitionReassignmentsHandler::handle(RequestContext ctx,
                                               protocol::ListPartitionReassignmentsRequest request,
                                               Respond<protocol::ListPartitionReassignmentsResponse> respond)
{
    if (!authorizeCluster(ctx, security::AclOperation::Describe, Api::kName)) {
        ListPartitionReassignmentsResponse refused;
        refused.errorCode = ErrorCode::ClusterAuthorizationFailed;
        refused.errorMessage = std::string(errorMessage(ErrorCode::ClusterAuthorizationFailed));
        respond(refused);
        return;
    }
    std::optional<std::vector<TopicPartition>> named;
    if (request.topics) {
        named.emplace();
        for (const auto &t : *request.topics)
            for (auto p : t.partitionIndexes)
                named->push_back({t.name, p});
    }
    auto work = [named](Controller &c) { return c.listPartitionReassignments(named); };
    auto done = [respond](std::optional<std::vector<OngoingReassignment>> ongoing) {
        ListPartitionReassignmentsResponse response;
        if (!ongoing) {
            response.errorCode = ErrorCode::RequestTimedOut;
            response.errorMessage = "the controller did not answer in time";
            respond(response);
            return;
        }
        TopicGrouper<ListPartitionReassignmentsResponse::Topic> topics;
        for (const auto &o : *ongoing)
            topics.topic(o.tp.topic).partitions.push_back({o.tp.partition, o.replicas, o.adding, o.removing});
        response.topics = topics.take();
        respond(response);
    };
    callController<std::vector<OngoingReassignment>>(ctx, std::move(work), std::move(done),
                                                     adminTimeout(ctx, request.timeoutMs));
}

} // namespace es::server
