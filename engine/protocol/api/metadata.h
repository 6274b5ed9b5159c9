#pragma once

// Metadata (key 3), versions 0-12, flexible from 9. In v0 an empty topic list means all
// topics; from v1 a null list means all and an empty one none. Topic ids appear from v10
// (the request may name a topic by id with a null name from v10; response names are
// nullable from v12).

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

struct MetadataApi;

struct MetadataRequest {
    using Api = MetadataApi;
    struct Topic {
        Uuid topicId;                    // v10+
        std::optional<std::string> name; // null only from v10
        bool operator==(const Topic &) const = default;
    };

    std::optional<std::vector<Topic>> topics;        // null only from v1: all topics
    bool allowAutoTopicCreation = true;              // v4+
    bool includeClusterAuthorizedOperations = false; // v8-10
    bool includeTopicAuthorizedOperations = false;   // v8+

    bool operator==(const MetadataRequest &) const = default;
};

struct MetadataResponse {
    using Api = MetadataApi;
    struct Broker {
        std::int32_t nodeId = 0;
        std::string host;
        std::int32_t port = 0;
        std::optional<std::string> rack; // v1+
        bool operator==(const Broker &) const = default;
    };
    struct Partition {
        ErrorCode errorCode = ErrorCode::None;
        std::int32_t partitionIndex = 0;
        std::int32_t leaderId = 0;
        std::int32_t leaderEpoch = -1; // v7+
        std::vector<std::int32_t> replicaNodes;
        std::vector<std::int32_t> isrNodes;
        std::vector<std::int32_t> offlineReplicas; // v5+
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> name; // null only from v12
        Uuid topicId;                    // v10+
        bool isInternal = false;         // v1+
        std::vector<Partition> partitions;
        std::int32_t topicAuthorizedOperations = kNoAuthorizedOperations; // v8+
        bool operator==(const Topic &) const = default;
    };

    std::int32_t throttleTimeMs = 0; // v3+
    std::vector<Broker> brokers;
    std::optional<std::string> clusterId; // v2+
    std::int32_t controllerId = -1;       // v1+
    std::vector<Topic> topics;
    std::int32_t clusterAuthorizedOperations = kNoAuthorizedOperations; // v8-10

    bool operator==(const MetadataResponse &) const = default;
};

struct MetadataApi {
    static constexpr ApiKey kKey = ApiKey::Metadata;
    static constexpr std::string_view kName = "Metadata";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 12;
    static constexpr std::int16_t kFirstFlexibleVersion = 9;
    using Request = MetadataRequest;
    using Response = MetadataResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
