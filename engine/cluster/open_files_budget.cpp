#include "cluster/open_files_budget.h"

#include "common/open_files_limit.h"
#include "storage/open_file_cache.h"
#include "storage/segment_file.h"

#include <algorithm>
#include <limits>

namespace es {

namespace {

// Kept free beyond the cache's room: an eighth of the limit, at least 64 files.
std::int64_t headroomFor(std::uint64_t limit)
{
    return static_cast<std::int64_t>(std::max<std::uint64_t>(64, limit / 8));
}

} // namespace

std::string OpenFilesShortfall::message(const std::string &what) const
{
    return "not enough open files for " + what + ": its " + std::to_string(replicas) +
           " partition replica(s) would keep as many files open, and " + std::to_string(open) +
           " of the limit of " + std::to_string(limit) +
           " are open already (some room stays free for connections and older segments); raise the limit "
           "(ulimit -n) or delete topics no longer needed";
}

bool roomForAnotherReplica()
{
    const std::uint64_t limit = openFilesLimit();
    if (limit == 0 || limit > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return true;
    const std::int64_t taken = SegmentFile::filesKeptOpen() +
                               static_cast<std::int64_t>(OpenFileCache::instance().capacity()) +
                               headroomFor(limit);
    return taken < static_cast<std::int64_t>(limit);
}

std::optional<OpenFilesShortfall> openFilesShortfall(std::int64_t hostedReplicas, std::int64_t newReplicas)
{
    const std::uint64_t limit = openFilesLimit();
    if (limit == 0 || limit > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return std::nullopt;
    const std::int64_t open = openFilesInUse();
    if (open < 0)
        return std::nullopt;
    // What is open besides segment files (sockets, the catalog, ...), then the room the
    // hosted replicas, the cache and the headroom take once all of them are open.
    const OpenFileCache &cache = OpenFileCache::instance();
    const std::int64_t segmentFiles = SegmentFile::filesKeptOpen() + static_cast<std::int64_t>(cache.size());
    const std::int64_t others = std::max<std::int64_t>(open - segmentFiles, 0);
    const std::int64_t committed =
        others + hostedReplicas + static_cast<std::int64_t>(cache.capacity()) + headroomFor(limit);
    if (committed + newReplicas <= static_cast<std::int64_t>(limit))
        return std::nullopt;
    return OpenFilesShortfall{newReplicas, open, limit};
}

} // namespace es
