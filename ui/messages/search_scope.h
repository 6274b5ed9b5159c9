#pragma once

#ifndef Q_MOC_RUN
#include "browse/partition_range.h"
#endif
#include "ui/messages/browse_request.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace es {

// The records a search scans, in words: the topic, its partitions (runs written "0-5") and
// where each starts, as the browse line chose them; the search runs on to each partition's
// end. Shown above the results so the scope is never a guess. Thread-safety: pure.
class SearchScope {
    Q_DECLARE_TR_FUNCTIONS(es::SearchScope)

public:
    [[nodiscard]] static QString describe(const BrowseRequest &request,
                                          const std::vector<PartitionRange> &ranges);
    // "0-3, 7, 9-10" for sorted or unsorted partition numbers.
    [[nodiscard]] static QString partitionRuns(std::vector<std::int32_t> partitions);
};

} // namespace es
