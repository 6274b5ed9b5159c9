#pragma once

// The table every benchmark prints: a figure, what was measured, its target and whether
// the target was met.

#include <cstdio>
#include <optional>
#include <string>

namespace es::bench {

inline constexpr int kFigureWidth = 50;

struct Target {
    enum class Kind { AtLeast, AtMost } kind;
    double value;
};

inline std::string formatRate(double perSecond)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f M records/s", perSecond / 1e6);
    return buf;
}

inline std::string formatNumber(double value, const char *unit, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f %s", decimals, value, unit);
    return buf;
}

inline void printHeader()
{
    std::printf("\n%-*s %-22s %-18s %s\n", kFigureWidth, "figure", "measured", "target", "");
    std::printf("%s\n", std::string(kFigureWidth + 48, '-').c_str());
}

// One line of the table; `value` in the unit `target` uses.
inline void printRow(const std::string &figure, const std::string &measured, double value = 0,
                     std::optional<Target> target = std::nullopt, const std::string &targetText = "-")
{
    std::string verdict;
    if (target) {
        const bool met = target->kind == Target::Kind::AtLeast ? value >= target->value : value <= target->value;
        verdict = met ? "PASS" : "MISS";
    }
    std::printf("%-*s %-22s %-18s %s\n", kFigureWidth, figure.c_str(), measured.c_str(), targetText.c_str(),
                verdict.c_str());
    std::fflush(stdout);
}

} // namespace es::bench
