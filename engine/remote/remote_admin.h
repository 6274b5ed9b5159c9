#pragma once

// The admin commands of a remote cluster, through librdkafka's Admin API, answered as the
// embedded cluster answers them (AdminResult: Kafka's error code and message).

#include "cluster/controller.h"

#include <librdkafka/rdkafka.h>

#include <map>
#include <optional>
#include <string>

namespace es {

AdminResult remoteCreateTopic(rd_kafka_t *rk, const CreateTopicSpec &spec, int timeoutMs);
AdminResult remoteDeleteTopic(rd_kafka_t *rk, const std::string &name, int timeoutMs);
AdminResult remoteCreatePartitions(rd_kafka_t *rk, const std::string &name, int totalCount, int timeoutMs);
// librdkafka 2.0 has only the whole-set AlterConfigs: the topic's current overrides are read,
// `changes` applied to them (nullopt removes one), and the result written as the new set.
AdminResult remoteAlterTopicConfigs(rd_kafka_t *rk, const std::string &name,
                                    const std::map<std::string, std::optional<std::string>> &changes,
                                    int timeoutMs);

} // namespace es
