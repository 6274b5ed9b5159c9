// moc cannot parse the standard library's C++20 headers the engine pulls in.
#ifndef Q_MOC_RUN
#include "produce/record_generator.h"
#include "produce/record_template.h"
#include "produce/template_words.h"
#endif

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <set>

using namespace es;

namespace {

std::string renderOnce(const std::string &text, std::int64_t seq = 0, std::int64_t nowMs = 0)
{
    auto t = RecordTemplate::parse(text);
    if (!t)
        qFatal("parse failed: %s", t.status().message().c_str());
    std::mt19937_64 rng(42);
    TemplateContext context{seq, nowMs, &rng};
    return t->render(context);
}

QString parseError(const std::string &text)
{
    auto t = RecordTemplate::parse(text);
    return t ? QString() : QString::fromStdString(t.status().message());
}

} // namespace

class TestRecordTemplate : public QObject {
    Q_OBJECT

private slots:
    void plainTextIsConstant()
    {
        auto t = RecordTemplate::parse(R"({"a":{"b":1}})");
        QVERIFY(t);
        QVERIFY(t->isConstant());
        QCOMPARE(renderOnce(R"({"a":{"b":1}})"), std::string(R"({"a":{"b":1}})"));
        QCOMPARE(renderOnce(""), std::string());
        QVERIFY(!RecordTemplate::parse("id {{seq}}")->isConstant());
    }

    void seqIncrements()
    {
        auto t = RecordTemplate::parse("order-{{seq}}");
        QVERIFY(t);
        std::mt19937_64 rng(1);
        TemplateContext context{7, 0, &rng};
        QCOMPARE(t->render(context), std::string("order-7"));
        ++context.sequence;
        QCOMPARE(t->render(context), std::string("order-8"));
        QCOMPARE(renderOnce("{{ seq }}", 123), std::string("123")); // spaces inside are fine
    }

    void uuidFormat()
    {
        auto t = RecordTemplate::parse("{{uuid}}");
        QVERIFY(t);
        std::mt19937_64 rng(3);
        TemplateContext context{0, 0, &rng};
        const QRegularExpression v4(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        std::set<std::string> seen;
        for (int i = 0; i < 200; ++i) {
            const std::string u = t->render(context);
            QVERIFY2(v4.match(QString::fromStdString(u)).hasMatch(), u.c_str());
            seen.insert(u);
        }
        QCOMPARE(seen.size(), std::size_t{200});
    }

    void nowAndIso()
    {
        const std::int64_t ms = 1'700'000'000'123; // 2023-11-14T22:13:20.123Z
        QCOMPARE(renderOnce("{{now}}", 0, ms), std::string("1700000000123"));
        QCOMPARE(renderOnce("{{now_iso}}", 0, ms), std::string("2023-11-14T22:13:20.123Z"));
        QCOMPARE(renderOnce("{{now_iso}}", 0, 0), std::string("1970-01-01T00:00:00.000Z"));
    }

    void intStaysInRange()
    {
        auto t = RecordTemplate::parse("{{int -3 4}}");
        QVERIFY(t);
        std::mt19937_64 rng(5);
        TemplateContext context{0, 0, &rng};
        std::set<int> seen;
        for (int i = 0; i < 1000; ++i) {
            const int v = std::stoi(t->render(context));
            QVERIFY(v >= -3 && v <= 4);
            seen.insert(v);
        }
        QCOMPARE(seen.size(), std::size_t{8}); // every value turns up
        QCOMPARE(renderOnce("{{int 9 9}}"), std::string("9"));
        QVERIFY(!renderOnce("{{int -9223372036854775808 9223372036854775807}}").empty());
    }

    void pickChoosesFromTheList()
    {
        auto t = RecordTemplate::parse("{{pick red|green | blue}}");
        QVERIFY(t);
        std::mt19937_64 rng(6);
        TemplateContext context{0, 0, &rng};
        std::set<std::string> seen;
        for (int i = 0; i < 300; ++i)
            seen.insert(t->render(context));
        QCOMPARE(seen, (std::set<std::string>{"red", "green", "blue"}));
        QCOMPARE(renderOnce("{{pick only}}"), std::string("only"));
    }

    void wordsGivesNWords()
    {
        const std::string text = renderOnce("{{words 5}}");
        const QStringList words = QString::fromStdString(text).split(QLatin1Char(' '));
        QCOMPARE(words.size(), 5);
        const auto list = templateWords();
        for (const QString &w : words)
            QVERIFY(std::find(list.begin(), list.end(), w.toStdString()) != list.end());
        QCOMPARE(QString::fromStdString(renderOnce("{{words 1}}")).count(QLatin1Char(' ')), 0);
    }

    void mixedTextAndBraces()
    {
        QCOMPARE(renderOnce(R"({"id":{{seq}},"n":"x"})", 4), std::string(R"({"id":4,"n":"x"})"));
        QCOMPARE(renderOnce("{{{seq}}}", 7), std::string("{7}"));
        QCOMPARE(renderOnce("a}}b", 0), std::string("a}}b"));
    }

    void parseErrorsNameThePlaceholder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // a part of the error
        QTest::newRow("unknown") << "x {{foo}}"
                                 << "\"{{foo}}\": unknown generator \"foo\"";
        QTest::newRow("unclosed") << "abc {{seq"
                                  << "no closing \"}}\"";
        QTest::newRow("empty") << "{{ }}"
                               << "is empty";
        QTest::newRow("seq args") << "{{seq 3}}"
                                  << "seq takes no arguments";
        QTest::newRow("int count") << "{{int 1}}"
                                   << "int needs two whole numbers";
        QTest::newRow("int number") << "{{int 1 x}}"
                                    << "\"x\" is not a whole number";
        QTest::newRow("int order") << "{{int 5 1}}"
                                   << "the lowest value 5 is above the highest 1";
        QTest::newRow("pick empty") << "{{pick}}"
                                    << "pick needs choices";
        QTest::newRow("words zero") << "{{words 0}}"
                                    << "the count must be between 1 and";
        QTest::newRow("words text") << "{{words many}}"
                                    << "\"many\" is not a whole number";
        QTest::newRow("position") << "0123{{nope}}"
                                  << "(at character 5)";
    }

    void parseErrorsNameThePlaceholder()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString error = parseError(text.toStdString());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void generatorRendersAWholeRecord()
    {
        RecordTemplateSet set;
        set.key = "k-{{seq}}";
        set.value = R"({"n":{{seq}}})";
        set.headers = {{"source", "test"}, {"h-{{seq}}", "{{pick x}}"}};
        auto g = RecordGenerator::create(set);
        QVERIFY(g);
        std::mt19937_64 rng(9);
        TemplateContext context{3, 0, &rng};
        ProducerRecord r;
        g->render(context, r);
        QCOMPARE(std::string(r.key->begin(), r.key->end()), std::string("k-3"));
        QCOMPARE(std::string(r.value->begin(), r.value->end()), std::string(R"({"n":3})"));
        QCOMPARE(r.headers.size(), std::size_t{2});
        QCOMPARE(r.headers[1].key, std::string("h-3"));
        QCOMPARE(std::string(r.headers[1].value->begin(), r.headers[1].value->end()), std::string("x"));

        set.key.clear(); // an empty key template means a null key
        g = RecordGenerator::create(set);
        g->render(context, r);
        QVERIFY(!r.key);
    }

    void generatorErrorsNameTheField()
    {
        RecordTemplateSet set;
        set.value = "{{bad}}";
        QVERIFY(RecordGenerator::create(set).status().message().starts_with("value: "));
        set.value.clear();
        set.headers = {{"a", "1"}, {"b", "{{int 2 1}}"}};
        QVERIFY(RecordGenerator::create(set).status().message().starts_with("header 2 value: "));
        set.headers = {{"", "1"}};
        QVERIFY(RecordGenerator::create(set).status().message().starts_with("header 1: the name is empty"));
    }
};

QTEST_GUILESS_MAIN(TestRecordTemplate)
#include "test_record_template.moc"
