#include "wire.h"

#include "protocol/api_registry.h"
#include "protocol/protocol_reader.h"
#include "protocol/protocol_writer.h"
#include "protocol/request_header.h"

#include <QTest>

#include <string>

using namespace es;
using namespace es::protocol;
using es::protocol::test::wire;

namespace {

bool contains(const Status &s, std::string_view text) { return s.message().find(text) != std::string::npos; }

} // namespace

class TestProtocolPrimitives : public QObject {
    Q_OBJECT

private slots:
    void fixedWidthIntegersAreBigEndian()
    {
        Bytes out;
        ProtocolWriter w(out);
        w.writeInt8(-2);
        w.writeInt16(0x1234);
        w.writeInt32(-1);
        w.writeInt64(0x0102030405060708);
        w.writeUint32(0xdeadbeef);
        w.writeBool(true);
        w.writeErrorCode(ErrorCode::UnsupportedVersion);
        QCOMPARE(out, wire("fe 12 34 ff ff ff ff 01 02 03 04 05 06 07 08 de ad be ef 01 00 23"));

        ProtocolReader r(out);
        QCOMPARE(r.readInt8("a"), -2);
        QCOMPARE(r.readInt16("b"), 0x1234);
        QCOMPARE(r.readInt32("c"), -1);
        QCOMPARE(r.readInt64("d"), 0x0102030405060708);
        QCOMPARE(r.readUint32("e"), 0xdeadbeefu);
        QCOMPARE(r.readBool("f"), true);
        QVERIFY(r.readErrorCode("g") == ErrorCode::UnsupportedVersion);
        QVERIFY(r.ok());
        QCOMPARE(r.remaining(), 0u);
    }

    void anyNonZeroByteIsTrue()
    {
        const Bytes in = wire("00 01 7f ff");
        ProtocolReader r(in);
        QCOMPARE(r.readBool("a"), false);
        QCOMPARE(r.readBool("b"), true);
        QCOMPARE(r.readBool("c"), true);
        QCOMPARE(r.readBool("d"), true);
    }

    void classicStringsAndBytes()
    {
        Bytes out;
        ProtocolWriter w(out);
        w.writeString("abc");
        w.writeNullableString(std::nullopt);
        w.writeNullableString(std::string());
        w.writeBytes(wire("01 02"));
        w.writeNullableBytes(std::nullopt);
        QVERIFY(w.ok());
        QCOMPARE(out, wire("00 03 'abc' ff ff 00 00 00 00 00 02 01 02 ff ff ff ff"));

        ProtocolReader r(out);
        QCOMPARE(r.readString("s"), std::string("abc"));
        QVERIFY(!r.readNullableString("n").has_value());
        QCOMPARE(r.readNullableString("e"), std::optional<std::string>(""));
        QCOMPARE(r.readBytes("b"), wire("01 02"));
        QVERIFY(!r.readNullableBytes("nb").has_value());
        QVERIFY(r.ok());
    }

    void compactStringsAndBytesUseLengthPlusOne()
    {
        Bytes out;
        ProtocolWriter w(out, true);
        w.writeString("abc");
        w.writeNullableString(std::nullopt);
        w.writeBytes(wire("01 02"));
        w.writeNullableBytes(std::nullopt);
        w.writeString(std::string(200, 'x'));
        QVERIFY(w.ok());
        QCOMPARE(Bytes(out.begin(), out.begin() + 11), wire("04 'abc' 00 03 01 02 00 c9 01"));

        ProtocolReader r(out, true);
        QCOMPARE(r.readString("s"), std::string("abc"));
        QVERIFY(!r.readNullableString("n").has_value());
        QCOMPARE(r.readBytes("b"), wire("01 02"));
        QVERIFY(!r.readNullableBytes("nb").has_value());
        QCOMPARE(r.readString("long"), std::string(200, 'x'));
        QVERIFY(r.ok());
        QCOMPARE(r.remaining(), 0u);
    }

    void classicClientIdStaysClassicInFlexibleMode()
    {
        Bytes out;
        ProtocolWriter w(out, true);
        w.writeClassicNullableString(std::string("id"));
        w.writeClassicNullableString(std::nullopt);
        QCOMPARE(out, wire("00 02 'id' ff ff"));
        QVERIFY(w.flexible());
        ProtocolReader r(out, true);
        QCOMPARE(r.readClassicNullableString("a"), std::optional<std::string>("id"));
        QVERIFY(!r.readClassicNullableString("b").has_value());
        QVERIFY(r.ok());
    }

    void arraysClassicAndCompact()
    {
        const std::vector<std::int32_t> values = {1, -1};
        Bytes classic;
        ProtocolWriter cw(classic);
        cw.writeInt32Array(values);
        cw.writeNullableArray(std::optional<std::vector<std::int32_t>>(), [](std::int32_t) {});
        QCOMPARE(classic, wire("00 00 00 02 00 00 00 01 ff ff ff ff ff ff ff ff"));
        Bytes compact;
        ProtocolWriter fw(compact, true);
        fw.writeInt32Array(values);
        fw.writeNullableArray(std::optional<std::vector<std::int32_t>>(), [](std::int32_t) {});
        fw.writeStringArray({});
        QCOMPARE(compact, wire("03 00 00 00 01 ff ff ff ff 00 01"));

        ProtocolReader cr(classic);
        QCOMPARE(cr.readInt32Array("a"), values);
        QVERIFY(!cr.readNullableArray<std::int32_t>("n", [](std::int32_t &) {}).has_value());
        ProtocolReader fr(compact, true);
        QCOMPARE(fr.readInt32Array("a"), values);
        QVERIFY(!fr.readNullableArray<std::int32_t>("n", [](std::int32_t &) {}).has_value());
        QVERIFY(fr.readStringArray("e").empty());
        QVERIFY(cr.ok() && fr.ok());
    }

    void uuidIsSixteenRawBytes()
    {
        Uuid id;
        id.bytes[0] = 0xab;
        id.bytes[15] = 0xcd;
        Bytes out;
        ProtocolWriter(out).writeUuid(id);
        QCOMPARE(out.size(), 16u);
        ProtocolReader r(out);
        QVERIFY(r.readUuid("id") == id);
        QVERIFY(Uuid{}.isZero() && !id.isZero());
    }

    void unsignedVarints()
    {
        for (std::uint32_t v : {0u, 1u, 127u, 128u, 16383u, 16384u, 0xffffffffu}) {
            Bytes out;
            ProtocolWriter(out).writeUnsignedVarint(v);
            ProtocolReader r(out);
            QCOMPARE(r.readUnsignedVarint("v"), v);
            QCOMPARE(r.remaining(), 0u);
        }
        const Bytes tooLong = wire("80 80 80 80 80 01");
        ProtocolReader r(tooLong);
        r.readUnsignedVarint("count");
        QVERIFY(!r.ok());
        QVERIFY(contains(r.status(), "count: unsigned varint longer than 5 bytes"));
        const Bytes cut = wire("80 80");
        ProtocolReader c(cut);
        c.readUnsignedVarint("count");
        QVERIFY(contains(c.status(), "truncated"));
    }

    void truncationNamesTheFieldAndOffset()
    {
        const Bytes in = wire("00 01 00");
        ProtocolReader r(in);
        r.readInt16("first");
        r.readInt32("second");
        QVERIFY(!r.ok());
        QCOMPARE(r.status().code(), StatusCode::Corruption);
        QVERIFY2(contains(r.status(), "second: truncated: needs 4 bytes, 1 left (at byte 2)"),
                 r.status().message().c_str());
        // Later reads neither crash nor replace the first failure.
        QCOMPARE(r.readInt64("third"), 0);
        QVERIFY(r.readString("fourth").empty());
        QVERIFY(contains(r.status(), "second"));
    }

    void lengthsBeyondTheDataFailWithoutAllocating()
    {
        const Bytes bigString = wire("7f ff 'ab'");
        ProtocolReader s(bigString);
        s.readString("name");
        QVERIFY(contains(s.status(), "name: string length 32767 exceeds the 2 bytes left"));

        const Bytes bigArray = wire("7f ff ff ff 00");
        ProtocolReader a(bigArray);
        a.readInt32Array("replicas");
        QVERIFY(contains(a.status(), "replicas: array length 2147483647 exceeds the 1 bytes left"));

        const Bytes bigCompact = wire("ff ff ff ff 0f 00");
        ProtocolReader c(bigCompact, true);
        c.readBytes("records");
        QVERIFY(contains(c.status(), "records: bytes length 4294967294 exceeds the 1 bytes left"));

        const Bytes overLongString = wire("fe ff 03");
        ProtocolReader o(overLongString, true);
        o.readString("name");
        QVERIFY(contains(o.status(), "exceeds 32767"));
    }

    void negativeAndNullLengthsWhereNotAllowed()
    {
        const Bytes nullString = wire("ff ff");
        ProtocolReader n(nullString);
        n.readString("topic");
        QVERIFY(contains(n.status(), "topic: null string where the field is not nullable"));

        const Bytes negative = wire("ff fe");
        ProtocolReader g(negative);
        g.readNullableString("rack");
        QVERIFY(contains(g.status(), "rack: negative string length -2"));

        const Bytes negativeArray = wire("80 00 00 00");
        ProtocolReader a(negativeArray);
        a.readNullableArray<std::int32_t>("topics", [](std::int32_t &) {});
        QVERIFY(contains(a.status(), "negative array length"));

        const Bytes nullBytes = wire("ff ff ff ff");
        ProtocolReader b(nullBytes);
        b.readBytes("metadata");
        QVERIFY(contains(b.status(), "null bytes"));

        const Bytes compactNull = wire("00");
        ProtocolReader c(compactNull, true);
        c.readInt32Array("partitions");
        QVERIFY(contains(c.status(), "null array"));

        ProtocolReader v(nullString);
        QVERIFY(!v.readNullableString("name", false).has_value());
        QVERIFY(!v.ok());
    }

    void failuresInsideArraysGiveThePath()
    {
        // topics[1].partitions[0] is cut short.
        const Bytes in = wire("00 00 00 02 00 01 'a' 00 00 00 00 00 01 'b' 00 00 00 01 00 00");
        ProtocolReader r(in);
        struct Topic {
            std::string name;
            std::vector<std::int32_t> partitions;
        };
        r.readArray<Topic>("topics", [&](Topic &t) {
            t.name = r.readString("name");
            t.partitions = r.readInt32Array("partitions");
        });
        QVERIFY2(contains(r.status(), "topics[1].partitions[0].element: truncated"),
                 r.status().message().c_str());
    }

    void taggedFieldsSkipUnknownAndReadKnown()
    {
        // Two fields: tag 1 (unknown, 3 bytes) and tag 5 (an int32).
        const Bytes in = wire("02 01 03 aa bb cc 05 04 00 00 00 2a 7e");
        ProtocolReader r(in, true);
        std::int32_t known = 0;
        r.readTaggedFields("tags", [&](std::uint32_t tag) {
            if (tag != 5)
                return false;
            known = r.readInt32("value");
            return true;
        });
        QVERIFY(r.ok());
        QCOMPARE(known, 42);
        QCOMPARE(r.readInt8("after"), 0x7e);

        // A known field that uses fewer bytes than it declares is malformed.
        const Bytes bad = wire("01 05 05 00 00 00 2a 00");
        ProtocolReader b(bad, true);
        b.readTaggedFields("tags", [&](std::uint32_t) {
            b.readInt32("value");
            return true;
        });
        QVERIFY(contains(b.status(), "declared 5 bytes but used 4"));

        const Bytes lying = wire("01 00 09 00");
        ProtocolReader l(lying, true);
        l.readTaggedFields();
        QVERIFY(contains(l.status(), "tagged field 0 of 9 bytes exceeds the 1 bytes left"));

        // Classic mode has no tagged-field section.
        ProtocolReader c(in);
        c.readTaggedFields();
        QCOMPARE(c.position(), 0u);
    }

    void writerWritesTaggedFieldsInOrder()
    {
        Bytes out;
        ProtocolWriter w(out, true);
        std::vector<TaggedField> fields;
        fields.push_back(w.encodeTaggedField(0, [](ProtocolWriter &t) { t.writeInt16(7); }));
        fields.push_back(w.encodeTaggedField(3, [](ProtocolWriter &t) { t.writeString("x"); }));
        w.writeTaggedFields(fields);
        w.writeTaggedFields();
        QVERIFY(w.ok());
        QCOMPARE(out, wire("02 00 02 00 07 03 02 02 'x' 00"));

        Bytes unordered;
        ProtocolWriter u(unordered, true);
        u.writeTaggedFields(std::vector<TaggedField>{{3, {}}, {1, {}}});
        QVERIFY(!u.ok());

        Bytes classic;
        ProtocolWriter c(classic);
        c.writeTaggedFields(fields);
        QVERIFY(classic.empty());
    }

    void writerRefusesWhatTheWireCannotCarry()
    {
        Bytes out;
        ProtocolWriter w(out);
        w.writeString(std::string(40000, 'x'));
        QVERIFY(!w.ok());
        QVERIFY(contains(w.status(), "exceeds 32767"));

        Bytes nulls;
        ProtocolWriter n(nulls);
        n.writeNullableString(std::nullopt, false);
        QVERIFY(contains(n.status(), "null string"));
    }

    void requestHeaderVersions()
    {
        const RequestHeader h{ApiKey::Metadata, 9, 0x01020304, "cli"};
        const struct {
            std::int16_t version;
            Bytes bytes;
        } cases[] = {
            {0, wire("00 03 00 09 01 02 03 04")},
            {1, wire("00 03 00 09 01 02 03 04 00 03 'cli'")},
            {2, wire("00 03 00 09 01 02 03 04 00 03 'cli' 00")},
        };
        for (const auto &c : cases) {
            Bytes out;
            ProtocolWriter w(out);
            encodeRequestHeader(h, c.version, w);
            QCOMPARE(out, c.bytes);
            ProtocolReader r(out);
            Result<RequestHeader> decoded = decodeRequestHeader(r, c.version);
            QVERIFY(decoded);
            RequestHeader expected = h;
            if (c.version == 0)
                expected.clientId.reset();
            QVERIFY(*decoded == expected);
            QCOMPARE(r.remaining(), 0u);
        }
        // Header v2 may carry tagged fields; unknown ones are skipped.
        const Bytes tagged = wire("00 12 00 03 00 00 00 07 ff ff 01 09 01 00 'rest'");
        ProtocolReader r(tagged);
        Result<RequestHeader> decoded = decodeRequestHeader(r, 2);
        QVERIFY(decoded);
        QVERIFY(!decoded->clientId.has_value());
        QCOMPARE(decoded->correlationId, 7);
        QCOMPARE(r.remaining(), 4u);
    }

    void responseHeaderVersions()
    {
        Bytes v0, v1;
        ProtocolWriter w0(v0), w1(v1);
        encodeResponseHeader({42}, 0, w0);
        encodeResponseHeader({42}, 1, w1);
        QCOMPARE(v0, wire("00 00 00 2a"));
        QCOMPARE(v1, wire("00 00 00 2a 00"));
        ProtocolReader r(v1);
        Result<ResponseHeader> h = decodeResponseHeader(r, 1);
        QVERIFY(h && h->correlationId == 42 && r.remaining() == 0);
        const Bytes cut = wire("00 00");
        ProtocolReader c(cut);
        QVERIFY(!decodeResponseHeader(c, 0));
    }

    void headerVersionsPerApi()
    {
        struct Case {
            ApiKey key;
            std::int16_t version;
            std::int16_t request;
            std::int16_t response;
        };
        const Case cases[] = {
            {ApiKey::ApiVersions, 0, 1, 0},  {ApiKey::ApiVersions, 3, 2, 0},
            {ApiKey::ApiVersions, 4, 2, 0},  {ApiKey::Metadata, 8, 1, 0},
            {ApiKey::Metadata, 9, 2, 1},     {ApiKey::Produce, 9, 2, 1},
            {ApiKey::Fetch, 11, 1, 0},       {ApiKey::Fetch, 12, 2, 1},
            {ApiKey::OffsetDelete, 0, 1, 0}, {ApiKey::DescribeCluster, 0, 2, 1},
        };
        for (const Case &c : cases) {
            const std::optional<HeaderVersions> h = headerVersions(c.key, c.version);
            QVERIFY(h.has_value());
            QCOMPARE(h->request, c.request);
            QCOMPARE(h->response, c.response);
        }
        QVERIFY(!headerVersions(static_cast<ApiKey>(7), 0).has_value());
    }
};

QTEST_GUILESS_MAIN(TestProtocolPrimitives)
#include "test_protocol_primitives.moc"
