#include "protocol/api/delete_topics.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    if (v >= 6) {
        io.array("topics", r.topics, [&](auto &t) {
            io.nullableString("name", t.name);
            io.uuid("topic_id", t.topicId);
            io.tags();
        });
    } else {
        io.stringArray("topic_names", r.topicNames);
    }
    io.int32("timeout_ms", r.timeoutMs);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 1)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("responses", r.responses, [&](auto &t) {
        io.nullableString("name", t.name, v >= 6);
        if (v >= 6)
            io.uuid("topic_id", t.topicId);
        io.errorCode("error_code", t.errorCode);
        if (v >= 5)
            io.nullableString("error_message", t.errorMessage);
        io.tags();
    });
    io.tags();
}

} // namespace

Result<DeleteTopicsRequest> DeleteTopicsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DeleteTopicsApi>(in, version, requestFields<FieldReader, DeleteTopicsRequest>);
}

void DeleteTopicsApi::encodeRequest(const DeleteTopicsRequest &request, std::int16_t version,
                                    ProtocolWriter &out)
{
    encodeMessage<DeleteTopicsApi>(request, version, out,
                                   requestFields<FieldWriter, const DeleteTopicsRequest>);
}

Result<DeleteTopicsResponse> DeleteTopicsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DeleteTopicsApi>(in, version, responseFields<FieldReader, DeleteTopicsResponse>);
}

void DeleteTopicsApi::encodeResponse(const DeleteTopicsResponse &response, std::int16_t version,
                                     ProtocolWriter &out)
{
    encodeMessage<DeleteTopicsApi>(response, version, out,
                                   responseFields<FieldWriter, const DeleteTopicsResponse>);
}

} // namespace es::protocol
