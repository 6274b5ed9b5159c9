#pragma once

// Helpers shared by the catalog's tests: round timestamps, a query run straight on the
// database file, and a temporary folder that hands each test a fresh catalog path.

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
