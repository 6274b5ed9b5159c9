#pragma once

// DescribeLogDirs (key 35), versions 0-4, flexible from 2: each broker's log directories
// and, per partition replica it holds, the size on disk and how far its log end is behind.
// v3 adds a top-level error code, v4 the directory's total and usable bytes (-1: unknown).

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

struct DescribeLogDirsApi;

struct DescribeLogDirsRequest {
    using Api = DescribeLogDirsApi;
    struct Topic {
        std::string topic;
        std::vector<std::int32_t> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::optional<std::vector<Topic>> topics; // null: every partition

    bool operator==(const DescribeLogDirsRequest &) const = default;
};

struct DescribeLogDirsResponse {
    using Api = DescribeLogDirsApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        std::int64_t partitionSize = 0;
        std::int64_t offsetLag = 0;
        bool isFutureKey = false;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };
    struct LogDir {
        ErrorCode errorCode = ErrorCode::None;
        std::string logDir;
        std::vector<Topic> topics;
        std::int64_t totalBytes = -1;  // v4+
        std::int64_t usableBytes = -1; // v4+
        bool operator==(const LogDir &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    ErrorCode errorCode = ErrorCode::None; // v3+
    std::vector<LogDir> results;

    bool operator==(const DescribeLogDirsResponse &) const = default;
};

struct DescribeLogDirsApi {
    static constexpr ApiKey kKey = ApiKey::DescribeLogDirs;
    static constexpr std::string_view kName = "DescribeLogDirs";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 4;
    static constexpr std::int16_t kFirstFlexibleVersion = 2;
    using Request = DescribeLogDirsRequest;
    using Response = DescribeLogDirsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
