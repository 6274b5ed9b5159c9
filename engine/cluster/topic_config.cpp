#include "cluster/topic_config.h"

#include "cluster/topic_config_specs.h"

#include <charconv>
#include <limits>

namespace es {

namespace {

std::optional<std::int64_t> parseLong(std::string_view v)
{
    std::int64_t out = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || p != v.data() + v.size())
        return std::nullopt;
    return out;
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
        if (!findTopicConfigSpec(name))
            return Status::invalidArgument("unknown topic config \"" + name + "\"");
        m_overrides.erase(name);
        return Status::ok();
    }
    auto kept = validateTopicConfig(name, *value);
    if (!kept)
        return kept.status();
    m_overrides[name] = std::move(*kept);
    return Status::ok();
}

static std::string effective(const std::map<std::string, std::string> &o, std::string_view name)
{
    auto it = o.find(std::string(name));
    return it != o.end() ? it->second : std::string(findTopicConfigSpec(name)->defaultValue);
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
    const std::string codec = effective(m_overrides, "compression.type");
    if (codec == "uncompressed")
        c.compression = Compression::None;
    else if (codec != "producer")
        c.compression = parseCompression(codec).value();
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
    for (const auto &s : topicConfigSpecs()) {
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
        for (const auto &s : topicConfigSpecs())
            v.push_back(s.name);
        return v;
    }();
    return names;
}

} // namespace es
