#pragma once

// The resource pattern type of ACL bindings and filters on the wire (Kafka's PatternType):
// 1 ANY and 4 MATCH in filters only, 3 LITERAL, 5 PREFIXED. The ACL APIs carry it from
// version 1; at version 0 every binding is LITERAL, which is what a v0 message decodes to.

#include <cstdint>

namespace es::protocol {

inline constexpr std::int8_t kPatternTypeLiteral = 3;

} // namespace es::protocol
