// The cluster's admin calls, each run on the controller's loop (or refused at once while
// the controller is down), and where the consumer groups' offsets live.

#include "cluster/cluster.h"
#include "cluster/group/group_coordinator.h"
#include "cluster/topic_name.h"
#include "cluster/txn/transaction_records.h"

#include <algorithm>
#include <future>

namespace es {

template <typename Fn>
auto Cluster::onController(Fn &&fn) -> std::optional<decltype(fn(std::declval<Controller &>()))>
{
    using R = decltype(fn(std::declval<Controller &>()));
    // Held until the answer: a crash waits for the calls already on the controller's loop.
    std::shared_lock lock(m_controllerMutex);
    if (m_controllerDown)
        return std::nullopt;
    std::promise<R> promise;
    auto future = promise.get_future();
    Controller &controller = *m_controller;
    controller.loop().post([&] { promise.set_value(fn(controller)); });
    return future.get();
}

namespace {

AdminResult controllerDown() { return {ErrorCode::RequestTimedOut, "the controller is down"}; }

} // namespace

AdminResult Cluster::createTopic(const CreateTopicSpec &spec)
{
    return onController([&](Controller &c) {
               return c.createTopic(spec);
               ;
           })
        .value_or(controllerDown());
}

AdminResult Cluster::deleteTopic(const std::string &name)
{
    return onController([&](Controller &c) {
               return c.deleteTopic(name);
               ;
           })
        .value_or(controllerDown());
}

AdminResult Cluster::createPartitions(const std::string &name, int totalCount)
{
    return onController([&](Controller &c) {
               return c.createPartitions(name, totalCount);
               ;
           })
        .value_or(controllerDown());
}

AdminResult Cluster::alterTopicConfigs(const std::string &name,
                                       const std::map<std::string, std::optional<std::string>> &changes)
{
    return onController([&](Controller &c) {
               return c.alterTopicConfigs(name, changes);
               ;
           })
        .value_or(controllerDown());
}

AdminResult Cluster::alterBrokerConfigs(std::optional<std::int32_t> broker,
                                        const BrokerConfigChanges &changes, bool validateOnly)
{
    return onController([&](Controller &c) {
               return broker ? c.alterBrokerConfigs(*broker, changes, validateOnly)
                             : c.alterBrokerConfigs(changes, validateOnly);
           })
        .value_or(controllerDown());
}

std::vector<ReassignmentResult>
Cluster::alterPartitionReassignments(const std::vector<ReassignmentChange> &changes)
{
    if (auto results = onController([&](Controller &c) { return c.alterPartitionReassignments(changes); }))
        return *results;
    std::vector<ReassignmentResult> down;
    for (const auto &change : changes)
        down.push_back({change.tp, ErrorCode::RequestTimedOut, controllerDown().message});
    return down;
}

std::vector<OngoingReassignment>
Cluster::listPartitionReassignments(const std::optional<std::vector<TopicPartition>> &partitions)
{
    return onController([&](Controller &c) { return c.listPartitionReassignments(partitions); })
        .value_or(std::vector<OngoingReassignment>{});
}

std::vector<ElectionResult>
Cluster::electLeaders(ElectionType type, const std::optional<std::vector<TopicPartition>> &partitions)
{
    if (auto results = onController([&](Controller &c) { return c.electLeaders(type, partitions); }))
        return *results;
    std::vector<ElectionResult> down;
    for (const auto &tp : partitions.value_or(std::vector<TopicPartition>{}))
        down.push_back({tp, ErrorCode::RequestTimedOut, controllerDown().message, -1});
    return down;
}

std::int64_t Cluster::allocateProducerId()
{
    return onController([](Controller &c) { return c.allocateProducerId(); }).value_or(-1);
}

AdminResult Cluster::ensureOffsetsTopic()
{
    if (auto img = metadata(); img && img->topic(std::string(kConsumerOffsetsTopic)))
        return {};
    return onController([&](Controller &c) {
               auto r = c.createTopic(offsetsTopicSpec(*c.image()));
               return r.error == ErrorCode::TopicAlreadyExists ? AdminResult{} : r;
           })
        .value_or(controllerDown());
}

CreateTopicSpec Cluster::offsetsTopicSpec(const MetadataImage &image) const
{
    CreateTopicSpec spec;
    spec.name = std::string(kConsumerOffsetsTopic);
    spec.internal = true;
    spec.partitions = m_config.offsetsTopicPartitions;
    spec.configs = {{"cleanup.policy", "compact"}, {"segment.bytes", "104857600"}};
    spec.replicationFactor =
        std::min<int>(m_config.offsetsTopicReplicationFactor,
                      static_cast<int>(std::count_if(image.brokers.begin(), image.brokers.end(),
                                                     [](const auto &b) { return !b.second.fenced; })));
    return spec;
}

CreateTopicSpec Cluster::transactionStateTopicSpec(const MetadataImage &image) const
{
    CreateTopicSpec spec;
    spec.name = std::string(kTransactionStateTopic);
    spec.internal = true;
    spec.partitions = m_config.transactionStateLogPartitions;
    // As Kafka: compacted, and a transaction's state is written to two replicas at least
    // (transaction.state.log.min.isr) when there are two.
    const int alive = static_cast<int>(
        std::count_if(image.brokers.begin(), image.brokers.end(), [](const auto &b) { return !b.second.fenced; }));
    spec.replicationFactor = std::min<int>(m_config.transactionStateLogReplicationFactor, alive);
    spec.configs = {{"cleanup.policy", "compact"},
                    {"segment.bytes", "104857600"},
                    {"min.insync.replicas", std::to_string(std::min(2, spec.replicationFactor))}};
    return spec;
}

std::int32_t Cluster::coordinatorFor(const std::string &groupId) const
{
    auto img = metadata();
    const TopicInfo *t = img ? img->topic(std::string(kConsumerOffsetsTopic)) : nullptr;
    if (!t || t->partitions.empty())
        return -1;
    const auto p = GroupCoordinator::partitionFor(groupId, static_cast<std::int32_t>(t->partitions.size()));
    const std::int32_t leader = t->partitions[static_cast<std::size_t>(p)].leader;
    return img->brokerAlive(leader) ? leader : -1;
}

} // namespace es
