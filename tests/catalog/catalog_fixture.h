#pragma once

// Helpers shared by the catalog's tests: round timestamps, queries and statements run
// straight on the database file, a file as an older schema left it, and a temporary folder
// that hands each test a fresh catalog path.

#include "catalog/catalog.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace es {
// Lets QCOMPARE print a Status that differs.
inline char *toString(const Status &status) { return qstrdup(status.toString().c_str()); }
} // namespace es

namespace es::test {

// A multiple of an hour, so that minutes and hours start on round numbers.
inline constexpr std::int64_t kT0 = 1'699'999'200'000;
inline constexpr std::int64_t kSecond = 1000;
inline constexpr std::int64_t kMinute = 60 * kSecond;
inline constexpr std::int64_t kHour = 60 * kMinute;
inline constexpr std::int64_t kDay = 24 * kHour;

// Runs one query straight on the file, as another process would.
inline std::int64_t countRows(const std::filesystem::path &file, const std::string &sql)
{
    sqlite3 *db = nullptr;
    std::int64_t count = -1;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            count = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return count;
}

// Runs statements straight on the file, as another program or an older build would.
inline bool execSql(const std::filesystem::path &file, const std::string &sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) ==
                        SQLITE_OK &&
                    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// Turns a closed catalog file into what schema version 1 wrote, by undoing every later
// migration: the events lose their form and args columns, the later tables go.
inline bool downgradeToVersion1(const std::filesystem::path &file)
{
    return execSql(file, "ALTER TABLE events DROP COLUMN form; ALTER TABLE events DROP COLUMN args; "
                         "ALTER TABLE partitions DROP COLUMN adding_replicas; "
                         "ALTER TABLE partitions DROP COLUMN removing_replicas; "
                         "DROP TABLE broker_configs; DROP TABLE broker_node_configs; "
                         "DROP TABLE scram_credentials; DROP TABLE acls; DROP TABLE super_users; "
                         "DROP TABLE security_options; "
                         "DELETE FROM schema_version WHERE version > 1;");
}

// The test classes' temporary folder, where each test opens catalogs of its own.
class CatalogFiles {
protected:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh catalog path for each test.
    std::filesystem::path newFile()
    {
        return std::filesystem::path(m_dir.path().toStdString()) / ("c" + std::to_string(++m_files)) /
               "catalog.db";
    }

    static std::unique_ptr<Catalog> openOrFail(const std::filesystem::path &file, CatalogOptions options = {})
    {
        Result<std::unique_ptr<Catalog>> catalog = Catalog::open(file, options);
        if (!catalog)
            qWarning("open failed: %s", catalog.status().toString().c_str());
        return catalog ? std::move(*catalog) : nullptr;
    }
};

} // namespace es::test
