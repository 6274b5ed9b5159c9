#pragma once

#include <QString>

#include <string_view>

namespace es {

// One line on what a topic config does, in the language of the UI; empty for a config
// Kafka does not define. The engine's spec table holds the English text it sends to
// Kafka clients (DescribeConfigs); these are the words for people, kept here so that they
// are translated.
QString configDescription(std::string_view config);

// Why a config that Eventscope accepts changes nothing in a cluster that runs in this
// process, for the tooltip of its marker.
QString configNoEffectExplanation();

} // namespace es
