#pragma once

#include "catalog/catalog_types.h"
#include "common/status.h"

#include <cstdint>
#include <string_view>

namespace es {

class SqliteDb;

// The cluster's metadata tables (meta, brokers, topics, topic_configs, partitions; see
// catalog_format.md). The writes run inside the caller's transaction on the write
// connection; loadCatalogState() reads one consistent snapshot. Same thread rules as the
// SqliteDb passed in.

Status writeBroker(SqliteDb &db, const BrokerRecord &broker);
// Replaces the topic's row and its whole set of config overrides.
Status writeTopic(SqliteDb &db, const TopicRecord &topic);
// Removes the topic, its configs and its partitions.
Status eraseTopic(SqliteDb &db, std::string_view name);
Status writePartition(SqliteDb &db, const PartitionRecord &partition);
Status writeClusterId(SqliteDb &db, std::string_view clusterId);
Status writeNextProducerId(SqliteDb &db, std::int64_t nextProducerId);

// Brokers by id, topics by name, partitions by topic then partition.
Result<CatalogState> loadCatalogState(SqliteDb &db);

} // namespace es
