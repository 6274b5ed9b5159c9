#pragma once

#include "common/status.h"

#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace es {

// What one rendering needs besides the template itself. `rng` must be non-null and
// outlive the render() call; a context is used by one thread at a time.
struct TemplateContext {
    std::int64_t sequence = 0; // {{seq}}; the caller advances it once per record
    std::int64_t nowMs = 0;    // {{now}}, {{now_iso}}: ms since the epoch
    std::mt19937_64 *rng = nullptr;
};

// A text with generator placeholders, rendered once per record:
// {{seq}} sequence number, {{uuid}}, {{now}} (ms since the epoch), {{now_iso}},
// {{int A B}} random integer in [A, B], {{pick a|b|c}} one of a list, {{words N}} N random
// words (from a built-in list). In a run of more than two '{', the last two open the
// placeholder and the others are text, so "{{{seq}}}" renders as "{7}".
// A parsed template is immutable, so one may be rendered from several threads at once,
// each with its own context.
class RecordTemplate {
public:
    RecordTemplate() = default;

    // A clear error naming the bad placeholder and the reason (e.g. unknown generator,
    // A greater than B, a missing "}}").
    static Result<RecordTemplate> parse(const std::string &text);

    [[nodiscard]] std::string render(TemplateContext &context) const;

    // True when rendering gives the same text every time (no placeholders).
    [[nodiscard]] bool isConstant() const;

private:
    enum class PartKind : std::uint8_t { Text, Seq, Uuid, Now, NowIso, Int, Pick, Words };
    struct Part {
        PartKind kind = PartKind::Text;
        std::string text;                 // Text
        std::int64_t low = 0, high = 0;   // Int: [low, high]; Words: count in low
        std::vector<std::string> choices; // Pick
    };

    static Result<Part> parsePlaceholder(const std::string &inner);

    std::vector<Part> m_parts;
};

// A whole record: key, value, headers; an empty key template means a null key.
struct RecordTemplateSet {
    std::string name;
    std::string key;
    std::string value;
    std::vector<std::pair<std::string, std::string>> headers;

    bool operator==(const RecordTemplateSet &) const = default;
};

} // namespace es
