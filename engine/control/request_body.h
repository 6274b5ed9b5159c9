#pragma once

// A request's JSON body, read field by field. Each accessor checks the field's type and
// range and, when wrong, says so in words a caller can act on ("field 'latencyMs' must be a
// non-negative integer"), which the route answers as 400 before it changes anything. A
// field that is absent is nullopt: the route chooses the default. Parsed with simdjson.

#include "common/status.h"

#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace es::control {

// Config values as a PATCH sets them: a value, or nullopt to go back to the default.
using ConfigChanges = std::map<std::string, std::optional<std::string>>;

class RequestBody {
public:
    // The body, which must be a JSON object; an empty body (a POST with no body) is {}.
    static Result<RequestBody> parse(std::string_view text);

    // InvalidArgument naming the first field not in `known` (a misspelt field would
    // otherwise be ignored in silence).
    [[nodiscard]] Status onlyFields(std::initializer_list<std::string_view> known) const;

    [[nodiscard]] Result<std::optional<bool>> boolean(std::string_view name) const;
    [[nodiscard]] Result<std::optional<std::int64_t>> integer(std::string_view name, std::int64_t min,
                                                              std::int64_t max) const;
    [[nodiscard]] Result<std::optional<double>> number(std::string_view name, double min, double max) const;
    [[nodiscard]] Result<std::optional<std::string>> string(std::string_view name) const;
    // An object of config values (strings; numbers and booleans as their JSON text), each
    // may be null only if `allowNull`.
    [[nodiscard]] Result<std::optional<ConfigChanges>> configs(std::string_view name, bool allowNull) const;
    // The whole body as such an object (PATCH /v1/topics/{name}/configs).
    [[nodiscard]] Result<ConfigChanges> asConfigs(bool allowNull) const;

private:
    struct Document;
    explicit RequestBody(std::shared_ptr<const Document> document);

    std::shared_ptr<const Document> m_document;
};

} // namespace es::control
