#pragma once

// The consumer protocol: what a consumer puts in JoinGroup metadata (its subscription) and
// what the leader hands each member through SyncGroup (its assignment), byte for byte as
// Kafka's ConsumerProtocolSubscription and ConsumerProtocolAssignment, versions 0-3.
// consumer_protocol.md describes the layouts. The broker reads only the topics; the client
// reads and writes all of it.

#include "cluster/topic_partition.h"
#include "common/buffer.h"
#include "common/status.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es {

inline constexpr std::string_view kConsumerProtocolType = "consumer";
inline constexpr std::int16_t kConsumerProtocolMaxVersion = 3;

// One topic's partitions, as the protocol groups them.
struct TopicPartitions {
    std::string topic;
    std::vector<std::int32_t> partitions;

    bool operator==(const TopicPartitions &) const = default;
};

struct ConsumerSubscription {
    std::int16_t version = kConsumerProtocolMaxVersion;
    std::vector<std::string> topics;
    std::optional<Bytes> userData;
    std::vector<TopicPartitions> ownedPartitions; // version 1+
    std::int32_t generationId = -1;               // version 2+; -1 when unknown
    std::optional<std::string> rackId;            // version 3+

    bool operator==(const ConsumerSubscription &) const = default;
};

// Versions 0-3 share one layout; the version follows the subscription's.
struct ConsumerAssignment {
    std::int16_t version = kConsumerProtocolMaxVersion;
    std::vector<TopicPartitions> assignedPartitions;
    std::optional<Bytes> userData;

    bool operator==(const ConsumerAssignment &) const = default;
};

// Encoders write the fields of the value's version and leave newer fields out.
// InvalidArgument for a version outside 0-3 or a string over 32767 bytes.
Result<Bytes> encodeSubscription(const ConsumerSubscription &subscription);
Result<Bytes> encodeAssignment(const ConsumerAssignment &assignment);

// Decoders. Corruption for truncated or malformed input or a negative version. As in Kafka,
// a version above 3 is read as version 3 (newer versions only append fields) and the
// decoded value says 3; bytes after the last known field are ignored.
Result<ConsumerSubscription> decodeSubscription(ByteView bytes);
Result<ConsumerAssignment> decodeAssignment(ByteView bytes);

// The topics of a subscription, nullopt when the bytes are not one. The broker reads them
// only to know which topics a group consumes (Kafka: GroupMetadata.computeSubscribedTopics).
std::optional<std::vector<std::string>> subscriptionTopics(ByteView metadata);

// Between the protocol's per-topic grouping and flat lists. groupByTopic sorts by topic and
// partition; flatten keeps the order it is given.
std::vector<TopicPartitions> groupByTopic(std::vector<TopicPartition> partitions);
// The partitions a consumer-protocol assignment names, in topic and partition order; empty
// when the bytes are empty or do not decode.
std::vector<TopicPartition> assignedPartitionsOf(const Bytes &assignment);
std::vector<TopicPartition> flatten(const std::vector<TopicPartitions> &grouped);

} // namespace es
