#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <string>

namespace es {

// How a producer bot picks each record's key.
enum class KeyDistribution : std::uint8_t {
    None,       // null keys: the sticky partitioner spreads them
    Sequential, // key-0, key-1, ... key-(K-1), then again
    Random,     // uniform over K keys
    HotKey,     // one key (key-0) gets most records, the rest are uniform over K keys
};

// Picks keys by a distribution over `keyCount` keys named "key-<n>". Used by one thread.
class KeyChooser {
public:
    KeyChooser(KeyDistribution distribution, std::int64_t keyCount, double hotShare = 0.8);

    // The next key; nullopt for KeyDistribution::None.
    std::optional<std::string> next(std::mt19937_64 &rng);

private:
    KeyDistribution m_distribution;
    std::int64_t m_keyCount;
    double m_hotShare;
    std::int64_t m_sequence = 0;
};

} // namespace es
