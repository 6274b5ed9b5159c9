#pragma once

#include <string>
#include <string_view>

namespace es {

// Literal text that every match of an ECMAScript regular expression must contain, so a scan
// can skip the (slow) regex for records that lack it. Conservative: returns the longest run
// of literal characters outside groups and classes, not made optional by a quantifier, and
// nothing when the expression has a top-level alternation. May be empty.
[[nodiscard]] std::string requiredRegexLiteral(std::string_view pattern);

// True when `pattern` has no regex syntax at all, so it matches exactly its own text.
[[nodiscard]] bool isPlainRegexLiteral(std::string_view pattern);

} // namespace es
