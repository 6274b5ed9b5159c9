#include "catalog/broker_configs_table.h"

#include "catalog/sqlite_db.h"

namespace es {

Status writeBrokerConfigs(SqliteDb &db, const std::map<std::string, std::string> &configs)
{
    Result<SqliteStatement> clear = db.prepare("DELETE FROM broker_configs");
    if (!clear)
        return clear.status();
    ES_RETURN_IF_ERROR(clear->run());
    for (const auto &[name, value] : configs) {
        Result<SqliteStatement> stmt = db.prepare("INSERT INTO broker_configs (name, value) VALUES (?1, ?2)");
        if (!stmt)
            return stmt.status();
        stmt->bindText(1, name);
        stmt->bindText(2, value);
        ES_RETURN_IF_ERROR(stmt->run());
    }
    return Status::ok();
}

Result<std::map<std::string, std::string>> loadBrokerConfigs(SqliteDb &db)
{
    Result<SqliteStatement> stmt = db.prepare("SELECT name, value FROM broker_configs");
    if (!stmt)
        return stmt.status();
    std::map<std::string, std::string> out;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.status();
        if (!*row)
            return out;
        out[stmt->textAt(0)] = stmt->textAt(1);
    }
}

Status writeBrokerConfigs(SqliteDb &db, std::int32_t broker,
                          const std::map<std::string, std::string> &configs)
{
    Result<SqliteStatement> clear = db.prepare("DELETE FROM broker_node_configs WHERE broker = ?1");
    if (!clear)
        return clear.status();
    clear->bindInt64(1, broker);
    ES_RETURN_IF_ERROR(clear->run());
    for (const auto &[name, value] : configs) {
        Result<SqliteStatement> stmt =
            db.prepare("INSERT INTO broker_node_configs (broker, name, value) VALUES (?1, ?2, ?3)");
        if (!stmt)
            return stmt.status();
        stmt->bindInt64(1, broker);
        stmt->bindText(2, name);
        stmt->bindText(3, value);
        ES_RETURN_IF_ERROR(stmt->run());
    }
    return Status::ok();
}

Result<std::map<std::int32_t, std::map<std::string, std::string>>> loadPerBrokerConfigs(SqliteDb &db)
{
    Result<SqliteStatement> stmt = db.prepare("SELECT broker, name, value FROM broker_node_configs");
    if (!stmt)
        return stmt.status();
    std::map<std::int32_t, std::map<std::string, std::string>> out;
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.status();
        if (!*row)
            return out;
        out[static_cast<std::int32_t>(stmt->int64At(0))][stmt->textAt(1)] = stmt->textAt(2);
    }
}

} // namespace es
