#pragma once

// Broker configs of a remote cluster through librdkafka's Admin API (DescribeConfigs and
// AlterConfigs on broker resources), answered as the embedded cluster answers them.

#include "cluster/broker_configs.h"
#include "cluster/controller.h"
#include "connection/broker_config_view.h"

#include <librdkafka/rdkafka.h>

#include <optional>
#include <vector>

namespace es {

// Every config of broker `broker`, sorted by name (librdkafka sends the request to that
// broker, as Kafka wants). Kafka's descriptions are not asked for by librdkafka 2.0, so
// those of the configs Eventscope knows are filled in from its own table.
Result<std::vector<BrokerConfigDescription>> remoteDescribeBrokerConfigs(rd_kafka_t *rk, std::int32_t broker,
                                                                         int timeoutMs);

// Sets or deletes dynamic broker configs of `broker`. Cluster-wide (nullopt) is refused with
// InvalidRequest, saying why: librdkafka 2.0 cannot address the broker resource "".
AdminResult remoteAlterBrokerConfigs(rd_kafka_t *rk, std::optional<std::int32_t> broker,
                                     const BrokerConfigChanges &changes, bool validateOnly, int timeoutMs);

} // namespace es
