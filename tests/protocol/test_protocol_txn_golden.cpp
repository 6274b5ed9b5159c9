// Golden bytes of the transaction APIs (AddPartitionsToTxn, AddOffsetsToTxn, EndTxn,
// WriteTxnMarkers, TxnOffsetCommit, DescribeProducers, DescribeTransactions,
// ListTransactions), written by hand from Kafka's message definitions: each decodes to the
// expected message and encodes back to the same bytes, and every truncation of it is an
// error that names the field. The APIs are not served yet (not in AllApis), so the codecs
// are called directly rather than through the frame functions.

#include "wire.h"

#include "protocol/api/add_offsets_to_txn.h"
#include "protocol/api/add_partitions_to_txn.h"
#include "protocol/api/describe_producers.h"
#include "protocol/api/describe_transactions.h"
#include "protocol/api/end_txn.h"
#include "protocol/api/list_transactions.h"
#include "protocol/api/txn_offset_commit.h"
#include "protocol/api/write_txn_markers.h"

#include <QTest>

#include <string>

using namespace es;
using namespace es::protocol;
using es::protocol::test::wire;

namespace {

constexpr std::int64_t kProducerId = 4000; // 00 00 00 00 00 00 0f a0
constexpr std::int16_t kEpoch = 3;         // 00 03

std::string hex(const Bytes &bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (const std::uint8_t b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 0xf];
        out += ' ';
    }
    return out;
}

bool contains(const Status &s, std::string_view text) { return s.message().find(text) != std::string::npos; }

template <typename Message>
using Decode = Result<Message> (*)(ProtocolReader &, std::int16_t);
template <typename Message>
using Encode = void (*)(const Message &, std::int16_t, ProtocolWriter &);

// golden decodes to expected using all its bytes, expected encodes to golden, and every
// strict prefix of golden fails as a truncation, never reading past its end.
template <typename Message>
void checkGolden(const Bytes &golden, std::int16_t version, const Message &expected, Decode<Message> decode,
                 Encode<Message> encode)
{
    ProtocolReader in(golden);
    const Result<Message> decoded = decode(in, version);
    QVERIFY2(decoded, decoded.status().message().c_str());
    QVERIFY2(*decoded == expected, "decoded message differs from the expected one");
    QCOMPARE(in.remaining(), std::size_t{0});

    Bytes encoded;
    ProtocolWriter out(encoded);
    encode(expected, version, out);
    QVERIFY2(out.ok(), out.status().message().c_str());
    QVERIFY2(encoded == golden, ("encoded " + hex(encoded) + "\nexpected " + hex(golden)).c_str());

    for (std::size_t n = 0; n < golden.size(); ++n) {
        ProtocolReader cut(ByteView(golden).first(n));
        const Result<Message> partial = decode(cut, version);
        const std::string what =
            "first " + std::to_string(n) + " of " + std::to_string(golden.size()) + " bytes";
        QVERIFY2(!partial, (what + " decoded").c_str());
        QVERIFY2(contains(partial.status(), "truncated") || contains(partial.status(), "exceeds the"),
                 (what + ": " + partial.status().message()).c_str());
        QVERIFY2(contains(partial.status(), "(at byte "), partial.status().message().c_str());
    }
}

template <typename Api>
void checkRequest(const Bytes &golden, std::int16_t version, const typename Api::Request &expected)
{
    checkGolden<typename Api::Request>(golden, version, expected, &Api::decodeRequest, &Api::encodeRequest);
}

template <typename Api>
void checkResponse(const Bytes &golden, std::int16_t version, const typename Api::Response &expected)
{
    checkGolden<typename Api::Response>(golden, version, expected, &Api::decodeResponse,
                                        &Api::encodeResponse);
}

} // namespace

class TestProtocolTxnGolden : public QObject {
    Q_OBJECT

private slots:
    void addPartitionsToTxnV0()
    {
        checkRequest<AddPartitionsToTxnApi>(
            wire("00 05 'txn-1' "                          // transactional id: int16 length
                 "00 00 00 00 00 00 0f a0 00 03 "          // producer id, epoch
                 "00 00 00 02 "                            // topics: int32 count
                 "00 06 'orders' 00 00 00 02 00 00 00 00 " // partitions [0, 2]
                 "00 00 00 02 "
                 "00 05 'audit' 00 00 00 00"), // no partitions
            0, {"txn-1", kProducerId, kEpoch, {{"orders", {0, 2}}, {"audit", {}}}});
        checkResponse<AddPartitionsToTxnApi>(
            wire("00 00 00 00 "                // throttle
                 "00 00 00 01 00 06 'orders' " // one topic
                 "00 00 00 02 "                // two partitions
                 "00 00 00 00 00 00 "          // 0: no error
                 "00 00 00 02 00 33"),         // 2: CONCURRENT_TRANSACTIONS
            0, {0, {{"orders", {{0, ErrorCode::None}, {2, ErrorCode::ConcurrentTransactions}}}}});
    }

    void addPartitionsToTxnV3IsFlexible()
    {
        checkRequest<AddPartitionsToTxnApi>(wire("06 'txn-1' "                    // compact string, 5 + 1
                                                 "00 00 00 00 00 00 0f a0 00 03 " // producer id, epoch
                                                 "02 07 'orders' "                // one topic
                                                 "03 00 00 00 00 00 00 00 02 " // compact int32 array [0, 2]
                                                 "00 "                         // topic tags
                                                 "00"),                        // body tags
                                            3, {"txn-1", kProducerId, kEpoch, {{"orders", {0, 2}}}});
        checkResponse<AddPartitionsToTxnApi>(wire("00 00 00 64 "          // throttle 100
                                                  "02 07 'orders' "       // one topic
                                                  "02 00 00 00 01 00 5a " // partition 1: PRODUCER_FENCED
                                                  "00 00 00"),            // partition, topic, body tags
                                             3, {100, {{"orders", {{1, ErrorCode::ProducerFenced}}}}});
    }

    // v4+ is the brokers' batched form, a different layout: refused, not misread.
    void addPartitionsToTxnV4IsRefused()
    {
        const Bytes v3 = wire("06 'txn-1' 00 00 00 00 00 00 0f a0 00 03 01 00");
        ProtocolReader in(v3);
        const Result<AddPartitionsToTxnRequest> decoded = AddPartitionsToTxnApi::decodeRequest(in, 4);
        QVERIFY(!decoded);
        QVERIFY2(contains(decoded.status(), "version 4 is not supported"),
                 decoded.status().message().c_str());

        Bytes encoded;
        ProtocolWriter out(encoded);
        AddPartitionsToTxnApi::encodeRequest({"txn-1", kProducerId, kEpoch, {}}, 4, out);
        QVERIFY(!out.ok());
    }

    void addOffsetsToTxn()
    {
        checkRequest<AddOffsetsToTxnApi>(wire("00 05 'txn-1' 00 00 00 00 00 00 0f a0 00 03 00 07 'billing'"),
                                         0, {"txn-1", kProducerId, kEpoch, "billing"});
        checkRequest<AddOffsetsToTxnApi>(wire("06 'txn-1' 00 00 00 00 00 00 0f a0 00 03 08 'billing' 00"), 3,
                                         {"txn-1", kProducerId, kEpoch, "billing"});
        checkResponse<AddOffsetsToTxnApi>(wire("00 00 00 00 00 00"), 0, {});
        checkResponse<AddOffsetsToTxnApi>(wire("00 00 00 0a 00 5a 00"), 3, {10, ErrorCode::ProducerFenced});

        // The group id is not nullable in any version.
        const Bytes nullGroup = wire("00 05 'txn-1' 00 00 00 00 00 00 0f a0 00 03 ff ff");
        ProtocolReader in(nullGroup);
        const Result<AddOffsetsToTxnRequest> decoded = AddOffsetsToTxnApi::decodeRequest(in, 0);
        QVERIFY(!decoded);
        QVERIFY2(contains(decoded.status(), "group_id: null string"), decoded.status().message().c_str());
    }

    void endTxn()
    {
        checkRequest<EndTxnApi>(wire("00 05 'txn-1' 00 00 00 00 00 00 0f a0 00 03 01"), 0,
                                {"txn-1", kProducerId, kEpoch, true});
        checkRequest<EndTxnApi>(wire("06 'txn-1' 00 00 00 00 00 00 0f a0 00 03 00 00"), 3,
                                {"txn-1", kProducerId, kEpoch, false});
        checkResponse<EndTxnApi>(wire("00 00 00 00 00 30"), 0, {0, ErrorCode::InvalidTxnState});
        checkResponse<EndTxnApi>(wire("00 00 00 00 00 00 00"), 3, {});
    }

    // A tagged field a later Kafka might add is stepped over, and not written back.
    void endTxnSkipsUnknownTags()
    {
        const Bytes withTag = wire("06 'txn-1' 00 00 00 00 00 00 0f a0 00 03 01 "
                                   "01 05 02 ab cd"); // one tag: 5, two bytes
        ProtocolReader in(withTag);
        const Result<EndTxnRequest> decoded = EndTxnApi::decodeRequest(in, 3);
        QVERIFY2(decoded, decoded.status().message().c_str());
        QVERIFY(*decoded == (EndTxnRequest{"txn-1", kProducerId, kEpoch, true}));
        QCOMPARE(in.remaining(), std::size_t{0});

        Bytes encoded;
        ProtocolWriter out(encoded);
        EndTxnApi::encodeRequest(*decoded, 3, out);
        QVERIFY(out.ok());
        QCOMPARE(hex(encoded), hex(wire("06 'txn-1' 00 00 00 00 00 00 0f a0 00 03 01 00")));
    }

    void writeTxnMarkersV0()
    {
        checkRequest<WriteTxnMarkersApi>(wire("00 00 00 01 "                   // one marker
                                              "00 00 00 00 00 00 0f a0 00 03 " // producer id, epoch
                                              "01 "                            // COMMIT
                                              "00 00 00 01 00 06 'orders' 00 00 00 01 00 00 00 02 "
                                              "00 00 00 07"), // coordinator epoch
                                         0, {{{kProducerId, kEpoch, true, {{"orders", {2}}}, 7}}});
        checkResponse<WriteTxnMarkersApi>(
            wire("00 00 00 01 00 00 00 00 00 00 0f a0 " // marker of producer 4000
                 "00 00 00 01 00 06 'orders' "
                 "00 00 00 01 00 00 00 02 00 00"), // partition 2, no error
            0, {{{kProducerId, {{"orders", {{2, ErrorCode::None}}}}}}});
    }

    void writeTxnMarkersV1IsFlexible()
    {
        checkRequest<WriteTxnMarkersApi>(wire("02 00 00 00 00 00 00 0f a0 00 03 "
                                              "00 " // ABORT
                                              "02 07 'orders' 03 00 00 00 00 00 00 00 02 00 "
                                              "00 00 00 07 " // coordinator epoch
                                              "00 00"),      // marker, body tags
                                         1, {{{kProducerId, kEpoch, false, {{"orders", {0, 2}}}, 7}}});
        checkResponse<WriteTxnMarkersApi>(
            wire("02 00 00 00 00 00 00 0f a0 02 07 'orders' "
                 "02 00 00 00 02 00 06 " // partition 2: NOT_LEADER_OR_FOLLOWER
                 "00 00 00 00"),         // partition, topic, marker, body tags
            1, {{{kProducerId, {{"orders", {{2, ErrorCode::NotLeaderOrFollower}}}}}}});
    }

    void txnOffsetCommitV0()
    {
        TxnOffsetCommitRequest expected{"txn-1", "billing", kProducerId, kEpoch, -1, "", std::nullopt, {}};
        expected.topics.push_back({"orders", {{0, 42, -1, std::nullopt}, {1, 100, -1, "meta"}}});
        checkRequest<TxnOffsetCommitApi>(
            wire("00 05 'txn-1' 00 07 'billing' "
                 "00 00 00 00 00 00 0f a0 00 03 "
                 "00 00 00 01 00 06 'orders' 00 00 00 02 "
                 "00 00 00 00 00 00 00 00 00 00 00 2a ff ff " // 0 at 42, null metadata
                 "00 00 00 01 00 00 00 00 00 00 00 64 00 04 'meta'"),
            0, expected);
        checkResponse<TxnOffsetCommitApi>(
            wire("00 00 00 00 00 00 00 01 00 06 'orders' 00 00 00 01 00 00 00 00 00 00"), 0,
            {0, {{"orders", {{0, ErrorCode::None}}}}});
    }

    void txnOffsetCommitV2AddsLeaderEpoch()
    {
        TxnOffsetCommitRequest expected{"txn-1", "billing", kProducerId, kEpoch, -1, "", std::nullopt, {}};
        expected.topics.push_back({"orders", {{0, 42, 5, std::nullopt}}});
        checkRequest<TxnOffsetCommitApi>(wire("00 05 'txn-1' 00 07 'billing' "
                                              "00 00 00 00 00 00 0f a0 00 03 "
                                              "00 00 00 01 00 06 'orders' 00 00 00 01 "
                                              "00 00 00 00 00 00 00 00 00 00 00 2a "
                                              "00 00 00 05 " // committed leader epoch
                                              "ff ff"),
                                         2, expected);
    }

    void txnOffsetCommitV3AddsTheConsumer()
    {
        TxnOffsetCommitRequest expected{"txn-1", "billing",  kProducerId,  kEpoch,
                                        9,       "member-1", "consumer-a", {}};
        expected.topics.push_back({"orders", {{0, 42, 5, std::nullopt}}});
        checkRequest<TxnOffsetCommitApi>(wire("06 'txn-1' 08 'billing' "
                                              "00 00 00 00 00 00 0f a0 00 03 "
                                              "00 00 00 09 "     // generation id
                                              "09 'member-1' "   // member id
                                              "0b 'consumer-a' " // group instance id
                                              "02 07 'orders' 02 "
                                              "00 00 00 00 00 00 00 00 00 00 00 2a 00 00 00 05 "
                                              "00 "        // null metadata: compact 0
                                              "00 00 00"), // partition, topic, body tags
                                         3, expected);

        // A static member is optional: a null group instance id.
        expected.groupInstanceId.reset();
        expected.topics.clear();
        checkRequest<TxnOffsetCommitApi>(
            wire("06 'txn-1' 08 'billing' 00 00 00 00 00 00 0f a0 00 03 00 00 00 09 09 'member-1' 00 01 00"),
            3, expected);

        checkResponse<TxnOffsetCommitApi>(wire("00 00 00 00 02 07 'orders' "
                                               "02 00 00 00 00 00 16 " // ILLEGAL_GENERATION
                                               "00 00 00"),
                                          3, {0, {{"orders", {{0, ErrorCode::IllegalGeneration}}}}});
    }

    void describeProducers()
    {
        checkRequest<DescribeProducersApi>(wire("02 07 'orders' 03 00 00 00 00 00 00 00 01 00 00"), 0,
                                           {{{"orders", {0, 1}}}});

        DescribeProducersResponse expected;
        expected.topics.push_back(
            {"orders",
             {{0, ErrorCode::None, std::nullopt, {{kProducerId, 3, 9, 1700000000000, 7, 42}}},
              {1, ErrorCode::NotLeaderOrFollower, "not leader", {}}}});
        checkResponse<DescribeProducersApi>(
            wire("00 00 00 00 02 07 'orders' 03 "
                 "00 00 00 00 00 00 00 "       // partition 0, no error, null message
                 "02 00 00 00 00 00 00 0f a0 " // one producer: id
                 "00 00 00 03 "                // epoch: int32 here
                 "00 00 00 09 "                // last sequence
                 "00 00 01 8b cf e5 68 00 "    // last timestamp
                 "00 00 00 07 "                // coordinator epoch
                 "00 00 00 00 00 00 00 2a "    // current txn start offset
                 "00 00 "                      // producer, partition tags
                 "00 00 00 01 00 06 0b 'not leader' 01 00 "
                 "00 00"), // topic, body tags
            0, expected);
    }

    void describeTransactions()
    {
        checkRequest<DescribeTransactionsApi>(wire("03 06 'txn-1' 06 'txn-2' 00"), 0, {{"txn-1", "txn-2"}});

        DescribeTransactionsResponse expected;
        expected.transactionStates.push_back({ErrorCode::None,
                                              "txn-1",
                                              "Ongoing",
                                              60000,
                                              1700000000000,
                                              kProducerId,
                                              kEpoch,
                                              {{"orders", {0, 2}}}});
        expected.transactionStates.push_back(
            {ErrorCode::TransactionalIdNotFound, "txn-2", "", 0, -1, -1, -1, {}});
        checkResponse<DescribeTransactionsApi>(
            wire("00 00 00 00 03 "
                 "00 00 06 'txn-1' 08 'Ongoing' "
                 "00 00 ea 60 "             // timeout 60000
                 "00 00 01 8b cf e5 68 00 " // start time
                 "00 00 00 00 00 00 0f a0 00 03 "
                 "02 07 'orders' 03 00 00 00 00 00 00 00 02 00 "
                 "00 "
                 "00 69 06 'txn-2' 01 " // TRANSACTIONAL_ID_NOT_FOUND, empty state
                 "00 00 00 00 ff ff ff ff ff ff ff ff "
                 "ff ff ff ff ff ff ff ff ff ff "
                 "01 00 " // no topics, tags
                 "00"),
            0, expected);
    }

    void listTransactions()
    {
        checkRequest<ListTransactionsApi>(wire("02 08 'Ongoing' 02 00 00 00 00 00 00 0f a0 00"), 0,
                                          {{"Ongoing"}, {kProducerId}, -1});
        // v1 adds the duration filter (KIP-994).
        checkRequest<ListTransactionsApi>(wire("01 01 00 00 00 00 00 00 ea 60 00"), 1, {{}, {}, 60000});

        ListTransactionsResponse expected{
            0, ErrorCode::None, {"Running"}, {{"txn-1", kProducerId, "Ongoing"}}};
        const Bytes response =
            wire("00 00 00 00 00 00 "
                 "02 08 'Running' "                                       // unknown state filters
                 "02 06 'txn-1' 00 00 00 00 00 00 0f a0 08 'Ongoing' 00 " // one transaction
                 "00");
        checkResponse<ListTransactionsApi>(response, 0, expected);
        checkResponse<ListTransactionsApi>(response, 1, expected);
    }
};

QTEST_GUILESS_MAIN(TestProtocolTxnGolden)
#include "test_protocol_txn_golden.moc"
