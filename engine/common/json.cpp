#include "common/json.h"
#include "common/utf8.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace es {

const JsonValue *JsonValue::find(std::string_view name) const
{
    if (!isObject())
        return nullptr;
    for (const auto &[key, value] : asObject()) {
        if (key == name)
            return &value;
    }
    return nullptr;
}

const JsonValue *JsonValue::at(std::size_t index) const
{
    if (!isArray() || index >= asArray().size())
        return nullptr;
    return &asArray()[index];
}

namespace {

void writeNumber(double d, std::string &out)
{
    if (!std::isfinite(d)) {
        out += "null";
        return;
    }
    char buf[32];
    if (std::abs(d) <= 9007199254740992.0 && d == std::trunc(d)) {
        const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<std::int64_t>(d));
        out.append(buf, ptr);
        return;
    }
    const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, d);
    out.append(buf, ptr);
}

} // namespace

void writeJsonString(std::string_view s, std::string &out)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.data() + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
    }
    out.append(s.data() + runStart, s.size() - runStart);
    out += '"';
}

void writeJson(const JsonValue &value, std::string &out)
{
    switch (value.type()) {
    case JsonValue::Type::Null: out += "null"; break;
    case JsonValue::Type::Bool: out += value.asBool() ? "true" : "false"; break;
    case JsonValue::Type::Number: writeNumber(value.asNumber(), out); break;
    case JsonValue::Type::String: writeJsonString(value.asString(), out); break;
    case JsonValue::Type::Array: {
        out += '[';
        bool first = true;
        for (const auto &item : value.asArray()) {
            if (!first)
                out += ',';
            first = false;
            writeJson(item, out);
        }
        out += ']';
        break;
    }
    case JsonValue::Type::Object: {
        out += '{';
        bool first = true;
        for (const auto &[key, member] : value.asObject()) {
            if (!first)
                out += ',';
            first = false;
            writeJsonString(key, out);
            out += ':';
            writeJson(member, out);
        }
        out += '}';
        break;
    }
    }
}

std::string toJson(const JsonValue &value)
{
    std::string out;
    writeJson(value, out);
    return out;
}

bool isValidUtf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        // Skip ASCII eight bytes at a time: most record text is ASCII.
        while (i + 8 <= s.size()) {
            std::uint64_t word = 0;
            __builtin_memcpy(&word, s.data() + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= s.size())
            break;
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = utf8::sequenceLength(s, i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

} // namespace es