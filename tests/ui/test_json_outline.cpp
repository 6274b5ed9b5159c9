// The Messages view's JSON tree: read from the record's own text, so that members keep the
// producer's order, numbers their digits, and strings are shown unescaped.

#include "ui/messages/json_outline.h"

#include <QTest>

using namespace es;

namespace {

// "name=text" for a scalar, "name{size}" or "name[size]" for a container, children in
// parentheses.
QString describe(const std::vector<JsonNode> &nodes)
{
    QStringList parts;
    for (const JsonNode &n : nodes) {
        switch (n.kind) {
        case JsonNode::Kind::Object: parts << n.name + QStringLiteral("{%1}").arg(n.size); break;
        case JsonNode::Kind::Array: parts << n.name + QStringLiteral("[%1]").arg(n.size); break;
        default: parts << n.name + QLatin1Char('=') + n.text;
        }
        if (!n.children.empty())
            parts.last() += QLatin1Char('(') + describe(n.children) + QLatin1Char(')');
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestJsonOutline : public QObject {
    Q_OBJECT

private slots:
    void membersKeepTheirOrderAndNumbersTheirDigits()
    {
        const QByteArray in = "{\"order\":887, \"id\":12345678901234567890,\"ratio\":0.1,\"amount\":1.50,"
                              "\"ok\":true,\"note\":null}";
        QCOMPARE(describe(outlineJson(in, 100)),
                 QStringLiteral("order=887 id=12345678901234567890 ratio=0.1 amount=1.50 ok=true note=null"));
    }

    void nestingAndEmptyContainers()
    {
        const QByteArray in = "[ {\"a\": [1, 2], \"b\": {}, \"c\": [ ]}, \"s\" ]";
        QCOMPARE(describe(outlineJson(in, 100)), QStringLiteral("[0]{3}(a[2]([0]=1 [1]=2) b{0} c[0]) [1]=s"));
    }

    void stringsAreUnescaped()
    {
        // Quotes, backslashes, control characters, \u escapes (a surrogate pair too) and
        // UTF-8 as written.
        const QByteArray in =
            "{\"k\\\"ey\":\"a\\\\b\\n\\t\\/\",\"e\":\"\\u00e9t\\u00e9\",\"g\":\"\\ud83d\\ude00\","
            "\"u\":\"caf\xc3\xa9\"}";
        const std::vector<JsonNode> nodes = outlineJson(in, 100);
        QCOMPARE(nodes.size(), std::size_t{4});
        QCOMPARE(nodes[0].name, QStringLiteral("k\"ey"));
        QCOMPARE(nodes[0].text, QStringLiteral("a\\b\n\t/"));
        QCOMPARE(nodes[0].kind, JsonNode::Kind::String);
        QCOMPARE(nodes[1].text, QStringLiteral("été"));
        QCOMPARE(nodes[2].text, QString::fromUtf8("\xf0\x9f\x98\x80"));
        QCOMPARE(nodes[3].text, QStringLiteral("café"));
    }

    void aBudgetKeepsTheFirstNodesAndTheTrueSizes()
    {
        // 3 + 2 nodes are kept; the array still says it has 4 items.
        const QByteArray in = "{\"a\":[1,2,3,4],\"b\":1,\"c\":2}";
        QCOMPARE(describe(outlineJson(in, 3)), QStringLiteral("a[4]([0]=1 [1]=2)"));
    }

    void aTopLevelScalarHasNoNodes() { QVERIFY(outlineJson("42", 100).empty()); }
};

QTEST_MAIN(TestJsonOutline)
#include "test_json_outline.moc"
