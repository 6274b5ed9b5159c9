#include "catalog/sqlite_db.h"

#include <sqlite3.h>

#include <utility>

namespace es {

namespace {

// How long a statement waits for a lock another process holds before reporting Busy.
constexpr int kBusyTimeoutMs = 5000;

} // namespace

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr))
{}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

void SqliteStatement::reset() { sqlite3_reset(m_stmt); }

void SqliteStatement::bindInt64(int index, std::int64_t value) { sqlite3_bind_int64(m_stmt, index, value); }

void SqliteStatement::bindDouble(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }

void SqliteStatement::bindText(int index, std::string_view value)
{
    sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SqliteStatement::bindBlob(int index, ByteView value)
{
    // SQLite takes a null pointer as NULL, whatever the length.
    static const std::uint8_t kNothing = 0;
    sqlite3_bind_blob64(m_stmt, index, value.empty() ? &kNothing : value.data(), value.size(),
                        SQLITE_TRANSIENT);
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->error(rc, {});
}

Status SqliteStatement::run()
{
    Result<bool> row = step();
    if (!row)
        return row.status();
    return Status::ok();
}

std::int64_t SqliteStatement::int64At(int column) const { return sqlite3_column_int64(m_stmt, column); }

double SqliteStatement::doubleAt(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string SqliteStatement::textAt(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

Bytes SqliteStatement::blobAt(int column) const
{
    const auto *data = static_cast<const std::uint8_t *>(sqlite3_column_blob(m_stmt, column));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column));
    if (!data)
        return {};
    return {data, data + size};
}

bool SqliteStatement::isNullAt(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t SqliteDb::memoryInUse() { return sqlite3_memory_used(); }

Result<std::unique_ptr<SqliteDb>> SqliteDb::open(const std::filesystem::path &file, Mode mode)
{
    const int flags =
        SQLITE_OPEN_NOMUTEX |
        (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(file.c_str(), &handle, flags, nullptr);
    // SQLite hands back a handle even when opening fails; the wrapper closes it either way.
    std::unique_ptr<SqliteDb> db(new SqliteDb(handle, file));
    if (rc != SQLITE_OK)
        return db->error(rc, "opening");
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    return db;
}

SqliteDb::~SqliteDb()
{
    for (auto &[sql, stmt] : m_statements)
        sqlite3_finalize(stmt);
    sqlite3_close_v2(m_db);
}

Status SqliteDb::exec(const char *sql, std::string_view what)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? Status::ok() : error(rc, what);
}

Result<SqliteStatement> SqliteDb::prepare(std::string_view sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        sqlite3_stmt *stmt = nullptr;
        const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                          SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            return error(rc, sql);
        it = m_statements.emplace(std::string(sql), stmt).first;
    }
    return SqliteStatement(*this, it->second);
}

Result<std::int64_t> SqliteDb::queryInt64(std::string_view sql, std::string_view what)
{
    Result<SqliteStatement> stmt = prepare(sql);
    if (!stmt)
        return stmt.status();
    Result<bool> row = stmt->step();
    if (!row)
        return row.status();
    if (!*row)
        return Status::notFound("catalog " + m_file.string() + ": no row (" + std::string(what) + ")");
    return stmt->int64At(0);
}

Status SqliteDb::error(int rc, std::string_view what) const
{
    // The connection's message is more precise ("no such table: x") when it describes rc.
    const char *detail = (sqlite3_errcode(m_db) == rc) ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    std::string message = "catalog " + m_file.string() + ": " + detail;
    if (!what.empty())
        message += " (" + std::string(what) + ")";
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return Status::corruption(std::move(message));
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Status::busy(std::move(message));
    default: return Status::ioError(std::move(message));
    }
}

bool SqliteDb::isReadOnly() const { return sqlite3_db_readonly(m_db, "main") == 1; }

bool SqliteDb::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

std::int64_t SqliteDb::changes() const { return sqlite3_changes64(m_db); }

std::int64_t SqliteDb::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

SqliteTransaction::~SqliteTransaction()
{
    // After some errors (a full disk among them) SQLite has already rolled back.
    if (m_open && m_db.inTransaction())
        (void)m_db.exec("ROLLBACK", "rolling back");
}

Status SqliteTransaction::begin(std::string_view what)
{
    ES_RETURN_IF_ERROR(m_db.exec("BEGIN", what));
    m_open = true;
    return Status::ok();
}

Status SqliteTransaction::commit(std::string_view what)
{
    ES_RETURN_IF_ERROR(m_db.exec("COMMIT", what));
    m_open = false;
    return Status::ok();
}

} // namespace es
