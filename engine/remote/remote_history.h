#pragma once

// The metrics history of a remote connection.
//
// A reading writes only the samples that changed since the reading before: writing every
// series at every reading (21,000 at 10,000 partitions and 500 groups, every 2 s) cost the
// catalog about 2% of a core. Except:
//  - markers, written at every reading whatever their values, so that their seconds are the
//    readings': the cluster's series for the cluster, brokers, topics and partitions, and
//    each group's total lag for the group's partitions;
//  - the first reading of each minute writes every series ("full"): every series read in a
//    minute has a row in it (the 1-minute tier needs nothing more), and a series that a
//    full reading lacks is gone.
// Reads of the 1-second tier fill in each reading second a series has no row for with the
// value it held: its last row's, unless a full reading came since without it. Left as it
// is: a minute in which a value changed averages the values written, not every reading's;
// and after the connection is opened again within the minute it was closed in, a series
// gone meanwhile is held until the next minute.

#include "catalog/metrics_query.h"
#include "cluster/cluster_snapshot.h"

#include <cstdint>
#include <string>
#include <vector>

namespace es::remote_history {

inline constexpr std::int64_t kMinuteMs = 60'000;

// a / b rounded down, for negative a too.
std::int64_t floorDiv(std::int64_t a, std::int64_t b);

// The samples of a reading to write: the markers, and each other series whose value differs
// from `written`'s (the reading written last) or that `written` lacks; with no `written` (a
// full reading), every series. Names are built only for the samples written: building all
// 21,000 at every reading was most of the reader's time on an idle cluster.
std::vector<MetricSample> samplesToWrite(const ClusterSnapshot &snap, const ClusterSnapshot *written);

// The series whose rows mark the seconds of every reading of the cluster.
const std::string &readingsMarker();

// `points` (per second, from the rows written) with each of the `readings` seconds that it
// has no row for filled with the value held then.
std::vector<MetricPoint> holdValues(const std::vector<MetricPoint> &points,
                                    const std::vector<MetricPoint> &readings);

// A 1-second tier read with held values filled in: the catalog is asked per second from
// before the range (readFromMs), and the filled seconds are folded into the steps asked for.
struct HeldRead {
    bool fill = false; // false: the 1-minute tier answers, as asked
    std::int64_t stepMs = 0;
    std::int64_t readFromMs = 0;
    std::int64_t readToMs = 0;
};

// Whether the catalog answers [fromMs, toMs) in steps of stepMs from its 1-second rows
// (readMetrics' rule), and if so what to ask it instead.
HeldRead planHeldRead(std::int64_t fromMs, std::int64_t toMs, std::int64_t stepMs, std::int64_t nowMs,
                      std::int64_t rawRetentionMs);

// Seconds folded into the steps of `plan` that overlap [fromMs, toMs), as the catalog folds
// its rows: average and largest.
std::vector<MetricPoint> inSteps(const std::vector<MetricPoint> &seconds, std::int64_t fromMs,
                                 std::int64_t toMs, const HeldRead &plan);

} // namespace es::remote_history
