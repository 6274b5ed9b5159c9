#include "remote/remote_broker_configs.h"

#include "cluster/broker_config_specs.h"
#include "cluster/listener_configs.h"
#include "remote/admin_call.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

namespace es {

namespace {

std::optional<std::string> valueOf(const rd_kafka_ConfigEntry_t *entry)
{
    const char *value = rd_kafka_ConfigEntry_value(entry);
    return value ? std::optional<std::string>(value) : std::nullopt;
}

ConfigSource sourceOf(const rd_kafka_ConfigEntry_t *entry)
{
    return static_cast<ConfigSource>(rd_kafka_ConfigEntry_source(entry));
}

BrokerConfigDescription describe(const rd_kafka_ConfigEntry_t *entry)
{
    BrokerConfigDescription d;
    d.name = rd_kafka_ConfigEntry_name(entry);
    d.value = valueOf(entry);
    d.source = sourceOf(entry);
    d.readOnly = rd_kafka_ConfigEntry_is_read_only(entry) != 0;
    d.sensitive = rd_kafka_ConfigEntry_is_sensitive(entry) != 0;
    d.unit = configUnitOf(d.name);
    size_t n = 0;
    const rd_kafka_ConfigEntry_t **synonyms = rd_kafka_ConfigEntry_synonyms(entry, &n);
    for (size_t i = 0; i < n; ++i) {
        ConfigSynonym s{rd_kafka_ConfigEntry_name(synonyms[i]), valueOf(synonyms[i]), sourceOf(synonyms[i])};
        if (s.name == d.name && s.source == ConfigSource::Default)
            d.defaultValue = s.value;
        d.synonyms.push_back(std::move(s));
    }
    if (const BrokerConfigSpec *spec = findBrokerConfigSpec(d.name))
        d.documentation = std::string(spec->doc);
    else
        d.documentation = std::string(listenerConfigDoc(d.name));
    return d;
}

// One broker resource's description, or the resource's error.
Result<std::vector<BrokerConfigDescription>> describeResource(rd_kafka_t *rk, const std::string &name,
                                                              int timeoutMs)
{
    rd_kafka_ConfigResource_t *resource = rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_BROKER, name.c_str());
    auto answer = awaitAdmin(
        rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS, timeoutMs);
            rd_kafka_DescribeConfigs(rk, &resource, 1, options.get(), queue);
        },
        timeoutMs);
    rd_kafka_ConfigResource_destroy(resource);
    if (!answer)
        return answer.status();
    size_t count = 0;
    const rd_kafka_ConfigResource_t **resources = rd_kafka_DescribeConfigs_result_resources(
        rd_kafka_event_DescribeConfigs_result(answer->get()), &count);
    std::vector<BrokerConfigDescription> out;
    for (size_t i = 0; i < count; ++i) {
        if (const auto err = rd_kafka_ConfigResource_error(resources[i]))
            return rdStatus(err, rd_kafka_ConfigResource_error_string(resources[i])
                                     ? rd_kafka_ConfigResource_error_string(resources[i])
                                     : "describing broker configs");
        size_t n = 0;
        const rd_kafka_ConfigEntry_t **entries = rd_kafka_ConfigResource_configs(resources[i], &n);
        for (size_t j = 0; j < n; ++j)
            out.push_back(describe(entries[j]));
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return out;
}

} // namespace

Result<std::vector<BrokerConfigDescription>> remoteDescribeBrokerConfigs(rd_kafka_t *rk, std::int32_t broker,
                                                                         int timeoutMs)
{
    return describeResource(rk, std::to_string(broker), timeoutMs);
}

AdminResult remoteAlterBrokerConfigs(rd_kafka_t *rk, std::optional<std::int32_t> broker,
                                     const BrokerConfigChanges &changes, bool validateOnly, int timeoutMs)
{
    // librdkafka 2.0 sends a broker resource to the broker its name gives, and takes "" for
    // none: it fails the call (and then crashes, in 2.0.2). So the cluster-wide level, the
    // broker resource "", cannot be reached through it, and is not tried.
    if (!broker)
        return {ErrorCode::InvalidRequest,
                "configs for all brokers cannot be changed through librdkafka " +
                    std::string(rd_kafka_version_str()) +
                    ", which addresses broker configs only by a broker's id: change them broker by broker"};
    // AlterConfigs replaces the resource's whole set of dynamic values (alterWholeConfigSet):
    // so the broker's own values are read first. A sensitive value is not told, so it could
    // not be sent back: then nothing is sent.
    const std::string name = std::to_string(*broker);
    auto current = describeResource(rk, name, timeoutMs);
    if (!current)
        return adminResult(current.status());
    std::map<std::string, std::string> values;
    for (const auto &c : *current) {
        if (c.source != ConfigSource::DynamicBroker)
            continue;
        if (!c.value)
            return {ErrorCode::InvalidRequest, "the dynamic value of " + c.name +
                                                   " is sensitive and cannot be kept by librdkafka 2.0's "
                                                   "AlterConfigs, which replaces every value"};
        values[c.name] = *c.value;
    }
    return alterWholeConfigSet(rk, RD_KAFKA_RESOURCE_BROKER, name, std::move(values), changes, validateOnly,
                               timeoutMs);
}

} // namespace es
