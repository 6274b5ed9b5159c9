#include "catalog/event_log.h"

#include "catalog/event_forms.h"
#include "catalog/sqlite_db.h"
#include "common/json.h"
#include "common/logging.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace es {

namespace {

// Every kind with its stored name. The names are the file format: never change one.
constexpr std::array<std::pair<EventKind, std::string_view>, 29> kKindNames = {{
    {EventKind::BrokerStarted, "BrokerStarted"},       {EventKind::BrokerStopped, "BrokerStopped"},
    {EventKind::BrokerCrashed, "BrokerCrashed"},       {EventKind::BrokerPaused, "BrokerPaused"},
    {EventKind::BrokerResumed, "BrokerResumed"},       {EventKind::BrokerFenced, "BrokerFenced"},
    {EventKind::BrokerUnfenced, "BrokerUnfenced"},     {EventKind::BrokerAdded, "BrokerAdded"},
    {EventKind::LinkChanged, "LinkChanged"},           {EventKind::LeaderElected, "LeaderElected"},
    {EventKind::PartitionOffline, "PartitionOffline"}, {EventKind::IsrShrunk, "IsrShrunk"},
    {EventKind::IsrExpanded, "IsrExpanded"},           {EventKind::TopicCreated, "TopicCreated"},
    {EventKind::TopicDeleted, "TopicDeleted"},         {EventKind::TopicConfigChanged, "TopicConfigChanged"},
    {EventKind::PartitionsAdded, "PartitionsAdded"},   {EventKind::GroupStateChanged, "GroupStateChanged"},
    {EventKind::GroupRebalanced, "GroupRebalanced"},   {EventKind::GroupOffsetsReset, "GroupOffsetsReset"},
    {EventKind::RetentionRun, "RetentionRun"},         {EventKind::CompactionRun, "CompactionRun"},
    {EventKind::LogRecovered, "LogRecovered"},         {EventKind::RecordsDeleted, "RecordsDeleted"},
    {EventKind::PartitionReassigned, "PartitionReassigned"},
    {EventKind::AuthenticationFailed, "AuthenticationFailed"},
    {EventKind::StorageError, "StorageError"},
    {EventKind::ControllerCrashed, "ControllerCrashed"},
    {EventKind::ControllerRestarted, "ControllerRestarted"},
}};

static_assert(kKindNames.back().first == EventKind::ControllerRestarted,
              "a new EventKind needs a stored name here");

// {"broker":"2","address":"127.0.0.1:9092"}: the arguments in order, every value a string.
std::string argsJson(const std::vector<EventArg> &args)
{
    JsonValue::Object members;
    members.reserve(args.size());
    for (const EventArg &a : args)
        members.emplace_back(a.name, a.value);
    return toJson(JsonValue(std::move(members)));
}

std::optional<std::vector<EventArg>> argsFromJson(std::string_view text)
{
    Result<JsonValue> json = parseJson(text);
    if (!json || !json->isObject())
        return std::nullopt;
    std::vector<EventArg> args;
    for (const auto &[name, value] : json->asObject()) {
        if (!value.isString())
            return std::nullopt;
        args.emplace_back(name, value.asString());
    }
    return args;
}

// The sentence stored in a row's form and args columns; Unknown (the message says it all)
// for a row written before they existed, a form this build does not know, or arguments
// that do not parse.
EventSentence storedSentence(const SqliteStatement &row, int formColumn, int argsColumn, std::int64_t id)
{
    if (row.isNullAt(formColumn))
        return {};
    const std::optional<EventForm> form = eventFormFromName(row.textAt(formColumn));
    if (!form)
        return {};
    std::optional<std::vector<EventArg>> args =
        row.isNullAt(argsColumn) ? std::vector<EventArg>{} : argsFromJson(row.textAt(argsColumn));
    if (!args) {
        logger("catalog")->warn(
            "event {}: its arguments are not a JSON object of strings; showing its message", id);
        return {};
    }
    return {*form, std::move(*args)};
}

} // namespace

std::string_view eventKindName(EventKind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return name;
    }
    return "Unknown";
}

std::optional<EventKind> eventKindFromName(std::string_view name)
{
    for (const auto &[kind, n] : kKindNames) {
        if (n == name)
            return kind;
    }
    return std::nullopt;
}

Status writeEvent(SqliteDb &db, const EventRecord &event)
{
    Result<SqliteStatement> stmt =
        db.prepare("INSERT INTO events (id, time_ms, kind, subject, message, form, args) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, nullif(?6, ''), nullif(?7, ''))");
    if (!stmt)
        return stmt.status();
    const bool known = event.sentence.form != EventForm::Unknown;
    stmt->bindInt64(1, event.id);
    stmt->bindInt64(2, event.timeMs);
    stmt->bindText(3, eventKindName(event.kind));
    stmt->bindText(4, event.subject);
    stmt->bindText(5, event.message);
    stmt->bindText(6, eventFormName(event.sentence.form));
    stmt->bindText(7, known ? argsJson(event.sentence.args) : std::string());
    return stmt->run();
}

Result<std::int64_t> pruneEvents(SqliteDb &db, std::int64_t nowMs, std::int64_t retentionMs,
                                 std::int64_t maxEvents)
{
    std::int64_t deleted = 0;
    {
        Result<SqliteStatement> old = db.prepare("DELETE FROM events WHERE time_ms < ?1");
        if (!old)
            return old.status();
        old->bindInt64(1, nowMs - retentionMs);
        ES_RETURN_IF_ERROR(old->run());
        deleted += db.changes();
    }
    Result<SqliteStatement> excess = db.prepare(
        "DELETE FROM events WHERE id <= (SELECT id FROM events ORDER BY id DESC LIMIT 1 OFFSET ?1)");
    if (!excess)
        return excess.status();
    excess->bindInt64(1, std::max<std::int64_t>(maxEvents, 0));
    ES_RETURN_IF_ERROR(excess->run());
    deleted += db.changes();
    return deleted;
}

Result<std::int64_t> lastEventId(SqliteDb &db)
{
    return db.queryInt64("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0), "
                         "coalesce((SELECT max(id) FROM events), 0))",
                         "reading the last event id");
}

Result<std::vector<EventRecord>> readEvents(SqliteDb &db, const EventQuery &query)
{
    // Kinds are filtered here rather than in SQL so that the statement stays one cached
    // text; the scan walks the time index newest first and stops at the limit.
    Result<SqliteStatement> stmt =
        db.prepare("SELECT id, time_ms, kind, subject, message, form, args FROM events "
                   "WHERE time_ms BETWEEN ?1 AND ?2 AND substr(subject, 1, length(?3)) = ?3 "
                   "ORDER BY time_ms DESC, id DESC");
    if (!stmt)
        return stmt.status();
    stmt->bindInt64(1, query.sinceMs);
    stmt->bindInt64(2, query.untilMs);
    stmt->bindText(3, query.subjectPrefix);
    const auto limit = query.limit > 0 ? static_cast<std::size_t>(query.limit) : SIZE_MAX;
    std::vector<EventRecord> events;
    while (events.size() < limit) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.status();
        if (!*row)
            break;
        const std::optional<EventKind> kind = eventKindFromName(stmt->textAt(2));
        if (!kind)
            continue;
        if (!query.kinds.empty() &&
            std::find(query.kinds.begin(), query.kinds.end(), *kind) == query.kinds.end())
            continue;
        const std::int64_t id = stmt->int64At(0);
        events.push_back(EventRecord{.id = id,
                                     .timeMs = stmt->int64At(1),
                                     .kind = *kind,
                                     .subject = stmt->textAt(3),
                                     .sentence = storedSentence(*stmt, 5, 6, id),
                                     .message = stmt->textAt(4)});
    }
    return events;
}

} // namespace es
