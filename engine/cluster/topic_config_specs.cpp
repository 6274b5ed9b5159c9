#include "cluster/topic_config_specs.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <regex>
#include <vector>

namespace es {

namespace {

using T = TopicConfigType;

// Defaults and ranges as Kafka 3.6's LogConfig defines them; kept sorted by name.
const TopicConfigSpec kSpecs[] = {
    {"cleanup.policy", T::List, "delete",
     "delete: drop old segments; compact: keep the latest record per key; or both", true},
    {"compression.type", T::String, "producer",
     "producer: keep the producer's codec; uncompressed, gzip, snappy, lz4, zstd: the broker recompresses to "
     "it",
     true},
    {"delete.retention.ms", T::Long, "86400000", "How long tombstones stay in a compacted topic", true},
    {"file.delete.delay.ms", T::Long, "60000", "Kafka's wait before deleting a file (no effect here)", false},
    {"flush.messages", T::Long, "9223372036854775807",
     "1 forces an fsync per batch; otherwise data is flushed periodically", true},
    {"flush.ms", T::Long, "1000", "How often unflushed data is forced to disk", true},
    {"follower.replication.throttled.replicas", T::List, "",
     "Replicas whose follower traffic is throttled (no effect here)", false},
    {"index.interval.bytes", T::Int, "4096", "How many bytes of log lie between offset index entries", true},
    {"leader.replication.throttled.replicas", T::List, "",
     "Replicas whose leader traffic is throttled (no effect here)", false},
    {"local.retention.bytes", T::Long, "-2", "Tiered storage: bytes kept locally (no effect here)", false},
    {"local.retention.ms", T::Long, "-2", "Tiered storage: time kept locally (no effect here)", false},
    {"max.compaction.lag.ms", T::Long, "9223372036854775807",
     "The longest a record stays uncompacted (no effect here: compaction runs at every retention check)",
     false},
    {"max.message.bytes", T::Int, "1048588", "The largest record batch the topic accepts", true},
    {"message.downconversion.enable", T::Boolean, "true",
     "Whether old fetch versions get down-converted records (no effect here)", false},
    {"message.format.version", T::String, "3.0-IV1", "Deprecated in Kafka 3.0 and ignored (no effect here)",
     false},
    {"message.timestamp.difference.max.ms", T::Long, "9223372036854775807",
     "How far a CreateTime record's timestamp may lie from the broker's clock before the produce is refused",
     true},
    {"message.timestamp.type", T::String, "CreateTime",
     "CreateTime: the producer's timestamp; LogAppendTime: the broker's", true},
    {"min.cleanable.dirty.ratio", T::Double, "0.5",
     "The dirty share of a log before it is compacted (no effect here: compaction runs at every retention "
     "check)",
     false},
    {"min.compaction.lag.ms", T::Long, "0", "The youngest a record may be compacted (no effect here)", false},
    {"min.insync.replicas", T::Int, "1",
     "The fewest in-sync replicas that must have a record before acks=all succeeds", true},
    {"preallocate", T::Boolean, "false", "Whether segment files are preallocated (no effect here)", false},
    {"remote.storage.enable", T::Boolean, "false",
     "Tiered storage, which this cluster does not have: only false", false},
    {"retention.bytes", T::Long, "-1",
     "The most bytes a partition keeps before old segments are deleted (-1: no limit)", true},
    {"retention.ms", T::Long, "604800000",
     "How long records are kept before their segment is deleted (-1: forever)", true},
    {"segment.bytes", T::Int, "1073741824",
     "The size at which a partition's active segment is closed and a new one started", true},
    {"segment.index.bytes", T::Int, "10485760", "The size of a segment's index files (no effect here)",
     false},
    {"segment.jitter.ms", T::Long, "0", "A random reduction of segment.ms (no effect here)", false},
    {"segment.ms", T::Long, "604800000", "The age at which the active segment is rolled even if not full",
     true},
    {"unclean.leader.election.enable", T::Boolean, "false",
     "Whether an out-of-sync replica may become leader (losing data)", true},
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

std::vector<std::string_view> listItems(std::string_view v)
{
    std::vector<std::string_view> items;
    while (!v.empty()) {
        const auto comma = v.find(',');
        items.push_back(trimmed(v.substr(0, comma)));
        v = comma == std::string_view::npos ? std::string_view() : v.substr(comma + 1);
    }
    return items;
}

std::optional<std::int64_t> parseLong(std::string_view v)
{
    std::int64_t out = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || p != v.data() + v.size())
        return std::nullopt;
    return out;
}

// Kafka's ThrottledReplicaListValidator: "*", or partition:broker pairs.
bool isThrottledReplicaList(std::string_view v)
{
    if (v == "*")
        return true;
    static const std::regex pair(R"(\s*\d+\s*:\s*\d+\s*)");
    for (std::string_view item : listItems(v))
        if (!std::regex_match(item.begin(), item.end(), pair))
            return false;
    return true;
}

// What MetadataVersion.fromVersionString accepts: 0.8.0 to 3.x, optionally "-IVn".
bool isMessageFormatVersion(std::string_view v)
{
    static const std::regex version(R"((0\.(8|9|10|11)(\.\d+)?|[123]\.\d+(\.\d+)?)(-IV\d+)?)");
    return std::regex_match(v.begin(), v.end(), version);
}

// The range check of each numeric config, as Kafka's validators state it.
// `config` names the topic config whose range applies, `name` the config as the user named it.
Status checkRange(std::string_view config, std::string_view name, std::string_view value, std::int64_t v)
{
    auto atLeast = [&](std::int64_t min) {
        return v >= min ? Status::ok() : invalid(name, value, "must be at least " + std::to_string(min));
    };
    if (config == "retention.ms")
        return atLeast(-1);
    if (config == "local.retention.ms" || config == "local.retention.bytes")
        return atLeast(-2);
    if (config == "segment.bytes")
        return atLeast(14);
    if (config == "segment.index.bytes")
        return atLeast(4);
    if (config == "segment.ms" || config == "min.insync.replicas" || config == "flush.messages" ||
        config == "max.compaction.lag.ms")
        return atLeast(1);
    if (config == "retention.bytes")
        return Status::ok();
    return atLeast(0);
}

// `name` is the config as the user named it: the topic config, or its broker synonym.
Result<std::string> checkValue(const TopicConfigSpec &spec, std::string_view name, std::string_view value)
{
    switch (spec.type) {
    case T::Boolean: {
        std::string lower(value);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (lower != "true" && lower != "false")
            return invalid(name, value, "expected true or false");
        if (spec.name == "remote.storage.enable" && lower == "true")
            return invalid(name, value, "this cluster has no remote (tiered) storage");
        return lower;
    }
    case T::Int:
    case T::Long: {
        const auto v = parseLong(value);
        if (!v)
            return invalid(name, value, "not a whole number");
        if (spec.type == T::Int &&
            (*v < std::numeric_limits<std::int32_t>::min() || *v > std::numeric_limits<std::int32_t>::max()))
            return invalid(name, value, "does not fit a 32-bit integer");
        ES_RETURN_IF_ERROR(checkRange(spec.name, name, value, *v));
        return std::string(value);
    }
    case T::Double: {
        const std::string text(value);
        char *end = nullptr;
        const double v = std::strtod(text.c_str(), &end);
        if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(v))
            return invalid(name, value, "not a number");
        if (v < 0 || v > 1)
            return invalid(name, value, "must be between 0 and 1");
        return text;
    }
    case T::List: {
        if (spec.name == "cleanup.policy") {
            const auto items = listItems(value);
            if (items.empty() || !std::all_of(items.begin(), items.end(), [](std::string_view i) {
                    return i == "delete" || i == "compact";
                }))
                return invalid(name, value, "expected delete, compact or compact,delete");
            return std::string(value);
        }
        if (!isThrottledReplicaList(value))
            return invalid(name, value, "expected * or a list of partition:broker pairs");
        return std::string(value);
    }
    case T::String: break;
    }
    if (spec.name == "compression.type") {
        for (std::string_view codec : {"producer", "uncompressed", "gzip", "snappy", "lz4", "zstd"})
            if (value == codec)
                return std::string(value);
        return invalid(name, value, "expected producer, uncompressed, gzip, snappy, lz4 or zstd");
    }
    if (spec.name == "message.timestamp.type") {
        if (value == "CreateTime" || value == "LogAppendTime")
            return std::string(value);
        return invalid(name, value, "expected CreateTime or LogAppendTime");
    }
    if (spec.name == "message.format.version" && !isMessageFormatVersion(value))
        return invalid(name, value, "not a Kafka version such as 2.8 or 3.0-IV1");
    return std::string(value);
}

} // namespace

std::span<const TopicConfigSpec> topicConfigSpecs() { return kSpecs; }

const TopicConfigSpec *findTopicConfigSpec(std::string_view name)
{
    for (const auto &s : kSpecs)
        if (s.name == name)
            return &s;
    return nullptr;
}

Result<std::string> validateTopicConfig(std::string_view name, std::string_view value)
{
    const TopicConfigSpec *spec = findTopicConfigSpec(name);
    if (!spec)
        return Status::invalidArgument("unknown topic config \"" + std::string(name) + "\"");
    // Kafka trims every value before parsing it.
    return checkValue(*spec, name, spec->type == T::List ? value : trimmed(value));
}

Result<std::string> validateTopicConfigAs(std::string_view topicConfig, std::string_view shownName,
                                          std::string_view value)
{
    const TopicConfigSpec *spec = findTopicConfigSpec(topicConfig);
    if (!spec)
        return Status::invalidArgument("unknown topic config \"" + std::string(topicConfig) + "\"");
    return checkValue(*spec, shownName, spec->type == T::List ? value : trimmed(value));
}

} // namespace es
