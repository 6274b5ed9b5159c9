#include "protocol/api/metadata.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.nullableArray(
        "topics", r.topics,
        [&](auto &t) {
            if (v >= 10)
                io.uuid("topic_id", t.topicId);
            io.nullableString("name", t.name, v >= 10);
            io.tags();
        },
        v >= 1);
    if (v >= 4)
        io.boolean("allow_auto_topic_creation", r.allowAutoTopicCreation);
    if (v >= 8 && v <= 10)
        io.boolean("include_cluster_authorized_operations", r.includeClusterAuthorizedOperations);
    if (v >= 8)
        io.boolean("include_topic_authorized_operations", r.includeTopicAuthorizedOperations);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 3)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("brokers", r.brokers, [&](auto &b) {
        io.int32("node_id", b.nodeId);
        io.string("host", b.host);
        io.int32("port", b.port);
        if (v >= 1)
            io.nullableString("rack", b.rack);
        io.tags();
    });
    if (v >= 2)
        io.nullableString("cluster_id", r.clusterId);
    if (v >= 1)
        io.int32("controller_id", r.controllerId);
    io.array("topics", r.topics, [&](auto &t) {
        io.errorCode("error_code", t.errorCode);
        io.nullableString("name", t.name, v >= 12);
        if (v >= 10)
            io.uuid("topic_id", t.topicId);
        if (v >= 1)
            io.boolean("is_internal", t.isInternal);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.errorCode("error_code", p.errorCode);
            io.int32("partition_index", p.partitionIndex);
            io.int32("leader_id", p.leaderId);
            if (v >= 7)
                io.int32("leader_epoch", p.leaderEpoch);
            io.int32Array("replica_nodes", p.replicaNodes);
            io.int32Array("isr_nodes", p.isrNodes);
            if (v >= 5)
                io.int32Array("offline_replicas", p.offlineReplicas);
            io.tags();
        });
        if (v >= 8)
            io.int32("topic_authorized_operations", t.topicAuthorizedOperations);
        io.tags();
    });
    if (v >= 8 && v <= 10)
        io.int32("cluster_authorized_operations", r.clusterAuthorizedOperations);
    io.tags();
}

} // namespace

Result<MetadataRequest> MetadataApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<MetadataApi>(in, version, requestFields<FieldReader, MetadataRequest>);
}

void MetadataApi::encodeRequest(const MetadataRequest &request, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<MetadataApi>(request, version, out, requestFields<FieldWriter, const MetadataRequest>);
}

Result<MetadataResponse> MetadataApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<MetadataApi>(in, version, responseFields<FieldReader, MetadataResponse>);
}

void MetadataApi::encodeResponse(const MetadataResponse &response, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<MetadataApi>(response, version, out, responseFields<FieldWriter, const MetadataResponse>);
}

} // namespace es::protocol
