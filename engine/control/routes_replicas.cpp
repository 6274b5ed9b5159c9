// GET /v1/topics/{name}/partitions/{p}/replicas: each broker's copy of one partition, batch
// by batch, so that a test can check after faults that no offset holds two different
// records across replicas (tests/chaos compares them):
//
//   {"topic", "partition", "replicas": [{broker, leader, logStartOffset, logEndOffset,
//     highWatermark, batches: [{baseOffset, lastOffset, leaderEpoch, crc}]}]}
//
// Only running brokers answer (a paused, stopped or crashed one is left out); each replica
// is read at one moment on its broker's loop.

#include "connection/connection.h"
#include "control/route_files.h"

#include <charconv>

namespace es::control {

namespace {

JsonValue replicaJson(const ReplicaLogDigest &digest)
{
    JsonValue::Array batches;
    batches.reserve(digest.batches.size());
    for (const BatchDigest &b : digest.batches)
        batches.emplace_back(JsonValue::Object{{"baseOffset", b.baseOffset},
                                               {"lastOffset", b.lastOffset},
                                               {"leaderEpoch", b.leaderEpoch},
                                               {"crc", static_cast<std::int64_t>(b.crc)}});
    return JsonValue::Object{{"broker", digest.broker},
                             {"leader", digest.leader},
                             {"logStartOffset", digest.logStartOffset},
                             {"logEndOffset", digest.logEndOffset},
                             {"highWatermark", digest.highWatermark},
                             {"batches", std::move(batches)}};
}

std::optional<std::int32_t> partitionNumber(const std::string &text)
{
    std::int32_t p = -1;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), p);
    if (ec != std::errc() || end != text.data() + text.size() || p < 0)
        return std::nullopt;
    return p;
}

ApiResponse replicas(Connection &connection, const ApiRequest &request)
{
    const std::string &topic = request.param("name");
    const std::optional<std::int32_t> partition = partitionNumber(request.param("p"));
    if (!partition)
        return ApiResponse::badRequest("the partition must be a number from 0, not \"" + request.param("p") +
                                       "\"");
    BrokerControl *control = connection.brokerControl();
    if (control == nullptr)
        return ApiResponse::notFound("this cluster does not show its replicas' logs");
    Result<std::vector<ReplicaLogDigest>> digests = control->replicaLogs({topic, *partition});
    if (!digests.isOk()) {
        const Status &s = digests.status();
        if (s.code() == StatusCode::NotFound)
            return ApiResponse::notFound(s.message());
        if (s.code() == StatusCode::TimedOut)
            return ApiResponse::unavailable(s.message());
        return ApiResponse::internal(s.message());
    }
    JsonValue::Array replicas;
    for (const ReplicaLogDigest &d : *digests)
        replicas.push_back(replicaJson(d));
    return ApiResponse::json(
        JsonValue::Object{{"topic", topic}, {"partition", *partition}, {"replicas", std::move(replicas)}});
}

} // namespace

void addReplicaRoutes(Routes &routes, RouteContext &context)
{
    routes.add(Method::Get, "/v1/topics/{name}/partitions/{p}/replicas",
               [&context](const ApiRequest &request) { return replicas(context.connection, request); });
}

} // namespace es::control
