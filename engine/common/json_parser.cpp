#include "common/json.h"
#include "common/utf8.h"

#include <charconv>

namespace es {

namespace {

// Deeper documents are refused rather than risking the stack.
constexpr int kMaxDepth = 512;

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    Result<JsonValue> parseDocument()
    {
        skipSpace();
        JsonValue value;
        if (!parseValue(value, 0))
            return error();
        skipSpace();
        if (m_pos != m_text.size()) {
            fail("unexpected text after the JSON value");
            return error();
        }
        return value;
    }

private:
    Status error() const
    {
        return Status::invalidArgument("invalid JSON at offset " + std::to_string(m_errorPos) + ": " +
                                       m_error);
    }

    bool fail(std::string what)
    {
        if (m_error.empty()) {
            m_error = std::move(what);
            m_errorPos = m_pos;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool consumeWord(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return fail("unexpected character");
        m_pos += word.size();
        return true;
    }

    bool parseValue(JsonValue &out, int depth)
    {
        if (m_pos >= m_text.size())
            return fail("unexpected end of input");
        switch (m_text[m_pos]) {
        case 'n': out = nullptr; return consumeWord("null");
        case 't': out = true; return consumeWord("true");
        case 'f': out = false; return consumeWord("false");
        case '"': {
            std::string s;
            if (!parseString(s))
                return false;
            out = std::move(s);
            return true;
        }
        case '[': return parseArray(out, depth + 1);
        case '{': return parseObject(out, depth + 1);
        default: return parseNumber(out);
        }
    }

    bool parseArray(JsonValue &out, int depth)
    {
        if (depth > kMaxDepth)
            return fail("nested too deeply");
        ++m_pos; // [
        JsonValue::Array items;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            out = std::move(items);
            return true;
        }
        for (;;) {
            skipSpace();
            JsonValue item;
            if (!parseValue(item, depth))
                return false;
            items.push_back(std::move(item));
            skipSpace();
            if (m_pos >= m_text.size())
                return fail("unexpected end of input in an array");
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == ']') {
                ++m_pos;
                out = std::move(items);
                return true;
            }
            return fail("expected ',' or ']' in an array");
        }
    }

    bool parseObject(JsonValue &out, int depth)
    {
        if (depth > kMaxDepth)
            return fail("nested too deeply");
        ++m_pos; // {
        JsonValue::Object members;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            out = std::move(members);
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return fail("expected a member name in quotes");
            std::string name;
            if (!parseString(name))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return fail("expected ':' after a member name");
            ++m_pos;
            skipSpace();
            JsonValue value;
            if (!parseValue(value, depth))
                return false;
            members.emplace_back(std::move(name), std::move(value));
            skipSpace();
            if (m_pos >= m_text.size())
                return fail("unexpected end of input in an object");
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == '}') {
                ++m_pos;
                out = std::move(members);
                return true;
            }
            return fail("expected ',' or '}' in an object");
        }
    }

    bool parseHex4(std::uint32_t &out)
    {
        if (m_pos + 4 > m_text.size())
            return fail("truncated \\u escape");
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos + i];
            std::uint32_t d = 0;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            else
                return fail("invalid hex digit in a \\u escape");
            out = out * 16 + d;
        }
        m_pos += 4;
        return true;
    }

    bool parseString(std::string &out)
    {
        ++m_pos; // opening quote
        for (;;) {
            // Copy the run of plain characters at once.
            const std::size_t runStart = m_pos;
            while (m_pos < m_text.size()) {
                const auto c = static_cast<unsigned char>(m_text[m_pos]);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                    break;
                ++m_pos;
            }
            out.append(m_text.data() + runStart, m_pos - runStart);
            if (m_pos >= m_text.size())
                return fail("unterminated string");
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail("unescaped control character in a string");
            if (c >= 0x80) {
                const std::size_t n = utf8::sequenceLength(m_text, m_pos);
                if (n == 0)
                    return fail("invalid UTF-8 in a string");
                out.append(m_text.data() + m_pos, n);
                m_pos += n;
                continue;
            }
            // Backslash escape.
            ++m_pos;
            if (m_pos >= m_text.size())
                return fail("unterminated escape");
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                std::uint32_t cp = 0;
                if (!parseHex4(cp))
                    return false;
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    return fail("unpaired low surrogate in a \\u escape");
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (m_text.substr(m_pos, 2) != "\\u")
                        return fail("unpaired high surrogate in a \\u escape");
                    m_pos += 2;
                    std::uint32_t low = 0;
                    if (!parseHex4(low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail("unpaired high surrogate in a \\u escape");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                utf8::append(cp, out);
                break;
            }
            default: --m_pos; return fail("invalid escape in a string");
            }
        }
    }

    bool parseNumber(JsonValue &out)
    {
        const std::size_t start = m_pos;
        const auto digitAt = [&](std::size_t i) {
            return i < m_text.size() && m_text[i] >= '0' && m_text[i] <= '9';
        };
        if (m_pos < m_text.size() && m_text[m_pos] == '-')
            ++m_pos;
        if (!digitAt(m_pos))
            return fail(start == m_pos ? "unexpected character" : "expected a digit");
        if (m_text[m_pos] == '0') {
            ++m_pos;
            if (digitAt(m_pos))
                return fail("leading zero in a number");
        } else {
            while (digitAt(m_pos))
                ++m_pos;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (!digitAt(m_pos))
                return fail("expected a digit after '.'");
            while (digitAt(m_pos))
                ++m_pos;
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (!digitAt(m_pos))
                return fail("expected a digit in an exponent");
            while (digitAt(m_pos))
                ++m_pos;
        }
        double d = 0;
        const auto [ptr, ec] = std::from_chars(m_text.data() + start, m_text.data() + m_pos, d);
        if (ec == std::errc::result_out_of_range) {
            m_pos = start;
            return fail("number out of range");
        }
        if (ec != std::errc() || ptr != m_text.data() + m_pos) {
            m_pos = start;
            return fail("invalid number");
        }
        out = d;
        return true;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::string m_error;
    std::size_t m_errorPos = 0;
};

} // namespace

Result<JsonValue> parseJson(std::string_view text) { return Parser(text).parseDocument(); }

} // namespace es
