#include "catalog/metric_series.h"

#include <array>
#include <charconv>
#include <utility>

namespace es {

namespace {

constexpr std::array<std::pair<SeriesMetric, std::string_view>, 11> kMetrics{{
    {SeriesMetric::RecordsInPerSec, "records_in_per_s"},
    {SeriesMetric::RecordsOutPerSec, "records_out_per_s"},
    {SeriesMetric::BytesInPerSec, "bytes_in_per_s"},
    {SeriesMetric::BytesOutPerSec, "bytes_out_per_s"},
    {SeriesMetric::ProduceP50Ms, "produce_p50_ms"},
    {SeriesMetric::ProduceP99Ms, "produce_p99_ms"},
    {SeriesMetric::ProduceRequestsPerSec, "produce_requests_per_s"},
    {SeriesMetric::FetchRequestsPerSec, "fetch_requests_per_s"},
    {SeriesMetric::UnderReplicated, "under_replicated"},
    {SeriesMetric::Offline, "offline"},
    {SeriesMetric::Lag, "lag"},
}};

constexpr std::string_view kLag = "lag";

std::string_view metricName(SeriesMetric metric)
{
    for (const auto &[m, name] : kMetrics)
        if (m == metric)
            return name;
    return {};
}

std::optional<SeriesMetric> metricFrom(std::string_view name)
{
    for (const auto &[m, n] : kMetrics)
        if (n == name)
            return m;
    return std::nullopt;
}

std::optional<std::int32_t> number(std::string_view text)
{
    std::int32_t v = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || p != text.data() + text.size() || v < 0)
        return std::nullopt;
    return v;
}

// "<topic>-<partition>" as TopicPartition::toString() writes it.
bool splitTopicPartition(std::string_view text, SeriesName &out)
{
    const auto dash = text.rfind('-');
    if (dash == std::string_view::npos || dash == 0)
        return false;
    const auto partition = number(text.substr(dash + 1));
    if (!partition)
        return false;
    out.topic = std::string(text.substr(0, dash));
    out.partition = *partition;
    return true;
}

std::string topicPartition(std::string_view topic, std::int32_t partition)
{
    return std::string(topic) + "-" + std::to_string(partition);
}

std::optional<SeriesName> parseGroup(std::string_view rest)
{
    SeriesName out;
    out.metric = SeriesMetric::Lag;
    if (rest.size() > kLag.size() + 1 && rest.ends_with(kLag) && rest[rest.size() - kLag.size() - 1] == '/') {
        out.scope = SeriesScope::Group;
        out.group = std::string(rest.substr(0, rest.size() - kLag.size() - 1));
        return out;
    }
    const auto at = rest.rfind("/lag/");
    if (at == std::string_view::npos || at == 0 || !splitTopicPartition(rest.substr(at + 5), out))
        return std::nullopt;
    out.scope = SeriesScope::GroupPartition;
    out.group = std::string(rest.substr(0, at));
    return out;
}

} // namespace

std::string_view scopePrefix(SeriesScope scope)
{
    switch (scope) {
    case SeriesScope::Cluster: return "cluster/";
    case SeriesScope::Broker: return "broker:";
    case SeriesScope::Topic: return "topic:";
    case SeriesScope::Partition: return "partition:";
    case SeriesScope::Group:
    case SeriesScope::GroupPartition: return "group:";
    }
    return {};
}

std::string seriesName(const SeriesName &s)
{
    const std::string metric(metricName(s.metric));
    std::string out(scopePrefix(s.scope));
    switch (s.scope) {
    case SeriesScope::Cluster: return out + metric;
    case SeriesScope::Broker: return out + std::to_string(s.broker) + "/" + metric;
    case SeriesScope::Topic: return out + s.topic + "/" + metric;
    case SeriesScope::Partition: return out + topicPartition(s.topic, s.partition) + "/" + metric;
    case SeriesScope::Group: return out + s.group + "/" + std::string(kLag);
    case SeriesScope::GroupPartition:
        return out + s.group + "/" + std::string(kLag) + "/" + topicPartition(s.topic, s.partition);
    }
    return out;
}

std::optional<SeriesName> parseSeriesName(std::string_view name)
{
    for (SeriesScope scope : {SeriesScope::Cluster, SeriesScope::Broker, SeriesScope::Topic,
                              SeriesScope::Partition, SeriesScope::Group}) {
        const std::string_view prefix = scopePrefix(scope);
        if (!name.starts_with(prefix))
            continue;
        const std::string_view rest = name.substr(prefix.size());
        if (scope == SeriesScope::Group)
            return parseGroup(rest);
        SeriesName out;
        out.scope = scope;
        const auto slash = scope == SeriesScope::Cluster ? std::string_view::npos : rest.find('/');
        const std::string_view subject =
            slash == std::string_view::npos ? std::string_view{} : rest.substr(0, slash);
        const auto metric = metricFrom(slash == std::string_view::npos ? rest : rest.substr(slash + 1));
        if (!metric || (scope != SeriesScope::Cluster && subject.empty()))
            return std::nullopt;
        out.metric = *metric;
        if (scope == SeriesScope::Broker) {
            const auto broker = number(subject);
            if (!broker)
                return std::nullopt;
            out.broker = *broker;
        } else if (scope == SeriesScope::Topic) {
            out.topic = std::string(subject);
        } else if (scope == SeriesScope::Partition && !splitTopicPartition(subject, out)) {
            return std::nullopt;
        }
        return out;
    }
    return std::nullopt;
}

std::string clusterSeries(SeriesMetric metric)
{
    return seriesName({.scope = SeriesScope::Cluster, .metric = metric});
}

std::string brokerSeries(std::int32_t broker, SeriesMetric metric)
{
    return seriesName({.scope = SeriesScope::Broker, .metric = metric, .broker = broker});
}

std::string topicSeries(std::string_view topic, SeriesMetric metric)
{
    return seriesName({.scope = SeriesScope::Topic, .metric = metric, .topic = std::string(topic)});
}

std::string partitionSeries(std::string_view topic, std::int32_t partition, SeriesMetric metric)
{
    return seriesName({.scope = SeriesScope::Partition,
                       .metric = metric,
                       .topic = std::string(topic),
                       .partition = partition});
}

std::string groupLagSeries(std::string_view group)
{
    return seriesName(
        {.scope = SeriesScope::Group, .metric = SeriesMetric::Lag, .group = std::string(group)});
}

std::string groupPartitionLagSeries(std::string_view group, std::string_view topic, std::int32_t partition)
{
    return seriesName({.scope = SeriesScope::GroupPartition,
                       .metric = SeriesMetric::Lag,
                       .topic = std::string(topic),
                       .partition = partition,
                       .group = std::string(group)});
}

std::string groupPartitionLagPrefix(std::string_view group) { return groupLagSeries(group) + "/"; }

bool isGroupSeries(std::string_view name) { return name.starts_with(scopePrefix(SeriesScope::Group)); }

} // namespace es
