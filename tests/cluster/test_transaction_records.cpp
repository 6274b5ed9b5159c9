// The __transaction_state record format: the bytes Kafka's TransactionLog writes and reads,
// checked against layouts worked out by hand from Kafka's TransactionLogKey/Value schemas,
// and what a damaged record does to the reader (an error, never a crash or an over-read).

#include "cluster/txn/transaction_records.h"

#include <QTest>

#include <cstdint>
#include <initializer_list>

using namespace es;

namespace {

Bytes bytesOf(std::initializer_list<int> values)
{
    Bytes out;
    for (int v : values)
        out.push_back(static_cast<std::uint8_t>(v));
    return out;
}

Bytes concat(std::initializer_list<Bytes> parts)
{
    Bytes out;
    for (const Bytes &p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

// producerId 1000, epoch 5, timeout 60 s, Ongoing in topic "a" partitions 0 and 2, last
// updated at 2000 ms, started at 1500 ms.
TransactionLogValue ongoingValue()
{
    TransactionLogValue v;
    v.producerId = 1000;
    v.producerEpoch = 5;
    v.transactionTimeoutMs = 60000;
    v.status = TransactionState::Ongoing;
    v.partitions = std::vector<TransactionLogTopic>{{"a", {0, 2}}};
    v.lastUpdateTimestampMs = 2000;
    v.startTimestampMs = 1500;
    return v;
}

const Bytes kHead = bytesOf({0, 0, 0, 0, 0, 0, 0x03, 0xE8,    // producerId 1000
                             0, 5,                            // producerEpoch
                             0, 0, 0xEA, 0x60,                // transactionTimeoutMs 60000
                             1});                             // status Ongoing
const Bytes kTimes = bytesOf({0, 0, 0, 0, 0, 0, 0x07, 0xD0,   // lastUpdate 2000
                              0, 0, 0, 0, 0, 0, 0x05, 0xDC}); // start 1500

// Version 0: int32 array count, int16-length topic, int32 id count, int32 ids.
const Bytes kOngoingV0 = concat(
    {bytesOf({0, 0}), kHead, bytesOf({0, 0, 0, 1, 0, 1, 'a', 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2}), kTimes});

// Version 1: compact counts and lengths (n + 1), each partition entry's tagged fields (none),
// then the value's tagged fields: previousProducerId 999 (tag 0) and clientTransactionVersion
// 2 (tag 2); nextProducerId is at its default and left out.
const Bytes kOngoingV1 = concat({bytesOf({0, 1}), kHead, bytesOf({2, 2, 'a', 3, 0, 0, 0, 0, 0, 0, 0, 2, 0}),
                                 kTimes, bytesOf({2, 0, 8, 0, 0, 0, 0, 0, 0, 0x03, 0xE7, 2, 2, 0, 2})});

TransactionLogValue ongoingValueV1()
{
    TransactionLogValue v = ongoingValue();
    v.previousProducerId = 999;
    v.clientTransactionVersion = 2;
    return v;
}

} // namespace

class TestTransactionRecords : public QObject {
    Q_OBJECT

private slots:
    void keyIsVersionZeroAndTheTransactionalId()
    {
        const Bytes key = encodeTransactionLogKey("tx");
        QCOMPARE(key, bytesOf({0, 0, 0, 2, 't', 'x'}));
        Result<std::string> decoded = decodeTransactionLogKey(key);
        QVERIFY(decoded.isOk());
        QCOMPARE(*decoded, std::string("tx"));
    }

    void valueIsWrittenAsKafka3WritesIt()
    {
        QCOMPARE(encodeTransactionLogValue(ongoingValue()), kOngoingV0);
        Result<TransactionLogValue> decoded = decodeTransactionLogValue(kOngoingV0);
        QVERIFY2(decoded.isOk(), decoded.status().message().c_str());
        QVERIFY(*decoded == ongoingValue());
    }

    void anEmptyTransactionHasANullPartitionArray()
    {
        TransactionLogValue v = ongoingValue();
        v.status = TransactionState::Empty;
        v.partitions.reset();
        const Bytes expected =
            concat({bytesOf({0, 0, 0, 0, 0, 0, 0, 0, 0x03, 0xE8, 0, 5, 0, 0, 0xEA, 0x60, 0}),
                    bytesOf({0xFF, 0xFF, 0xFF, 0xFF}), kTimes});
        QCOMPARE(encodeTransactionLogValue(v), expected);
        Result<TransactionLogValue> decoded = decodeTransactionLogValue(expected);
        QVERIFY(decoded.isOk());
        QVERIFY(!decoded->partitions);
    }

    void flexibleVersionCarriesTaggedFields()
    {
        QCOMPARE(encodeTransactionLogValue(ongoingValueV1(), kTransactionLogValueFlexibleVersion),
                 kOngoingV1);
        Result<TransactionLogValue> decoded = decodeTransactionLogValue(kOngoingV1);
        QVERIFY2(decoded.isOk(), decoded.status().message().c_str());
        QVERIFY(*decoded == ongoingValueV1());
        // Version 0 has no room for them: they read back as their defaults.
        Result<TransactionLogValue> v0 =
            decodeTransactionLogValue(encodeTransactionLogValue(ongoingValueV1()));
        QVERIFY(v0.isOk());
        QVERIFY(*v0 == ongoingValue());
    }

    void taggedFieldsFromANewerKafkaAreSkipped()
    {
        // Tag 0 as before, then an unknown tag 7 with three bytes of its own.
        Bytes bytes(kOngoingV1.begin(), kOngoingV1.end() - 15);
        const Bytes tags = bytesOf({2, 0, 8, 0, 0, 0, 0, 0, 0, 0x03, 0xE7, 7, 3, 0xAA, 0xBB, 0xCC});
        bytes.insert(bytes.end(), tags.begin(), tags.end());
        Result<TransactionLogValue> decoded = decodeTransactionLogValue(bytes);
        QVERIFY2(decoded.isOk(), decoded.status().message().c_str());
        QCOMPARE(decoded->previousProducerId, std::int64_t{999});
        QCOMPARE(decoded->clientTransactionVersion, std::int16_t{0});
    }

    void everyTruncationIsCorruption()
    {
        auto expectCorruption = [](const Status &status, std::size_t n) {
            QVERIFY2(status.code() == StatusCode::Corruption,
                     (std::to_string(n) + " bytes: " + status.toString()).c_str());
        };
        for (const Bytes &whole : {kOngoingV0, kOngoingV1})
            for (std::size_t n = 0; n < whole.size(); ++n)
                expectCorruption(decodeTransactionLogValue(ByteView(whole.data(), n)).status(), n);
        const Bytes key = encodeTransactionLogKey("tx");
        for (std::size_t n = 0; n < key.size(); ++n)
            expectCorruption(decodeTransactionLogKey(ByteView(key.data(), n)).status(), n);
    }

    void trailingBytesAreCorruption()
    {
        Bytes value = kOngoingV0;
        value.push_back(0);
        QCOMPARE(decodeTransactionLogValue(value).status().code(), StatusCode::Corruption);
        QCOMPARE(decodeTransactionLogKey(bytesOf({0, 0, 0, 1, 'x', 'y'})).status().code(),
                 StatusCode::Corruption);
    }

    void malformedFieldsAreCorruption_data()
    {
        QTest::addColumn<Bytes>("bytes");
        Bytes unknownStatus = kOngoingV0;
        unknownStatus[16] = 9;
        QTest::newRow("status 9") << unknownStatus;
        Bytes negativeStatus = kOngoingV0;
        negativeStatus[16] = 0xFF;
        QTest::newRow("status -1") << negativeStatus;
        Bytes negativeCount = kOngoingV0;
        negativeCount[17] = negativeCount[18] = negativeCount[19] = 0xFF;
        negativeCount[20] = 0xFE;
        QTest::newRow("partition count -2") << negativeCount;
        Bytes hugeCount = kOngoingV0;
        hugeCount[17] = 0x7F;
        QTest::newRow("partition count 2^31-1") << hugeCount;
        Bytes longTopic = kOngoingV0;
        longTopic[22] = 0x50;
        QTest::newRow("topic longer than the record") << longTopic;
        Bytes manyIds = kOngoingV0;
        manyIds[25] = 0x40;
        QTest::newRow("more partition ids than bytes") << manyIds;
        Bytes nullIds = kOngoingV1;
        nullIds[20] = 0;
        QTest::newRow("v1 null partition id array") << nullIds;
        Bytes shortTag = kOngoingV1;
        shortTag[shortTag.size() - 3] = 1; // clientTransactionVersion claims one byte, not two
        QTest::newRow("v1 known tag with the wrong size") << shortTag;
    }

    void malformedFieldsAreCorruption()
    {
        QFETCH(Bytes, bytes);
        QCOMPARE(decodeTransactionLogValue(bytes).status().code(), StatusCode::Corruption);
    }

    void otherVersionsAreUnsupported()
    {
        Bytes value = kOngoingV0;
        value[1] = 2;
        QCOMPARE(decodeTransactionLogValue(value).status().code(), StatusCode::Unsupported);
        QCOMPARE(decodeTransactionLogKey(bytesOf({0, 1, 0, 0})).status().code(), StatusCode::Unsupported);
    }

    void aNullValueIsATombstone()
    {
        Result<TransactionLogRecord> record =
            decodeTransactionLogRecord(encodeTransactionLogKey("tx"), std::nullopt);
        QVERIFY(record.isOk());
        QCOMPARE(record->transactionalId, std::string("tx"));
        QVERIFY(!record->value);

        Result<TransactionLogRecord> live =
            decodeTransactionLogRecord(encodeTransactionLogKey("tx"), ByteView(kOngoingV0));
        QVERIFY(live.isOk());
        QVERIFY(live->value && *live->value == ongoingValue());

        Bytes bad = kOngoingV0;
        bad.pop_back();
        const Status damaged =
            decodeTransactionLogRecord(encodeTransactionLogKey("tx"), ByteView(bad)).status();
        QCOMPARE(damaged.code(), StatusCode::Corruption);
        QVERIFY(damaged.message().find("'tx'") != std::string::npos);
    }

    void garbageNeverCrashesTheReader()
    {
        // Deterministic noise, half of it behind a valid version so the body is parsed.
        std::uint32_t seed = 12345;
        auto next = [&seed] {
            seed = seed * 1103515245u + 12345u;
            return static_cast<std::uint8_t>(seed >> 16);
        };
        for (int i = 0; i < 3000; ++i) {
            Bytes bytes(next() % 64);
            for (std::uint8_t &b : bytes)
                b = next();
            if (bytes.size() >= 2 && i % 2 == 0) {
                bytes[0] = 0;
                bytes[1] = static_cast<std::uint8_t>(i % 4 == 0 ? 0 : 1);
            }
            (void)decodeTransactionLogValue(bytes);
            (void)decodeTransactionLogKey(bytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestTransactionRecords)
#include "test_transaction_records.moc"
