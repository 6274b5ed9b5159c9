#pragma once

// The names of the metrics history's series: built here and read back here, nowhere else
// (catalog_format.md, "Metrics"). A name is a scope, then a metric:
//
//   cluster/<metric>                      cluster/under_replicated
//   broker:<id>/<metric>                  broker:2/records_in_per_s
//   topic:<topic>/<metric>                topic:orders/bytes_out_per_s
//   partition:<topic>-<partition>/<metric> partition:orders-3/records_in_per_s
//   group:<group>/lag                     a group's total lag
//   group:<group>/lag/<topic>-<partition> its lag on one partition
//
// Topic names never hold '/' or ':', so a topic name ends where the metric begins. Group
// ids may hold anything: a group's names are read from their end.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace es {

enum class SeriesMetric : std::uint8_t {
    RecordsInPerSec,
    RecordsOutPerSec,
    BytesInPerSec,
    BytesOutPerSec,
    ProduceP50Ms,
    ProduceP99Ms,
    ProduceRequestsPerSec,
    FetchRequestsPerSec,
    UnderReplicated, // cluster: partitions with fewer in-sync replicas than replicas
    Offline,         // cluster: partitions without a live leader
    Lag,             // group: committed offsets behind the high watermarks
};

enum class SeriesScope : std::uint8_t { Cluster, Broker, Topic, Partition, Group, GroupPartition };

// One series, its name taken apart. Fields a scope does not use are left as they are.
struct SeriesName {
    SeriesScope scope = SeriesScope::Cluster;
    SeriesMetric metric = SeriesMetric::RecordsInPerSec;
    std::int32_t broker = -1;    // Broker
    std::string topic{};         // Topic, Partition, GroupPartition
    std::int32_t partition = -1; // Partition, GroupPartition
    std::string group{};         // Group, GroupPartition

    bool operator==(const SeriesName &) const = default;
};

std::string seriesName(const SeriesName &series);
// nullopt for a name this build does not write (an older or newer one's).
std::optional<SeriesName> parseSeriesName(std::string_view name);

std::string clusterSeries(SeriesMetric metric);
std::string brokerSeries(std::int32_t broker, SeriesMetric metric);
std::string topicSeries(std::string_view topic, SeriesMetric metric);
std::string partitionSeries(std::string_view topic, std::int32_t partition, SeriesMetric metric);
std::string groupLagSeries(std::string_view group);
std::string groupPartitionLagSeries(std::string_view group, std::string_view topic, std::int32_t partition);

// What every series of a scope starts with, for listing them (Catalog::seriesNames): all
// brokers' series, all topics', one group's per-partition lag.
std::string_view scopePrefix(SeriesScope scope);
std::string groupPartitionLagPrefix(std::string_view group);

// Series of consumer groups keep their 1-second rows longer (MetricsRetention::rawGroupMs).
bool isGroupSeries(std::string_view name);

} // namespace es
