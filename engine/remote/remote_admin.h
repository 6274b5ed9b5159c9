#pragma once

// The admin commands of a remote cluster, through librdkafka's Admin API, answered as the
// embedded cluster answers them (AdminResult: Kafka's error code and message).

#include "cluster/controller.h"
#include "cluster/topic_partition.h"
#include "common/status.h"

#include <librdkafka/rdkafka.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace es {

AdminResult remoteCreateTopic(rd_kafka_t *rk, const CreateTopicSpec &spec, int timeoutMs);
AdminResult remoteDeleteTopic(rd_kafka_t *rk, const std::string &name, int timeoutMs);
AdminResult remoteCreatePartitions(rd_kafka_t *rk, const std::string &name, int totalCount, int timeoutMs);
// librdkafka 2.0 has only the whole-set AlterConfigs: the topic's current overrides are read,
// `changes` applied to them (nullopt removes one), and the result written as the new set.
AdminResult remoteAlterTopicConfigs(rd_kafka_t *rk, const std::string &name,
                                    const std::map<std::string, std::optional<std::string>> &changes,
                                    int timeoutMs);

// DeleteRecords below `offset` (-1: below the high watermark); the new log start offset.
Result<std::int64_t> remoteDeleteRecords(rd_kafka_t *rk, const TopicPartition &tp, std::int64_t offset,
                                         int timeoutMs);
// AlterConsumerGroupOffsets; NonEmptyGroup (with the coordinator's message) while the
// group has active members.
AdminResult remoteResetGroupOffsets(rd_kafka_t *rk, const std::string &groupId,
                                    const std::map<TopicPartition, std::int64_t> &offsets, int timeoutMs);
AdminResult remoteDeleteGroupOffsets(rd_kafka_t *rk, const std::string &groupId,
                                     const std::vector<TopicPartition> &partitions, int timeoutMs);
AdminResult remoteDeleteGroup(rd_kafka_t *rk, const std::string &groupId, int timeoutMs);

} // namespace es
