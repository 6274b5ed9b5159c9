#pragma once

// DescribeCluster (key 60), version 0, flexible from 0: the admin client's view of the
// brokers and the controller.

#include "common/error_code.h"
#include "common/status.h"
#include "protocol/api_key.h"
#include "protocol/protocol_reader.h"
#include "protocol/protocol_writer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es::protocol {

struct DescribeClusterApi;

struct DescribeClusterRequest {
    using Api = DescribeClusterApi;
    bool includeClusterAuthorizedOperations = false;

    bool operator==(const DescribeClusterRequest &) const = default;
};

struct DescribeClusterResponse {
    using Api = DescribeClusterApi;
    struct Broker {
        std::int32_t brokerId = 0;
        std::string host;
        std::int32_t port = 0;
        std::optional<std::string> rack;
        bool operator==(const Broker &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    ErrorCode errorCode = ErrorCode::None;
    std::optional<std::string> errorMessage;
    std::string clusterId;
    std::int32_t controllerId = -1;
    std::vector<Broker> brokers;
    std::int32_t clusterAuthorizedOperations = kNoAuthorizedOperations;

    bool operator==(const DescribeClusterResponse &) const = default;
};

struct DescribeClusterApi {
    static constexpr ApiKey kKey = ApiKey::DescribeCluster;
    static constexpr std::string_view kName = "DescribeCluster";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 0;
    static constexpr std::int16_t kFirstFlexibleVersion = 0;
    using Request = DescribeClusterRequest;
    using Response = DescribeClusterResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
