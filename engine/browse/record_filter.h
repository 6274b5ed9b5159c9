#pragma once

#include "client/partition_reader.h"
#include "common/status.h"
#include "storage/record.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace es {

// What part of a record a condition looks at.
enum class FilterTarget : std::uint8_t {
    Key,       // the key's bytes (a null key never matches)
    Value,     // the value's bytes (a null value never matches)
    Header,    // the value of each header named FilterCondition::headerName (any of them may match)
    AnyHeader, // the value of every header, whatever its name (any of them may match)
};

// How a condition tests the target's bytes.
enum class MatchKind : std::uint8_t {
    Contains,     // pattern is a substring
    Regex,        // pattern is an ECMAScript regular expression, searched anywhere (not anchored)
    JsonEquals,   // the bytes parse as JSON; the field at jsonPath equals pattern (see below)
    JsonContains, // the bytes parse as JSON; the field at jsonPath's text contains pattern
};

// One test on one part of a record.
//
// JSON kinds: jsonPath is a dotted path with array indices, e.g. `customer.id`,
// `items[0].sku`, `[2]` (empty: the whole document). A field's text is its string
// content for a string, otherwise its compact JSON (`42`, `true`, `null`, `{"a":1}`).
// JsonEquals compares numbers numerically when pattern is a number (`42` equals `42.0`),
// otherwise compares the field's text with pattern. Bytes that are not JSON, or have no
// field at the path, do not match.
struct FilterCondition {
    FilterTarget target = FilterTarget::Value;
    std::string headerName; // FilterTarget::Header only
    MatchKind kind = MatchKind::Contains;
    std::string pattern;
    std::string jsonPath;         // JSON kinds only
    bool caseInsensitive = false; // ASCII case folding for Contains and JSON kinds; icase for Regex

    bool operator==(const FilterCondition &) const = default;
};

// Conditions and a time range, ANDed together; an empty filter matches every record.
struct RecordFilter {
    std::vector<FilterCondition> conditions;
    std::optional<std::int64_t> fromTimestampMs; // inclusive
    std::optional<std::int64_t> toTimestampMs;   // inclusive

    [[nodiscard]] bool empty() const { return conditions.empty() && !fromTimestampMs && !toTimestampMs; }
    bool operator==(const RecordFilter &) const = default;
};

// A RecordFilter compiled for fast scanning: substrings use a Boyer-Moore-Horspool searcher,
// regular expressions are prefiltered on the literal text every match must contain (the
// regex runs only on records that have it), JSON paths are parsed once.
//
// Thread-safety: matches() is const and may be called from several threads at once on the
// same matcher; copies share the compiled state, which is immutable.
class RecordMatcher {
public:
    // Fails with InvalidArgument naming the condition (1-based) and what is wrong: an invalid
    // regex, a malformed JSON path, an empty pattern where one is needed, a header condition
    // without a header name, a time range whose start is after its end.
    static Result<RecordMatcher> compile(const RecordFilter &filter);

    // An empty matcher matches every record.
    RecordMatcher();
    ~RecordMatcher();
    RecordMatcher(const RecordMatcher &);
    RecordMatcher &operator=(const RecordMatcher &);
    RecordMatcher(RecordMatcher &&) noexcept;
    RecordMatcher &operator=(RecordMatcher &&) noexcept;

    [[nodiscard]] bool matches(const RecordView &record) const;
    [[nodiscard]] bool matches(const FetchedRecord &record) const;
    [[nodiscard]] bool matchesEverything() const;

    class Impl;

private:
    explicit RecordMatcher(std::shared_ptr<const Impl> impl);

    std::shared_ptr<const Impl> m_impl;
};

} // namespace es
