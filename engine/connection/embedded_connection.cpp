#include "connection/embedded_connection.h"

#include "catalog/catalog.h"
#include "client/admin.h"
#include "client/consumer.h"
#include "client/partition_reader.h"
#include "client/producer.h"
#include "cluster/cluster.h"

#include <algorithm>

namespace es {

EmbeddedConnection::EmbeddedConnection(std::unique_ptr<Cluster> cluster,
                                       std::optional<ListenerLimits> listeners)
    : m_owned(std::move(cluster)), m_cluster(m_owned.get()), m_listeners(listeners)
{}

EmbeddedConnection::EmbeddedConnection(Cluster &cluster, std::optional<ListenerLimits> listeners)
    : m_cluster(&cluster), m_listeners(listeners)
{}

EmbeddedConnection::~EmbeddedConnection() = default;

ConnectionCapabilities EmbeddedConnection::capabilities() const
{
    return {.brokerControl = true,
            .logDetails = true,
            .brokerMetrics = true,
            .brokerConfigs = true,
            .readOnly = false,
            .replicaMoves = true,
            .leaderElections = {.available = true}};
}

ClusterSnapshotPtr EmbeddedConnection::snapshot() const { return m_cluster->snapshot(); }
std::vector<BrokerRequestStats> EmbeddedConnection::requestStats() const
{
    return namedRequestStats(m_cluster->requestStats());
}
void EmbeddedConnection::addObserver(ClusterObserver *observer) { m_cluster->addObserver(observer); }
void EmbeddedConnection::removeObserver(ClusterObserver *observer) { m_cluster->removeObserver(observer); }

AdminResult EmbeddedConnection::createTopic(const CreateTopicSpec &spec)
{
    return m_cluster->createTopic(spec);
}
AdminResult EmbeddedConnection::deleteTopic(const std::string &name) { return m_cluster->deleteTopic(name); }

AdminResult EmbeddedConnection::createPartitions(const std::string &name, int totalCount)
{
    return m_cluster->createPartitions(name, totalCount);
}

AdminResult
EmbeddedConnection::alterTopicConfigs(const std::string &name,
                                      const std::map<std::string, std::optional<std::string>> &changes)
{
    return m_cluster->alterTopicConfigs(name, changes);
}

Result<std::vector<BrokerConfigDescription>>
EmbeddedConnection::describeBrokerConfigs(std::optional<std::int32_t> broker)
{
    const Controller &controller = m_cluster->controller();
    std::map<std::string, std::string> own;
    if (broker) {
        const MetadataImagePtr image = m_cluster->metadata();
        const bool known = image && image->brokers.contains(*broker);
        if (!known)
            return Status::notFound("No node with id " + std::to_string(*broker) + " found.");
        own = controller.dynamicBrokerConfigs(*broker);
    }
    std::vector<BrokerConfigEntry> entries =
        BrokerConfigs(m_cluster->config(), controller.dynamicBrokerConfigs(), own).describe();
    if (m_listeners)
        for (auto &e : listenerConfigEntries(broker, *m_listeners))
            entries.push_back(std::move(e));
    std::vector<BrokerConfigDescription> out;
    for (auto &e : entries) {
        const BrokerConfigSpec *spec = findBrokerConfigSpec(e.name);
        BrokerConfigDescription d{.name = e.name,
                                  .value = e.value,
                                  .defaultValue = {},
                                  .source = e.source,
                                  .readOnly = e.readOnly,
                                  .sensitive = false,
                                  .documentation = std::move(e.documentation),
                                  .unit = configUnitOf(e.name),
                                  .synonyms = std::move(e.synonyms)};
        if (spec && spec->defaultValue)
            d.defaultValue = std::string(*spec->defaultValue);
        else if (!spec && d.source == ConfigSource::Default)
            d.defaultValue = d.value; // a listener's limit, which it was given as its default
        out.push_back(std::move(d));
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return out;
}

AdminResult EmbeddedConnection::alterBrokerConfigs(std::optional<std::int32_t> broker,
                                                   const BrokerConfigChanges &changes, bool validateOnly)
{
    return m_cluster->alterBrokerConfigs(broker, changes, validateOnly);
}

Result<std::vector<ReassignmentResult>> EmbeddedConnection::reassignPartitions(const ReplicaMoves &moves)
{
    std::vector<ReassignmentChange> changes;
    for (const auto &[tp, target] : moves)
        changes.push_back({tp, target});
    return m_cluster->alterPartitionReassignments(changes);
}

Result<std::vector<ElectionResult>>
EmbeddedConnection::electLeaders(ElectionType type, const std::vector<TopicPartition> &partitions)
{
    if (!m_cluster->controllerRunning())
        return Status::timedOut("the controller is down");
    if (partitions.empty())
        return m_cluster->electLeaders(type, std::nullopt);
    return m_cluster->electLeaders(type, partitions);
}

std::unique_ptr<RecordReader> EmbeddedConnection::openReader()
{
    return std::make_unique<PartitionReader>(*m_cluster);
}

Result<std::int32_t> EmbeddedConnection::partitionCount(const std::string &topic)
{
    const auto image = m_cluster->metadata();
    const TopicInfo *info = image ? image->topic(topic) : nullptr;
    if (!info)
        return Status::notFound("there is no topic \"" + topic + "\"");
    return static_cast<std::int32_t>(info->partitions.size());
}

Result<std::unique_ptr<RecordWriter>> EmbeddedConnection::openWriter(const ProducerConfig &config)
{
    ProducerConfig c = config;
    c.autoCreateTopics = c.autoCreateTopics && m_cluster->config().autoCreateTopics;
    return std::unique_ptr<RecordWriter>(std::make_unique<Producer>(*m_cluster, std::move(c)));
}

Result<std::int64_t> EmbeddedConnection::deleteRecords(const TopicPartition &tp, std::int64_t offset)
{
    return Admin(*m_cluster).deleteRecords(tp, offset);
}

Result<std::unique_ptr<GroupConsumer>> EmbeddedConnection::openGroupConsumer(const ConsumerConfig &config)
{
    return std::unique_ptr<GroupConsumer>(std::make_unique<Consumer>(*m_cluster, config));
}

AdminResult EmbeddedConnection::resetGroupOffsets(const std::string &groupId,
                                                  const std::map<TopicPartition, std::int64_t> &offsets,
                                                  std::stop_token stop)
{
    return Admin(*m_cluster).resetGroupOffsets(groupId, offsets, std::move(stop));
}

AdminResult EmbeddedConnection::deleteGroupOffsets(const std::string &groupId,
                                                   const std::vector<TopicPartition> &partitions)
{
    return Admin(*m_cluster).deleteGroupOffsets(groupId, partitions);
}

AdminResult EmbeddedConnection::deleteGroup(const std::string &groupId)
{
    return Admin(*m_cluster).deleteGroup(groupId);
}

Result<std::vector<EventRecord>> EmbeddedConnection::events(const EventQuery &query) const
{
    return m_cluster->catalog()->events(query);
}

MetricsResult EmbeddedConnection::metrics(const MetricsRequest &request) const
{
    return queryMetrics(*m_cluster->catalog(), request);
}

LagHistory EmbeddedConnection::lagHistory(const LagHistoryRequest &request,
                                          const std::atomic<bool> *cancel) const
{
    return readLagHistory(*m_cluster->catalog(), request, cancel);
}

Status EmbeddedConnection::stopBroker(std::int32_t id) { return m_cluster->stopBroker(id); }

Status EmbeddedConnection::crashBroker(std::int32_t id, bool loseUnflushed)
{
    return m_cluster->crashBroker(id, loseUnflushed);
}

Status EmbeddedConnection::pauseBroker(std::int32_t id) { return m_cluster->pauseBroker(id); }
Status EmbeddedConnection::resumeBroker(std::int32_t id) { return m_cluster->resumeBroker(id); }
Status EmbeddedConnection::restartBroker(std::int32_t id) { return m_cluster->restartBroker(id); }

Status EmbeddedConnection::crashController() { return m_cluster->crashController(); }

Status EmbeddedConnection::restartController() { return m_cluster->restartController(); }
Result<std::int32_t> EmbeddedConnection::addBroker() { return m_cluster->addBroker(); }
void EmbeddedConnection::setLink(NodeId a, NodeId b, LinkFault fault) { m_cluster->setLink(a, b, fault); }
void EmbeddedConnection::healLinks() { m_cluster->healLinks(); }

Result<std::vector<ReplicaLogDigest>> EmbeddedConnection::replicaLogs(const TopicPartition &tp)
{
    // Reading headers is quick, but a broker may be busy catching up after a fault.
    return m_cluster->replicaLogDigests(tp, std::chrono::seconds(10));
}

} // namespace es
