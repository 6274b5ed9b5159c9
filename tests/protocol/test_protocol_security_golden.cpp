// Golden frames of the SASL and ACL APIs, written by hand from Kafka's message definitions
// (SaslHandshake, SaslAuthenticate, CreateAcls, DescribeAcls), and the pattern type rule of
// the ACL APIs: absent before v1, where it means LITERAL and nothing else can be written.

#include "wire.h"

#include "protocol/api_registry.h"

#include <QTest>

#include <string>

using namespace es;
using namespace es::protocol;
using es::protocol::test::payload;
using es::protocol::test::wire;

namespace {

constexpr std::int8_t kTopic = 2;
constexpr std::int8_t kAny = 1, kWrite = 4, kAllow = 3;
constexpr std::int8_t kPrefixed = 5;

Bytes framed(const Bytes &body)
{
    Bytes out = wire("00 00 00 00");
    BufferWriter(out).patch<std::int32_t>(0, static_cast<std::int32_t>(body.size()));
    out.insert(out.end(), body.begin(), body.end());
    return out;
}

template <typename T>
const T &bodyAs(const RequestDecodeResult &result)
{
    return std::get<T>(result.value().body);
}

bool contains(const Status &s, std::string_view text) { return s.message().find(text) != std::string::npos; }

} // namespace

class TestProtocolSecurityGolden : public QObject {
    Q_OBJECT

private slots:
    void saslHandshakeV1()
    {
        const Bytes request = wire("00 11 00 01 00 00 00 03 00 07 'rdkafka' " // key 17, v1, correlation 3
                                   "00 0d 'SCRAM-SHA-256'");                  // mechanism: int16 length
        const RequestDecodeResult decoded = decodeRequestFrame(request);
        QVERIFY2(decoded, decoded.status().message().c_str());
        QCOMPARE(bodyAs<SaslHandshakeRequest>(decoded).mechanism, std::string("SCRAM-SHA-256"));
        const Result<Bytes> encoded = encodeRequestFrame(decoded.value().header, decoded.value().body);
        QVERIFY(encoded);
        QCOMPARE(*encoded, framed(request));

        const SaslHandshakeResponse response{ErrorCode::UnsupportedSaslMechanism, {"PLAIN", "SCRAM-SHA-512"}};
        const Result<Bytes> frame = encodeResponseFrame({3}, response, 1);
        QVERIFY(frame);
        QCOMPARE(*frame, framed(wire("00 00 00 03 "   // header v0: correlation id only
                                     "00 21 "         // error 33, UNSUPPORTED_SASL_MECHANISM
                                     "00 00 00 02 "   // mechanisms: int32 count
                                     "00 05 'PLAIN' " // int16-length strings
                                     "00 0d 'SCRAM-SHA-512'")));
        const Result<DecodedResponse> back = decodeResponseFrame(payload(*frame), ApiKey::SaslHandshake, 1);
        QVERIFY2(back, back.status().message().c_str());
        QVERIFY(std::get<SaslHandshakeResponse>(back->body) == response);
    }

    void saslAuthenticateV2IsFlexible()
    {
        const Bytes request =
            wire("00 24 00 02 00 00 00 04 00 07 'rdkafka' 00 " // header v2: classic client id, tags
                 "0e 00 'alice' 00 'secret' "                  // auth_bytes: 13 bytes, compact (N+1)
                 "00");                                        // body tags
        const RequestDecodeResult decoded = decodeRequestFrame(request);
        QVERIFY2(decoded, decoded.status().message().c_str());
        QCOMPARE(bodyAs<SaslAuthenticateRequest>(decoded).authBytes, wire("00 'alice' 00 'secret'"));
        const Result<Bytes> encoded = encodeRequestFrame(decoded.value().header, decoded.value().body);
        QVERIFY(encoded);
        QCOMPARE(*encoded, framed(request));

        const SaslAuthenticateResponse response{ErrorCode::SaslAuthenticationFailed, "Authentication failed",
                                                Bytes{}, 3600000};
        const Result<Bytes> frame = encodeResponseFrame({4}, response, 2);
        QVERIFY(frame);
        QCOMPARE(*frame, framed(wire("00 00 00 04 00 "             // header v1: correlation id, tags
                                     "00 3a "                      // error 58, SASL_AUTHENTICATION_FAILED
                                     "16 'Authentication failed' " // compact nullable string, 21 + 1
                                     "01 "                         // auth_bytes: empty, compact
                                     "00 00 00 00 00 36 ee 80 "    // session_lifetime_ms 3600000
                                     "00")));                      // body tags
        const Result<DecodedResponse> back =
            decodeResponseFrame(payload(*frame), ApiKey::SaslAuthenticate, 2);
        QVERIFY2(back, back.status().message().c_str());
        QVERIFY(std::get<SaslAuthenticateResponse>(back->body) == response);

        // v0 has no session lifetime; a null message is an int16 -1.
        const Result<Bytes> v0 = encodeResponseFrame({4}, SaslAuthenticateResponse{}, 0);
        QVERIFY(v0);
        QCOMPARE(*v0, framed(wire("00 00 00 04 00 00 ff ff 00 00 00 00")));
    }

    void createAclsV3()
    {
        const Bytes request = wire("00 1e 00 03 00 00 00 05 00 07 'rdkafka' 00 " // key 30, v3, header v2
                                   "02 "                                         // creations: 1, compact
                                   "02 07 'orders' "  // resource type TOPIC, resource name
                                   "05 "              // pattern type PREFIXED
                                   "0b 'User:alice' " // principal
                                   "02 '*' "          // host
                                   "04 03 "           // operation WRITE, permission ALLOW
                                   "00 "              // creation tags
                                   "00");             // body tags
        const RequestDecodeResult decoded = decodeRequestFrame(request);
        QVERIFY2(decoded, decoded.status().message().c_str());
        const CreateAclsRequest expected{{{kTopic, "orders", kPrefixed, "User:alice", "*", kWrite, kAllow}}};
        QVERIFY(bodyAs<CreateAclsRequest>(decoded) == expected);
        const Result<Bytes> encoded = encodeRequestFrame(decoded.value().header, expected);
        QVERIFY(encoded);
        QCOMPARE(*encoded, framed(request));

        const CreateAclsResponse response{
            0, {{ErrorCode::None, std::nullopt}, {ErrorCode::ClusterAuthorizationFailed, "denied"}}};
        const Result<Bytes> frame = encodeResponseFrame({5}, response, 3);
        QVERIFY(frame);
        QCOMPARE(*frame, framed(wire("00 00 00 05 00 "       // header v1
                                     "00 00 00 00 "          // throttle
                                     "03 "                   // results: 2, compact
                                     "00 00 00 00 "          // no error, null message, tags
                                     "00 1f 07 'denied' 00 " // error 31, message, tags
                                     "00")));                // body tags
        const Result<DecodedResponse> back = decodeResponseFrame(payload(*frame), ApiKey::CreateAcls, 3);
        QVERIFY2(back, back.status().message().c_str());
        QVERIFY(std::get<CreateAclsResponse>(back->body) == response);
    }

    void aclV0MeansLiteral()
    {
        const Bytes request = wire("00 1d 00 00 00 00 00 06 ff ff " // DescribeAcls v0, null client id
                                   "02 00 06 'orders' "             // resource type TOPIC, name filter
                                   "ff ff ff ff "                   // any principal, any host
                                   "01 01");                        // operation ANY, permission ANY
        const RequestDecodeResult decoded = decodeRequestFrame(request);
        QVERIFY2(decoded, decoded.status().message().c_str());
        const auto &filter = bodyAs<DescribeAclsRequest>(decoded);
        QCOMPARE(filter.patternTypeFilter, kPatternTypeLiteral);
        QCOMPARE(filter.resourceNameFilter, std::optional<std::string>("orders"));
        QVERIFY(!filter.principalFilter && !filter.hostFilter);
        QCOMPARE(filter.operation, kAny);
        const Result<Bytes> encoded = encodeRequestFrame(decoded.value().header, filter);
        QVERIFY(encoded);
        QCOMPARE(*encoded, framed(request));

        // v1 carries the pattern type between the name and the principal.
        const RequestDecodeResult v1 =
            decodeRequestFrame(wire("00 1d 00 01 00 00 00 07 ff ff 02 00 06 'orders' 05 ff ff ff ff 01 01"));
        QVERIFY2(v1, v1.status().message().c_str());
        QCOMPARE(bodyAs<DescribeAclsRequest>(v1).patternTypeFilter, kPrefixed);

        // Resources in a v0 response are LITERAL too.
        const Bytes responseBody = wire("00 00 00 09 "                   // header v0
                                        "00 00 00 00 00 00 ff ff "       // throttle, no error, null message
                                        "00 00 00 01 02 00 06 'orders' " // one resource: TOPIC "orders"
                                        "00 00 00 01 00 0a 'User:alice' 00 01 '*' 04 03"); // one ACL
        const Result<DecodedResponse> response = decodeResponseFrame(responseBody, ApiKey::DescribeAcls, 0);
        QVERIFY2(response, response.status().message().c_str());
        const auto &described = std::get<DescribeAclsResponse>(response->body);
        QCOMPARE(described.resources.size(), std::size_t{1});
        QCOMPARE(described.resources[0].patternType, kPatternTypeLiteral);
        QCOMPARE(described.resources[0].acls[0].principal, std::string("User:alice"));
    }

    // Kafka marks the pattern type fields not ignorable: at v0 a non-LITERAL binding or
    // filter cannot be sent, rather than silently meaning something else.
    void aclV0RefusesOtherPatternTypes()
    {
        DescribeAclsRequest prefixedFilter;
        prefixedFilter.patternTypeFilter = kPrefixed;
        const Result<Bytes> describe = encodeRequestFrame({ApiKey::DescribeAcls, 0, 1, "c"}, prefixedFilter);
        QVERIFY(!describe);
        QVERIFY2(contains(describe.status(), "pattern_type_filter: pattern type 5"),
                 describe.status().message().c_str());
        QVERIFY(encodeRequestFrame({ApiKey::DescribeAcls, 1, 1, "c"}, prefixedFilter));

        CreateAclsRequest create;
        create.creations.push_back({kTopic, "orders", kPrefixed, "User:alice", "*", kWrite, kAllow});
        QVERIFY(!encodeRequestFrame({ApiKey::CreateAcls, 0, 1, "c"}, create));
        QVERIFY(encodeRequestFrame({ApiKey::CreateAcls, 1, 1, "c"}, create));

        DeleteAclsRequest remove;
        remove.filters.push_back({kTopic, std::nullopt, kAny, std::nullopt, std::nullopt, kAny, kAny});
        QVERIFY(!encodeRequestFrame({ApiKey::DeleteAcls, 0, 1, "c"}, remove));

        DescribeAclsResponse described;
        described.resources.push_back({kTopic, "orders", kPrefixed, {}});
        QVERIFY(!encodeResponseFrame({1}, described, 0));
        QVERIFY(encodeResponseFrame({1}, described, 1));

        DeleteAclsResponse deleted;
        DeleteAclsResponse::MatchingAcl acl;
        acl.patternType = kPrefixed;
        deleted.filterResults.push_back({ErrorCode::None, std::nullopt, {acl}});
        QVERIFY(!encodeResponseFrame({1}, deleted, 0));
        QVERIFY(encodeResponseFrame({1}, deleted, 1));
    }
};

QTEST_GUILESS_MAIN(TestProtocolSecurityGolden)
#include "test_protocol_security_golden.moc"
