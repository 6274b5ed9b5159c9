// The Messages view's JSON tree: read from the record's own text, so that members keep the
// producer's order, numbers their digits, and strings are shown unescaped.

#include "random_json.h"

#include "ui/messages/json_outline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// Whether `node` says what QJsonDocument reads for the same text (members in any order).
bool sameAs(const JsonNode &node, const QJsonValue &value)
{
    switch (node.kind) {
    case JsonNode::Kind::Object: {
        const QJsonObject o = value.toObject();
        if (!value.isObject() || node.size != o.size() ||
            node.children.size() != static_cast<std::size_t>(o.size()))
            return false;
        for (const JsonNode &child : node.children)
            if (!o.contains(child.name) || !sameAs(child, o.value(child.name)))
                return false;
        return true;
    }
    case JsonNode::Kind::Array: {
        const QJsonArray a = value.toArray();
        if (!value.isArray() || node.size != a.size() ||
            node.children.size() != static_cast<std::size_t>(a.size()))
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (node.children[static_cast<std::size_t>(i)].name != QStringLiteral("[%1]").arg(i) ||
                !sameAs(node.children[static_cast<std::size_t>(i)], a.at(i)))
                return false;
        return true;
    }
    case JsonNode::Kind::String: return value.isString() && value.toString() == node.text;
    case JsonNode::Kind::Other:
        if (value.isBool())
            return node.text == (value.toBool() ? QLatin1String("true") : QLatin1String("false"));
        if (value.isNull())
            return node.text == QLatin1String("null");
        return value.isDouble() && node.text.toDouble() == value.toDouble();
    }
    return false;
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

    void itReadsWhatQtReads()
    {
        std::mt19937 rng(1123);
        for (int round = 0; round < 2000; ++round) {
            const QByteArray in = "{\"top\":" + test::randomJson(rng, 0) + "}";
            const std::vector<JsonNode> nodes = outlineJson(in, 1'000'000);
            QCOMPARE(nodes.size(), std::size_t{1});
            QVERIFY2(sameAs(nodes.front(), QJsonDocument::fromJson(in).object().value(QStringLiteral("top"))),
                     in.constData());
        }
    }

    void aTopLevelScalarHasNoNodes() { QVERIFY(outlineJson("42", 100).empty()); }
};

QTEST_MAIN(TestJsonOutline)
#include "test_json_outline.moc"
