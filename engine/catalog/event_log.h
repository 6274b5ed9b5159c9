#pragma once

#include "catalog/catalog_types.h"
#include "common/status.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace es {

class SqliteDb;

// The event timeline (table events; see catalog_format.md). Kinds and sentence forms are
// stored by name, so reordering EventKind or EventForm never changes what an old file
// means; a row whose kind this build does not know (written by a newer one) is skipped
// when reading. A row without a form (written before forms existed), with a form this
// build does not know, or with arguments that do not parse is read with form Unknown and
// its stored message. Same thread rules as the SqliteDb passed in.

std::string_view eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(std::string_view name);

// Inserts `event` with the id it carries (the catalog assigns ids).
Status writeEvent(SqliteDb &db, const EventRecord &event);

// Deletes events older than `nowMs - retentionMs` and all but the newest `maxEvents`.
// Returns how many went.
Result<std::int64_t> pruneEvents(SqliteDb &db, std::int64_t nowMs, std::int64_t retentionMs,
                                 std::int64_t maxEvents);

// The largest id ever used (also by pruned events), 0 in a new catalog.
Result<std::int64_t> lastEventId(SqliteDb &db);

// Events with sinceMs <= timeMs <= untilMs matching the query, newest first (by time,
// then by id), at most query.limit of them (no limit when it is 0 or less).
Result<std::vector<EventRecord>> readEvents(SqliteDb &db, const EventQuery &query);

} // namespace es
