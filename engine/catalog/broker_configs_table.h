#pragma once

#include "common/status.h"

#include <map>
#include <string>

namespace es {

class SqliteDb;

// The `broker_configs` table (catalog_format.md): the cluster-wide dynamic broker configs,
// Kafka's resource name "". Same thread rules as the SqliteDb passed in.

// Replaces the whole set, inside the caller's transaction.
Status writeBrokerConfigs(SqliteDb &db, const std::map<std::string, std::string> &configs);
Result<std::map<std::string, std::string>> loadBrokerConfigs(SqliteDb &db);

} // namespace es
