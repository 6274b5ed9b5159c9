#include "protocol/api/describe_log_dirs.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.nullableArray("topics", r.topics, [&](auto &t) {
        io.string("topic", t.topic);
        io.int32Array("partitions", t.partitions);
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    if (v >= 3)
        io.errorCode("error_code", r.errorCode);
    io.array("results", r.results, [&](auto &d) {
        io.errorCode("error_code", d.errorCode);
        io.string("log_dir", d.logDir);
        io.array("topics", d.topics, [&](auto &t) {
            io.string("name", t.name);
            io.array("partitions", t.partitions, [&](auto &p) {
                io.int32("partition_index", p.partitionIndex);
                io.int64("partition_size", p.partitionSize);
                io.int64("offset_lag", p.offsetLag);
                io.boolean("is_future_key", p.isFutureKey);
                io.tags();
            });
            io.tags();
        });
        if (v >= 4) {
            io.int64("total_bytes", d.totalBytes);
            io.int64("usable_bytes", d.usableBytes);
        }
        io.tags();
    });
    io.tags();
}

} // namespace

Result<DescribeLogDirsRequest> DescribeLogDirsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DescribeLogDirsApi>(in, version, requestFields<FieldReader, DescribeLogDirsRequest>);
}

void DescribeLogDirsApi::encodeRequest(const DescribeLogDirsRequest &request, std::int16_t version,
                                       ProtocolWriter &out)
{
    encodeMessage<DescribeLogDirsApi>(request, version, out,
                                      requestFields<FieldWriter, const DescribeLogDirsRequest>);
}

Result<DescribeLogDirsResponse> DescribeLogDirsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DescribeLogDirsApi>(in, version,
                                             responseFields<FieldReader, DescribeLogDirsResponse>);
}

void DescribeLogDirsApi::encodeResponse(const DescribeLogDirsResponse &response, std::int16_t version,
                                        ProtocolWriter &out)
{
    encodeMessage<DescribeLogDirsApi>(response, version, out,
                                      responseFields<FieldWriter, const DescribeLogDirsResponse>);
}

} // namespace es::protocol
