#pragma once

#include <random>
#include <string>

namespace es {

// A 22-character URL-safe base64 id (128 random bits), as Kafka prints cluster and topic ids.
inline std::string randomBase64Id(std::mt19937 &rng)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string id;
    for (int i = 0; i < 22; ++i)
        id += kAlphabet[rng() % 64];
    return id;
}

} // namespace es
