#include "cluster/broker_configs.h"

#include <algorithm>
#include <charconv>
#include <type_traits>

namespace es {

namespace {

// The ClusterConfig field a read-only config sets, read and written as Kafka text.
struct Field {
    std::string_view name;
    std::string (*get)(const ClusterConfig &);
    void (*set)(ClusterConfig &, const std::string &);
};

std::int64_t toLong(const std::string &v)
{
    std::int64_t out = 0;
    std::from_chars(v.data(), v.data() + v.size(), out);
    return out;
}

template <auto Member>
std::string get(const ClusterConfig &c)
{
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(c.*Member)>, bool>)
        return c.*Member ? "true" : "false";
    else
        return std::to_string(c.*Member);
}

template <auto Member>
void set(ClusterConfig &c, const std::string &v)
{
    using F = std::remove_cvref_t<decltype(c.*Member)>;
    if constexpr (std::is_same_v<F, bool>)
        c.*Member = v == "true";
    else
        c.*Member = static_cast<F>(toLong(v));
}

#define ES_FIELD(kafkaName, member)                                           \
    {                                                                         \
        kafkaName, &get<&ClusterConfig::member>, &set<&ClusterConfig::member> \
    }

const Field kFields[] = {
    ES_FIELD("auto.create.topics.enable", autoCreateTopics),
    ES_FIELD("auto.leader.rebalance.enable", autoLeaderRebalance),
    ES_FIELD("default.replication.factor", defaultReplicationFactor),
    ES_FIELD("group.initial.rebalance.delay.ms", groupInitialRebalanceDelayMs),
    ES_FIELD("group.max.session.timeout.ms", groupMaxSessionTimeoutMs),
    ES_FIELD("group.min.session.timeout.ms", groupMinSessionTimeoutMs),
    {"leader.imbalance.check.interval.seconds",
     [](const ClusterConfig &c) { return std::to_string(c.leaderImbalanceCheckMs / 1000); },
     [](ClusterConfig &c, const std::string &v) { c.leaderImbalanceCheckMs = toLong(v) * 1000; }},
    ES_FIELD("leader.imbalance.per.broker.percentage", leaderImbalancePerBrokerPercentage),
    ES_FIELD("log.retention.check.interval.ms", logRetentionCheckMs),
    ES_FIELD("num.partitions", defaultPartitions),
    ES_FIELD("offsets.topic.num.partitions", offsetsTopicPartitions),
    ES_FIELD("offsets.topic.replication.factor", offsetsTopicReplicationFactor),
    ES_FIELD("replica.fetch.wait.max.ms", replicaFetchWaitMaxMs),
    ES_FIELD("replica.lag.time.max.ms", replicaLagTimeMaxMs),
    ES_FIELD("transaction.abort.timed.out.transaction.cleanup.interval.ms", transactionAbortCheckMs),
    ES_FIELD("transaction.max.timeout.ms", transactionMaxTimeoutMs),
    ES_FIELD("transaction.state.log.num.partitions", transactionStateLogPartitions),
    ES_FIELD("transaction.state.log.replication.factor", transactionStateLogReplicationFactor),
    ES_FIELD("transactional.id.expiration.ms", transactionalIdExpirationMs),
    // Also the fallback of the topic default, which the controller reads from its field.
    ES_FIELD("unclean.leader.election.enable", uncleanLeaderElection),
};

#undef ES_FIELD

const Field *findField(std::string_view name)
{
    for (const auto &f : kFields)
        if (f.name == name)
            return &f;
    return nullptr;
}

// The broker configs that give `topicConfig` its default, in Kafka's order: the one counted
// in milliseconds, then minutes, then hours.
std::vector<const BrokerConfigSpec *> synonymsOf(std::string_view topicConfig)
{
    std::vector<const BrokerConfigSpec *> out;
    for (const auto &s : brokerConfigSpecs())
        if (s.topicConfig == topicConfig)
            out.push_back(&s);
    std::stable_sort(out.begin(), out.end(), [](auto *a, auto *b) { return a->unitMs < b->unitMs; });
    return out;
}

} // namespace

Status applyStaticBrokerConfigs(ClusterConfig &config)
{
    for (auto &[name, value] : config.brokerConfigs) {
        auto kept = validateBrokerConfig(name, value);
        if (!kept)
            return kept.status();
        value = *kept;
        if (const Field *f = findField(name))
            f->set(config, value);
    }
    return Status::ok();
}

BrokerConfigUpdate updateDynamicBrokerConfigs(const std::map<std::string, std::string> &dynamic,
                                              const BrokerConfigChanges &changes)
{
    BrokerConfigUpdate out{dynamic, false, {}};
    std::string readOnly;
    for (const auto &[name, value] : changes) {
        const BrokerConfigSpec *spec = findBrokerConfigSpec(name);
        if (!spec) {
            out.error = "unknown broker config \"" + name + "\"";
            return out;
        }
        if (!spec->dynamic) {
            readOnly += (readOnly.empty() ? "" : ", ") + name;
            continue;
        }
        if (!value) {
            out.dynamic.erase(name);
            continue;
        }
        auto kept = validateBrokerConfig(name, *value);
        if (!kept) {
            out.error = kept.status().message();
            return out;
        }
        out.dynamic[name] = *kept;
    }
    if (!readOnly.empty()) {
        out.readOnlyNamed = true;
        out.error = "Cannot update these configs dynamically: " + readOnly;
    }
    return out;
}

BrokerConfigs::BrokerConfigs(const ClusterConfig &config, std::map<std::string, std::string> dynamic,
                             std::map<std::string, std::string> ownDynamic)
    : m_config(config), m_dynamic(std::move(dynamic)), m_ownDynamic(std::move(ownDynamic))
{}

std::vector<ConfigSynonym> BrokerConfigs::levels(const BrokerConfigSpec &spec) const
{
    const std::string name(spec.name);
    std::vector<ConfigSynonym> out;
    if (auto it = m_ownDynamic.find(name); spec.dynamic && it != m_ownDynamic.end())
        out.push_back({name, it->second, ConfigSource::DynamicBroker});
    if (auto it = m_dynamic.find(name); spec.dynamic && it != m_dynamic.end())
        out.push_back({name, it->second, ConfigSource::DynamicDefaultBroker});
    if (auto it = m_config.brokerConfigs.find(name); it != m_config.brokerConfigs.end())
        out.push_back({name, it->second, ConfigSource::StaticBroker});
    // A field changed in code, not through --config, still counts as set at start.
    else if (const Field *f = findField(name);
             f && spec.defaultValue && f->get(m_config) != *spec.defaultValue)
        out.push_back({name, f->get(m_config), ConfigSource::StaticBroker});
    if (spec.defaultValue)
        out.push_back({name, std::string(*spec.defaultValue), ConfigSource::Default});
    return out;
}

std::vector<BrokerConfigEntry> BrokerConfigs::describe() const
{
    std::vector<BrokerConfigEntry> out;
    for (const auto &spec : brokerConfigSpecs()) {
        BrokerConfigEntry e;
        e.name = std::string(spec.name);
        e.readOnly = !spec.dynamic;
        e.type = spec.type;
        e.documentation = std::string(spec.doc);
        const auto own = levels(spec);
        if (!own.empty()) {
            e.value = own.front().value;
            e.source = own.front().source;
        }
        if (spec.topicConfig.empty()) {
            e.synonyms = own;
        } else {
            for (const BrokerConfigSpec *s : synonymsOf(spec.topicConfig))
                for (auto &level : levels(*s))
                    e.synonyms.push_back(std::move(level));
        }
        out.push_back(std::move(e));
    }
    return out;
}

TopicConfigDefaults BrokerConfigs::topicDefaults() const
{
    TopicConfigDefaults out;
    for (const auto &spec : brokerConfigSpecs()) {
        if (spec.topicConfig.empty() || out.contains(spec.topicConfig))
            continue;
        TopicConfigDefault d;
        bool decided = false;
        for (const BrokerConfigSpec *s : synonymsOf(spec.topicConfig)) {
            for (auto &level : levels(*s)) {
                if (!decided) {
                    // As Kafka: hours or minutes below 0 mean forever.
                    const std::int64_t units = toLong(*level.value);
                    d.value = s->unitMs == 1 ? *level.value
                              : units < 0    ? "-1"
                                             : std::to_string(units * s->unitMs);
                    d.source = level.source;
                    decided = true;
                }
                d.synonyms.push_back(std::move(level));
            }
        }
        if (decided)
            out.emplace(std::string(spec.topicConfig), std::move(d));
    }
    return out;
}

} // namespace es
