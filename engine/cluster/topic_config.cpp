#include "cluster/topic_config.h"

#include <charconv>
#include <limits>

namespace es {

namespace {

struct Spec {
    std::string_view name;
    std::string_view defaultValue;
    std::string_view doc;
};

const Spec kSpecs[] = {
    {"cleanup.policy", "delete", "delete: drop old segments; compact: keep the latest record per key; or both"},
    {"retention.ms", "604800000", "How long records are kept before their segment is deleted (-1: forever)"},
    {"retention.bytes", "-1", "The most bytes a partition keeps before old segments are deleted (-1: no limit)"},
    {"segment.bytes", "1073741824", "The size at which a partition's active segment is closed and a new one started"},
    {"segment.ms", "604800000", "The age at which the active segment is rolled even if not full"},
    {"delete.retention.ms", "86400000", "How long tombstones stay in a compacted topic"},
    {"min.insync.replicas", "1", "The fewest in-sync replicas that must have a record before acks=all succeeds"},
    {"max.message.bytes", "1048588", "The largest record batch the topic accepts"},
    {"message.timestamp.type", "CreateTime", "CreateTime: the producer's timestamp; LogAppendTime: the broker's"},
    {"message.timestamp.difference.max.ms", "9223372036854775807",
     "How far a CreateTime record's timestamp may lie from the broker's clock before the produce is refused"},
    {"flush.messages", "9223372036854775807", "1 forces an fsync per batch; otherwise data is flushed periodically"},
    {"flush.ms", "1000", "How often unflushed data is forced to disk"},
    {"index.interval.bytes", "4096", "How many bytes of log lie between offset index entries"},
    {"unclean.leader.election.enable", "false", "Whether an out-of-sync replica may become leader (losing data)"},
};

const Spec *findSpec(std::string_view name)
{
    for (const auto &s : kSpecs)
        if (s.name == name)
            return &s;
    return nullptr;
}

std::optional<std::int64_t> parseLong(std::string_view v)
{
    std::int64_t out = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || p != v.data() + v.size())
        return std::nullopt;
    return out;
}

Status invalid(std::string_view name, std::string_view value, std::string_view why)
{
    return Status::invalidArgument("invalid value \"" + std::string(value) + "\" for " + std::string(name) + ": " +
                                   std::string(why));
}

Status validate(std::string_view name, std::string_view value)
{
    if (!findSpec(name))
        return Status::invalidArgument("unknown topic config \"" + std::string(name) + "\"");
    if (name == "cleanup.policy") {
        if (value == "delete" || value == "compact" || value == "compact,delete" || value == "delete,compact")
            return Status::ok();
        return invalid(name, value, "expected delete, compact or compact,delete");
    }
    if (name == "message.timestamp.type") {
        if (value == "CreateTime" || value == "LogAppendTime")
            return Status::ok();
        return invalid(name, value, "expected CreateTime or LogAppendTime");
    }
    if (name == "unclean.leader.election.enable") {
        if (value == "true" || value == "false")
            return Status::ok();
        return invalid(name, value, "expected true or false");
    }
    const auto v = parseLong(value);
    if (!v)
        return invalid(name, value, "not a whole number");
    if ((name == "retention.ms" || name == "retention.bytes") && *v < -1)
        return invalid(name, value, "must be -1 or more");
    if (name == "segment.bytes" && *v < 14)
        return invalid(name, value, "must be at least 14");
    if (name == "segment.ms" && *v < 1)
        return invalid(name, value, "must be at least 1");
    if (name == "min.insync.replicas" && (*v < 1 || *v > std::numeric_limits<std::int32_t>::max()))
        return invalid(name, value, "must be at least 1");
    if ((name == "max.message.bytes" || name == "index.interval.bytes") &&
        (*v < 0 || *v > std::numeric_limits<std::int32_t>::max()))
        return invalid(name, value, "must be between 0 and 2147483647");
    if ((name == "delete.retention.ms" || name == "flush.ms" || name == "message.timestamp.difference.max.ms") &&
        *v < 0)
        return invalid(name, value, "must be 0 or more");
    if (name == "flush.messages" && *v < 1)
        return invalid(name, value, "must be at least 1");
    return Status::ok();
}

} // namespace

Result<TopicConfig> TopicConfig::fromOverrides(const std::map<std::string, std::string> &overrides)
{
    TopicConfig c;
    for (const auto &[k, v] : overrides)
        ES_RETURN_IF_ERROR(c.set(k, v));
    return c;
}

Status TopicConfig::set(const std::string &name, const std::optional<std::string> &value)
{
    if (!value) {
        if (!findSpec(name))
            return Status::invalidArgument("unknown topic config \"" + name + "\"");
        m_overrides.erase(name);
        return Status::ok();
    }
    ES_RETURN_IF_ERROR(validate(name, *value));
    m_overrides[name] = *value;
    return Status::ok();
}

static std::string effective(const std::map<std::string, std::string> &o, std::string_view name)
{
    auto it = o.find(std::string(name));
    return it != o.end() ? it->second : std::string(findSpec(name)->defaultValue);
}

LogConfig TopicConfig::logConfig() const
{
    LogConfig c;
    auto num = [&](std::string_view n) { return parseLong(effective(m_overrides, n)).value_or(0); };
    const std::string policy = effective(m_overrides, "cleanup.policy");
    c.cleanupPolicy = policy == "delete"    ? CleanupPolicy::Delete
                      : policy == "compact" ? CleanupPolicy::Compact
                                            : CleanupPolicy::CompactAndDelete;
    c.retentionMs = num("retention.ms");
    c.retentionBytes = num("retention.bytes");
    c.segmentBytes = num("segment.bytes");
    c.segmentMs = num("segment.ms");
    c.deleteRetentionMs = num("delete.retention.ms");
    c.maxMessageBytes = static_cast<std::int32_t>(num("max.message.bytes"));
    c.timestampType = effective(m_overrides, "message.timestamp.type") == "LogAppendTime" ? TimestampType::LogAppendTime
                                                                                           : TimestampType::CreateTime;
    c.timestampDifferenceMaxMs = num("message.timestamp.difference.max.ms");
    c.flushPolicy = num("flush.messages") == 1 ? FlushPolicy::PerBatch : FlushPolicy::Periodic;
    c.flushIntervalMs = num("flush.ms");
    c.indexIntervalBytes = static_cast<std::int32_t>(num("index.interval.bytes"));
    return c;
}

int TopicConfig::minInsyncReplicas() const
{
    return static_cast<int>(parseLong(effective(m_overrides, "min.insync.replicas")).value_or(1));
}

bool TopicConfig::uncleanLeaderElection(bool clusterDefault) const
{
    auto it = m_overrides.find("unclean.leader.election.enable");
    return it == m_overrides.end() ? clusterDefault : it->second == "true";
}

std::vector<ConfigEntry> TopicConfig::describe() const
{
    std::vector<ConfigEntry> out;
    for (const auto &s : kSpecs) {
        auto it = m_overrides.find(std::string(s.name));
        out.push_back({std::string(s.name), it != m_overrides.end() ? it->second : std::string(s.defaultValue),
                       it == m_overrides.end(), std::string(s.doc)});
    }
    return out;
}

const std::vector<std::string_view> &TopicConfig::supportedNames()
{
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> v;
        for (const auto &s : kSpecs)
            v.push_back(s.name);
        return v;
    }();
    return names;
}

} // namespace es
