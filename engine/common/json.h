#pragma once

#include "common/status.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace es {

// A small JSON value: null, bool, number (double), string (UTF-8), array, object.
// Object members keep their order of insertion (export files list fields in a fixed order);
// a lookup by name is linear, which suits the few fields records have.
class JsonValue {
public:
    enum class Type : std::uint8_t { Null, Bool, Number, String, Array, Object };
    using Array = std::vector<JsonValue>;
    using Object = std::vector<std::pair<std::string, JsonValue>>;

    JsonValue() = default;                                     // null
    JsonValue(std::nullptr_t) {}                               // NOLINT: implicit by design
    JsonValue(bool b) : m_v(b) {}                              // NOLINT
    JsonValue(double d) : m_v(d) {}                            // NOLINT
    JsonValue(int i) : m_v(static_cast<double>(i)) {}          // NOLINT
    JsonValue(std::int64_t i) : m_v(static_cast<double>(i)) {} // NOLINT
    JsonValue(std::string s) : m_v(std::move(s)) {}            // NOLINT
    JsonValue(const char *s) : m_v(std::string(s)) {}          // NOLINT
    JsonValue(Array a) : m_v(std::move(a)) {}                  // NOLINT
    JsonValue(Object o) : m_v(std::move(o)) {}                 // NOLINT

    [[nodiscard]] Type type() const { return static_cast<Type>(m_v.index()); }
    [[nodiscard]] bool isNull() const { return type() == Type::Null; }
    [[nodiscard]] bool isBool() const { return type() == Type::Bool; }
    [[nodiscard]] bool isNumber() const { return type() == Type::Number; }
    [[nodiscard]] bool isString() const { return type() == Type::String; }
    [[nodiscard]] bool isArray() const { return type() == Type::Array; }
    [[nodiscard]] bool isObject() const { return type() == Type::Object; }

    // Accessors for the matching type; calling one for another type throws std::bad_variant_access.
    [[nodiscard]] bool asBool() const { return std::get<bool>(m_v); }
    [[nodiscard]] double asNumber() const { return std::get<double>(m_v); }
    [[nodiscard]] const std::string &asString() const { return std::get<std::string>(m_v); }
    [[nodiscard]] const Array &asArray() const { return std::get<Array>(m_v); }
    [[nodiscard]] Array &asArray() { return std::get<Array>(m_v); }
    [[nodiscard]] const Object &asObject() const { return std::get<Object>(m_v); }
    [[nodiscard]] Object &asObject() { return std::get<Object>(m_v); }

    // The member named `name` of an object (the first one, if repeated); nullptr when this is
    // not an object or has no such member.
    [[nodiscard]] const JsonValue *find(std::string_view name) const;
    // The element at `index` of an array; nullptr when this is not an array or it is too short.
    [[nodiscard]] const JsonValue *at(std::size_t index) const;

    bool operator==(const JsonValue &) const = default;

private:
    std::variant<std::nullptr_t, bool, double, std::string, Array, Object> m_v;
};

// Parses exactly one JSON document (RFC 8259), surrounded by optional whitespace. Strict: no
// comments, no trailing commas, no NaN, no leading zeros, no unescaped control characters,
// strings must be valid UTF-8 and \u escapes must pair surrogates. The error says what is
// wrong and at which byte offset (0-based) of `text`. Nesting is limited to 512 levels.
Result<JsonValue> parseJson(std::string_view text);

// Appends the compact JSON text of `value` (no spaces). Strings are escaped: quote,
// backslash and control characters (\n, \t, ... or \u00XX); other characters, non-ASCII
// included, are kept as UTF-8. Numbers that are integers up to 2^53 print without a
// fraction; others print with the fewest digits that read back the same double;
// non-finite numbers print as null.
void writeJson(const JsonValue &value, std::string &out);
[[nodiscard]] std::string toJson(const JsonValue &value);

// Appends `s` as a quoted, escaped JSON string (as writeJson does). `s` should be UTF-8.
void writeJsonString(std::string_view s, std::string &out);

// True when `s` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
[[nodiscard]] bool isValidUtf8(std::string_view s);

} // namespace es
