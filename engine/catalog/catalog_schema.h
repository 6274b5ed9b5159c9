#pragma once

#include "common/status.h"

#include <cstdint>

namespace es {

class SqliteDb;

// The catalog file's format: an SQLite database whose tables are created and migrated
// here and described in catalog_format.md. Every other catalog file reads and writes
// these tables; none creates or alters one.

// PRAGMA application_id of a catalog file ("ESCP"), so that another program's SQLite
// database is recognised and left alone.
inline constexpr std::int32_t kCatalogApplicationId = 0x45534350;

// The schema version this build writes. A file with a newer version is refused, never
// altered.
int catalogSchemaVersion();

// Brings the schema of the catalog open on `db` (the write connection, before anything
// else uses it) to catalogSchemaVersion(): creates it in an empty file, applies the
// missing migrations in order, each in its own transaction, to an older one. A file that
// is an SQLite database but not a catalog, or one with a newer schema, is refused with
// an error naming it and is left untouched. A read-only file must already be current.
Status migrateCatalogSchema(SqliteDb &db, std::int64_t nowMs);

} // namespace es
