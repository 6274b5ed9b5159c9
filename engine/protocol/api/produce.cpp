#include "protocol/api/produce.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    if (v >= 3)
        io.nullableString("transactional_id", r.transactionalId);
    io.int16("acks", r.acks);
    io.int32("timeout_ms", r.timeoutMs);
    io.array("topic_data", r.topicData, [&](auto &t) {
        io.string("name", t.name);
        io.array("partition_data", t.partitionData, [&](auto &p) {
            io.int32("index", p.index);
            io.nullableBytes("records", p.records);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    io.array("responses", r.responses, [&](auto &t) {
        io.string("name", t.name);
        io.array("partition_responses", t.partitionResponses, [&](auto &p) {
            io.int32("index", p.index);
            io.errorCode("error_code", p.errorCode);
            io.int64("base_offset", p.baseOffset);
            if (v >= 2)
                io.int64("log_append_time_ms", p.logAppendTimeMs);
            if (v >= 5)
                io.int64("log_start_offset", p.logStartOffset);
            if (v >= 8) {
                io.array("record_errors", p.recordErrors, [&](auto &e) {
                    io.int32("batch_index", e.batchIndex);
                    io.nullableString("batch_index_error_message", e.batchIndexErrorMessage);
                    io.tags();
                });
                io.nullableString("error_message", p.errorMessage);
            }
            io.tags();
        });
        io.tags();
    });
    if (v >= 1)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    io.tags();
}

} // namespace

Result<ProduceRequest> ProduceApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<ProduceApi>(in, version, requestFields<FieldReader, ProduceRequest>);
}

void ProduceApi::encodeRequest(const ProduceRequest &request, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<ProduceApi>(request, version, out, requestFields<FieldWriter, const ProduceRequest>);
}

Result<ProduceResponse> ProduceApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<ProduceApi>(in, version, responseFields<FieldReader, ProduceResponse>);
}

void ProduceApi::encodeResponse(const ProduceResponse &response, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<ProduceApi>(response, version, out, responseFields<FieldWriter, const ProduceResponse>);
}

} // namespace es::protocol
