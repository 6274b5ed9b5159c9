#include "control/status_json.h"

#include "cluster/group/group_state.h"
#include "control/node_name.h"

namespace es::control {

namespace {

JsonValue configsJson(const std::vector<ConfigEntry> &configs)
{
    JsonValue::Object out;
    for (const ConfigEntry &c : configs)
        out.emplace_back(c.name, c.value);
    return out;
}

JsonValue topicFields(const TopicSnapshot &topic, JsonValue partitions)
{
    return JsonValue::Object{{"name", topic.name},
                             {"internal", topic.internal},
                             {"replicationFactor", topic.replicationFactor},
                             {"partitions", std::move(partitions)},
                             {"configs", configsJson(topic.configs)}};
}

} // namespace

JsonValue brokerJson(const BrokerSnapshot &broker)
{
    return JsonValue::Object{{"id", broker.id},
                             {"host", broker.host},
                             {"port", broker.port},
                             {"state", std::string(brokerStateName(broker.state))},
                             {"controller", broker.isController},
                             {"leaders", broker.leaderCount},
                             {"replicas", broker.replicaCount}};
}

JsonValue partitionJson(const PartitionSnapshot &partition)
{
    JsonValue::Array replicas;
    JsonValue::Array isr;
    for (const ReplicaSnapshot &r : partition.replicas) {
        replicas.emplace_back(r.broker);
        if (r.inSync)
            isr.emplace_back(r.broker);
    }
    return JsonValue::Object{{"partition", partition.partition},
                             {"leader", partition.leader},
                             {"leaderEpoch", partition.leaderEpoch},
                             {"replicas", std::move(replicas)},
                             {"isr", std::move(isr)},
                             {"logStartOffset", partition.logStartOffset},
                             {"highWatermark", partition.highWatermark},
                             {"logEndOffset", partition.logEndOffset},
                             {"sizeBytes", static_cast<std::int64_t>(partition.sizeBytes)}};
}

JsonValue topicJson(const TopicSnapshot &topic)
{
    JsonValue::Array partitions;
    for (const PartitionSnapshot &p : topic.partitions)
        partitions.push_back(partitionJson(p));
    return topicFields(topic, std::move(partitions));
}

JsonValue topicSummaryJson(const TopicSnapshot &topic)
{
    return topicFields(topic, static_cast<int>(topic.partitions.size()));
}

JsonValue groupJson(const GroupView &group)
{
    JsonValue::Array lag;
    for (const PartitionLag &l : group.lag)
        lag.emplace_back(JsonValue::Object{{"topic", l.tp.topic},
                                           {"partition", l.tp.partition},
                                           {"committed", l.committed},
                                           {"highWatermark", l.highWatermark},
                                           {"lag", l.lag}});
    return JsonValue::Object{{"id", group.group.groupId},
                             {"state", std::string(groupStateName(group.group.state))},
                             {"protocolType", group.group.protocolType},
                             {"members", static_cast<int>(group.group.members.size())},
                             {"coordinator", group.coordinator},
                             {"totalLag", group.totalLag},
                             {"lag", std::move(lag)}};
}

JsonValue linkJson(const LinkState &link)
{
    return JsonValue::Object{{"a", nodeName(link.a)},
                             {"b", nodeName(link.b)},
                             {"latencyMs", link.fault.latencyMs},
                             {"lossRate", link.fault.lossRate},
                             {"cut", link.fault.cut}};
}

JsonValue linksJson(const std::vector<LinkState> &links)
{
    JsonValue::Array out;
    for (const LinkState &l : links)
        out.push_back(linkJson(l));
    return out;
}

JsonValue statusJson(const ClusterSnapshot &snapshot)
{
    JsonValue::Array brokers;
    for (const BrokerSnapshot &b : snapshot.brokers)
        brokers.push_back(brokerJson(b));
    JsonValue::Array topics;
    for (const TopicSnapshot &t : snapshot.topics)
        topics.push_back(topicJson(t));
    JsonValue::Array groups;
    for (const GroupView &g : snapshot.groups)
        groups.push_back(groupJson(g));
    return JsonValue::Object{{"clusterId", snapshot.clusterId},
                             {"controller", snapshot.controllerId},
                             {"controllerRunning", snapshot.controllerRunning},
                             {"bootstrapServers", snapshot.bootstrapServers},
                             {"timeMs", snapshot.timeMs},
                             {"underReplicatedPartitions", snapshot.underReplicatedPartitions},
                             {"offlinePartitions", snapshot.offlinePartitions},
                             {"brokers", std::move(brokers)},
                             {"topics", std::move(topics)},
                             {"groups", std::move(groups)},
                             {"links", linksJson(snapshot.links)}};
}

} // namespace es::control
