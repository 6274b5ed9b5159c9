#pragma once

// DescribeUserScramCredentials (key 50), version 0, flexible. Which SCRAM mechanisms (1
// SCRAM-SHA-256, 2 SCRAM-SHA-512) and iteration counts users have; never the salt or keys.

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

struct DescribeUserScramCredentialsApi;

struct DescribeUserScramCredentialsRequest {
    using Api = DescribeUserScramCredentialsApi;
    struct UserName {
        std::string name;
        bool operator==(const UserName &) const = default;
    };

    std::optional<std::vector<UserName>> users; // null: every user with credentials

    bool operator==(const DescribeUserScramCredentialsRequest &) const = default;
};

struct DescribeUserScramCredentialsResponse {
    using Api = DescribeUserScramCredentialsApi;
    struct CredentialInfo {
        std::int8_t mechanism = 0;
        std::int32_t iterations = 0;
        bool operator==(const CredentialInfo &) const = default;
    };
    struct UserResult {
        std::string user;
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;
        std::vector<CredentialInfo> credentialInfos;
        bool operator==(const UserResult &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    ErrorCode errorCode = ErrorCode::None; // for the whole request (authorisation)
    std::optional<std::string> errorMessage;
    std::vector<UserResult> results;

    bool operator==(const DescribeUserScramCredentialsResponse &) const = default;
};

struct DescribeUserScramCredentialsApi {
    static constexpr ApiKey kKey = ApiKey::DescribeUserScramCredentials;
    static constexpr std::string_view kName = "DescribeUserScramCredentials";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 0;
    static constexpr std::int16_t kFirstFlexibleVersion = 0;
    using Request = DescribeUserScramCredentialsRequest;
    using Response = DescribeUserScramCredentialsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
