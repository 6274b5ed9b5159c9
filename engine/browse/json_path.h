#pragma once

#include "common/json.h"
#include "common/status.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace es {

// A path into a JSON document: member names and array indices, written `customer.id`,
// `items[0].sku`, `[2]`, or empty for the whole document. A name is any text without `.`,
// `[` or `]`.
class JsonPath {
public:
    // Fails with InvalidArgument naming the position of an empty name, an unclosed or
    // non-numeric index.
    static Result<JsonPath> parse(std::string_view text);

    // The value at the path, or nullptr when the document has no such field.
    [[nodiscard]] const JsonValue *resolve(const JsonValue &document) const;

    [[nodiscard]] const std::string &text() const { return m_text; }

private:
    using Step = std::variant<std::string, std::size_t>;

    std::string m_text;
    std::vector<Step> m_steps;
};

} // namespace es
