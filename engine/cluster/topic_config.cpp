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

std::string TopicConfig::defaultOf(std::string_view name) const
{
    if (m_defaults)
        if (auto it = m_defaults->find(name); it != m_defaults->end())
            return it->second.value;
    return std::string(findTopicConfigSpec(name)->defaultValue);
}

LogConfig TopicConfig::logConfig() const
{
    LogConfig c;
    auto effective = [this](const std::map<std::string, std::string> &o, std::string_view n) {
        auto it = o.find(std::string(n));
        return it != o.end() ? it->second : defaultOf(n);
    };
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
    auto it = m_overrides.find("min.insync.replicas");
    return static_cast<int>(
        parseLong(it != m_overrides.end() ? it->second : defaultOf("min.insync.replicas")).value_or(1));
}

bool TopicConfig::uncleanLeaderElection(bool clusterDefault) const
{
    auto it = m_overrides.find("unclean.leader.election.enable");
    if (it != m_overrides.end())
        return it->second == "true";
    return m_defaults ? defaultOf("unclean.leader.election.enable") == "true" : clusterDefault;
}

std::vector<ConfigEntry> TopicConfig::describe() const
{
    std::vector<ConfigEntry> out;
    for (const auto &s : topicConfigSpecs()) {
        ConfigEntry e;
        e.name = std::string(s.name);
        e.documentation = std::string(s.doc);
        if (auto it = m_overrides.find(e.name); it != m_overrides.end()) {
            e.value = it->second;
            e.isDefault = false;
            e.source = ConfigSource::DynamicTopic;
            e.synonyms.push_back({e.name, e.value, ConfigSource::DynamicTopic});
        } else {
            e.value = defaultOf(s.name);
        }
        const TopicConfigDefault *broker = nullptr;
        if (m_defaults)
            if (auto it = m_defaults->find(s.name); it != m_defaults->end())
                broker = &it->second;
        if (broker) {
            if (e.isDefault)
                e.source = broker->source;
            e.synonyms.insert(e.synonyms.end(), broker->synonyms.begin(), broker->synonyms.end());
        } else if (e.isDefault) {
            e.synonyms.push_back({e.name, e.value, ConfigSource::Default});
        }
        out.push_back(std::move(e));
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
