// Samples of the security APIs (SASL, ACLs, SCRAM credentials), in the same terms as the
// others (api_samples.h): pattern types other than LITERAL only where the version has the
// field, since v0 cannot carry them.

#include "api_samples.h"

#include <stdexcept>

namespace es::protocol::samples {

namespace {

constexpr std::int8_t kTopic = 2, kGroup = 3;
constexpr std::int8_t kPrefixed = 5, kMatch = 4;
constexpr std::int8_t kRead = 3, kWrite = 4, kAll = 2;
constexpr std::int8_t kAllow = 3, kDeny = 2;
constexpr std::int8_t kScramSha256 = 1, kScramSha512 = 2;

// A pattern type the version can carry: `value` from v1 on, LITERAL before.
std::int8_t patternType(std::int16_t v, std::int8_t value) { return v >= 1 ? value : kPatternTypeLiteral; }

SaslHandshakeRequest saslHandshakeRequest(std::int16_t) { return {"SCRAM-SHA-256"}; }

SaslHandshakeResponse saslHandshakeResponse(std::int16_t)
{
    return {ErrorCode::UnsupportedSaslMechanism, {"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"}};
}

SaslAuthenticateRequest saslAuthenticateRequest(std::int16_t)
{
    return {bytesOf(std::string_view("\0alice\0secret", 13))};
}

SaslAuthenticateResponse saslAuthenticateResponse(std::int16_t v)
{
    return {ErrorCode::SaslAuthenticationFailed, "Authentication failed: invalid credentials",
            bytesOf("r=nonce"), v >= 1 ? 3600000 : 0};
}

DescribeAclsRequest describeAclsRequest(std::int16_t v)
{
    return {kTopic, std::nullopt, patternType(v, kMatch), "User:alice", std::nullopt, kRead, kAllow};
}

DescribeAclsResponse describeAclsResponse(std::int16_t v)
{
    DescribeAclsResponse r;
    r.throttleTimeMs = 1;
    r.errorCode = ErrorCode::SecurityDisabled;
    r.errorMessage = "No Authorizer is configured.";
    r.resources = {{kTopic,
                    "orders",
                    patternType(v, kPrefixed),
                    {{"User:alice", "*", kRead, kAllow}, {"User:bob", "10.0.0.1", kWrite, kDeny}}},
                   {kGroup, "billing", kPatternTypeLiteral, {}}};
    return r;
}

CreateAclsRequest createAclsRequest(std::int16_t v)
{
    return {{{kTopic, "orders", patternType(v, kPrefixed), "User:alice", "*", kWrite, kAllow},
             {kGroup, "billing", kPatternTypeLiteral, "User:bob", "10.0.0.1", kRead, kDeny}}};
}

CreateAclsResponse createAclsResponse(std::int16_t)
{
    return {1, {{ErrorCode::None, std::nullopt}, {ErrorCode::ClusterAuthorizationFailed, "not allowed"}}};
}

DeleteAclsRequest deleteAclsRequest(std::int16_t v)
{
    return {{{kTopic, "orders", patternType(v, kMatch), "User:alice", "*", kAll, kAllow},
             {kGroup, std::nullopt, kPatternTypeLiteral, std::nullopt, std::nullopt, kRead, kDeny}}};
}

DeleteAclsResponse deleteAclsResponse(std::int16_t v)
{
    using M = DeleteAclsResponse::MatchingAcl;
    DeleteAclsResponse r;
    r.throttleTimeMs = 1;
    r.filterResults = {{ErrorCode::None,
                        std::nullopt,
                        {M{ErrorCode::None, std::nullopt, kTopic, "orders", patternType(v, kPrefixed),
                           "User:alice", "*", kWrite, kAllow},
                         M{ErrorCode::ClusterAuthorizationFailed, "not allowed", kTopic, "orders",
                           kPatternTypeLiteral, "User:bob", "10.0.0.1", kRead, kDeny}}},
                       {ErrorCode::SecurityDisabled, "No Authorizer is configured.", {}}};
    return r;
}

DescribeUserScramCredentialsRequest describeUserScramCredentialsRequest(std::int16_t)
{
    return {std::vector<DescribeUserScramCredentialsRequest::UserName>{{"alice"}, {"bob"}}};
}

DescribeUserScramCredentialsResponse describeUserScramCredentialsResponse(std::int16_t)
{
    DescribeUserScramCredentialsResponse r;
    r.throttleTimeMs = 1;
    r.errorCode = ErrorCode::ClusterAuthorizationFailed;
    r.errorMessage = "not authorised";
    r.results = {{"alice", ErrorCode::None, std::nullopt, {{kScramSha256, 8192}, {kScramSha512, 4096}}},
                 {"bob", ErrorCode::ResourceNotFound, "no credentials", {}}};
    return r;
}

AlterUserScramCredentialsRequest alterUserScramCredentialsRequest(std::int16_t)
{
    return {{{"bob", kScramSha512}},
            {{"alice", kScramSha256, 8192, bytesOf("salt-bytes"), bytesOf("salted-password-bytes")},
             {"carol", kScramSha512, 4096, Bytes{}, bytesOf("x")}}};
}

AlterUserScramCredentialsResponse alterUserScramCredentialsResponse(std::int16_t)
{
    return {
        1,
        {{"alice", ErrorCode::None, std::nullopt}, {"bob", ErrorCode::ResourceNotFound, "no credentials"}}};
}

} // namespace

AnyRequest securityRequest(ApiKey key, std::int16_t v)
{
    switch (key) {
    case ApiKey::SaslHandshake: return saslHandshakeRequest(v);
    case ApiKey::SaslAuthenticate: return saslAuthenticateRequest(v);
    case ApiKey::DescribeAcls: return describeAclsRequest(v);
    case ApiKey::CreateAcls: return createAclsRequest(v);
    case ApiKey::DeleteAcls: return deleteAclsRequest(v);
    case ApiKey::DescribeUserScramCredentials: return describeUserScramCredentialsRequest(v);
    case ApiKey::AlterUserScramCredentials: return alterUserScramCredentialsRequest(v);
    default: break;
    }
    throw std::invalid_argument("not a security api key");
}

AnyResponse securityResponse(ApiKey key, std::int16_t v)
{
    switch (key) {
    case ApiKey::SaslHandshake: return saslHandshakeResponse(v);
    case ApiKey::SaslAuthenticate: return saslAuthenticateResponse(v);
    case ApiKey::DescribeAcls: return describeAclsResponse(v);
    case ApiKey::CreateAcls: return createAclsResponse(v);
    case ApiKey::DeleteAcls: return deleteAclsResponse(v);
    case ApiKey::DescribeUserScramCredentials: return describeUserScramCredentialsResponse(v);
    case ApiKey::AlterUserScramCredentials: return alterUserScramCredentialsResponse(v);
    default: break;
    }
    throw std::invalid_argument("not a security api key");
}

} // namespace es::protocol::samples
