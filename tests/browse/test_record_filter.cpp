// RecordMatcher: every match kind on keys, values and headers, case folding, JSON paths,
// the time range, ANDed conditions, the regex literal prefilter, and compile errors.

#ifndef Q_MOC_RUN
#include "browse/json_path.h"
#include "browse/record_filter.h"
#include "browse/regex_literal.h"
#include "browse/text_searcher.h"
#endif

#include <QTest>

using namespace es;

namespace {

Bytes bytesOf(std::string_view s) { return Bytes(s.begin(), s.end()); }

FetchedRecord record(std::optional<std::string> key, std::optional<std::string> value,
                     std::vector<RecordHeader> headers = {}, std::int64_t timestamp = 1000)
{
    FetchedRecord r;
    r.tp = {"t", 0};
    r.offset = 7;
    r.timestamp = timestamp;
    if (key)
        r.key = bytesOf(*key);
    if (value)
        r.value = bytesOf(*value);
    r.headers = std::move(headers);
    return r;
}

RecordMatcher compile(std::vector<FilterCondition> conditions, std::optional<std::int64_t> from = {},
                      std::optional<std::int64_t> to = {})
{
    RecordFilter f;
    f.conditions = std::move(conditions);
    f.fromTimestampMs = from;
    f.toTimestampMs = to;
    auto m = RecordMatcher::compile(f);
    if (!m)
        qFatal("filter does not compile: %s", m.status().toString().c_str());
    return std::move(m.value());
}

FilterCondition cond(FilterTarget target, MatchKind kind, std::string pattern, bool icase = false,
                     std::string path = {}, std::string header = {})
{
    FilterCondition c;
    c.target = target;
    c.kind = kind;
    c.pattern = std::move(pattern);
    c.caseInsensitive = icase;
    c.jsonPath = std::move(path);
    c.headerName = std::move(header);
    return c;
}

} // namespace

class TestRecordFilter : public QObject {
    Q_OBJECT

private slots:
    void emptyFilterMatchesEverything()
    {
        auto m = compile({});
        QVERIFY(m.matchesEverything());
        QVERIFY(m.matches(record(std::nullopt, std::nullopt)));
    }

    void substringOnKeyAndValue()
    {
        auto m = compile({cond(FilterTarget::Value, MatchKind::Contains, "needle")});
        QVERIFY(m.matches(record("k", "hay needle stack")));
        QVERIFY(m.matches(record("k", "needle")));
        QVERIFY(!m.matches(record("k", "hay needl stack")));
        QVERIFY(!m.matches(record("needle", std::nullopt))); // a null value never matches
        auto k = compile({cond(FilterTarget::Key, MatchKind::Contains, "user-4")});
        QVERIFY(k.matches(record("user-42", "x")));
        QVERIFY(!k.matches(record(std::nullopt, "user-42")));
    }

    void caseInsensitiveSubstring()
    {
        auto m = compile({cond(FilterTarget::Value, MatchKind::Contains, "NeEdLe", true)});
        QVERIFY(m.matches(record("k", "a NEEDLE here")));
        QVERIFY(m.matches(record("k", "needle")));
        QVERIFY(!m.matches(record("k", "nee dle")));
        auto exact = compile({cond(FilterTarget::Value, MatchKind::Contains, "NeEdLe")});
        QVERIFY(!exact.matches(record("k", "needle")));
    }

    void textSearcherAgreesWithFind()
    {
        const std::string text = "abcabcabdabcabdabcxyzzyABCABD the end";
        for (std::size_t start = 0; start < text.size(); ++start) {
            for (std::size_t len = 1; start + len <= text.size() && len < 8; ++len) {
                const std::string pattern = text.substr(start, len);
                QVERIFY(TextSearcher(pattern, false).contains(text));
                QVERIFY(TextSearcher(pattern + "#", false).contains(text) == false);
            }
        }
        QVERIFY(TextSearcher("abcabd the", true).contains(text));
        QVERIFY(!TextSearcher("abcabd the", false).contains(text));
    }

    void regexOnValues()
    {
        auto m = compile({cond(FilterTarget::Value, MatchKind::Regex, R"(order-\d{3}-(EU|US))")});
        QVERIFY(m.matches(record("k", "new order-123-EU placed")));
        QVERIFY(!m.matches(record("k", "new order-12-EU placed")));
        QVERIFY(!m.matches(record("k", "new order-123-JP placed")));
        auto icase = compile({cond(FilterTarget::Value, MatchKind::Regex, "^status=(ok|done)$", true)});
        QVERIFY(icase.matches(record("k", "STATUS=Done")));
        QVERIFY(!icase.matches(record("k", "status=done!")));
        auto plain = compile({cond(FilterTarget::Value, MatchKind::Regex, "plain text")});
        QVERIFY(plain.matches(record("k", "some plain text here")));
    }

    void regexPrefilterLiteral()
    {
        QCOMPARE(requiredRegexLiteral(R"(order-\d{3}-(EU|US))"), std::string("order-"));
        QCOMPARE(requiredRegexLiteral("ab?cdef"), std::string("cdef"));
        QCOMPARE(requiredRegexLiteral("abcd*ef"), std::string("abc"));
        QCOMPARE(requiredRegexLiteral("xy+zzz"), std::string("zzz"));
        QCOMPARE(requiredRegexLiteral("a|bcdef"), std::string());
        QCOMPARE(requiredRegexLiteral(R"(price\.total=[0-9]+)"), std::string("price.total="));
        QCOMPARE(requiredRegexLiteral("abc{0,2}d"), std::string("ab"));
        QCOMPARE(requiredRegexLiteral(R"(\x41\x42BC)"), std::string("BC"));
        QVERIFY(isPlainRegexLiteral("hello world"));
        QVERIFY(!isPlainRegexLiteral("hello.world"));
        // The prefilter never rejects a record the regex would match.
        auto m = compile({cond(FilterTarget::Value, MatchKind::Regex, "colou?r: (red|blue)")});
        QVERIFY(m.matches(record("k", "color: red")));
        QVERIFY(m.matches(record("k", "colour: blue")));
        QVERIFY(!m.matches(record("k", "colour: green")));
    }

    void headers()
    {
        std::vector<RecordHeader> hs{
            {"trace", bytesOf("abc-123")}, {"source", bytesOf("billing")}, {"empty", std::nullopt}};
        auto named = compile({cond(FilterTarget::Header, MatchKind::Contains, "bill", false, {}, "source")});
        QVERIFY(named.matches(record("k", "v", hs)));
        auto wrongName =
            compile({cond(FilterTarget::Header, MatchKind::Contains, "bill", false, {}, "trace")});
        QVERIFY(!wrongName.matches(record("k", "v", hs)));
        auto any = compile({cond(FilterTarget::AnyHeader, MatchKind::Regex, R"(\d{3}$)")});
        QVERIFY(any.matches(record("k", "v", hs)));
        QVERIFY(!any.matches(record("k", "v", {})));
    }

    void jsonPaths()
    {
        const std::string order =
            R"({"customer":{"id":42,"name":"Ada Lovelace"},"items":[{"sku":"A-1","qty":2},{"sku":"B-7"}],"paid":true})";
        auto id = compile({cond(FilterTarget::Value, MatchKind::JsonEquals, "42", false, "customer.id")});
        QVERIFY(id.matches(record("k", order)));
        auto idFloat =
            compile({cond(FilterTarget::Value, MatchKind::JsonEquals, "42.0", false, "customer.id")});
        QVERIFY(idFloat.matches(record("k", order)));
        auto otherId =
            compile({cond(FilterTarget::Value, MatchKind::JsonEquals, "43", false, "customer.id")});
        QVERIFY(!otherId.matches(record("k", order)));
        auto sku = compile({cond(FilterTarget::Value, MatchKind::JsonEquals, "B-7", false, "items[1].sku")});
        QVERIFY(sku.matches(record("k", order)));
        auto skuIcase =
            compile({cond(FilterTarget::Value, MatchKind::JsonEquals, "b-7", true, "items[1].sku")});
        QVERIFY(skuIcase.matches(record("k", order)));
        auto paid = compile({cond(FilterTarget::Value, MatchKind::JsonEquals, "true", false, "paid")});
        QVERIFY(paid.matches(record("k", order)));
        auto name =
            compile({cond(FilterTarget::Value, MatchKind::JsonContains, "love", true, "customer.name")});
        QVERIFY(name.matches(record("k", order)));
        auto nameElsewhere =
            compile({cond(FilterTarget::Value, MatchKind::JsonContains, "Ada", false, "items")});
        QVERIFY(!nameElsewhere.matches(record("k", order)));
        auto sub =
            compile({cond(FilterTarget::Value, MatchKind::JsonContains, "\"qty\":2", false, "items[0]")});
        QVERIFY(sub.matches(record("k", order)));
        auto missing =
            compile({cond(FilterTarget::Value, MatchKind::JsonEquals, "x", false, "items[5].sku")});
        QVERIFY(!missing.matches(record("k", order)));
        QVERIFY(!id.matches(record("k", "not json, but 42")));
        auto whole = compile({cond(FilterTarget::Value, MatchKind::JsonEquals, "7", false, "")});
        QVERIFY(whole.matches(record("k", " 7 ")));
    }

    void jsonPathSyntax()
    {
        QVERIFY(JsonPath::parse("a.b[0].c").isOk());
        QVERIFY(JsonPath::parse("[3]").isOk());
        QVERIFY(JsonPath::parse("").isOk());
        QVERIFY(JsonPath::parse("a[0][1]").isOk());
        for (const char *bad : {"a..b", ".a", "a.", "a[", "a[x]", "a[0]b", "a]", "a.[0]", "a[-1]"}) {
            auto p = JsonPath::parse(bad);
            QVERIFY2(!p.isOk(), bad);
            QVERIFY(p.status().message().find("position") != std::string::npos);
        }
    }

    void timeRange()
    {
        auto m = compile({}, 100, 200);
        QVERIFY(!m.matchesEverything());
        QVERIFY(!m.matches(record("k", "v", {}, 99)));
        QVERIFY(m.matches(record("k", "v", {}, 100)));
        QVERIFY(m.matches(record("k", "v", {}, 200)));
        QVERIFY(!m.matches(record("k", "v", {}, 201)));
        auto from = compile({}, 150);
        QVERIFY(from.matches(record("k", "v", {}, 1'000'000)));
        QVERIFY(!from.matches(record("k", "v", {}, 149)));
    }

    void conditionsAreAnded()
    {
        auto m = compile({cond(FilterTarget::Key, MatchKind::Contains, "user"),
                          cond(FilterTarget::Value, MatchKind::Regex, "ERROR|FATAL")},
                         0, 5000);
        QVERIFY(m.matches(record("user-1", "level=ERROR")));
        QVERIFY(!m.matches(record("svc-1", "level=ERROR")));
        QVERIFY(!m.matches(record("user-1", "level=INFO")));
        QVERIFY(!m.matches(record("user-1", "level=FATAL", {}, 6000)));
    }

    void compileErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad regex") << int(MatchKind::Regex) << "order-(\\d+"
                                   << "" << int(FilterTarget::Value) << "invalid regular expression";
        QTest::newRow("bad class") << int(MatchKind::Regex) << "[z-a]"
                                   << "" << int(FilterTarget::Value) << "invalid regular expression";
        QTest::newRow("empty regex") << int(MatchKind::Regex) << ""
                                     << "" << int(FilterTarget::Value) << "empty";
        QTest::newRow("empty text") << int(MatchKind::Contains) << ""
                                    << "" << int(FilterTarget::Key) << "empty";
        QTest::newRow("bad path") << int(MatchKind::JsonEquals) << "1"
                                  << "a..b" << int(FilterTarget::Value) << "invalid JSON path";
        QTest::newRow("bad index") << int(MatchKind::JsonContains) << "1"
                                   << "items[x]" << int(FilterTarget::Value) << "invalid JSON path";
        QTest::newRow("header without name") << int(MatchKind::Contains) << "x"
                                             << "" << int(FilterTarget::Header) << "header's name";
    }
    void compileErrors()
    {
        QFETCH(int, kind);
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(int, target);
        QFETCH(QString, expected);
        RecordFilter f;
        f.conditions.push_back(cond(FilterTarget::Value, MatchKind::Contains, "fine"));
        f.conditions.push_back(cond(static_cast<FilterTarget>(target), static_cast<MatchKind>(kind),
                                    pattern.toStdString(), false, path.toStdString()));
        auto m = RecordMatcher::compile(f);
        QVERIFY(!m.isOk());
        QCOMPARE(m.status().code(), StatusCode::InvalidArgument);
        const std::string &message = m.status().message();
        QVERIFY2(message.starts_with("condition 2: "), message.c_str());
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
    }

    void invertedTimeRangeIsAnError()
    {
        RecordFilter f;
        f.fromTimestampMs = 10;
        f.toTimestampMs = 5;
        QVERIFY(!RecordMatcher::compile(f).isOk());
    }
};

QTEST_GUILESS_MAIN(TestRecordFilter)
#include "test_record_filter.moc"
