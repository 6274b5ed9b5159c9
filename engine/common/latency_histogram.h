#pragma once

#include <array>
#include <atomic>
#include <cstdint>

namespace es {

// Latencies in log-spaced buckets (about 9% apart, 1 us to ~1 h), recorded lock-free from
// any thread. Percentiles come from a Counts snapshot, or from the difference of two
// snapshots for a window.
class LatencyHistogram {
public:
    static constexpr int kBuckets = 256;
    using Counts = std::array<std::uint64_t, kBuckets>;

    void record(std::int64_t micros);
    [[nodiscard]] Counts snapshot() const;

    // The value below which `q` (0..1) of the samples fall, in microseconds; 0 when empty.
    static double percentile(const Counts &counts, double q);
    // What was recorded between two snapshots; a bucket that went down (a restarted broker's
    // new histogram) counts its new value, as counterIncrease() does.
    static Counts minus(const Counts &later, const Counts &earlier);
    static std::uint64_t total(const Counts &counts);
    // Bucket `bucket`'s bound in microseconds: no sample counted in it is above it (the last
    // bucket also holds everything past its bound).
    static double bucketUpper(int bucket);

private:
    static int bucketFor(std::int64_t micros);

    std::array<std::atomic<std::uint64_t>, kBuckets> m_counts{};
};

} // namespace es
