#include "catalog/catalog_schema.h"

#include "catalog/sqlite_db.h"
#include "common/logging.h"

#include <iterator>
#include <string>

namespace es {

namespace {

struct Migration {
    int version;     // the version the file has after this step
    const char *sql; // run in one transaction with the schema_version row
};

// Append only: a released step never changes, a new one goes at the end. Version 1 is the
// whole initial schema; catalog_format.md describes every table.
constexpr Migration kMigrations[] = {
    {1, R"sql(
        CREATE TABLE schema_version (
            version    INTEGER PRIMARY KEY,
            applied_ms INTEGER NOT NULL
        );
        CREATE TABLE meta (
            name  TEXT PRIMARY KEY,
            value
        ) WITHOUT ROWID;
        CREATE TABLE brokers (
            id    INTEGER PRIMARY KEY,
            host  TEXT NOT NULL,
            port  INTEGER NOT NULL,
            state TEXT NOT NULL
        );
        CREATE TABLE topics (
            name               TEXT PRIMARY KEY,
            topic_id           TEXT NOT NULL,
            partitions         INTEGER NOT NULL,
            replication_factor INTEGER NOT NULL,
            internal           INTEGER NOT NULL,
            created_ms         INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE topic_configs (
            topic TEXT NOT NULL,
            name  TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (topic, name)
        ) WITHOUT ROWID;
        CREATE TABLE partitions (
            topic           TEXT NOT NULL,
            partition_id    INTEGER NOT NULL,
            replicas        TEXT NOT NULL,
            isr             TEXT NOT NULL,
            leader          INTEGER NOT NULL,
            leader_epoch    INTEGER NOT NULL,
            partition_epoch INTEGER NOT NULL,
            PRIMARY KEY (topic, partition_id)
        ) WITHOUT ROWID;
        CREATE TABLE events (
            id      INTEGER PRIMARY KEY AUTOINCREMENT,
            time_ms INTEGER NOT NULL,
            kind    TEXT NOT NULL,
            subject TEXT NOT NULL,
            message TEXT NOT NULL
        );
        CREATE INDEX events_by_time ON events (time_ms);
        CREATE TABLE metric_series (
            id   INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE
        );
        CREATE TABLE metrics_raw (
            time_s       INTEGER NOT NULL,
            series_id    INTEGER NOT NULL,
            value_sum    REAL NOT NULL,
            sample_count INTEGER NOT NULL,
            value_max    REAL NOT NULL,
            PRIMARY KEY (time_s, series_id)
        ) WITHOUT ROWID;
        CREATE TABLE metrics_minute (
            series_id    INTEGER NOT NULL,
            time_s       INTEGER NOT NULL,
            value_sum    REAL NOT NULL,
            sample_count INTEGER NOT NULL,
            value_max    REAL NOT NULL,
            PRIMARY KEY (series_id, time_s)
        ) WITHOUT ROWID;
        PRAGMA application_id = 1163084624;
    )sql"},
    // Events say what happened as a sentence form with arguments; older rows have neither.
    {2, R"sql(
        ALTER TABLE events ADD COLUMN form TEXT;
        ALTER TABLE events ADD COLUMN args TEXT;
    )sql"},
    // Partitions remember a reassignment in progress (KIP-455's adding and removing replicas).
    {3, R"sql(
        ALTER TABLE partitions ADD COLUMN adding_replicas TEXT NOT NULL DEFAULT '';
        ALTER TABLE partitions ADD COLUMN removing_replicas TEXT NOT NULL DEFAULT '';
    )sql"},
    // The cluster-wide dynamic broker configs (Kafka's broker resource "").
    {4, R"sql(
        CREATE TABLE broker_configs (
            name  TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
    )sql"},
    // Each broker's own dynamic broker configs (Kafka's broker resource "<id>").
    {5, R"sql(
        CREATE TABLE broker_node_configs (
            broker INTEGER NOT NULL,
            name   TEXT NOT NULL,
            value  TEXT NOT NULL,
            PRIMARY KEY (broker, name)
        ) WITHOUT ROWID;
    )sql"},
    // Security: SCRAM credentials, ACLs, super users and the authorizer's options.
    {6, R"sql(
        CREATE TABLE scram_credentials (
            user       TEXT NOT NULL,
            mechanism  TEXT NOT NULL,
            iterations INTEGER NOT NULL,
            salt       BLOB NOT NULL,
            stored_key BLOB NOT NULL,
            server_key BLOB NOT NULL,
            PRIMARY KEY (user, mechanism)
        ) WITHOUT ROWID;
        CREATE TABLE acls (
            position      INTEGER PRIMARY KEY,
            resource_type TEXT NOT NULL,
            resource_name TEXT NOT NULL,
            pattern_type  TEXT NOT NULL,
            principal     TEXT NOT NULL,
            host          TEXT NOT NULL,
            operation     TEXT NOT NULL,
            permission    TEXT NOT NULL
        );
        CREATE TABLE super_users (
            principal TEXT PRIMARY KEY
        ) WITHOUT ROWID;
        CREATE TABLE security_options (
            name  TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
    )sql"},
};

static_assert(kCatalogApplicationId == 1163084624, "the version 1 migration spells the id out");

constexpr const char *kUntouched =
    "; the file was left untouched (move it away to start with an empty catalog)";

std::string named(const SqliteDb &db) { return "catalog " + db.file().string(); }

} // namespace

int catalogSchemaVersion() { return std::prev(std::end(kMigrations))->version; }

Status migrateCatalogSchema(SqliteDb &db, std::int64_t nowMs)
{
    // The first read of the file is where SQLite notices that it is not a database.
    Result<std::int64_t> appId = db.queryInt64("PRAGMA application_id", "reading the file header");
    if (!appId) {
        if (appId.status().code() == StatusCode::Corruption)
            return Status::corruption(appId.status().message() +
                                      ": not an SQLite database, or a damaged one" + kUntouched);
        return appId.status();
    }
    Result<std::int64_t> tables = db.queryInt64("SELECT count(*) FROM sqlite_master", "reading the schema");
    if (!tables)
        return tables.status();

    int version = 0;
    if (*appId != kCatalogApplicationId) {
        if (*tables != 0)
            return Status::invalidArgument(named(db) + " is an SQLite database of another program" +
                                           kUntouched);
    } else {
        Result<std::int64_t> stored = db.queryInt64("SELECT coalesce(max(version), 0) FROM schema_version",
                                                    "reading the schema version");
        if (!stored)
            return stored.status();
        version = static_cast<int>(*stored);
    }
    if (version > catalogSchemaVersion())
        return Status::unsupported(named(db) + " has schema version " + std::to_string(version) +
                                   ", newer than this build supports (" +
                                   std::to_string(catalogSchemaVersion()) + ")" + kUntouched);
    if (version < catalogSchemaVersion() && db.isReadOnly())
        return Status::ioError(named(db) + " is read-only and its schema (version " +
                               std::to_string(version) + ") needs migrating to version " +
                               std::to_string(catalogSchemaVersion()));

    for (const Migration &step : kMigrations) {
        if (step.version <= version)
            continue;
        const std::string what = "migrating the schema to version " + std::to_string(step.version);
        SqliteTransaction tx(db);
        ES_RETURN_IF_ERROR(tx.begin(what));
        ES_RETURN_IF_ERROR(db.exec(step.sql, what));
        Result<SqliteStatement> record =
            db.prepare("INSERT INTO schema_version (version, applied_ms) VALUES (?1, ?2)");
        if (!record)
            return record.status();
        record->bindInt64(1, step.version);
        record->bindInt64(2, nowMs);
        ES_RETURN_IF_ERROR(record->run());
        ES_RETURN_IF_ERROR(tx.commit(what));
        logger("catalog")->info("{}: schema at version {}", named(db), step.version);
    }
    return Status::ok();
}

} // namespace es
