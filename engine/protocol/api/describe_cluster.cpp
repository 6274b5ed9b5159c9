#include "protocol/api/describe_cluster.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.boolean("include_cluster_authorized_operations", r.includeClusterAuthorizedOperations);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.errorCode("error_code", r.errorCode);
    io.nullableString("error_message", r.errorMessage);
    io.string("cluster_id", r.clusterId);
    io.int32("controller_id", r.controllerId);
    io.array("brokers", r.brokers, [&](auto &b) {
        io.int32("broker_id", b.brokerId);
        io.string("host", b.host);
        io.int32("port", b.port);
        io.nullableString("rack", b.rack);
        io.tags();
    });
    io.int32("cluster_authorized_operations", r.clusterAuthorizedOperations);
    io.tags();
}

} // namespace

Result<DescribeClusterRequest> DescribeClusterApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DescribeClusterApi>(in, version, requestFields<FieldReader, DescribeClusterRequest>);
}

void DescribeClusterApi::encodeRequest(const DescribeClusterRequest &request, std::int16_t version,
                                       ProtocolWriter &out)
{
    encodeMessage<DescribeClusterApi>(request, version, out,
                                      requestFields<FieldWriter, const DescribeClusterRequest>);
}

Result<DescribeClusterResponse> DescribeClusterApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DescribeClusterApi>(in, version,
                                             responseFields<FieldReader, DescribeClusterResponse>);
}

void DescribeClusterApi::encodeResponse(const DescribeClusterResponse &response, std::int16_t version,
                                        ProtocolWriter &out)
{
    encodeMessage<DescribeClusterApi>(response, version, out,
                                      responseFields<FieldWriter, const DescribeClusterResponse>);
}

} // namespace es::protocol
