#include "common/open_files_limit.h"

#include "common/logging.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <sys/resource.h>

namespace es {

namespace {

// The most descriptors the kernel lets a process have (fs.nr_open): what an unlimited hard
// limit means in practice, since the soft limit cannot be set to RLIM_INFINITY.
rlim_t kernelMaximum()
{
    constexpr rlim_t kFallback = 1 << 20; // the kernel's default nr_open
    std::FILE *f = std::fopen("/proc/sys/fs/nr_open", "re");
    if (!f)
        return kFallback;
    unsigned long long v = 0;
    const bool read = std::fscanf(f, "%llu", &v) == 1;
    std::fclose(f);
    return read && v > 0 ? static_cast<rlim_t>(v) : kFallback;
}

std::uint64_t asCount(rlim_t v)
{
    return v == RLIM_INFINITY ? std::numeric_limits<std::uint64_t>::max() : static_cast<std::uint64_t>(v);
}

} // namespace

OpenFilesLimitChange raiseOpenFilesLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return {};
    const OpenFilesLimitChange unchanged{asCount(limit.rlim_cur), asCount(limit.rlim_cur)};
    const rlim_t target = limit.rlim_max == RLIM_INFINITY ? kernelMaximum() : limit.rlim_max;
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= target)
        return unchanged;
    rlimit raised = limit;
    raised.rlim_cur = target;
    if (setrlimit(RLIMIT_NOFILE, &raised) != 0) {
        logger("common")->warn(
            "cannot raise the open-files limit from {} to {}; a cluster of many partitions "
            "may run out of files",
            unchanged.before, asCount(target));
        return unchanged;
    }
    logger("common")->info("raised the open-files limit from {} to {}", unchanged.before, asCount(target));
    return {unchanged.before, asCount(target)};
}

std::uint64_t openFilesLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    return asCount(limit.rlim_cur);
}

std::int64_t openFilesInUse()
{
    std::error_code ec;
    std::int64_t n = 0;
    for (std::filesystem::directory_iterator it("/proc/self/fd", ec), end; !ec && it != end; it.increment(ec))
        ++n;
    // The listing holds one descriptor of its own while it runs.
    return ec ? -1 : std::max<std::int64_t>(0, n - 1);
}

} // namespace es
