#include "browse/json_path.h"

#include <charconv>

namespace es {

Result<JsonPath> JsonPath::parse(std::string_view text)
{
    JsonPath path;
    path.m_text = std::string(text);
    const auto error = [&](std::size_t at, const std::string &what) {
        return Status::invalidArgument("invalid JSON path \"" + std::string(text) + "\" at position " +
                                       std::to_string(at + 1) + ": " + what);
    };
    std::size_t i = 0;
    bool expectName = true; // at the start, or after a '.'
    while (i < text.size()) {
        const char c = text[i];
        if (c == '[') {
            const std::size_t close = text.find(']', i);
            if (close == std::string_view::npos)
                return error(i, "'[' is not closed");
            const std::string_view digits = text.substr(i + 1, close - i - 1);
            std::size_t index = 0;
            const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
            if (digits.empty() || ec != std::errc() || ptr != digits.data() + digits.size())
                return error(i, "an array index must be a number, as in items[0]");
            if (expectName && i > 0)
                return error(i, "a name is missing before '['");
            path.m_steps.emplace_back(index);
            i = close + 1;
            expectName = false;
            if (i < text.size() && text[i] != '.' && text[i] != '[')
                return error(i, "expected '.' or '[' after ']'");
            continue;
        }
        if (c == '.') {
            if (expectName)
                return error(i, "a name is missing before '.'");
            expectName = true;
            ++i;
            if (i == text.size())
                return error(i - 1, "a name is missing after '.'");
            continue;
        }
        if (c == ']')
            return error(i, "unexpected ']'");
        if (!expectName)
            return error(i, "expected '.' or '['");
        const std::size_t end = std::min(text.find_first_of(".[]", i), text.size());
        path.m_steps.emplace_back(std::string(text.substr(i, end - i)));
        i = end;
        expectName = false;
    }
    return path;
}

const JsonValue *JsonPath::resolve(const JsonValue &document) const
{
    const JsonValue *at = &document;
    for (const Step &step : m_steps) {
        if (const auto *name = std::get_if<std::string>(&step))
            at = at->find(*name);
        else
            at = at->at(std::get<std::size_t>(step));
        if (!at)
            return nullptr;
    }
    return at;
}

} // namespace es
