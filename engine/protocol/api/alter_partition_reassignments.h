#pragma once

// AlterPartitionReassignments (key 45), version 0, flexible from 0 (KIP-455): sets the
// target replicas of partitions, or cancels their reassignment (null replicas). The
// controller answers per partition; the top-level error covers the whole request.

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

struct AlterPartitionReassignmentsApi;

struct AlterPartitionReassignmentsRequest {
    using Api = AlterPartitionReassignmentsApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        std::optional<std::vector<std::int32_t>> replicas; // null: cancel the reassignment
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::int32_t timeoutMs = 60000;
    std::vector<Topic> topics;

    bool operator==(const AlterPartitionReassignmentsRequest &) const = default;
};

struct AlterPartitionReassignmentsResponse {
    using Api = AlterPartitionReassignmentsApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    ErrorCode errorCode = ErrorCode::None;
    std::optional<std::string> errorMessage;
    std::vector<Topic> responses;

    bool operator==(const AlterPartitionReassignmentsResponse &) const = default;
};

struct AlterPartitionReassignmentsApi {
    static constexpr ApiKey kKey = ApiKey::AlterPartitionReassignments;
    static constexpr std::string_view kName = "AlterPartitionReassignments";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 0;
    static constexpr std::int16_t kFirstFlexibleVersion = 0;
    using Request = AlterPartitionReassignmentsRequest;
    using Response = AlterPartitionReassignmentsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
