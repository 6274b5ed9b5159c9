#pragma once

#include "cluster/cluster_snapshot.h"
#include "connection/request_stats.h"

#include <string>
#include <vector>

namespace es::control {

// The cluster's metrics in Prometheus' text exposition format (version 0.0.4), named as
// Kafka's JMX exporter names them so that existing dashboards and alerts read them:
// messages and bytes in and out per topic and broker, under-replicated and offline
// partitions, ISR shrinks and expands, request latency histograms per API, consumer group
// lag per partition, the active controller, log size per partition.
std::string renderPrometheusMetrics(const ClusterSnapshot &snapshot,
                                    const std::vector<BrokerRequestStats> &requests);

} // namespace es::control
