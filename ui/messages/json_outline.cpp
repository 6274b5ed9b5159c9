#include "ui/messages/json_outline.h"

#include <utility>

namespace es {

namespace {

// Reads valid JSON text from the front; keeps nodes while `budget` lasts.
class OutlineReader {
public:
    OutlineReader(QByteArrayView text, int budget) : m_s(text), m_budget(budget) {}

    // The members or items of the document's top-level object or array.
    std::vector<JsonNode> top()
    {
        space();
        if (m_i >= m_s.size() || (m_s[m_i] != '{' && m_s[m_i] != '['))
            return {};
        return value({}).children;
    }

private:
    bool at(char c) const { return m_i < m_s.size() && m_s[m_i] == c; }

    void space()
    {
        while (m_i < m_s.size() &&
               (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        return (c | 0x20) - 'a' + 10;
    }

    // A string at m_i (its opening quote), unescaped.
    QString string()
    {
        ++m_i;
        QString out;
        while (m_i < m_s.size() && m_s[m_i] != '"') {
            if (m_s[m_i] != '\\') {
                const qsizetype start = m_i;
                while (m_i < m_s.size() && m_s[m_i] != '"' && m_s[m_i] != '\\')
                    ++m_i;
                out += QString::fromUtf8(m_s.sliced(start, m_i - start));
                continue;
            }
            const char e = m_i + 1 < m_s.size() ? m_s[m_i + 1] : '\\';
            m_i += 2;
            switch (e) {
            case 'b': out += QChar(u'\b'); break;
            case 'f': out += QChar(u'\f'); break;
            case 'n': out += QChar(u'\n'); break;
            case 'r': out += QChar(u'\r'); break;
            case 't': out += QChar(u'\t'); break;
            case 'u': {
                // One UTF-16 unit; a surrogate pair is two escapes, and joins up in the QString.
                char16_t unit = 0;
                for (int k = 0; k < 4 && m_i < m_s.size(); ++k, ++m_i)
                    unit = static_cast<char16_t>(unit * 16 + hexDigit(m_s[m_i]));
                out += QChar(unit);
                break;
            }
            default: out += QLatin1Char(e); // " \ /
            }
        }
        ++m_i; // the closing quote
        return out;
    }

    // The value at m_i, named `name`.
    JsonNode value(QString name)
    {
        JsonNode node;
        node.name = std::move(name);
        space();
        if (at('{') || at('[')) {
            const bool object = at('{');
            const char close = object ? '}' : ']';
            node.kind = object ? JsonNode::Kind::Object : JsonNode::Kind::Array;
            ++m_i;
            space();
            for (int index = 0; !at(close) && m_i < m_s.size(); ++index) {
                QString childName;
                if (object) {
                    childName = string();
                    space();
                    ++m_i; // ':'
                } else {
                    childName = QStringLiteral("[%1]").arg(index);
                }
                // Counted before its own children, so that the budget keeps document order.
                const bool keep = m_budget > 0;
                if (keep)
                    --m_budget;
                JsonNode child = value(std::move(childName));
                if (keep)
                    node.children.push_back(std::move(child));
                ++node.size;
                space();
                if (at(','))
                    ++m_i;
                space();
            }
            ++m_i; // the closing bracket
        } else if (at('"')) {
            node.kind = JsonNode::Kind::String;
            node.text = string();
        } else {
            const qsizetype start = m_i;
            while (m_i < m_s.size() && m_s[m_i] != ',' && m_s[m_i] != '}' && m_s[m_i] != ']' &&
                   m_s[m_i] != ' ' && m_s[m_i] != '\t' && m_s[m_i] != '\n' && m_s[m_i] != '\r')
                ++m_i;
            node.text = QString::fromUtf8(m_s.sliced(start, m_i - start));
        }
        return node;
    }

    QByteArrayView m_s;
    qsizetype m_i = 0;
    int m_budget;
};

} // namespace

std::vector<JsonNode> outlineJson(QByteArrayView json, int maxNodes)
{
    return OutlineReader(json, maxNodes).top();
}

} // namespace es
