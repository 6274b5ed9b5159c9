#pragma once

#include <cstdint>

namespace es {

// The process's limit on open files (RLIMIT_NOFILE). A desktop session starts programs
// with a soft limit of 1,024 while the hard limit allows far more; a cluster of thousands
// of partitions needs more than 1,024, so the engine raises the soft limit at start.
// Thread-safe (the limit is the process's).

struct OpenFilesLimitChange {
    std::uint64_t before = 0;
    std::uint64_t after = 0;
};

// Raises the soft limit to the hard one (or, when the hard limit is unlimited, to the
// most the kernel allows a process) and logs it when it changed. Returns the soft limit
// before and after; equal when it could not or need not change.
OpenFilesLimitChange raiseOpenFilesLimit();

// The soft limit now; 0 when it cannot be read, UINT64_MAX when unlimited.
std::uint64_t openFilesLimit();

// How many files (descriptors: files, sockets, pipes) the process holds open now, or -1
// where that cannot be counted. Costs a directory listing: for admin checks, not hot paths.
std::int64_t openFilesInUse();

} // namespace es
