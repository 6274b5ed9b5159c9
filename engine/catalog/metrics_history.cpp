#include "catalog/metrics_history.h"

#include "catalog/metric_series.h"
#include "catalog/sqlite_db.h"

#include <algorithm>
#include <cmath>

namespace es {

namespace {

// Query bounds are clamped to this (about the year 33658) so that bucket arithmetic on
// any fromMs/toMs a caller passes cannot overflow.
constexpr std::int64_t kMaxTimeMs = 1'000'000'000'000'000;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) { return -floorDiv(-a, b); }

std::int64_t roundUp(std::int64_t value, std::int64_t multiple)
{
    return ceilDiv(value, multiple) * multiple;
}

// An interval is kept while its start is within retention: from this second on.
std::int64_t firstKeptSecond(std::int64_t nowMs, std::int64_t retentionMs)
{
    return ceilDiv(nowMs - retentionMs, 1000);
}

Status upsert(SqliteDb &db, const char *sql, std::int64_t key1, std::int64_t key2, const MetricAggregate &row)
{
    Result<SqliteStatement> stmt = db.prepare(sql);
    if (!stmt)
        return stmt.status();
    stmt->bindInt64(1, key1);
    stmt->bindInt64(2, key2);
    stmt->bindDouble(3, row.sum);
    stmt->bindInt64(4, row.count);
    stmt->bindDouble(5, row.max);
    return stmt->run();
}

// Rows merge with what is stored, so late samples and partial minutes add up.
constexpr const char *kUpsertRaw =
    "INSERT INTO metrics_raw (time_s, series_id, value_sum, sample_count, value_max) VALUES (?1, ?2, ?3, ?4, "
    "?5) "
    "ON CONFLICT (time_s, series_id) DO UPDATE SET value_sum = value_sum + excluded.value_sum, "
    "sample_count = sample_count + excluded.sample_count, value_max = max(value_max, excluded.value_max)";
constexpr const char *kUpsertMinute =
    "INSERT INTO metrics_minute (series_id, time_s, value_sum, sample_count, value_max) VALUES (?1, ?2, ?3, "
    "?4, ?5) "
    "ON CONFLICT (series_id, time_s) DO UPDATE SET value_sum = value_sum + excluded.value_sum, "
    "sample_count = sample_count + excluded.sample_count, value_max = max(value_max, excluded.value_max)";

// The 1-second tier is keyed by time first, so one series' seconds are found by a seek
// each; the generated seconds are clipped to the stored ones first.
constexpr const char *kSelectRaw =
    "WITH RECURSIVE seconds(t) AS ("
    "  SELECT max(?2, (SELECT min(time_s) FROM metrics_raw))"
    "  UNION ALL SELECT t + 1 FROM seconds WHERE t + 1 < min(?3, (SELECT max(time_s) + 1 FROM metrics_raw))) "
    "SELECT r.time_s, r.value_sum, r.sample_count, r.value_max FROM seconds CROSS JOIN metrics_raw AS r "
    "WHERE r.time_s = seconds.t AND r.series_id = (SELECT id FROM metric_series WHERE name = ?1) "
    "ORDER BY r.time_s";
constexpr const char *kSelectMinutes =
    "SELECT time_s, value_sum, sample_count, value_max FROM metrics_minute "
    "WHERE series_id = (SELECT id FROM metric_series WHERE name = ?1) AND time_s >= ?2 AND time_s < ?3 "
    "ORDER BY time_s";

} // namespace

std::int64_t MetricsRetention::rawMsFor(std::string_view series) const
{
    return isGroupSeries(series) ? rawGroupMs : rawMs;
}

void MetricAggregate::add(double value, std::int64_t n, double largest)
{
    max = count == 0 ? largest : std::max(max, largest);
    sum += value;
    count += n;
}

Result<std::int64_t> MetricsWriter::seriesId(const std::string &name)
{
    if (auto it = m_seriesIds.find(name); it != m_seriesIds.end())
        return it->second;
    std::int64_t id = 0;
    Result<SqliteStatement> find = m_db.prepare("SELECT id FROM metric_series WHERE name = ?1");
    if (!find)
        return find.status();
    find->bindText(1, name);
    Result<bool> row = find->step();
    if (!row)
        return row.status();
    if (*row) {
        id = find->int64At(0);
    } else {
        Result<SqliteStatement> insert = m_db.prepare("INSERT INTO metric_series (name) VALUES (?1)");
        if (!insert)
            return insert.status();
        insert->bindText(1, name);
        ES_RETURN_IF_ERROR(insert->run());
        id = m_db.lastInsertRowId();
    }
    m_seriesIds.emplace(name, id);
    return id;
}

void MetricsWriter::begin() { m_undo.clear(); }

void MetricsWriter::committed() { m_undo.clear(); }

void MetricsWriter::rolledBack()
{
    // What was held before stays held; the series ids may have gone with the rollback.
    for (auto it = m_undo.rbegin(); it != m_undo.rend(); ++it) {
        if (it->second)
            m_minutes[it->first] = *it->second;
        else
            m_minutes.erase(it->first);
    }
    m_undo.clear();
    m_seriesIds.clear();
    m_rawPrunedBeforeS = -1; // the next pass looks at every second again
}

Status MetricsWriter::append(const std::vector<const std::vector<MetricSample> *> &groups, std::int64_t nowMs)
{
    const std::int64_t firstRawS = firstKeptSecond(nowMs, m_retention.rawMs);
    const std::int64_t firstGroupRawS = firstKeptSecond(nowMs, m_retention.rawGroupMs);
    const std::int64_t firstMinuteS = firstKeptSecond(nowMs, m_retention.rollupMs);
    // Keyed by (second, series id), the order of the table's key: rows reach the B-tree
    // in order, and several samples of a second (10 Hz snapshots) become one row.
    std::map<std::pair<std::int64_t, std::int64_t>, MetricAggregate> raw;
    for (const std::vector<MetricSample> *group : groups) {
        for (const MetricSample &sample : *group) {
            if (!std::isfinite(sample.value))
                continue;
            const std::int64_t second = floorDiv(sample.timeMs, 1000);
            const std::int64_t minuteStart = floorDiv(second, 60) * 60;
            if (minuteStart < firstMinuteS)
                continue;
            Result<std::int64_t> id = seriesId(sample.series);
            if (!id)
                return id.status();
            const auto [row, added] = m_minutes.try_emplace({minuteStart, *id});
            m_undo.emplace_back(row->first, added ? std::nullopt : std::optional(row->second));
            row->second.add(sample.value, 1, sample.value);
            const bool isGroup = isGroupSeries(sample.series);
            if (second >= (isGroup ? firstGroupRawS : firstRawS))
                raw[{second, *id}].add(sample.value, 1, sample.value);
        }
    }
    for (const auto &[key, row] : raw)
        ES_RETURN_IF_ERROR(upsert(m_db, kUpsertRaw, key.first, key.second, row));
    return Status::ok();
}

Status MetricsWriter::writeMinutes(std::int64_t nowMs, bool all)
{
    // The minutes over come first: the walk stops at the first that is not.
    for (auto it = m_minutes.begin(); it != m_minutes.end();) {
        const auto &[key, row] = *it;
        if (!all && (key.first + 60) * 1000 > nowMs)
            break;
        ES_RETURN_IF_ERROR(upsert(m_db, kUpsertMinute, key.second, key.first, row));
        m_undo.emplace_back(key, row);
        it = m_minutes.erase(it);
    }
    return Status::ok();
}

Result<std::int64_t> MetricsWriter::prune(std::int64_t nowMs)
{
    std::int64_t deleted = 0;
    const std::int64_t rawS = firstKeptSecond(nowMs, m_retention.rawMs);
    const std::int64_t groupRawS = firstKeptSecond(nowMs, m_retention.rawGroupMs);
    {
        Result<SqliteStatement> raw = m_db.prepare("DELETE FROM metrics_raw WHERE time_s < ?1");
        if (!raw)
            return raw.status();
        raw->bindInt64(1, std::min(rawS, groupRawS));
        ES_RETURN_IF_ERROR(raw->run());
        deleted += m_db.changes();
    }
    {
        // The series of the shorter retention, among the seconds not pruned yet. Group series
        // (metric_series.h) start with "group:", so sort in ["group:", "group;"), ';' following ':'.
        const bool groupsLonger = groupRawS < rawS;
        const std::int64_t from = std::max(std::min(rawS, groupRawS), m_rawPrunedBeforeS);
        const std::int64_t to = std::max(rawS, groupRawS);
        Result<SqliteStatement> raw = m_db.prepare(
            groupsLonger ? "DELETE FROM metrics_raw WHERE time_s >= ?1 AND time_s < ?2 AND series_id NOT IN "
                           "(SELECT id FROM metric_series WHERE name >= 'group:' AND name < 'group;')"
                         : "DELETE FROM metrics_raw WHERE time_s >= ?1 AND time_s < ?2 AND series_id IN "
                           "(SELECT id FROM metric_series WHERE name >= 'group:' AND name < 'group;')");
        if (!raw)
            return raw.status();
        raw->bindInt64(1, from);
        raw->bindInt64(2, to);
        ES_RETURN_IF_ERROR(raw->run());
        deleted += m_db.changes();
        m_rawPrunedBeforeS = to;
    }
    {
        // "series_id IN (...)" makes SQLite seek each series' oldest minutes through the
        // primary key instead of scanning the whole table for old times.
        Result<SqliteStatement> minutes = m_db.prepare(
            "DELETE FROM metrics_minute WHERE series_id IN (SELECT id FROM metric_series) AND time_s < ?1");
        if (!minutes)
            return minutes.status();
        minutes->bindInt64(1, firstKeptSecond(nowMs, m_retention.rollupMs));
        ES_RETURN_IF_ERROR(minutes->run());
        deleted += m_db.changes();
    }
    // Every stored sample has its minute row (rollups outlive raw rows), so a series
    // without minute rows has no data left. Ids are never reused (AUTOINCREMENT).
    Result<SqliteStatement> orphans = m_db.prepare("DELETE FROM metric_series WHERE NOT EXISTS (SELECT 1 "
                                                   "FROM metrics_minute WHERE series_id = metric_series.id)");
    if (!orphans)
        return orphans.status();
    ES_RETURN_IF_ERROR(orphans->run());
    if (m_db.changes() > 0)
        m_seriesIds.clear();
    return deleted;
}

Result<std::vector<MetricPoint>> readMetrics(SqliteDb &db, const std::string &series, std::int64_t fromMs,
                                             std::int64_t toMs, std::int64_t stepMs, std::int64_t nowMs,
                                             const MetricsRetention &retention)
{
    fromMs = std::clamp<std::int64_t>(fromMs, -kMaxTimeMs, kMaxTimeMs);
    toMs = std::clamp<std::int64_t>(toMs, -kMaxTimeMs, kMaxTimeMs);
    std::vector<MetricPoint> points;
    if (toMs <= fromMs)
        return points;

    std::int64_t step =
        roundUp(std::clamp<std::int64_t>(stepMs, kRawResolutionMs, kMaxTimeMs), kRawResolutionMs);
    const bool raw = step % kRollupResolutionMs != 0 &&
                     floorDiv(fromMs, step) * step >= nowMs - retention.rawMsFor(series);
    if (!raw)
        step = roundUp(step, kRollupResolutionMs);

    Result<SqliteStatement> stmt = db.prepare(raw ? kSelectRaw : kSelectMinutes);
    if (!stmt)
        return stmt.status();
    stmt->bindText(1, series);
    stmt->bindInt64(2, floorDiv(fromMs, step) * step / 1000);
    stmt->bindInt64(3, ceilDiv(toMs, step) * step / 1000);

    // Rows come in time order, so each bucket is one run of consecutive rows.
    std::int64_t bucket = 0;
    MetricAggregate agg;
    auto flushBucket = [&] {
        if (agg.count > 0)
            points.push_back(MetricPoint{
                .timeMs = bucket, .value = agg.sum / static_cast<double>(agg.count), .max = agg.max});
    };
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.status();
        if (!*row)
            break;
        const std::int64_t rowBucket = floorDiv(stmt->int64At(0) * 1000, step) * step;
        if (agg.count == 0 || rowBucket != bucket) {
            flushBucket();
            bucket = rowBucket;
            agg = MetricAggregate{};
        }
        agg.add(stmt->doubleAt(1), stmt->int64At(2), stmt->doubleAt(3));
    }
    flushBucket();
    return points;
}

Result<std::vector<std::string>> readSeriesNames(SqliteDb &db, const std::string &prefix)
{
    Result<SqliteStatement> stmt =
        db.prepare("SELECT name FROM metric_series WHERE substr(name, 1, length(?1)) = ?1 ORDER BY name");
    if (!stmt)
        return stmt.status();
    stmt->bindText(1, prefix);
    std::vector<std::string> names;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.status();
        if (!*row)
            return names;
        names.push_back(stmt->textAt(0));
    }
}

} // namespace es
