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

} // namespace es
