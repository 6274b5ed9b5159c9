#pragma once

#include "common/status.h"

#include <cstdint>
#include <map>
#include <string>

namespace es {

class SqliteDb;

// The `broker_configs` table (catalog_format.md): the cluster-wide dynamic broker configs,
// Kafka's resource name "", and `broker_node_configs`, each broker's own ("<id>"). Same
// thread rules as the SqliteDb passed in.

// Replaces the whole set, inside the caller's transaction.
Status writeBrokerConfigs(SqliteDb &db, const std::map<std::string, std::string> &configs);
Result<std::map<std::string, std::string>> loadBrokerConfigs(SqliteDb &db);
// Replaces broker `broker`'s set, inside the caller's transaction.
Status writeBrokerConfigs(SqliteDb &db, std::int32_t broker,
                          const std::map<std::string, std::string> &configs);
Result<std::map<std::int32_t, std::map<std::string, std::string>>> loadPerBrokerConfigs(SqliteDb &db);

} // namespace es
