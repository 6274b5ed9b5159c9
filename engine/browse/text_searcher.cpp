#include "browse/text_searcher.h"

#include <cstring>

namespace es {

TextSearcher::TextSearcher(std::string pattern, bool caseInsensitive) : m_pattern(std::move(pattern))
{
    for (int c = 0; c < 256; ++c) {
        m_fold[c] = static_cast<unsigned char>(caseInsensitive && c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    for (char &c : m_pattern)
        c = static_cast<char>(fold(static_cast<unsigned char>(c)));
    const std::size_t m = m_pattern.size();
    m_skip.fill(static_cast<std::uint32_t>(m == 0 ? 1 : m));
    for (std::size_t i = 0; i + 1 < m; ++i) {
        const auto c = static_cast<unsigned char>(m_pattern[i]);
        m_skip[c] = static_cast<std::uint32_t>(m - 1 - i);
        // Under case folding, the upper-case letter skips as its lower-case form does.
        if (caseInsensitive && c >= 'a' && c <= 'z')
            m_skip[c - 'a' + 'A'] = m_skip[c];
    }
}

bool TextSearcher::contains(std::string_view text) const
{
    const std::size_t m = m_pattern.size();
    if (m == 0)
        return true;
    if (text.size() < m)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(m_pattern.data());
    const auto *t = reinterpret_cast<const unsigned char *>(text.data());
    const unsigned char last = p[m - 1];
    std::size_t i = 0;
    const std::size_t end = text.size() - m;
    while (i <= end) {
        const unsigned char c = t[i + m - 1];
        if (fold(c) == last) {
            std::size_t k = 0;
            while (k + 1 < m && fold(t[i + k]) == p[k])
                ++k;
            if (k + 1 >= m)
                return true;
        }
        i += m_skip[c];
    }
    return false;
}

} // namespace es
