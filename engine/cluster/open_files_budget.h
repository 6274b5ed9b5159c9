#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace es {

// Whether new partition replicas fit in the process's open-files limit. Each replica keeps
// its active segment's file open while it lives (older segments' files are left to the
// OpenFileCache, which stays within its own bound), and every broker runs in this process,
// so they share its limit. Some room is always kept free: for the cache, for sockets, and
// for the files opened briefly to write indexes and checkpoints.
struct OpenFilesShortfall {
    std::int64_t replicas = 0; // the new replicas that did not fit
    std::int64_t open = 0;     // files open now
    std::uint64_t limit = 0;   // the soft limit
    // Says so, with what to do about it.
    [[nodiscard]] std::string message(const std::string &what) const;
};

// Whether one more replica may open its log now and still leave the room kept free: a
// broker starting with more replicas than the limit holds opens what fits, rather than
// take the last descriptors that connections and event loops need. Cheap: no listing.
bool roomForAnotherReplica();

// nullopt when `newReplicas` fit beside the `hostedReplicas` the metadata already places
// in this process (opened or about to be: brokers open them after the controller's answer),
// or when the files in use cannot be counted.
std::optional<OpenFilesShortfall> openFilesShortfall(std::int64_t hostedReplicas, std::int64_t newReplicas);

} // namespace es
