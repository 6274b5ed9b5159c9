// The small JSON library and base64: parser and writer round trips, strictness on malformed
// input (with the error's position), escaping, UTF-8 validation.

#ifndef Q_MOC_RUN
#include "common/base64.h"
#include "common/json.h"
#endif

#include <QTest>

using namespace es;

class TestJson : public QObject {
    Q_OBJECT

private slots:
    void parsesEveryType()
    {
        auto v = parseJson(R"( {"a": null, "b": true, "c": false, "d": -12.5e1, "e": "x\ny",
                                "f": [1, [2], {}], "g": {"h": "\u00e9\ud83d\ude00"}} )");
        QVERIFY2(v.isOk(), v.status().toString().c_str());
        QVERIFY(v->find("a")->isNull());
        QCOMPARE(v->find("b")->asBool(), true);
        QCOMPARE(v->find("c")->asBool(), false);
        QCOMPARE(v->find("d")->asNumber(), -125.0);
        QCOMPARE(v->find("e")->asString(), std::string("x\ny"));
        QCOMPARE(v->find("f")->asArray().size(), std::size_t(3));
        QCOMPARE(v->find("f")->at(1)->at(0)->asNumber(), 2.0);
        QCOMPARE(v->find("g")->find("h")->asString(), std::string("\xC3\xA9\xF0\x9F\x98\x80"));
        QVERIFY(v->find("zz") == nullptr);
        QVERIFY(v->find("f")->at(7) == nullptr);
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("text");
        // Plain literals: moc misreads raw strings here.
        QTest::newRow("object") << QString("{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}");
        QTest::newRow("escapes") << QString("[\"q\\\"b\\\\s/\\n\\r\\t\\b\\f\\u0001\\u001f\"]");
        QTest::newRow("utf8") << QString::fromUtf8("[\"\xC3\xA9\xF0\x9F\x98\x80 \xC3\xBC\"]");
        QTest::newRow("numbers") << QString("[0,-1,1.5,9007199254740992,1e+300,-0.001]");
        QTest::newRow("empty") << QString("[[],{},\"\"]");
    }
    void roundTrips()
    {
        QFETCH(QString, text);
        auto v = parseJson(text.toStdString());
        QVERIFY2(v.isOk(), v.status().toString().c_str());
        const std::string written = toJson(*v);
        auto again = parseJson(written);
        QVERIFY2(again.isOk(), again.status().toString().c_str());
        QVERIFY(*again == *v);
        QCOMPARE(toJson(*again), written);
    }

    void writesCanonicalText()
    {
        JsonValue::Object o;
        o.reserve(4);
        const auto add = [&](const char *name, auto value) {
            o.emplace_back(std::piecewise_construct, std::forward_as_tuple(name),
                           std::forward_as_tuple(value));
        };
        add("s", std::string("a\"b\\c\n\x01\x7f\xC3\xA9"));
        add("n", 42);
        add("f", 0.5);
        add("x", nullptr);
        QCOMPARE(toJson(JsonValue(std::move(o))),
                 std::string("{\"s\":\"a\\\"b\\\\c\\n\\u0001\x7f\xC3\xA9\",\"n\":42,\"f\":0.5,\"x\":null}"));
    }

    void rejectsMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("position");
        QTest::newRow("empty") << QByteArray("") << 0;
        QTest::newRow("trailing comma") << QByteArray("[1,]") << 3;
        QTest::newRow("object trailing comma") << QByteArray("{\"a\":1,}") << 7;
        QTest::newRow("leading zero") << QByteArray("[01]") << 2;
        QTest::newRow("bare word") << QByteArray("nul") << 0;
        QTest::newRow("single quotes") << QByteArray("['a']") << 1;
        QTest::newRow("unterminated string") << QByteArray("\"abc") << 4;
        QTest::newRow("control char") << QByteArray("\"a\tb\"") << 2;
        QTest::newRow("bad escape") << QByteArray("\"\\x\"") << 2;
        QTest::newRow("lone surrogate") << QByteArray("\"\\ud800\"") << 7;
        QTest::newRow("bad utf8") << QByteArray("\"\xC3\x28\"") << 1;
        QTest::newRow("two values") << QByteArray("1 2") << 2;
        QTest::newRow("nan") << QByteArray("NaN") << 0;
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5;
        QTest::newRow("unclosed array") << QByteArray("[1, 2") << 5;
        QTest::newRow("comment") << QByteArray("[1] // x") << 4;
        QTest::newRow("dot without digits") << QByteArray("1.") << 2;
    }
    void rejectsMalformedInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, position);
        auto v = parseJson(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        QVERIFY(!v.isOk());
        QCOMPARE(v.status().code(), StatusCode::InvalidArgument);
        const std::string expected = "at offset " + std::to_string(position) + ":";
        QVERIFY2(v.status().message().find(expected) != std::string::npos, v.status().message().c_str());
    }

    void limitsNesting()
    {
        const std::string deep(100000, '[');
        QVERIFY(!parseJson(deep).isOk());
        std::string ok(500, '[');
        ok += std::string(500, ']');
        QVERIFY(parseJson(ok).isOk());
    }

    void validatesUtf8()
    {
        QVERIFY(isValidUtf8(""));
        QVERIFY(isValidUtf8("plain ascii text that is longer than eight bytes"));
        QVERIFY(isValidUtf8("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"));
        QVERIFY(!isValidUtf8("\xC0\xAF"));         // overlong
        QVERIFY(!isValidUtf8("\xED\xA0\x80"));     // surrogate
        QVERIFY(!isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
        QVERIFY(!isValidUtf8("abcdefgh\xC3"));     // truncated
        QVERIFY(!isValidUtf8("\xFF"));
    }

    void base64RoundTrips()
    {
        for (std::size_t n = 0; n < 300; ++n) {
            Bytes data(n);
            for (std::size_t i = 0; i < n; ++i)
                data[i] = static_cast<std::uint8_t>(i * 37 + n);
            const std::string text = toBase64(data);
            QCOMPARE(text.size(), (n + 2) / 3 * 4);
            auto back = fromBase64(text);
            QVERIFY2(back.isOk(), back.status().toString().c_str());
            QVERIFY(*back == data);
        }
        QCOMPARE(toBase64(asBytes("foobar")), std::string("Zm9vYmFy"));
        QCOMPARE(toBase64(asBytes("fo")), std::string("Zm8="));
    }

    void base64RejectsMalformedInput()
    {
        QVERIFY(!fromBase64("Zm9").isOk());      // length
        QVERIFY(!fromBase64("Zm=v").isOk());     // padding inside
        QVERIFY(!fromBase64("Zm8=Zm8=").isOk()); // padding before the end
        QVERIFY(!fromBase64("Zm9*").isOk());     // alphabet
        QVERIFY(!fromBase64("Zm9=").isOk());     // non-zero unused bits
        QVERIFY(fromBase64("").isOk());
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "test_json.moc"
