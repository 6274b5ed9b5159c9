// Golden frames written by hand from the Kafka protocol guide (and, for ApiVersions, as
// librdkafka 2.0 sends it), plus the registry's dispatch and its distinct failures.

#include "wire.h"

#include "protocol/api_registry.h"
#include "storage/record_batch_builder.h"

#include <QTest>

#include <cstdio>
#include <string>

using namespace es;
using namespace es::protocol;
using es::protocol::test::payload;
using es::protocol::test::wire;

namespace {

bool contains(const Status &s, std::string_view text) { return s.message().find(text) != std::string::npos; }

std::string hex16(std::int16_t v)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02x %02x ", static_cast<unsigned>(static_cast<std::uint16_t>(v) >> 8),
                  static_cast<unsigned>(v & 0xff));
    return buf;
}

// The ranges the codecs decode (api key, min, max), written out independently of the
// registry: the low versions librdkafka 2.0 checks, the maximums kafkajs 2.2 sends, and the
// SASL, ACL and SCRAM APIs as Kafka 3.4-3.6 serves them. The server advertises the subset
// it has handlers for.
constexpr std::int16_t kExpectedRanges[][3] = {
    {0, 0, 9},  {1, 0, 12}, {2, 0, 7},  {3, 0, 12}, {8, 0, 8},  {9, 0, 8},  {10, 0, 4}, {11, 0, 9},
    {12, 0, 4}, {13, 0, 5}, {14, 0, 5}, {15, 0, 5}, {16, 0, 4}, {17, 0, 1}, {18, 0, 3}, {19, 0, 7},
    {20, 0, 6}, {21, 0, 2}, {22, 0, 4}, {23, 0, 4}, {24, 0, 3}, {25, 0, 3}, {26, 0, 3}, {28, 0, 3},
    {29, 0, 3}, {30, 0, 3}, {31, 0, 3}, {32, 0, 4}, {33, 0, 2}, {35, 0, 4}, {36, 0, 2}, {37, 0, 3},
    {42, 0, 2}, {43, 0, 2}, {44, 0, 1}, {45, 0, 0}, {46, 0, 0}, {47, 0, 0}, {50, 0, 0}, {51, 0, 0},
    {60, 0, 0}, {61, 0, 0}, {65, 0, 0}, {66, 0, 1},
};

// ApiVersions v0 response body entries, classic layout.
std::string classicApiKeys()
{
    std::string spec = "00 00 00 2c ";
    for (const auto &r : kExpectedRanges)
        spec += hex16(r[0]) + hex16(r[1]) + hex16(r[2]);
    return spec;
}

template <typename T>
const T &bodyAs(const RequestDecodeResult &result)
{
    return std::get<T>(result.value().body);
}

Bytes framed(const Bytes &body)
{
    Bytes out = wire("00 00 00 00");
    BufferWriter(out).patch<std::int32_t>(0, static_cast<std::int32_t>(body.size()));
    out.insert(out.end(), body.begin(), body.end());
    return out;
}

} // namespace

class TestProtocolGolden : public QObject {
    Q_OBJECT

private slots:
    void apiVersionsV3RequestAsLibrdkafkaSendsIt()
    {
        // Header v2: the client id stays a classic string, then an empty tag section; the
        // body has compact strings.
        const Bytes frame = wire("00 12 00 03 00 00 00 01 00 07 'rdkafka' 00 0b 'librdkafka' 06 '2.0.2' 00");
        const RequestDecodeResult decoded = decodeRequestFrame(frame);
        QVERIFY2(decoded, decoded.status().message().c_str());
        const RequestHeader expectedHeader{ApiKey::ApiVersions, 3, 1, "rdkafka"};
        QVERIFY(decoded.value().header == expectedHeader);
        QCOMPARE(bodyAs<ApiVersionsRequest>(decoded).clientSoftwareName, std::string("librdkafka"));
        QCOMPARE(bodyAs<ApiVersionsRequest>(decoded).clientSoftwareVersion, std::string("2.0.2"));

        const Result<Bytes> encoded = encodeRequestFrame(expectedHeader, decoded.value().body);
        QVERIFY(encoded);
        QCOMPARE(*encoded, framed(frame));
    }

    void apiVersionsV0ResponseListsEveryRange()
    {
        const Result<Bytes> frame = encodeResponseFrame({1}, makeApiVersionsResponse(), 0);
        QVERIFY(frame);
        QCOMPARE(*frame, framed(wire("00 00 00 01 00 00 " + classicApiKeys())));
    }

    void apiVersionsV3ResponseUsesHeaderV0AndACompactBody()
    {
        std::string spec = "00 00 00 07 00 00 2d ";
        for (const auto &r : kExpectedRanges)
            spec += hex16(r[0]) + hex16(r[1]) + hex16(r[2]) + "00 ";
        spec += "00 00 00 00 00";
        const Result<Bytes> frame = encodeResponseFrame({7}, makeApiVersionsResponse(), 3);
        QVERIFY(frame);
        QCOMPARE(*frame, framed(wire(spec)));
        const Result<DecodedResponse> back = decodeResponseFrame(payload(*frame), ApiKey::ApiVersions, 3);
        QVERIFY2(back, back.status().message().c_str());
        QVERIFY(std::get<ApiVersionsResponse>(back->body) == makeApiVersionsResponse());
    }

    void apiVersionsV3ResponseTaggedFeatures()
    {
        ApiVersionsResponse response;
        response.apiKeys = {{18, 0, 3}};
        response.supportedFeatures = {{"x", 0, 1}};
        response.finalizedFeaturesEpoch = 5;
        response.zkMigrationReady = true;
        // Tags 0 (an array of one feature), 1 (an int64) and 3 (a bool); tag 2 is empty,
        // so it is left out.
        const Bytes body = wire("00 00 00 07 00 00 02 00 12 00 00 00 03 00 00 00 00 00 "
                                "03 00 08 02 02 'x' 00 00 00 01 00 01 08 00 00 00 00 00 00 00 05 03 01 01");
        const Result<Bytes> frame = encodeResponseFrame({7}, response, 3);
        QVERIFY(frame);
        QCOMPARE(*frame, framed(body));
        const Result<DecodedResponse> back = decodeResponseFrame(payload(*frame), ApiKey::ApiVersions, 3);
        QVERIFY2(back, back.status().message().c_str());
        QVERIFY(std::get<ApiVersionsResponse>(back->body) == response);
    }

    void apiVersionsAtAnUnknownVersionIsStillAnswerable()
    {
        // The Java client 3.9 starts with ApiVersions v4 (header v2); Kafka answers error 35 in
        // the v0 layout with its ranges, and the client retries with v3.
        const Bytes frame =
            wire("00 12 00 04 00 00 00 05 00 08 'producer' 00 12 'apache-kafka-java' 06 '3.9.0' 00");
        const RequestDecodeResult decoded = decodeRequestFrame(frame);
        QVERIFY(!decoded);
        QCOMPARE(decoded.failure().error, RequestDecodeError::UnsupportedVersion);
        QVERIFY(decoded.failure().header.has_value());
        const RequestHeader &h = *decoded.failure().header;
        QVERIFY(h.apiKey == ApiKey::ApiVersions && h.apiVersion == 4 && h.correlationId == 5);
        QCOMPARE(h.clientId, std::optional<std::string>("producer"));

        const Result<Bytes> answer =
            encodeResponseFrame({h.correlationId}, makeApiVersionsResponse(ErrorCode::UnsupportedVersion), 0);
        QVERIFY(answer);
        QCOMPARE(*answer, framed(wire("00 00 00 05 00 23 " + classicApiKeys())));
    }

    void metadataV1RequestAndResponse()
    {
        const Bytes request = wire("00 03 00 01 00 00 00 02 00 07 'rdkafka' 00 00 00 01 00 06 'orders'");
        const RequestDecodeResult decoded = decodeRequestFrame(request);
        QVERIFY2(decoded, decoded.status().message().c_str());
        const auto &metadata = bodyAs<MetadataRequest>(decoded);
        QVERIFY(metadata.topics.has_value() && metadata.topics->size() == 1);
        QCOMPARE((*metadata.topics)[0].name, std::optional<std::string>("orders"));
        QVERIFY(metadata.allowAutoTopicCreation); // v1 has no flag: the default applies

        const Bytes allTopics = wire("00 03 00 01 00 00 00 02 00 07 'rdkafka' ff ff ff ff");
        const RequestDecodeResult all = decodeRequestFrame(allTopics);
        QVERIFY(all && !bodyAs<MetadataRequest>(all).topics.has_value());

        MetadataResponse response;
        response.brokers = {{1, "localhost", 9092, std::nullopt}};
        response.controllerId = 1;
        MetadataResponse::Topic topic;
        topic.name = "orders";
        topic.partitions = {{ErrorCode::None, 0, 1, -1, {1}, {1}, {}}};
        response.topics = {topic};
        const Result<Bytes> frame = encodeResponseFrame({2}, response, 1);
        QVERIFY(frame);
        QCOMPARE(*frame, framed(wire("00 00 00 02 "
                                     "00 00 00 01 00 00 00 01 00 09 'localhost' 00 00 23 84 ff ff "
                                     "00 00 00 01 "
                                     "00 00 00 01 00 00 00 06 'orders' 00 "
                                     "00 00 00 01 00 00 00 00 00 00 00 00 00 01 "
                                     "00 00 00 01 00 00 00 01 00 00 00 01 00 00 00 01")));
    }

    void produceV3RequestWithARecordBatch()
    {
        RecordBatchBuilder builder;
        const Bytes key = wire("'k'"), value = wire("'v'");
        builder.append(ByteView(key), ByteView(value), {}, 1700000000000);
        const Result<Bytes> batch = builder.build();
        QVERIFY(batch);

        Bytes frame = wire("00 00 00 03 00 00 00 03 00 07 'rdkafka' ff ff ff ff 00 00 75 30 "
                           "00 00 00 01 00 06 'orders' 00 00 00 01 00 00 00 00 00 00 00 00");
        BufferWriter(frame).patch<std::int32_t>(frame.size() - 4, static_cast<std::int32_t>(batch->size()));
        frame.insert(frame.end(), batch->begin(), batch->end());

        const RequestDecodeResult decoded = decodeRequestFrame(frame);
        QVERIFY2(decoded, decoded.status().message().c_str());
        const auto &produce = bodyAs<ProduceRequest>(decoded);
        QVERIFY(!produce.transactionalId.has_value());
        QCOMPARE(produce.acks, std::int16_t(-1));
        QCOMPARE(produce.timeoutMs, 30000);
        QCOMPARE(produce.topicData.size(), 1u);
        QCOMPARE(produce.topicData[0].name, std::string("orders"));
        QCOMPARE(produce.topicData[0].partitionData.size(), 1u);
        const std::optional<Bytes> &records = produce.topicData[0].partitionData[0].records;
        QVERIFY(records.has_value());
        QCOMPARE(*records, *batch);
        QCOMPARE((*records)[16], std::uint8_t{2}); // magic

        const Result<Bytes> encoded = encodeRequestFrame(decoded.value().header, produce);
        QVERIFY(encoded);
        QCOMPARE(*encoded, framed(frame));
    }

    void fetchV4Request()
    {
        const Bytes frame = wire("00 01 00 04 00 00 00 04 00 07 'rdkafka' "
                                 "ff ff ff ff 00 00 01 f4 00 00 00 01 03 20 00 00 01 "
                                 "00 00 00 01 00 06 'orders' 00 00 00 01 "
                                 "00 00 00 00 00 00 00 00 00 00 00 64 00 10 00 00");
        const RequestDecodeResult decoded = decodeRequestFrame(frame);
        QVERIFY2(decoded, decoded.status().message().c_str());
        FetchRequest expected;
        expected.replicaId = -1;
        expected.maxWaitMs = 500;
        expected.minBytes = 1;
        expected.maxBytes = 52428800;
        expected.isolationLevel = 1;
        expected.topics = {{"orders", {{0, -1, 100, -1, -1, 1048576}}}};
        QVERIFY(bodyAs<FetchRequest>(decoded) == expected);
        const Result<Bytes> encoded = encodeRequestFrame(decoded.value().header, expected);
        QVERIFY(encoded);
        QCOMPARE(*encoded, framed(frame));
    }

    void joinGroupV5Request()
    {
        const Bytes frame = wire("00 0b 00 05 00 00 00 05 00 07 'rdkafka' 00 07 'billing' 00 00 af c8 "
                                 "00 04 93 e0 00 00 ff ff 00 08 'consumer' "
                                 "00 00 00 01 00 05 'range' 00 00 00 04 00 01 02 03");
        const RequestDecodeResult decoded = decodeRequestFrame(frame);
        QVERIFY2(decoded, decoded.status().message().c_str());
        JoinGroupRequest expected;
        expected.groupId = "billing";
        expected.sessionTimeoutMs = 45000;
        expected.rebalanceTimeoutMs = 300000;
        expected.protocolType = "consumer";
        expected.protocols = {{"range", wire("00 01 02 03")}};
        QVERIFY(bodyAs<JoinGroupRequest>(decoded) == expected);
        const Result<Bytes> encoded = encodeRequestFrame(decoded.value().header, expected);
        QVERIFY(encoded);
        QCOMPARE(*encoded, framed(frame));
    }

    void createTopicsV4Request()
    {
        const Bytes frame = wire("00 13 00 04 00 00 00 06 00 07 'rdkafka' "
                                 "00 00 00 01 00 06 'orders' 00 00 00 03 00 02 00 00 00 00 "
                                 "00 00 00 01 00 0e 'cleanup.policy' 00 07 'compact' 00 00 75 30 00");
        const RequestDecodeResult decoded = decodeRequestFrame(frame);
        QVERIFY2(decoded, decoded.status().message().c_str());
        CreateTopicsRequest expected;
        expected.topics = {{"orders", 3, 2, {}, {{"cleanup.policy", "compact"}}}};
        expected.timeoutMs = 30000;
        QVERIFY(bodyAs<CreateTopicsRequest>(decoded) == expected);
        const Result<Bytes> encoded = encodeRequestFrame(decoded.value().header, expected);
        QVERIFY(encoded);
        QCOMPARE(*encoded, framed(frame));
    }

    void flexibleResponsesWithTaggedFields()
    {
        const Result<Bytes> heartbeat =
            encodeResponseFrame({9}, HeartbeatResponse{0, ErrorCode::RebalanceInProgress}, 4);
        QVERIFY(heartbeat);
        QCOMPARE(*heartbeat, framed(wire("00 00 00 09 00 00 00 00 00 00 1b 00")));

        // The topic's tagged TopicConfigErrorCode (tag 0) follows its other fields.
        CreateTopicsResponse created;
        CreateTopicsResponse::Topic topic;
        topic.name = "orders";
        topic.errorCode = ErrorCode::TopicAlreadyExists;
        topic.errorMessage = "exists";
        topic.topicConfigErrorCode = ErrorCode::TopicAuthorizationFailed;
        created.topics = {topic};
        const Result<Bytes> frame = encodeResponseFrame({10}, created, 5);
        QVERIFY(frame);
        QCOMPARE(*frame, framed(wire("00 00 00 0a 00 00 00 00 00 02 07 'orders' 00 24 07 'exists' "
                                     "ff ff ff ff ff ff 00 01 00 02 00 1d 00")));
        const Result<DecodedResponse> back = decodeResponseFrame(payload(*frame), ApiKey::CreateTopics, 5);
        QVERIFY2(back, back.status().message().c_str());
        QVERIFY(std::get<CreateTopicsResponse>(back->body) == created);
    }

    void unknownApiKeyKeepsTheCorrelationId()
    {
        const RequestDecodeResult r = decodeRequestFrame(wire("00 63 00 00 00 00 00 08 ff ff"));
        QVERIFY(!r);
        QCOMPARE(r.failure().error, RequestDecodeError::UnknownApiKey);
        QVERIFY(r.failure().header && r.failure().header->correlationId == 8);
        QVERIFY(contains(r.status(), "unknown api key 99"));
        QCOMPARE(requestDecodeErrorName(r.failure().error), std::string_view("unknown api key"));
        QVERIFY(findApi(static_cast<ApiKey>(99)) == nullptr);
    }

    void unsupportedVersionsKeepTheHeader()
    {
        // Produce v10 is flexible (header v2) and above our range.
        const RequestDecodeResult high = decodeRequestFrame(wire("00 00 00 0a 00 00 00 09 00 01 'x' 00 00"));
        QVERIFY(!high);
        QCOMPARE(high.failure().error, RequestDecodeError::UnsupportedVersion);
        QCOMPARE(high.failure().header->clientId, std::optional<std::string>("x"));
        QVERIFY(contains(high.status(), "Produce v10 request: supported versions are 0-9"));

        const RequestDecodeResult negative = decodeRequestFrame(wire("00 03 ff ff 00 00 00 01 ff ff"));
        QVERIFY(!negative);
        QCOMPARE(negative.failure().error, RequestDecodeError::UnsupportedVersion);
    }

    void malformedHeaders()
    {
        const RequestDecodeResult tiny = decodeRequestFrame(wire("00 03 00"));
        QVERIFY(!tiny);
        QCOMPARE(tiny.failure().error, RequestDecodeError::MalformedHeader);
        QVERIFY(!tiny.failure().header.has_value());

        const RequestDecodeResult lyingClientId =
            decodeRequestFrame(wire("00 03 00 01 00 00 00 01 00 09 'abc'"));
        QCOMPARE(lyingClientId.failure().error, RequestDecodeError::MalformedHeader);
        QVERIFY(contains(lyingClientId.status(), "client_id: string length 9 exceeds the 3 bytes left"));

        const RequestDecodeResult negativeClientId =
            decodeRequestFrame(wire("00 03 00 01 00 00 00 01 ff fe"));
        QCOMPARE(negativeClientId.failure().error, RequestDecodeError::MalformedHeader);
    }

    void malformedBodiesNameTheField()
    {
        const RequestDecodeResult nullName =
            decodeRequestFrame(wire("00 03 00 01 00 00 00 02 00 01 'c' 00 00 00 01 ff ff"));
        QVERIFY(!nullName);
        QCOMPARE(nullName.failure().error, RequestDecodeError::MalformedBody);
        QVERIFY(nullName.failure().header && nullName.failure().header->correlationId == 2);
        QVERIFY2(contains(nullName.status(), "Metadata v1 request: topics[0].name: null string"),
                 nullName.status().message().c_str());

        const RequestDecodeResult lyingCount = decodeRequestFrame(
            wire("00 00 00 03 00 00 00 03 00 01 'c' ff ff ff ff 00 00 75 30 7f ff ff ff 00 06 'orders'"));
        QCOMPARE(lyingCount.failure().error, RequestDecodeError::MalformedBody);
        QVERIFY(contains(lyingCount.status(), "topic_data: array length 2147483647 exceeds"));

        const RequestDecodeResult lyingRecords = decodeRequestFrame(
            wire("00 00 00 03 00 00 00 03 00 01 'c' ff ff ff ff 00 00 75 30 00 00 00 01 00 06 'orders' "
                 "00 00 00 01 00 00 00 00 7f 00 00 00 00"));
        QVERIFY(contains(lyingRecords.status(), "topic_data[0].partition_data[0].records: bytes length"));

        const RequestDecodeResult badCompact =
            decodeRequestFrame(wire("00 12 00 03 00 00 00 01 00 01 'c' 00 ff ff ff ff ff 'x'"));
        QCOMPARE(badCompact.failure().error, RequestDecodeError::MalformedBody);
        QVERIFY(contains(badCompact.status(), "client_software_name: unsigned varint longer than 5 bytes"));
    }

    // What librdkafka 2.0.2's ListConsumerGroups sends: an empty states filter, the body's
    // tagged fields, then one byte more. Kafka's broker ignores it, and so must we.
    void librdkafkasListGroupsV4WithItsExtraByteIsServed()
    {
        const RequestDecodeResult r =
            decodeRequestFrame(wire("00 10 00 04 00 00 00 04 00 0a 'eventscope' 00 01 00 00"));
        QVERIFY2(r, r ? "" : r.status().message().c_str());
        QCOMPARE(r.value().header.apiVersion, std::int16_t{4});
        const auto *body = std::get_if<ListGroupsRequest>(&r.value().body);
        QVERIFY(body);
        QVERIFY(body->statesFilter.empty());
    }

    void encodersRefuseWhatTheyCannotWrite()
    {
        QVERIFY(!encodeRequestFrame({ApiKey::Fetch, 4, 1, "c"}, HeartbeatRequest{}));
        QVERIFY(!encodeResponseFrame({1}, HeartbeatResponse{}, 5));
        MetadataResponse unnamed;
        unnamed.topics.push_back({});
        unnamed.topics[0].name = std::nullopt;
        const Result<Bytes> v11 = encodeResponseFrame({1}, unnamed, 11);
        QVERIFY(!v11);
        QVERIFY(contains(v11.status(), "null string"));
        QVERIFY(encodeResponseFrame({1}, unnamed, 12));
        QVERIFY(!decodeResponseFrame(wire("00 00 00 01"), static_cast<ApiKey>(99), 0));
    }

    void electLeadersV1RequestAsKafkaDefinesIt()
    {
        // Header v1 (null client id), then election type 1 (unclean), one topic "t" with
        // partition 2, and a timeout of 30000 ms.
        const Bytes frame = wire("00 2b 00 01 00 00 00 05 ff ff "
                                 "01 00 00 00 01 00 01 74 00 00 00 01 00 00 00 02 00 00 75 30");
        const RequestDecodeResult decoded = decodeRequestFrame(frame);
        QVERIFY2(decoded, decoded.status().message().c_str());
        const auto &request = bodyAs<ElectLeadersRequest>(decoded);
        QCOMPARE(request.electionType, kUncleanElection);
        QVERIFY(request.topicPartitions);
        QCOMPARE(request.topicPartitions->size(), std::size_t{1});
        QCOMPARE(request.topicPartitions->front().topic, std::string("t"));
        QCOMPARE(request.topicPartitions->front().partitions, std::vector<std::int32_t>{2});
        QCOMPARE(request.timeoutMs, 30000);

        // v0 has no election type; a null list asks for every partition.
        const RequestDecodeResult all =
            decodeRequestFrame(wire("00 2b 00 00 00 00 00 06 ff ff ff ff ff ff 00 00 ea 60"));
        QVERIFY2(all, all.status().message().c_str());
        QVERIFY(!bodyAs<ElectLeadersRequest>(all).topicPartitions);
    }

    void alterPartitionReassignmentsRequestAsKafkaDefinesIt()
    {
        // Header v2 (api 45 v0, correlation 7, null client id, no tags), then timeout 5000,
        // one topic "t" with partition 0 moving to brokers 2 and 3 and partition 1 cancelled
        // (null replicas); compact lengths are N+1, and every struct ends with its tags.
        const Bytes frame = wire("00 2d 00 00 00 00 00 07 ff ff 00 "
                                 "00 00 13 88 02 02 74 03 00 00 00 00 03 00 00 00 02 00 00 00 03 00 "
                                 "00 00 00 01 00 00 00 00");
        const RequestDecodeResult decoded = decodeRequestFrame(frame);
        QVERIFY2(decoded, decoded.status().message().c_str());
        const auto &request = bodyAs<AlterPartitionReassignmentsRequest>(decoded);
        QCOMPARE(request.timeoutMs, 5000);
        QCOMPARE(request.topics.size(), std::size_t{1});
        QCOMPARE(request.topics[0].name, std::string("t"));
        QCOMPARE(request.topics[0].partitions.size(), std::size_t{2});
        QVERIFY(request.topics[0].partitions[0].replicas == (std::vector<std::int32_t>{2, 3}));
        QCOMPARE(request.topics[0].partitions[1].partitionIndex, 1);
        QVERIFY(!request.topics[0].partitions[1].replicas);
    }

    void listPartitionReassignmentsResponseAsKafkaDefinesIt()
    {
        ListPartitionReassignmentsResponse response;
        response.topics = {{"t", {{0, {2, 1}, {2}, {1}}}}};
        const Result<Bytes> frame = encodeResponseFrame({9}, response, 0);
        QVERIFY(frame);
        // Header v1 (correlation id, no tags); throttle, error, null message; one topic "t"
        // with partition 0: replicas [2, 1], adding [2], removing [1].
        QCOMPARE(*frame, framed(wire("00 00 00 09 00 "
                                     "00 00 00 00 00 00 00 "
                                     "02 02 74 02 00 00 00 00 03 00 00 00 02 00 00 00 01 "
                                     "02 00 00 00 02 02 00 00 00 01 00 00 00")));
    }

    void describeLogDirsV4ResponseAsKafkaDefinesIt()
    {
        DescribeLogDirsResponse response;
        DescribeLogDirsResponse::LogDir dir;
        dir.logDir = "/d";
        dir.topics = {{"t", {{0, 10, 3, false}}}};
        dir.totalBytes = 0x100;
        dir.usableBytes = 0x80;
        response.results = {dir};
        const Result<Bytes> frame = encodeResponseFrame({9}, response, 4);
        QVERIFY(frame);
        // Header v1 (correlation id, no tags); throttle, top-level error; one log dir: error,
        // "/d", one topic "t" with partition 0 (size 10, lag 3, not future), then the total
        // and usable bytes; compact lengths are N+1.
        QCOMPARE(
            *frame,
            framed(wire("00 00 00 09 00 "
                        "00 00 00 00 00 00 "
                        "02 00 00 03 2f 64 "
                        "02 02 74 02 00 00 00 00 00 00 00 00 00 00 00 0a 00 00 00 00 00 00 00 03 00 00 00 "
                        "00 00 00 00 00 00 01 00 00 00 00 00 00 00 00 80 00 00")));
    }

    void registryListsEachApiOnceInKeyOrder()
    {
        const std::span<const ApiDescriptor> apis = supportedApis();
        QCOMPARE(apis.size(), std::size(kExpectedRanges));
        for (std::size_t i = 0; i < apis.size(); ++i) {
            QCOMPARE(static_cast<std::int16_t>(apis[i].key), kExpectedRanges[i][0]);
            QCOMPARE(apis[i].minVersion, kExpectedRanges[i][1]);
            QCOMPARE(apis[i].maxVersion, kExpectedRanges[i][2]);
            QVERIFY(findApi(apis[i].key) == &apis[i]);
        }
        QCOMPARE(findApi(ApiKey::Fetch)->name, std::string_view("Fetch"));
        const ApiVersionsResponse subset = makeApiVersionsResponse(ErrorCode::None, apis.first(2));
        QCOMPARE(subset.apiKeys.size(), 2u);
    }
};

QTEST_GUILESS_MAIN(TestProtocolGolden)
#include "test_protocol_golden.moc"
