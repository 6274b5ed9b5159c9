#pragma once

// OffsetFetch (key 9), versions 0-8, flexible from 6. Versions 0-7 ask for one group
// (groupId, topics; a null topic list from v2 means all topics); v8 asks for many groups
// (groups) and answers per group. Only the fields of the version's layout are used.

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

struct OffsetFetchApi;

struct OffsetFetchRequest {
    using Api = OffsetFetchApi;
    struct Topic {
        std::string name;
        std::vector<std::int32_t> partitionIndexes;
        bool operator==(const Topic &) const = default;
    };
    struct Group {
        std::string groupId;
        std::optional<std::vector<Topic>> topics; // null: all topics
        bool operator==(const Group &) const = default;
    };

    std::string groupId;                      // v0-7
    std::optional<std::vector<Topic>> topics; // v0-7, null only from v2
    std::vector<Group> groups;                // v8+
    bool requireStable = false;               // v7+

    bool operator==(const OffsetFetchRequest &) const = default;
};

struct OffsetFetchResponse {
    using Api = OffsetFetchApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        std::int64_t committedOffset = -1;
        std::int32_t committedLeaderEpoch = -1; // v5+
        std::optional<std::string> metadata;
        ErrorCode errorCode = ErrorCode::None;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };
    struct Group {
        std::string groupId;
        std::vector<Topic> topics;
        ErrorCode errorCode = ErrorCode::None;
        bool operator==(const Group &) const = default;
    };

    std::int32_t throttleTimeMs = 0;       // v3+
    std::vector<Topic> topics;             // v0-7
    ErrorCode errorCode = ErrorCode::None; // v2-7
    std::vector<Group> groups;             // v8+

    bool operator==(const OffsetFetchResponse &) const = default;
};

struct OffsetFetchApi {
    static constexpr ApiKey kKey = ApiKey::OffsetFetch;
    static constexpr std::string_view kName = "OffsetFetch";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 8;
    static constexpr std::int16_t kFirstFlexibleVersion = 6;
    using Request = OffsetFetchRequest;
    using Response = OffsetFetchResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
