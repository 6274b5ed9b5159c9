#include "common/latency_histogram.h"

#include "common/counter_rate.h"

#include <cmath>

namespace es {

namespace {
constexpr double kGrowth = 1.09;
}

int LatencyHistogram::bucketFor(std::int64_t micros)
{
    if (micros <= 1)
        return 0;
    const int b = static_cast<int>(std::log(static_cast<double>(micros)) / std::log(kGrowth)) + 1;
    return b >= kBuckets ? kBuckets - 1 : b;
}

double LatencyHistogram::bucketUpper(int bucket) { return std::pow(kGrowth, bucket); }

void LatencyHistogram::record(std::int64_t micros)
{
    m_counts[static_cast<std::size_t>(bucketFor(micros))].fetch_add(1, std::memory_order_relaxed);
}

LatencyHistogram::Counts LatencyHistogram::snapshot() const
{
    Counts c{};
    for (std::size_t i = 0; i < c.size(); ++i)
        c[i] = m_counts[i].load(std::memory_order_relaxed);
    return c;
}

std::uint64_t LatencyHistogram::total(const Counts &counts)
{
    std::uint64_t t = 0;
    for (auto v : counts)
        t += v;
    return t;
}

double LatencyHistogram::percentile(const Counts &counts, double q)
{
    const std::uint64_t n = total(counts);
    if (n == 0)
        return 0;
    const auto rank = static_cast<std::uint64_t>(std::ceil(q * static_cast<double>(n)));
    std::uint64_t seen = 0;
    for (int i = 0; i < kBuckets; ++i) {
        seen += counts[static_cast<std::size_t>(i)];
        if (seen >= rank && seen > 0)
            return bucketUpper(i);
    }
    return bucketUpper(kBuckets - 1);
}

LatencyHistogram::Counts LatencyHistogram::minus(const Counts &later, const Counts &earlier)
{
    Counts d{};
    for (std::size_t i = 0; i < d.size(); ++i)
        d[i] = counterIncrease(later[i], earlier[i]);
    return d;
}

} // namespace es
