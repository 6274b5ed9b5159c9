#pragma once

#include <span>
#include <string_view>

namespace es {

// The built-in word list {{words N}} draws from: plain, short, lower-case English words,
// so generated text reads like a sentence and stays ASCII.
std::span<const std::string_view> templateWords();

} // namespace es
