#pragma once

#include "common/status.h"

#include <string_view>

namespace es {

// What kind of limit a failed storage operation ran into, so that callers can say so in
// words (and the timeline can translate them) rather than pass the system's text along.
enum class StorageProblem { DiskFull, OpenFiles, Other };

// Reads the reason File puts in its errors (file.h): fixed English words for these cases,
// whatever language the system speaks.
StorageProblem storageProblemOf(std::string_view message);
inline StorageProblem storageProblemOf(const Status &status) { return storageProblemOf(status.message()); }

// "disk-full", "open-files" or "io-error": the timeline's "reason" argument.
std::string_view storageProblemName(StorageProblem problem);

} // namespace es
