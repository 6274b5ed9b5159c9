// The controller's side of dynamic broker configs: Kafka keeps the cluster-wide ones
// (resource name "") and each broker's own (resource name "<id>") in its metadata; here they
// live beside the image, are written to the catalog, and reach topics as the defaults they
// fall back to: the cluster-wide ones in every topic, a broker's own in the image's
// brokerTopicDefaults, which that broker applies to the replicas it hosts.

#include "catalog/catalog.h"
#include "cluster/controller.h"
#include "common/logging.h"

namespace es {

namespace {

// The stored values this build still accepts; the others are logged and left out.
std::map<std::string, std::string> accepted(const std::map<std::string, std::string> &stored,
                                            const std::string &level)
{
    BrokerConfigChanges changes;
    for (const auto &[name, value] : stored) {
        const BrokerConfigUpdate one = updateDynamicBrokerConfigs({}, {{name, value}});
        if (!one.error.empty())
            logger("cluster")->warn("ignoring the stored {} broker config {}={}: {}", level, name, value,
                                    one.error);
        else
            changes[name] = value;
    }
    return updateDynamicBrokerConfigs({}, changes).dynamic;
}

} // namespace

void Controller::restoreBrokerConfigs(
    const std::map<std::string, std::string> &stored,
    const std::map<std::int32_t, std::map<std::string, std::string>> &perBroker)
{
    const auto dynamic = accepted(stored, "cluster-wide");
    for (const auto &[name, value] : dynamic)
        if (m_config.brokerConfigs.contains(name))
            logger("cluster")->warn(
                "the broker config {}={} given at start is overridden by the cluster-wide "
                "value {} set while the cluster ran, as in Kafka",
                name, m_config.brokerConfigs.at(name), value);
    std::map<std::int32_t, std::map<std::string, std::string>> own;
    for (const auto &[broker, configs] : perBroker)
        if (auto kept = accepted(configs, "broker " + std::to_string(broker) + "'s"); !kept.empty())
            own[broker] = std::move(kept);
    {
        std::lock_guard lock(m_imageMutex);
        m_brokerConfigs = dynamic;
        m_perBrokerConfigs = std::move(own);
    }
    refreshTopicDefaults();
}

void Controller::refreshTopicDefaults()
{
    std::lock_guard lock(m_imageMutex);
    m_topicDefaults =
        std::make_shared<const TopicConfigDefaults>(BrokerConfigs(m_config, m_brokerConfigs).topicDefaults());
    m_brokerTopicDefaults.clear();
    for (const auto &[broker, own] : m_perBrokerConfigs)
        m_brokerTopicDefaults[broker] = std::make_shared<const TopicConfigDefaults>(
            BrokerConfigs(m_config, m_brokerConfigs, own).topicDefaults());
}

std::map<std::string, std::string> Controller::dynamicBrokerConfigs() const
{
    std::lock_guard lock(m_imageMutex);
    return m_brokerConfigs;
}

std::map<std::string, std::string> Controller::dynamicBrokerConfigs(std::int32_t broker) const
{
    std::lock_guard lock(m_imageMutex);
    auto it = m_perBrokerConfigs.find(broker);
    return it == m_perBrokerConfigs.end() ? std::map<std::string, std::string>{} : it->second;
}

AdminResult Controller::alterBrokerConfigs(const BrokerConfigChanges &changes, bool validateOnly)
{
    BrokerConfigUpdate update = updateDynamicBrokerConfigs(dynamicBrokerConfigs(), changes);
    if (!update.error.empty())
        return {update.readOnlyNamed ? ErrorCode::InvalidRequest : ErrorCode::InvalidConfig, update.error};
    if (validateOnly)
        return {};
    {
        std::lock_guard lock(m_imageMutex);
        m_brokerConfigs = update.dynamic;
    }
    if (m_catalog)
        m_catalog->saveBrokerConfigs(update.dynamic);
    refreshTopicDefaults();
    for (const auto &[name, value] : changes)
        logger("cluster")->info("cluster-wide broker config {} {}", name,
                                value ? "set to " + *value : "removed");
    // A new image: every broker re-reads its topics' configs, now with the new defaults.
    publish();
    return {};
}

AdminResult Controller::alterBrokerConfigs(std::int32_t broker, const BrokerConfigChanges &changes,
                                           bool validateOnly)
{
    // Kafka's controller: a node that never registered has no configs to change.
    if (!registeredBrokers().contains(broker))
        return {ErrorCode::BrokerIdNotRegistered, "No node with id " + std::to_string(broker) + " found."};
    BrokerConfigUpdate update = updateDynamicBrokerConfigs(dynamicBrokerConfigs(broker), changes);
    if (!update.error.empty())
        return {update.readOnlyNamed ? ErrorCode::InvalidRequest : ErrorCode::InvalidConfig, update.error};
    if (validateOnly)
        return {};
    {
        std::lock_guard lock(m_imageMutex);
        if (update.dynamic.empty())
            m_perBrokerConfigs.erase(broker);
        else
            m_perBrokerConfigs[broker] = update.dynamic;
    }
    if (m_catalog)
        m_catalog->saveBrokerConfigs(broker, update.dynamic);
    refreshTopicDefaults();
    for (const auto &[name, value] : changes)
        logger("cluster")->info("broker {}'s broker config {} {}", broker, name,
                                value ? "set to " + *value : "removed");
    publish();
    return {};
}

} // namespace es
