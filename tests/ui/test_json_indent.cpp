// The Messages view's pretty JSON: laid out from the record's own text, so that members
// keep the producer's order and numbers their digits.

#include "random_json.h"

#include "ui/messages/json_indent.h"

#include <QJsonDocument>
#include <QTest>

using namespace es;

class TestJsonIndent : public QObject {
    Q_OBJECT

private slots:
    void membersKeepTheirOrderAndNumbersTheirDigits()
    {
        const QByteArray in =
            "{\"order\":887,\"id\":12345678901234567890,\"amount\":1.50,\"at\":\"2026-11-23\"}";
        QCOMPARE(indentJson(in), QByteArray("{\n"
                                            "    \"order\": 887,\n"
                                            "    \"id\": 12345678901234567890,\n"
                                            "    \"amount\": 1.50,\n"
                                            "    \"at\": \"2026-11-23\"\n"
                                            "}\n"));
    }

    void stringsAreCopiedAsTheyAre()
    {
        // Braces, commas, colons, escaped quotes and spaces inside strings are text.
        const QByteArray in =
            " { \"a\\\"b\" : \"x, {y}: [z] \\\\\" , \"c\":\"  two  spaces\",\"é\":\"\\u00e9\" } ";
        QCOMPARE(indentJson(in), QByteArray("{\n"
                                            "    \"a\\\"b\": \"x, {y}: [z] \\\\\",\n"
                                            "    \"c\": \"  two  spaces\",\n"
                                            "    \"é\": \"\\u00e9\"\n"
                                            "}\n"));
    }

    void nestingIsIndentedAndEmptyContainersStayShort()
    {
        const QByteArray in = "[{\"a\":[1,2],\"b\":{},\"c\":[ ]},true,null]";
        QCOMPARE(indentJson(in), QByteArray("[\n"
                                            "    {\n"
                                            "        \"a\": [\n"
                                            "            1,\n"
                                            "            2\n"
                                            "        ],\n"
                                            "        \"b\": {},\n"
                                            "        \"c\": []\n"
                                            "    },\n"
                                            "    true,\n"
                                            "    null\n"
                                            "]\n"));
    }

    void theLayoutNeverChangesTheDocument()
    {
        std::mt19937 rng(20261123);
        for (int round = 0; round < 2000; ++round) {
            const QByteArray in = "{\"top\":" + test::randomJson(rng, 0) + "}";
            QJsonParseError error{};
            const QJsonDocument before = QJsonDocument::fromJson(in, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, in.constData());
            const QByteArray out = indentJson(in);
            QCOMPARE(QJsonDocument::fromJson(out), before);
            QCOMPARE(indentJson(out), out); // laid out once and for all
        }
    }

    void layoutMatchesQtsForSortedMembers()
    {
        // Where Qt keeps the text (sorted members, plain numbers), both lay it out alike.
        const QByteArray in = "{\"a\":1,\"b\":[true,\"s\"],\"c\":{\"d\":null}}";
        QCOMPARE(indentJson(in), QJsonDocument::fromJson(in).toJson(QJsonDocument::Indented));
    }
};

QTEST_MAIN(TestJsonIndent)
#include "test_json_indent.moc"
