#pragma once

// The admin commands of a remote cluster, through librdkafka's Admin API, answered as the
// embedded cluster answers them (AdminResult: Kafka's error code and message).

#include "cluster/controller.h"
#include "cluster/topic_partition.h"
#include "common/status.h"

#include <librdkafka/rdkafka.h>

#include <map>
#include <optional>
#include <stop_token>
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
// The partition's error as rdStatus maps it (NotFound for a partition that does not exist).
Result<std::int64_t> remoteDeleteRecords(rd_kafka_t *rk, const TopicPartition &tp, std::int64_t offset,
                                         int timeoutMs);
// AlterConsumerGroupOffsets (one group per call in librdkafka 2.0); the first partition's
// error, named (the partitions without one are set all the same, as Kafka does).
// NonEmptyGroup while the group has active members, naming them as far as the group's
// description tells.
// A stop ends the wait for the answer (RequestTimedOut).
AdminResult remoteResetGroupOffsets(rd_kafka_t *rk, const std::string &groupId,
                                    const std::map<TopicPartition, std::int64_t> &offsets, int timeoutMs,
                                    const std::stop_token &stop = {});
// DeleteConsumerGroupOffsets; the first partition's error, named (GroupSubscribedToTopic
// for a topic the group's members consume).
AdminResult remoteDeleteGroupOffsets(rd_kafka_t *rk, const std::string &groupId,
                                     const std::vector<TopicPartition> &partitions, int timeoutMs);
// DeleteGroups; NonEmptyGroup while the group has active members, naming them.
AdminResult remoteDeleteGroup(rd_kafka_t *rk, const std::string &groupId, int timeoutMs);

} // namespace es
