#pragma once

// What bench_browse measures on any connection, the embedded one or a remote one reaching
// the same cluster over TCP: the topic it fills, a search's scan rate, and a browse page by
// page as the Messages view reads. Each figure is printed as a row of bench_table.h;
// failures are thrown as std::runtime_error.

#include "browse/record_filter.h"
#include "cluster/cluster.h"
#include "connection/connection.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace es::bench::browse {

using SteadyClock = std::chrono::steady_clock;

inline constexpr int kPartitions = 6;
inline constexpr std::size_t kValueSize = 100;
inline constexpr std::string_view kTopic = "orders";

[[noreturn]] void die(const std::string &what);
void check(const Status &s, std::string_view what);
void progress(const std::string &what);
double secondsSince(SteadyClock::time_point start);

// Fills kTopic (made beforehand) with `records` JSON values of kValueSize bytes such as
//   {"order":1234567,"customer":"c-04711","status":"FAILED","amount":123.45,"pad":"xxxxxxxxx"}
// through 3 producers (acks=all, 1 MiB batches). Record n has customer c-(n*7919 % 100000)
// and status n % 4, so a filter's matches are spread over the whole topic.
void fill(Cluster &cluster, std::int64_t records);

// A condition on the record's value.
FilterCondition valueCondition(MatchKind kind, std::string pattern, bool caseInsensitive = false,
                               std::string jsonPath = {});

// What every figure is told.
struct Run {
    Connection &connection;
    std::int64_t records = 0; // in kTopic; each figure checks it read them all
};

// Scans all of kTopic with RecordSearch and `condition` on `threads` readers (0: the
// search's default) and prints the scan rate against `target` (records/s), and the matches.
void scanFigure(const Run &run, const std::string &label, FilterCondition condition,
                std::optional<double> target, std::size_t threads);

// Reads every partition of kTopic from its log start to its high watermark in RecordPages
// through a PageLoader (as the Messages view does: its two threads, one reader shared), one
// page in flight per partition, and prints the rate against `target` (records/s).
void browseFigure(const Run &run, const std::string &label, std::optional<double> target);

} // namespace es::bench::browse
