#include "cluster/metadata_image.h"

#include <algorithm>

namespace es {

std::string_view brokerStateName(BrokerState s)
{
    switch (s) {
    case BrokerState::Running: return "running";
    case BrokerState::Paused: return "paused";
    case BrokerState::Fenced: return "fenced";
    case BrokerState::Stopped: return "stopped";
    case BrokerState::Crashed: return "crashed";
    }
    return "unknown";
}

TopicConfig MetadataImage::topicConfigOn(const TopicInfo &t, std::int32_t broker) const
{
    TopicConfig config = t.config;
    if (auto it = brokerTopicDefaults.find(broker); it != brokerTopicDefaults.end())
        config.setDefaults(it->second);
    return config;
}

bool PartitionInfo::inIsr(std::int32_t broker) const
{
    return std::find(isr.begin(), isr.end(), broker) != isr.end();
}

bool PartitionInfo::hasReplica(std::int32_t broker) const
{
    return std::find(replicas.begin(), replicas.end(), broker) != replicas.end();
}

std::vector<std::int32_t> PartitionInfo::targetReplicas() const
{
    std::vector<std::int32_t> out;
    for (std::int32_t r : replicas)
        if (std::find(removingReplicas.begin(), removingReplicas.end(), r) == removingReplicas.end())
            out.push_back(r);
    return out;
}

const TopicInfo *MetadataImage::topic(const std::string &name) const
{
    auto it = topics.find(name);
    return it == topics.end() ? nullptr : &it->second;
}

const PartitionInfo *MetadataImage::partition(const TopicPartition &tp) const
{
    const TopicInfo *t = topic(tp.topic);
    if (!t || tp.partition < 0 || tp.partition >= static_cast<std::int32_t>(t->partitions.size()))
        return nullptr;
    return &t->partitions[static_cast<std::size_t>(tp.partition)];
}

bool MetadataImage::brokerAlive(std::int32_t id) const
{
    auto it = brokers.find(id);
    return it != brokers.end() && !it->second.fenced;
}

} // namespace es
