#include "bots/key_chooser.h"

#include <algorithm>

namespace es {

KeyChooser::KeyChooser(KeyDistribution distribution, std::int64_t keyCount, double hotShare)
    : m_distribution(distribution),
      m_keyCount(std::max<std::int64_t>(1, keyCount)),
      m_hotShare(std::clamp(hotShare, 0.0, 1.0))
{}

std::optional<std::string> KeyChooser::next(std::mt19937_64 &rng)
{
    std::int64_t n = 0;
    switch (m_distribution) {
    case KeyDistribution::None: return std::nullopt;
    case KeyDistribution::Sequential: n = m_sequence++ % m_keyCount; break;
    case KeyDistribution::Random:
        n = std::uniform_int_distribution<std::int64_t>(0, m_keyCount - 1)(rng);
        break;
    case KeyDistribution::HotKey:
        if (std::uniform_real_distribution<double>(0, 1)(rng) < m_hotShare)
            n = 0;
        else
            n = std::uniform_int_distribution<std::int64_t>(0, m_keyCount - 1)(rng);
        break;
    }
    return "key-" + std::to_string(n);
}

} // namespace es
