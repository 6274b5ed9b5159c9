#pragma once

// AlterUserScramCredentials (key 51), version 0, flexible. Deletes and upserts SCRAM
// credentials (mechanism 1 SCRAM-SHA-256, 2 SCRAM-SHA-512). An upsertion carries the salt
// and the salted password the client derived, never the password itself.

#include "common/buffer.h"
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

struct AlterUserScramCredentialsApi;

struct AlterUserScramCredentialsRequest {
    using Api = AlterUserScramCredentialsApi;
    struct Deletion {
        std::string name;
        std::int8_t mechanism = 0;
        bool operator==(const Deletion &) const = default;
    };
    struct Upsertion {
        std::string name;
        std::int8_t mechanism = 0;
        std::int32_t iterations = 0;
        Bytes salt;
        Bytes saltedPassword;
        bool operator==(const Upsertion &) const = default;
    };

    std::vector<Deletion> deletions;
    std::vector<Upsertion> upsertions;

    bool operator==(const AlterUserScramCredentialsRequest &) const = default;
};

struct AlterUserScramCredentialsResponse {
    using Api = AlterUserScramCredentialsApi;
    struct UserResult {
        std::string user;
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;
        bool operator==(const UserResult &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    std::vector<UserResult> results; // one per user named in the request

    bool operator==(const AlterUserScramCredentialsResponse &) const = default;
};

struct AlterUserScramCredentialsApi {
    static constexpr ApiKey kKey = ApiKey::AlterUserScramCredentials;
    static constexpr std::string_view kName = "AlterUserScramCredentials";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 0;
    static constexpr std::int16_t kFirstFlexibleVersion = 0;
    using Request = AlterUserScramCredentialsRequest;
    using Response = AlterUserScramCredentialsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
