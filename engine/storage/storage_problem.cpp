#include "storage/storage_problem.h"

#include "storage/file.h"

namespace es {

StorageProblem storageProblemOf(std::string_view m)
{
    if (m.find(kDiskFullText) != std::string_view::npos ||
        m.find(kQuotaExceededText) != std::string_view::npos)
        return StorageProblem::DiskFull;
    if (m.find(kTooManyOpenFilesText) != std::string_view::npos)
        return StorageProblem::OpenFiles;
    return StorageProblem::Other;
}

std::string_view storageProblemName(StorageProblem problem)
{
    switch (problem) {
    case StorageProblem::DiskFull: return "disk-full";
    case StorageProblem::OpenFiles: return "open-files";
    case StorageProblem::Other: break;
    }
    return "io-error";
}

} // namespace es
