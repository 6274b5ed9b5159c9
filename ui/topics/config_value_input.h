#pragma once

#include <QString>

#include <optional>
#include <string>

namespace es {

// What a topic config's figure counts, by Kafka's naming: milliseconds (*.ms), bytes
// (*.bytes), or neither.
enum class ConfigValueKind { Plain, Duration, Size };
ConfigValueKind configValueKindOf(const std::string &config);

// The value to send for what a person typed into a config's field: "2 days", "12 h" or
// "1.5 min" of a *.ms config become milliseconds, "1 GiB" or "500 MB" of a *.bytes config
// bytes, a plain figure stays as typed, and so does the text of any other config. The
// words the editor shows (configValueInWords, in the language of the UI) are understood
// too, and so are the English ones. Nullopt when a figure's unit is not one of these.
std::optional<std::string> configValueFromInput(const std::string &config, const QString &text);

} // namespace es
