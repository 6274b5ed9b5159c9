#pragma once

#include <QString>

#include <string>

namespace es {

// A topic config's value as a person reads it, for the figures Kafka keeps in milliseconds
// or bytes: "604800000" of retention.ms is "7 days", "1073741824" of segment.bytes is
// "1 GiB", -1 is "unlimited". Empty for a config of another kind (a count, a choice) and
// for text that is not a whole number.
QString configValueInWords(const std::string &config, const QString &value);

} // namespace es
