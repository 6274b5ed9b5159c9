#pragma once

// CreatePartitions (key 37), versions 0-3, flexible from 2. count is the topic's new total;
// assignments, when not null, place each new partition's replicas.

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

struct CreatePartitionsApi;

struct CreatePartitionsRequest {
    using Api = CreatePartitionsApi;
    struct Assignment {
        std::vector<std::int32_t> brokerIds;
        bool operator==(const Assignment &) const = default;
    };
    struct Topic {
        std::string name;
        std::int32_t count = 0;
        std::optional<std::vector<Assignment>> assignments;
        bool operator==(const Topic &) const = default;
    };

    std::vector<Topic> topics;
    std::int32_t timeoutMs = 0;
    bool validateOnly = false;

    bool operator==(const CreatePartitionsRequest &) const = default;
};

struct CreatePartitionsResponse {
    using Api = CreatePartitionsApi;
    struct TopicResult {
        std::string name;
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;
        bool operator==(const TopicResult &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    std::vector<TopicResult> results;

    bool operator==(const CreatePartitionsResponse &) const = default;
};

struct CreatePartitionsApi {
    static constexpr ApiKey kKey = ApiKey::CreatePartitions;
    static constexpr std::string_view kName = "CreatePartitions";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 3;
    static constexpr std::int16_t kFirstFlexibleVersion = 2;
    using Request = CreatePartitionsRequest;
    using Response = CreatePartitionsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
