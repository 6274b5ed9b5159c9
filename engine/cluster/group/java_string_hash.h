#pragma once

#include <cstdint>
#include <string_view>

namespace es {

// Java's String.hashCode() of the string whose UTF-8 bytes are `utf8`: s[0]*31^(n-1) + ... +
// s[n-1] over UTF-16 code units, with int32 overflow. Malformed UTF-8 counts as U+FFFD per
// maximal ill-formed subsequence, as Java's decoder substitutes it.
std::int32_t javaStringHashCode(std::string_view utf8);

} // namespace es
