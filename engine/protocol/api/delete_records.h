#pragma once

// DeleteRecords (key 21), versions 0-2, flexible from 2: moves partitions' log start
// offsets forward (offset -1 means the high watermark).

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

struct DeleteRecordsApi;

struct DeleteRecordsRequest {
    using Api = DeleteRecordsApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        std::int64_t offset = 0;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::vector<Topic> topics;
    std::int32_t timeoutMs = 0;

    bool operator==(const DeleteRecordsRequest &) const = default;
};

struct DeleteRecordsResponse {
    using Api = DeleteRecordsApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        std::int64_t lowWatermark = 0;
        ErrorCode errorCode = ErrorCode::None;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    std::vector<Topic> topics;

    bool operator==(const DeleteRecordsResponse &) const = default;
};

struct DeleteRecordsApi {
    static constexpr ApiKey kKey = ApiKey::DeleteRecords;
    static constexpr std::string_view kName = "DeleteRecords";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 2;
    static constexpr std::int16_t kFirstFlexibleVersion = 2;
    using Request = DeleteRecordsRequest;
    using Response = DeleteRecordsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
