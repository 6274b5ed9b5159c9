#pragma once

// The one rule the three ACL codecs share for their pattern type fields (DescribeAcls,
// CreateAcls, DeleteAcls): present from version 1; at version 0 absent and LITERAL. Kafka
// marks these fields not ignorable, so writing another pattern type at version 0 fails
// rather than silently widening or narrowing what the binding or filter means.
// Internal to protocol/, like field_io.h.

#include "protocol/api/acl_pattern_type.h"
#include "protocol/api/field_io.h"

#include <string>

namespace es::protocol {

// Reading v0 leaves the field at its default, LITERAL.
inline void patternTypeField(FieldReader &io, const char *field, std::int8_t &type, std::int16_t version)
{
    if (version >= 1)
        io.int8(field, type);
}

inline void patternTypeField(FieldWriter &io, const char *field, std::int8_t type, std::int16_t version)
{
    if (version >= 1)
        io.int8(field, type);
    else if (type != kPatternTypeLiteral)
        io.writer().fail(std::string(field) + ": pattern type " + std::to_string(type) +
                         " cannot be written at version 0, which has only LITERAL (3)");
}

} // namespace es::protocol
