#include "protocol/api/create_topics.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.int32("num_partitions", t.numPartitions);
        io.int16("replication_factor", t.replicationFactor);
        io.array("assignments", t.assignments, [&](auto &a) {
            io.int32("partition_index", a.partitionIndex);
            io.int32Array("broker_ids", a.brokerIds);
            io.tags();
        });
        io.array("configs", t.configs, [&](auto &c) {
            io.string("name", c.name);
            io.nullableString("value", c.value);
            io.tags();
        });
        io.tags();
    });
    io.int32("timeout_ms", r.timeoutMs);
    if (v >= 1)
        io.boolean("validate_only", r.validateOnly);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 2)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        if (v >= 7)
            io.uuid("topic_id", t.topicId);
        io.errorCode("error_code", t.errorCode);
        if (v >= 1)
            io.nullableString("error_message", t.errorMessage);
        if (v >= 5) {
            io.int32("num_partitions", t.numPartitions);
            io.int16("replication_factor", t.replicationFactor);
            io.nullableArray("configs", t.configs, [&](auto &c) {
                io.string("name", c.name);
                io.nullableString("value", c.value);
                io.boolean("read_only", c.readOnly);
                io.int8("config_source", c.configSource);
                io.boolean("is_sensitive", c.isSensitive);
                io.tags();
            });
        }
        io.tags([&](auto &tags) { tags.errorCode(0, t.topicConfigErrorCode); });
    });
    io.tags();
}

} // namespace

Result<CreateTopicsRequest> CreateTopicsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<CreateTopicsApi>(in, version, requestFields<FieldReader, CreateTopicsRequest>);
}

void CreateTopicsApi::encodeRequest(const CreateTopicsRequest &request, std::int16_t version,
                                    ProtocolWriter &out)
{
    encodeMessage<CreateTopicsApi>(request, version, out,
                                   requestFields<FieldWriter, const CreateTopicsRequest>);
}

Result<CreateTopicsResponse> CreateTopicsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<CreateTopicsApi>(in, version, responseFields<FieldReader, CreateTopicsResponse>);
}

void CreateTopicsApi::encodeResponse(const CreateTopicsResponse &response, std::int16_t version,
                                     ProtocolWriter &out)
{
    encodeMessage<CreateTopicsApi>(response, version, out,
                                   responseFields<FieldWriter, const CreateTopicsResponse>);
}

} // namespace es::protocol
