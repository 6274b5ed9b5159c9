#pragma once

// CreateTopics (key 19), versions 0-7, flexible from 5. A topic gives either a partition
// count and replication factor (-1 for the broker default from v4) or a replica assignment.
// From v5 the answer describes the created topic (partitions, replication, configs).

#include "common/error_code.h"
#include "common/status.h"
#include "protocol/api_key.h"
#include "protocol/protocol_reader.h"
#include "protocol/protocol_writer.h"
#include "protocol/uuid.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es::protocol {

struct CreateTopicsApi;

struct CreateTopicsRequest {
    using Api = CreateTopicsApi;
    struct Assignment {
        std::int32_t partitionIndex = 0;
        std::vector<std::int32_t> brokerIds;
        bool operator==(const Assignment &) const = default;
    };
    struct Config {
        std::string name;
        std::optional<std::string> value;
        bool operator==(const Config &) const = default;
    };
    struct Topic {
        std::string name;
        std::int32_t numPartitions = -1;
        std::int16_t replicationFactor = -1;
        std::vector<Assignment> assignments;
        std::vector<Config> configs;
        bool operator==(const Topic &) const = default;
    };

    std::vector<Topic> topics;
    std::int32_t timeoutMs = 60000;
    bool validateOnly = false; // v1+

    bool operator==(const CreateTopicsRequest &) const = default;
};

struct CreateTopicsResponse {
    using Api = CreateTopicsApi;
    struct Config {
        std::string name;
        std::optional<std::string> value;
        bool readOnly = false;
        std::int8_t configSource = -1;
        bool isSensitive = false;
        bool operator==(const Config &) const = default;
    };
    struct Topic {
        std::string name;
        Uuid topicId; // v7+
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;          // v1+
        ErrorCode topicConfigErrorCode = ErrorCode::None; // v5+, tag 0
        std::int32_t numPartitions = -1;                  // v5+
        std::int16_t replicationFactor = -1;              // v5+
        std::optional<std::vector<Config>> configs;       // v5+
        bool operator==(const Topic &) const = default;
    };

    std::int32_t throttleTimeMs = 0; // v2+
    std::vector<Topic> topics;

    bool operator==(const CreateTopicsResponse &) const = default;
};

struct CreateTopicsApi {
    static constexpr ApiKey kKey = ApiKey::CreateTopics;
    static constexpr std::string_view kName = "CreateTopics";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 7;
    static constexpr std::int16_t kFirstFlexibleVersion = 5;
    using Request = CreateTopicsRequest;
    using Response = CreateTopicsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
