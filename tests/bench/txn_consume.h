#pragma once

// A librdkafka consumer reading a topic written by transactionsWithAborts() from its start:
// assign() (no group), large fetches and a deep local queue, every record checked against
// the aborted transactions. read_committed is the figure; read_uncommitted, the same
// reading without the transactions' filtering, tells a slow fetch path from a slow filter.

#include <string>

namespace es::bench::txn {

struct ConsumeFigures {
    double recordsPerSecond = 0; // from the first record polled to the last
    double firstRecordMs = 0;    // from assign() to the first record
    long long delivered = 0;     // records the application received
    long long fromAborted =
        0; // of them, records of aborted transactions or of another size (none under read_committed)
};

enum class Isolation { ReadCommitted, ReadUncommitted };

// Reads every partition from offset 0 until each has reported its end (enable.partition.eof).
ConsumeFigures readFromStart(const std::string &bootstrap, const std::string &topic, Isolation isolation);

} // namespace es::bench::txn
