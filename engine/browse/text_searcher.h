#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace es {

// Finds a fixed pattern in text, optionally ignoring ASCII case, with the Boyer-Moore-Horspool
// skip table (built once; a search touches about n/m bytes for a pattern of m bytes).
// Thread-safety: find() is const and may run on several threads at once.
class TextSearcher {
public:
    TextSearcher() = default;
    TextSearcher(std::string pattern, bool caseInsensitive);

    // True when the pattern occurs in `text` (an empty pattern occurs everywhere).
    [[nodiscard]] bool contains(std::string_view text) const;
    [[nodiscard]] const std::string &pattern() const { return m_pattern; }

private:
    [[nodiscard]] unsigned char fold(unsigned char c) const { return m_fold[c]; }

    std::string m_pattern; // folded
    std::array<unsigned char, 256> m_fold{};
    std::array<std::uint32_t, 256> m_skip{};
};

} // namespace es
