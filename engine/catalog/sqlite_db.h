#pragma once

#include "common/buffer.h"
#include "common/status.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace es {

class SqliteDb;

// A prepared statement borrowed from its connection's cache. Resetting it when the
// handle goes matters: a SELECT left mid-way holds its read transaction open, which would
// pin the reader to an old snapshot and stop WAL checkpoints. Bind indexes start at 1,
// column indexes at 0. Lives no longer than its connection; same thread rules.
class SqliteStatement {
public:
    SqliteStatement(SqliteDb &db, sqlite3_stmt *stmt) : m_db(&db), m_stmt(stmt) {}
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&) = delete;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    void bindInt64(int index, std::int64_t value);
    void bindDouble(int index, double value);
    // The text is copied: the caller's buffer may go before the statement runs.
    void bindText(int index, std::string_view value);
    // The bytes are copied, as bindText's text; an empty view binds an empty BLOB, not NULL.
    void bindBlob(int index, ByteView value);

    // Rewinds the statement so that it can be bound and run again (bindings stay).
    void reset();

    // Advances to the next row: true when there is one, false when done.
    Result<bool> step();
    // Runs a statement that returns no rows (INSERT, UPDATE, DELETE).
    Status run();

    [[nodiscard]] std::int64_t int64At(int column) const;
    [[nodiscard]] double doubleAt(int column) const;
    [[nodiscard]] std::string textAt(int column) const;
    [[nodiscard]] Bytes blobAt(int column) const;
    [[nodiscard]] bool isNullAt(int column) const;

private:
    SqliteDb *m_db;
    sqlite3_stmt *m_stmt;
};

// One SQLite connection to the catalog file, with a cache of prepared statements. Every
// error comes back as a Status that names the file: SQLITE_CORRUPT and SQLITE_NOTADB are
// Corruption, SQLITE_BUSY and SQLITE_LOCKED Busy, everything else (a full disk, a
// read-only file, I/O errors) IOError.
//
// Thread-safety: none. The connection is opened without SQLite's own mutex; its owner
// uses it from one thread at a time.
class SqliteDb {
public:
    enum class Mode { ReadWriteCreate, ReadOnly };

    static Result<std::unique_ptr<SqliteDb>> open(const std::filesystem::path &file, Mode mode);
    ~SqliteDb();
    // Bytes SQLite holds on the heap for every connection of the process (page caches,
    // prepared statements): what a memory figure can tell apart from the rest.
    static std::int64_t memoryInUse();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    // Runs one or more statements that return no rows.
    Status exec(const char *sql, std::string_view what);
    // A cached prepared statement for `sql` (prepared on first use).
    Result<SqliteStatement> prepare(std::string_view sql);
    // The first column of the first row of `sql`; NotFound when there is no row.
    Result<std::int64_t> queryInt64(std::string_view sql, std::string_view what);

    // The Status for SQLite result code `rc`, naming the file and `what` was being done.
    [[nodiscard]] Status error(int rc, std::string_view what) const;

    // True when SQLite could only open the file for reading (e.g. it is write-protected).
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] std::int64_t changes() const;
    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] const std::filesystem::path &file() const { return m_file; }

private:
    SqliteDb(sqlite3 *db, std::filesystem::path file) : m_db(db), m_file(std::move(file)) {}

    sqlite3 *m_db;
    const std::filesystem::path m_file;
    // Looked up by the caller's string_view without building a std::string each time.
    struct SqlHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };
    std::unordered_map<std::string, sqlite3_stmt *, SqlHash, std::equal_to<>> m_statements;
};

// A write (or read) transaction, rolled back unless commit() succeeded.
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDb &db) : m_db(db) {}
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    Status begin(std::string_view what);
    Status commit(std::string_view what);

private:
    SqliteDb &m_db;
    bool m_open = false;
};

} // namespace es
