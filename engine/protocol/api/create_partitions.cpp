#include "protocol/api/create_partitions.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.int32("count", t.count);
        io.nullableArray("assignments", t.assignments, [&](auto &a) {
            io.int32Array("broker_ids", a.brokerIds);
            io.tags();
        });
        io.tags();
    });
    io.int32("timeout_ms", r.timeoutMs);
    io.boolean("validate_only", r.validateOnly);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("results", r.results, [&](auto &t) {
        io.string("name", t.name);
        io.errorCode("error_code", t.errorCode);
        io.nullableString("error_message", t.errorMessage);
        io.tags();
    });
    io.tags();
}

} // namespace

Result<CreatePartitionsRequest> CreatePartitionsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<CreatePartitionsApi>(in, version,
                                              requestFields<FieldReader, CreatePartitionsRequest>);
}

void CreatePartitionsApi::encodeRequest(const CreatePartitionsRequest &request, std::int16_t version,
                                        ProtocolWriter &out)
{
    encodeMessage<CreatePartitionsApi>(request, version, out,
                                       requestFields<FieldWriter, const CreatePartitionsRequest>);
}

Result<CreatePartitionsResponse> CreatePartitionsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<CreatePartitionsApi>(in, version,
                                              responseFields<FieldReader, CreatePartitionsResponse>);
}

void CreatePartitionsApi::encodeResponse(const CreatePartitionsResponse &response, std::int16_t version,
                                         ProtocolWriter &out)
{
    encodeMessage<CreatePartitionsApi>(response, version, out,
                                       responseFields<FieldWriter, const CreatePartitionsResponse>);
}

} // namespace es::protocol
