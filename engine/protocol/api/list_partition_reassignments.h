#pragma once

// ListPartitionReassignments (key 46), version 0, flexible from 0 (KIP-455): the
// reassignments in progress, of the named partitions (null: of every partition), each with
// its whole replica set and the replicas being added and removed.

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

struct ListPartitionReassignmentsApi;

struct ListPartitionReassignmentsRequest {
    using Api = ListPartitionReassignmentsApi;
    struct Topic {
        std::string name;
        std::vector<std::int32_t> partitionIndexes;
        bool operator==(const Topic &) const = default;
    };

    std::int32_t timeoutMs = 60000;
    std::optional<std::vector<Topic>> topics; // null: every partition

    bool operator==(const ListPartitionReassignmentsRequest &) const = default;
};

struct ListPartitionReassignmentsResponse {
    using Api = ListPartitionReassignmentsApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        std::vector<std::int32_t> replicas;
        std::vector<std::int32_t> addingReplicas;
        std::vector<std::int32_t> removingReplicas;
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
    std::vector<Topic> topics;

    bool operator==(const ListPartitionReassignmentsResponse &) const = default;
};

struct ListPartitionReassignmentsApi {
    static constexpr ApiKey kKey = ApiKey::ListPartitionReassignments;
    static constexpr std::string_view kName = "ListPartitionReassignments";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 0;
    static constexpr std::int16_t kFirstFlexibleVersion = 0;
    using Request = ListPartitionReassignmentsRequest;
    using Response = ListPartitionReassignmentsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
