// The controller's side of dynamic broker configs: Kafka keeps the cluster-wide ones
// (resource name "") in its metadata; here they live beside the image, are written to the
// catalog, and reach every topic as the defaults it falls back to.

#include "catalog/catalog.h"
#include "cluster/controller.h"
#include "common/logging.h"

namespace es {

namespace {

std::shared_ptr<const TopicConfigDefaults> topicDefaults(const ClusterConfig &config,
                                                         const std::map<std::string, std::string> &dynamic)
{
    return std::make_shared<const TopicConfigDefaults>(BrokerConfigs(config, dynamic).topicDefaults());
}

} // namespace

void Controller::restoreBrokerConfigs(const std::map<std::string, std::string> &stored)
{
    BrokerConfigChanges changes;
    for (const auto &[name, value] : stored) {
        const BrokerConfigUpdate one = updateDynamicBrokerConfigs({}, {{name, value}});
        if (!one.error.empty())
            logger("cluster")->warn("ignoring the stored broker config {}={}: {}", name, value, one.error);
        else
            changes[name] = value;
    }
    const BrokerConfigUpdate update = updateDynamicBrokerConfigs({}, changes);
    for (const auto &[name, value] : update.dynamic)
        if (m_config.brokerConfigs.contains(name))
            logger("cluster")->warn(
                "the broker config {}={} given at start is overridden by the cluster-wide "
                "value {} set while the cluster ran, as in Kafka",
                name, m_config.brokerConfigs.at(name), value);
    {
        std::lock_guard lock(m_imageMutex);
        m_brokerConfigs = update.dynamic;
    }
    m_topicDefaults = topicDefaults(m_config, update.dynamic);
}

std::map<std::string, std::string> Controller::dynamicBrokerConfigs() const
{
    std::lock_guard lock(m_imageMutex);
    return m_brokerConfigs;
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
    m_topicDefaults = topicDefaults(m_config, update.dynamic);
    for (const auto &[name, value] : changes)
        logger("cluster")->info("cluster-wide broker config {} {}", name,
                                value ? "set to " + *value : "removed");
    // A new image: every broker re-reads its topics' configs, now with the new defaults.
    publish();
    return {};
}

} // namespace es
