// The controller's topic administration: create, delete, add partitions, alter configs.

#include "catalog/catalog.h"
#include "cluster/cluster_event_sink.h"
#include "cluster/controller.h"
#include "cluster/open_files_budget.h"
#include "cluster/random_id.h"
#include "cluster/replica_placement.h"
#include "cluster/topic_name.h"
#include "common/logging.h"

#include <algorithm>
#include <optional>

namespace es {

namespace {

// New partitions from their replica lists: in sync on the replicas that run, led by the
// first of those (the preferred replica when it runs), as Kafka's controller creates them.
// Refused when a partition has no running replica.
Result<std::vector<PartitionInfo>> placePartitions(const std::vector<std::vector<std::int32_t>> &assignment,
                                                   int firstPartition, const std::vector<std::int32_t> &live)
{
    std::vector<PartitionInfo> out;
    int id = firstPartition;
    for (const auto &replicas : assignment) {
        std::vector<std::int32_t> isr;
        for (std::int32_t b : replicas)
            if (std::find(live.begin(), live.end(), b) != live.end())
                isr.push_back(b);
        if (isr.empty())
            return Status::invalidArgument("every broker assigned to partition " + std::to_string(id) +
                                           " is fenced or shutting down");
        const std::int32_t leader = isr.front();
        out.push_back(PartitionInfo{id++, replicas, std::move(isr), leader, 0, 0});
    }
    return out;
}

// Refuses new replicas that would not fit in the open-files limit, saying so in the result,
// the log and (unless only validating) the timeline. Nullopt when they fit.
std::optional<AdminResult> refuseBeyondOpenFiles(ClusterEventSink &events, const MetadataImage &image,
                                                 const std::string &topic, std::int64_t replicas, bool validateOnly,
                                                 EventForm form)
{
    std::int64_t hosted = 0;
    for (const auto &[name, t] : image.topics)
        for (const auto &p : t.partitions)
            hosted += static_cast<std::int64_t>(p.replicas.size());
    const auto shortfall = openFilesShortfall(hosted, replicas);
    if (!shortfall)
        return std::nullopt;
    const std::string what = form == EventForm::TopicRefusedOpenFiles ? "topic \"" + topic + "\""
                                                                       : "new partitions of topic \"" + topic + "\"";
    AdminResult refused{ErrorCode::KafkaStorageError, shortfall->message(what)};
    if (!validateOnly) {
        logger("cluster")->warn("{}", refused.message);
        events.record(EventKind::StorageError, "topic:" + topic,
                      {form,
                       {{"topic", topic},
                        {"replicas", shortfall->replicas},
                        {"open", shortfall->open},
                        {"limit", shortfall->limit}}});
    }
    return refused;
}

} // namespace

AdminResult Controller::createTopic(const CreateTopicSpec &spec)
{
    MetadataImage &img = mutableImage();
    if (Status s = validateTopicName(spec.name); !s.isOk())
        return {ErrorCode::InvalidTopicException, s.message()};
    if (isInternalTopic(spec.name) && !spec.internal)
        return {ErrorCode::InvalidTopicException, "\"" + spec.name + "\" is reserved for the cluster's own use"};
    if (img.topics.count(spec.name))
        return {ErrorCode::TopicAlreadyExists, "topic \"" + spec.name + "\" already exists"};
    for (const auto &[name, t] : img.topics)
        if (topicNamesCollide(name, spec.name))
            return {ErrorCode::InvalidTopicException,
                    "\"" + spec.name + "\" collides with existing topic \"" + name + "\" ('.' and '_' are alike)"};
    const auto live = liveBrokers();
    const bool manual = !spec.assignments.empty();
    const int partitions = manual                ? static_cast<int>(spec.assignments.size())
                           : spec.partitions < 0 ? m_config.defaultPartitions
                                                 : spec.partitions;
    if (partitions < 1)
        return {ErrorCode::InvalidPartitions, "a topic needs at least one partition"};
    const int rf =
        manual ? static_cast<int>(spec.assignments.front().size())
        : spec.replicationFactor < 0
            ? std::max(1, std::min<int>(m_config.defaultReplicationFactor, static_cast<int>(live.size())))
            : spec.replicationFactor;
    if (!manual && rf < 1)
        return {ErrorCode::InvalidReplicationFactor, "the replication factor must be at least 1"};
    if (!manual && rf > static_cast<int>(live.size()))
        return {ErrorCode::InvalidReplicationFactor,
                "replication factor " + std::to_string(rf) + " is larger than the " + std::to_string(live.size()) +
                    " broker(s) running"};
    auto config = TopicConfig::fromOverrides(spec.configs);
    if (!config)
        return {ErrorCode::InvalidConfig, config.status().message()};
    auto assignment = manual ? Result<std::vector<std::vector<std::int32_t>>>(spec.assignments)
                             : assignReplicas(live, partitions, rf, m_rng);
    if (!assignment)
        return {ErrorCode::InvalidReplicationFactor, assignment.status().message()};
    if (manual)
        if (Status s = checkManualAssignment(*assignment, registeredBrokers(), std::nullopt); !s.isOk())
            return {ErrorCode::InvalidReplicaAssignment, s.message()};
    auto placed = placePartitions(*assignment, 0, live);
    if (!placed)
        return {ErrorCode::InvalidReplicaAssignment, placed.status().message()};
    if (auto refused = refuseBeyondOpenFiles(m_events, img, spec.name, static_cast<std::int64_t>(partitions) * rf,
                                             spec.validateOnly, EventForm::TopicRefusedOpenFiles))
        return *refused;
    if (spec.validateOnly)
        return {};

    TopicInfo t;
    t.name = spec.name;
    t.topicId = randomBase64Id(m_rng);
    t.internal = spec.internal;
    t.config = *config;
    t.partitions = std::move(*placed);
    persistTopic(t);
    img.topics[spec.name] = std::move(t);
    m_events.record(EventKind::TopicCreated, "topic:" + spec.name,
                    {EventForm::TopicCreated,
                     {{"topic", spec.name}, {"partitions", partitions}, {"replicationFactor", rf}}});
    publish();
    return {};
}

AdminResult Controller::deleteTopic(const std::string &name)
{
    MetadataImage &img = mutableImage();
    auto it = img.topics.find(name);
    if (it == img.topics.end())
        return {ErrorCode::UnknownTopicOrPartition, "topic \"" + name + "\" does not exist"};
    if (it->second.internal)
        return {ErrorCode::InvalidTopicException, "internal topic \"" + name + "\" cannot be deleted"};
    img.topics.erase(it);
    if (m_catalog)
        m_catalog->deleteTopic(name);
    m_events.record(EventKind::TopicDeleted, "topic:" + name, {EventForm::TopicDeleted, {{"topic", name}}});
    publish();
    return {};
}

AdminResult
Controller::createPartitions(const std::string &name, int totalCount, bool validateOnly,
                             const std::optional<std::vector<std::vector<std::int32_t>>> &assignments)
{
    MetadataImage &img = mutableImage();
    auto it = img.topics.find(name);
    if (it == img.topics.end())
        return {ErrorCode::UnknownTopicOrPartition, "topic \"" + name + "\" does not exist"};
    TopicInfo &t = it->second;
    const int current = static_cast<int>(t.partitions.size());
    if (totalCount <= current)
        return {ErrorCode::InvalidPartitions, "topic \"" + name + "\" has " + std::to_string(current) +
                                                  " partition(s); the new count must be larger"};
    const int rf = t.partitions.empty() ? 1 : static_cast<int>(t.partitions[0].replicas.size());
    const int added = totalCount - current;
    const auto live = liveBrokers();
    if (assignments && static_cast<int>(assignments->size()) != added)
        return {ErrorCode::InvalidReplicaAssignment,
                "adding " + std::to_string(added) + " partition(s) needs " + std::to_string(added) +
                    " assignment(s), not " + std::to_string(assignments->size())};
    auto assignment = assignments ? Result<std::vector<std::vector<std::int32_t>>>(*assignments)
                                  : assignReplicas(live, added, rf, m_rng, current);
    if (!assignment)
        return {ErrorCode::InvalidReplicationFactor, assignment.status().message()};
    if (assignments)
        if (Status s = checkManualAssignment(*assignment, registeredBrokers(), rf, current); !s.isOk())
            return {ErrorCode::InvalidReplicaAssignment, s.message()};
    auto placed = placePartitions(*assignment, current, live);
    if (!placed)
        return {ErrorCode::InvalidReplicaAssignment, placed.status().message()};
    if (auto refused = refuseBeyondOpenFiles(m_events, img, name, static_cast<std::int64_t>(added) * rf, validateOnly,
                                             EventForm::PartitionsRefusedOpenFiles))
        return *refused;
    if (validateOnly)
        return {};
    for (auto &p : *placed)
        t.partitions.push_back(std::move(p));
    persistTopic(t);
    m_events.record(EventKind::PartitionsAdded, "topic:" + name,
                    {EventForm::PartitionsAdded, {{"topic", name}, {"from", current}, {"to", totalCount}}});
    publish();
    return {};
}

AdminResult Controller::alterTopicConfigs(const std::string &name,
                                          const std::map<std::string, std::optional<std::string>> &changes,
                                          bool validateOnly)
{
    MetadataImage &img = mutableImage();
    auto it = img.topics.find(name);
    if (it == img.topics.end())
        return {ErrorCode::UnknownTopicOrPartition, "topic \"" + name + "\" does not exist"};
    TopicConfig next = it->second.config;
    std::string set, reset;
    for (const auto &[key, value] : changes) {
        if (Status s = next.set(key, value); !s.isOk())
            return {ErrorCode::InvalidConfig, s.message()};
        if (value)
            set += (set.empty() ? "" : ", ") + key + "=" + *value;
        else
            reset += (reset.empty() ? "" : ", ") + key;
    }
    if (validateOnly)
        return {};
    it->second.config = next;
    persistTopic(it->second);
    m_events.record(EventKind::TopicConfigChanged, "topic:" + name,
                    {EventForm::TopicConfigChanged, {{"topic", name}, {"set", set}, {"reset", reset}}});
    publish();
    return {};
}

} // namespace es
