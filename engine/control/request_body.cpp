#include "control/request_body.h"

#include <simdjson.h>

#include <cmath>

namespace es::control {

// The parser owns the memory the parsed object points into, so both stay together.
struct RequestBody::Document {
    simdjson::dom::parser parser;
    simdjson::dom::object object;
};

namespace {

std::string field(std::string_view name) { return "field '" + std::string(name) + "'"; }

std::string rangeText(std::int64_t min, std::int64_t max)
{
    if (min == 0 && max == INT32_MAX)
        return "a non-negative integer";
    if (min == 1 && max == INT32_MAX)
        return "a positive integer";
    return "an integer from " + std::to_string(min) + " to " + std::to_string(max);
}

std::string numberText(double d)
{
    std::string s = std::to_string(d);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

// A config value as Kafka's configs hold it: text. Numbers and booleans are taken as their
// JSON text, since "retention.ms": 1000 means what "1000" means.
std::optional<std::string> configText(simdjson::dom::element value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::STRING:
        return std::string(std::string_view(value.get_string().value()));
    case simdjson::dom::element_type::INT64: return std::to_string(value.get_int64().value());
    case simdjson::dom::element_type::UINT64: return std::to_string(value.get_uint64().value());
    case simdjson::dom::element_type::BOOL: return value.get_bool().value() ? "true" : "false";
    default: return std::nullopt;
    }
}

Result<ConfigChanges> configsOf(simdjson::dom::object object, const std::string &what, bool allowNull)
{
    ConfigChanges out;
    for (auto member : object) {
        const std::string name(member.key);
        if (member.value.is_null()) {
            if (!allowNull)
                return Status::invalidArgument(what + ": config '" + name + "' must be a string, not null");
            out[name] = std::nullopt;
            continue;
        }
        auto text = configText(member.value);
        if (!text)
            return Status::invalidArgument(what + ": config '" + name + "' must be a string" +
                                           (allowNull ? " or null" : ""));
        out[name] = std::move(*text);
    }
    return out;
}

} // namespace

RequestBody::RequestBody(std::shared_ptr<const Document> document) : m_document(std::move(document)) {}

Result<RequestBody> RequestBody::parse(std::string_view text)
{
    auto document = std::make_shared<Document>();
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        text = "{}";
    simdjson::dom::element root;
    if (auto error = document->parser.parse(text.data(), text.size()).get(root); error)
        return Status::invalidArgument(std::string("the body is not valid JSON: ") +
                                       simdjson::error_message(error));
    if (auto error = root.get_object().get(document->object); error)
        return Status::invalidArgument("the body must be a JSON object");
    return RequestBody(std::move(document));
}

Status RequestBody::onlyFields(std::initializer_list<std::string_view> known) const
{
    for (auto member : m_document->object) {
        bool found = false;
        for (std::string_view k : known)
            found = found || k == member.key;
        if (!found)
            return Status::invalidArgument(field(member.key) + " is not known here");
    }
    return Status::ok();
}

Result<std::optional<bool>> RequestBody::boolean(std::string_view name) const
{
    simdjson::dom::element value;
    if (m_document->object.at_key(name).get(value))
        return std::optional<bool>();
    bool b = false;
    if (value.get_bool().get(b))
        return Status::invalidArgument(field(name) + " must be true or false");
    return std::optional<bool>(b);
}

Result<std::optional<std::int64_t>> RequestBody::integer(std::string_view name, std::int64_t min,
                                                         std::int64_t max) const
{
    simdjson::dom::element value;
    if (m_document->object.at_key(name).get(value))
        return std::optional<std::int64_t>();
    std::int64_t i = 0;
    if (!value.is_int64() || value.get_int64().get(i) || i < min || i > max)
        return Status::invalidArgument(field(name) + " must be " + rangeText(min, max));
    return std::optional<std::int64_t>(i);
}

Result<std::optional<double>> RequestBody::number(std::string_view name, double min, double max) const
{
    simdjson::dom::element value;
    if (m_document->object.at_key(name).get(value))
        return std::optional<double>();
    double d = 0;
    if (!value.is_number() || value.get_double().get(d) || !std::isfinite(d) || d < min || d > max)
        return Status::invalidArgument(field(name) + " must be a number from " + numberText(min) + " to " +
                                       numberText(max));
    return std::optional<double>(d);
}

Result<std::optional<std::string>> RequestBody::string(std::string_view name) const
{
    simdjson::dom::element value;
    if (m_document->object.at_key(name).get(value))
        return std::optional<std::string>();
    std::string_view s;
    if (value.get_string().get(s))
        return Status::invalidArgument(field(name) + " must be a string");
    return std::optional<std::string>(std::string(s));
}

Result<std::optional<ConfigChanges>> RequestBody::configs(std::string_view name, bool allowNull) const
{
    simdjson::dom::element value;
    if (m_document->object.at_key(name).get(value))
        return std::optional<ConfigChanges>();
    simdjson::dom::object object;
    if (value.get_object().get(object))
        return Status::invalidArgument(field(name) + " must be an object of config names and values");
    auto changes = configsOf(object, field(name), allowNull);
    if (!changes)
        return changes.status();
    return std::optional<ConfigChanges>(std::move(*changes));
}

Result<ConfigChanges> RequestBody::asConfigs(bool allowNull) const
{
    return configsOf(m_document->object, "the body", allowNull);
}

} // namespace es::control
