#pragma once

#include "catalog/catalog_types.h"
#include "catalog/metrics_history.h"
#include "catalog/security_tables.h"
#include "common/status.h"

#include <cstdint>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace es {

class SqliteDb;

struct DeleteTopicOp {
    std::string name;
};
struct ClusterIdOp {
    std::string clusterId;
};
struct NextProducerIdOp {
    std::int64_t nextProducerId = 0;
};
struct BrokerConfigsOp {
    std::map<std::string, std::string> configs;
    std::optional<std::int32_t> broker; // nullopt: the cluster-wide ones
};

// A write whose caller waits for its commit: `done` gets the Status of the batch.
struct SecurityOp {
    SavedSecurity security;
    std::shared_ptr<std::promise<Status>> done;
    bool listenersOnly = false; // only security.listeners and security.tls (saveListeners)
};

// One queued write, as Catalog's write calls describe it.
struct CatalogWriteOp {
    std::variant<BrokerRecord, TopicRecord, DeleteTopicOp, PartitionRecord, ClusterIdOp, NextProducerIdOp,
                 BrokerConfigsOp, EventRecord, std::vector<MetricSample>, SecurityOp>
        value;
};

struct CatalogRetention {
    MetricsRetention metrics;
    std::int64_t eventsMs = 0;
    std::int64_t maxEvents = 0;
};

// What the catalog's writer thread does with the write connection: applies batches of
// queued writes and prunes old data. Not thread-safe: only the writer thread uses it once
// the thread runs.
class CatalogWriter {
public:
    CatalogWriter(std::unique_ptr<SqliteDb> db, const CatalogRetention &retention);
    ~CatalogWriter();
    CatalogWriter(const CatalogWriter &) = delete;
    CatalogWriter &operator=(const CatalogWriter &) = delete;

    // Applies `ops` in order in one transaction: all of them or, on error, none (the
    // Status names the file and the write that failed). 1-minute metric rows are written
    // once their minute is over at `nowMs`, or all of them when `allMinutes` (a flush).
    Status apply(const std::vector<CatalogWriteOp> &ops, std::int64_t nowMs, bool allMinutes);

    // Writes every held 1-minute row, then deletes what has outlived its retention at
    // `nowMs`, in one transaction.
    Status prune(std::int64_t nowMs);

    [[nodiscard]] SqliteDb &db() { return *m_db; }

private:
    Status applyOne(const CatalogWriteOp &op, std::vector<const std::vector<MetricSample> *> &samples);

    std::unique_ptr<SqliteDb> m_db;
    const CatalogRetention m_retention;
    MetricsWriter m_metrics;
};

} // namespace es
