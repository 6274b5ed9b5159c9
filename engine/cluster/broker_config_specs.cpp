#include "cluster/broker_config_specs.h"

#include "security/listener_config.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>

namespace es {

namespace {

using T = TopicConfigType;
constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kMinuteMs = 60'000;

// Kept sorted by name. The read-only ones' defaults are ClusterConfig's (a test holds
// them equal); the topic defaults' are the topic configs' own (topic_config_specs.cpp).
const BrokerConfigSpec kSpecs[] = {
    {"auto.create.topics.enable", T::Boolean, "true", false, "", 1,
     "Whether producing to or asking metadata for an unknown topic creates it"},
    {"auto.leader.rebalance.enable", T::Boolean, "true", false, "", 1,
     "Whether the controller moves leadership back to preferred replicas on its own"},
    {"compression.type", T::String, "producer", true, "compression.type", 1,
     "The default codec of topics: producer keeps the producer's"},
    {"default.replication.factor", T::Int, "3", false, "", 1,
     "The replication factor of auto-created topics and of topics created without one (capped at the "
     "brokers alive)"},
    {"group.initial.rebalance.delay.ms", T::Int, "3000", false, "", 1,
     "How long a new group waits for more members before its first rebalance"},
    {"group.max.session.timeout.ms", T::Int, "1800000", false, "", 1,
     "The longest session timeout a consumer may ask for"},
    {"group.min.session.timeout.ms", T::Int, "6000", false, "", 1,
     "The shortest session timeout a consumer may ask for"},
    {"leader.imbalance.check.interval.seconds", T::Long, "5", false, "", 1,
     "How often the controller looks for partitions not led by their preferred replica"},
    {"leader.imbalance.per.broker.percentage", T::Int, "10", false, "", 1,
     "The share of a broker's preferred partitions led elsewhere above which the controller moves them back"},
    {"listener.security.protocol.map", T::String, security::kDefaultListenerProtocolMap, false, "", 1,
     "The security protocol of each listener name, as NAME:PROTOCOL pairs separated by commas"},
    {"log.cleaner.delete.retention.ms", T::Long, "86400000", true, "delete.retention.ms", 1,
     "The default of delete.retention.ms: how long tombstones stay in a compacted topic"},
    {"log.cleaner.max.compaction.lag.ms", T::Long, "9223372036854775807", true, "max.compaction.lag.ms", 1,
     "The default of max.compaction.lag.ms (no effect here)"},
    {"log.cleaner.min.cleanable.ratio", T::Double, "0.5", true, "min.cleanable.dirty.ratio", 1,
     "The default of min.cleanable.dirty.ratio (no effect here)"},
    {"log.cleaner.min.compaction.lag.ms", T::Long, "0", true, "min.compaction.lag.ms", 1,
     "The default of min.compaction.lag.ms (no effect here)"},
    {"log.cleanup.policy", T::List, "delete", true, "cleanup.policy", 1,
     "The default of cleanup.policy: delete, compact or both"},
    {"log.flush.interval.messages", T::Long, "9223372036854775807", true, "flush.messages", 1,
     "The default of flush.messages: 1 forces an fsync per batch"},
    {"log.flush.interval.ms", T::Long, "1000", true, "flush.ms", 1,
     "The default of flush.ms: how often unflushed data is forced to disk"},
    {"log.index.interval.bytes", T::Int, "4096", true, "index.interval.bytes", 1,
     "The default of index.interval.bytes"},
    {"log.index.size.max.bytes", T::Int, "10485760", true, "segment.index.bytes", 1,
     "The default of segment.index.bytes (no effect here)"},
    {"log.message.downconversion.enable", T::Boolean, "true", true, "message.downconversion.enable", 1,
     "The default of message.downconversion.enable (no effect here)"},
    {"log.message.timestamp.difference.max.ms", T::Long, "9223372036854775807", true,
     "message.timestamp.difference.max.ms", 1, "The default of message.timestamp.difference.max.ms"},
    {"log.message.timestamp.type", T::String, "CreateTime", true, "message.timestamp.type", 1,
     "The default of message.timestamp.type: CreateTime or LogAppendTime"},
    {"log.preallocate", T::Boolean, "false", true, "preallocate", 1,
     "The default of preallocate (no effect here)"},
    {"log.retention.bytes", T::Long, "-1", true, "retention.bytes", 1,
     "The default of retention.bytes: the most bytes a partition keeps (-1: no limit)"},
    {"log.retention.check.interval.ms", T::Long, "300000", false, "", 1,
     "How often each broker deletes segments past their retention"},
    {"log.retention.hours", T::Int, "168", true, "retention.ms", kHourMs,
     "The default of retention.ms in hours, when neither log.retention.ms nor log.retention.minutes is set"},
    {"log.retention.minutes", T::Int, std::nullopt, true, "retention.ms", kMinuteMs,
     "The default of retention.ms in minutes, when log.retention.ms is not set"},
    {"log.retention.ms", T::Long, std::nullopt, true, "retention.ms", 1,
     "The default of retention.ms: how long records are kept (-1: forever)"},
    {"log.roll.hours", T::Int, "168", true, "segment.ms", kHourMs,
     "The default of segment.ms in hours, when log.roll.ms is not set"},
    {"log.roll.jitter.hours", T::Int, "0", true, "segment.jitter.ms", kHourMs,
     "The default of segment.jitter.ms in hours (no effect here)"},
    {"log.roll.jitter.ms", T::Long, std::nullopt, true, "segment.jitter.ms", 1,
     "The default of segment.jitter.ms (no effect here)"},
    {"log.roll.ms", T::Long, std::nullopt, true, "segment.ms", 1,
     "The default of segment.ms: the age at which the active segment is rolled"},
    {"log.segment.bytes", T::Int, "1073741824", true, "segment.bytes", 1,
     "The default of segment.bytes: the size at which a segment is closed"},
    {"log.segment.delete.delay.ms", T::Long, "60000", true, "file.delete.delay.ms", 1,
     "The default of file.delete.delay.ms (no effect here)"},
    {"message.max.bytes", T::Int, "1048588", true, "max.message.bytes", 1,
     "The default of max.message.bytes: the largest record batch a topic accepts"},
    {"min.insync.replicas", T::Int, "1", true, "min.insync.replicas", 1,
     "The default of min.insync.replicas: in-sync replicas needed for acks=all"},
    {"num.partitions", T::Int, "3", false, "", 1,
     "The partition count of auto-created topics and of topics created without one"},
    {"offsets.topic.num.partitions", T::Int, "10", false, "", 1,
     "The partition count of __consumer_offsets when it is created"},
    {"offsets.topic.replication.factor", T::Int, "3", false, "", 1,
     "The replication factor of __consumer_offsets when it is created (capped at the brokers alive)"},
    {"replica.fetch.wait.max.ms", T::Int, "500", false, "", 1,
     "How long a follower's fetch waits at the leader for new records"},
    {"replica.lag.time.max.ms", T::Long, "3000", false, "", 1,
     "How long a follower may lag before it leaves the in-sync replicas"},
    {"transaction.abort.timed.out.transaction.cleanup.interval.ms", T::Long, "10000", false, "", 1,
     "How often the transaction coordinators abort transactions that ran past their timeout"},
    {"transaction.max.timeout.ms", T::Long, "900000", false, "", 1,
     "The longest transaction.timeout.ms a transactional producer may ask for"},
    {"transaction.state.log.num.partitions", T::Int, "10", false, "", 1,
     "The partition count of __transaction_state when it is created"},
    {"transaction.state.log.replication.factor", T::Int, "3", false, "", 1,
     "The replication factor of __transaction_state when it is created (capped at the brokers alive)"},
    {"transactional.id.expiration.ms", T::Long, "604800000", false, "", 1,
     "How long a transactional id without transactions is kept before it expires"},
    {"unclean.leader.election.enable", T::Boolean, "false", true, "unclean.leader.election.enable", 1,
     "The default of unclean.leader.election.enable: whether an out-of-sync replica may lead"},
};

Status invalid(std::string_view name, std::string_view value, std::string_view why)
{
    return Status::invalidArgument("invalid value \"" + std::string(value) + "\" for " + std::string(name) +
                                   ": " + std::string(why));
}

std::string_view trimmed(std::string_view v)
{
    while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front())))
        v.remove_prefix(1);
    while (!v.empty() && std::isspace(static_cast<unsigned char>(v.back())))
        v.remove_suffix(1);
    return v;
}

// The smallest value each read-only config (and each hours or minutes synonym) takes.
std::int64_t minimumOf(std::string_view name)
{
    if (name == "log.retention.hours" || name == "log.retention.minutes")
        return -1;
    if (name == "log.roll.jitter.hours" || name == "group.initial.rebalance.delay.ms" ||
        name == "leader.imbalance.per.broker.percentage" || name == "group.min.session.timeout.ms")
        return 0;
    return 1;
}

// A read-only config, or a synonym in hours or minutes: not a topic config's own check.
Result<std::string> checkOwnValue(const BrokerConfigSpec &spec, std::string_view value)
{
    if (spec.type == T::Boolean) {
        std::string lower(value);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (lower != "true" && lower != "false")
            return invalid(spec.name, value, "expected true or false");
        return lower;
    }
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
    if (ec != std::errc() || p != value.data() + value.size())
        return invalid(spec.name, value, "not a whole number");
    if (spec.type == T::Int && v > std::numeric_limits<std::int32_t>::max())
        return invalid(spec.name, value, "does not fit a 32-bit integer");
    if (v < minimumOf(spec.name))
        return invalid(spec.name, value, "must be at least " + std::to_string(minimumOf(spec.name)));
    return std::string(value);
}

} // namespace

std::span<const BrokerConfigSpec> brokerConfigSpecs() { return kSpecs; }

const BrokerConfigSpec *findBrokerConfigSpec(std::string_view name)
{
    for (const auto &s : kSpecs)
        if (s.name == name)
            return &s;
    return nullptr;
}

Result<std::string> validateBrokerConfig(std::string_view name, std::string_view value)
{
    const BrokerConfigSpec *spec = findBrokerConfigSpec(name);
    if (!spec)
        return Status::invalidArgument("unknown broker config \"" + std::string(name) + "\"");
    if (!spec->topicConfig.empty() && spec->unitMs == 1)
        return validateTopicConfigAs(spec->topicConfig, name, value);
    if (name == "listener.security.protocol.map") {
        if (auto map = security::parseListenerProtocolMap(value); !map)
            return invalid(name, value, map.status().message());
        return std::string(trimmed(value));
    }
    return checkOwnValue(*spec, spec->type == T::List ? value : trimmed(value));
}

} // namespace es
