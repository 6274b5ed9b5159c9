#pragma once

#include "catalog/catalog_types.h"
#include "common/status.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace es {

class SqliteDb;

// Metrics history in two tiers (tables metric_series, metrics_raw, metrics_minute; see
// catalog_format.md). Each tier row aggregates the samples of one series in one interval
// (sum, count, max), so tiers and query buckets combine exactly: an average is always the
// mean of the samples, never a mean of means.
inline constexpr std::int64_t kRawResolutionMs = 1000;
inline constexpr std::int64_t kRollupResolutionMs = 60'000;

struct MetricsRetention {
    std::int64_t rawMs = 0;      // 1-second rows younger than this are kept
    // The same for consumer groups' series (isGroupSeries()): the consumer groups view charts
    // a day of lag at 1-second resolution.
    std::int64_t rawGroupMs = 0;
    std::int64_t rollupMs = 0;   // 1-minute rows younger than this are kept; at least both raw ones

    // How long `series` keeps its 1-second rows.
    [[nodiscard]] std::int64_t rawMsFor(std::string_view series) const;
};

// One tier row being built: the samples of a series in one interval.
struct MetricAggregate {
    double sum = 0;
    std::int64_t count = 0;
    double max = 0;

    void add(double value, std::int64_t n, double largest);
};

// The write side. Lives on the catalog's writer thread with the write connection; its
// calls run inside a transaction the caller opened with begin() and ends with
// committed() or rolledBack().
//
// Each commit rewrites the newest page of every series it touches in a series-ordered
// table, so the 1-minute rows are held here while their minute is open and written once
// it is over (or when writeMinutes() is told to write everything), while 1-second rows
// go straight to metrics_raw, whose time-ordered key keeps a commit to a page or two.
class MetricsWriter {
public:
    MetricsWriter(SqliteDb &db, MetricsRetention retention) : m_db(db), m_retention(retention) {}

    void begin();
    // Folds `groups` into the tiers. A sample goes to a tier only while its interval is
    // within that tier's retention at `nowMs`; non-finite values are dropped.
    Status append(const std::vector<const std::vector<MetricSample> *> &groups, std::int64_t nowMs);
    // Writes the held 1-minute rows whose minute is over at `nowMs`, or all when `all`.
    Status writeMinutes(std::int64_t nowMs, bool all);
    // Deletes tier rows that have outlived their retention at `nowMs` and the series left
    // with no rows (call writeMinutes(.., true) first). Returns how many tier rows went.
    // 1-second rows older than the longer raw retention go as a prefix of the table; the
    // others only from the seconds not pruned before, so a pass does not walk the day of
    // group rows kept.
    Result<std::int64_t> prune(std::int64_t nowMs);
    void committed();
    void rolledBack();

    // Whether 1-minute rows are held, waiting to be written.
    [[nodiscard]] bool holdsMinutes() const { return !m_minutes.empty(); }

private:
    // Keyed by (minute start in seconds, series id).
    using MinuteRows = std::map<std::pair<std::int64_t, std::int64_t>, MetricAggregate>;

    Result<std::int64_t> seriesId(const std::string &name);

    SqliteDb &m_db;
    const MetricsRetention m_retention;
    std::int64_t m_rawPrunedBeforeS = -1; // non-group 1-second rows before this second are gone
    std::unordered_map<std::string, std::int64_t> m_seriesIds; // a cache of metric_series
    // The 1-minute rows held, as of the open transaction, and how to take its changes back:
    // each row's value before the transaction changed it (none: it was not held), in order.
    // Copying the rows at each transaction instead cost the catalog thread more than
    // writing them.
    MinuteRows m_minutes;
    std::vector<std::pair<MinuteRows::key_type, std::optional<MetricAggregate>>> m_undo;
};

// `series` aggregated into buckets of stepMs (rounded up to whole seconds; 0 or less: one
// second) aligned to multiples of the step since the epoch: one point per bucket that
// overlaps [fromMs, toMs) and holds samples, oldest first, each over its whole bucket.
// The 1-second tier answers when the first bucket lies within its retention for `series`
// (MetricsRetention::rawMsFor) at `nowMs`
// and the step is not a whole number of minutes; otherwise the 1-minute tier does, and
// the step is rounded up to whole minutes. An unknown series has no points.
Result<std::vector<MetricPoint>> readMetrics(SqliteDb &db, const std::string &series, std::int64_t fromMs,
                                             std::int64_t toMs, std::int64_t stepMs, std::int64_t nowMs,
                                             const MetricsRetention &retention);

// Names of the series that have data, starting with `prefix`, sorted.
Result<std::vector<std::string>> readSeriesNames(SqliteDb &db, const std::string &prefix);

} // namespace es
