#include "remote/admin_call.h"
#include "remote/remote_reader.h"

#include <algorithm>

namespace es {

namespace {
// Topics described per DescribeConfigs call.
constexpr std::size_t kTopicsPerCall = 200;

// librdkafka numbers its sources as Kafka's wire does, and so does ConfigSource.
ConfigSource configSource(const rd_kafka_ConfigEntry_t *entry)
{
    const int source = rd_kafka_ConfigEntry_source(entry);
    return source >= 0 && source <= static_cast<int>(ConfigSource::Default)
               ? static_cast<ConfigSource>(source)
               : ConfigSource::Unknown;
}

// Where the value would come from without the topic's override (the broker setting that
// sets its default), in Kafka's order.
std::vector<ConfigSynonym> synonymsOf(const rd_kafka_ConfigEntry_t *entry)
{
    std::vector<ConfigSynonym> out;
    size_t count = 0;
    const rd_kafka_ConfigEntry_t **synonyms = rd_kafka_ConfigEntry_synonyms(entry, &count);
    for (size_t i = 0; synonyms && i < count; ++i) {
        const char *value = rd_kafka_ConfigEntry_value(synonyms[i]);
        out.push_back({rd_kafka_ConfigEntry_name(synonyms[i]),
                       value ? std::optional<std::string>(value) : std::nullopt, configSource(synonyms[i])});
    }
    return out;
}

} // namespace

Result<std::map<std::string, std::vector<ConfigEntry>>>
readTopicConfigs(rd_kafka_t *rk, const std::vector<std::string> &topics, int timeoutMs)
{
    std::map<std::string, std::vector<ConfigEntry>> out;
    const std::size_t calls = (topics.size() + kTopicsPerCall - 1) / kTopicsPerCall;
    const auto answers = awaitAdminAll(
        rk, calls,
        [&](std::size_t call, rd_kafka_queue_t *queue) {
            std::vector<rd_kafka_ConfigResource_t *> resources;
            const std::size_t end = std::min(topics.size(), (call + 1) * kTopicsPerCall);
            for (std::size_t i = call * kTopicsPerCall; i < end; ++i)
                resources.push_back(rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topics[i].c_str()));
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, timeoutMs);
            rd_kafka_DescribeConfigs(rk, resources.data(), resources.size(), options.get(), queue);
            rd_kafka_ConfigResource_destroy_array(resources.data(), resources.size());
        },
        timeoutMs);
    if (answers.size() < calls)
        return Status::timedOut("the cluster did not describe every topic's configs in time");
    for (const auto &event : answers) {
        if (const auto err = rd_kafka_event_error(event.get()))
            return rdStatus(err, "reading topic configs");
        size_t count = 0;
        const rd_kafka_ConfigResource_t **resources = rd_kafka_DescribeConfigs_result_resources(
            rd_kafka_event_DescribeConfigs_result(event.get()), &count);
        for (size_t i = 0; i < count; ++i) {
            if (rd_kafka_ConfigResource_error(resources[i]))
                continue;
            size_t n = 0;
            const rd_kafka_ConfigEntry_t **entries = rd_kafka_ConfigResource_configs(resources[i], &n);
            auto &configs = out[rd_kafka_ConfigResource_name(resources[i])];
            for (size_t j = 0; j < n; ++j) {
                const char *value = rd_kafka_ConfigEntry_value(entries[j]);
                configs.push_back({.name = rd_kafka_ConfigEntry_name(entries[j]),
                                   .value = value ? value : "",
                                   .isDefault = rd_kafka_ConfigEntry_source(entries[j]) !=
                                                RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG,
                                   .documentation = {},
                                   .source = configSource(entries[j]),
                                   .synonyms = synonymsOf(entries[j])});
            }
            std::sort(configs.begin(), configs.end(),
                      [](const auto &a, const auto &b) { return a.name < b.name; });
        }
    }
    return out;
}

} // namespace es
