#pragma once

// DeleteTopics (key 20), versions 0-6, flexible from 4. Versions 0-5 name topics
// (topicNames); v6 names each by name or by topic id (topics).

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

struct DeleteTopicsApi;

struct DeleteTopicsRequest {
    using Api = DeleteTopicsApi;
    struct Topic {
        std::optional<std::string> name;
        Uuid topicId;
        bool operator==(const Topic &) const = default;
    };

    std::vector<Topic> topics;           // v6+
    std::vector<std::string> topicNames; // v0-5
    std::int32_t timeoutMs = 0;

    bool operator==(const DeleteTopicsRequest &) const = default;
};

struct DeleteTopicsResponse {
    using Api = DeleteTopicsApi;
    struct TopicResult {
        std::optional<std::string> name; // null only from v6
        Uuid topicId;                    // v6+
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage; // v5+
        bool operator==(const TopicResult &) const = default;
    };

    std::int32_t throttleTimeMs = 0; // v1+
    std::vector<TopicResult> responses;

    bool operator==(const DeleteTopicsResponse &) const = default;
};

struct DeleteTopicsApi {
    static constexpr ApiKey kKey = ApiKey::DeleteTopics;
    static constexpr std::string_view kName = "DeleteTopics";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 6;
    static constexpr std::int16_t kFirstFlexibleVersion = 4;
    using Request = DeleteTopicsRequest;
    using Response = DeleteTopicsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
