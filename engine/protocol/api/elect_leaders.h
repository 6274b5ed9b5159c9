#pragma once

// ElectLeaders (key 43), versions 0-2, flexible from 2: asks the controller to elect
// partition leaders, preferred (the first replica of the assignment) or unclean (a live
// replica outside the ISR). v1 adds the election type and a top-level error code; v0 is
// always a preferred election.

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

struct ElectLeadersApi;

// Kafka's ElectionType values.
inline constexpr std::int8_t kPreferredElection = 0;
inline constexpr std::int8_t kUncleanElection = 1;

struct ElectLeadersRequest {
    using Api = ElectLeadersApi;
    struct Topic {
        std::string topic;
        std::vector<std::int32_t> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::int8_t electionType = kPreferredElection;     // v1+
    std::optional<std::vector<Topic>> topicPartitions; // null: every partition
    std::int32_t timeoutMs = 60000;

    bool operator==(const ElectLeadersRequest &) const = default;
};

struct ElectLeadersResponse {
    using Api = ElectLeadersApi;
    struct Partition {
        std::int32_t partitionId = 0;
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string topic;
        std::vector<Partition> partitionResult;
        bool operator==(const Topic &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    ErrorCode errorCode = ErrorCode::None; // v1+
    std::vector<Topic> replicaElectionResults;

    bool operator==(const ElectLeadersResponse &) const = default;
};

struct ElectLeadersApi {
    static constexpr ApiKey kKey = ApiKey::ElectLeaders;
    static constexpr std::string_view kName = "ElectLeaders";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 2;
    static constexpr std::int16_t kFirstFlexibleVersion = 2;
    using Request = ElectLeadersRequest;
    using Response = ElectLeadersResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
