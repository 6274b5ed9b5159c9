#pragma once

#include "client/client_node.h"
#include "cluster/cluster_snapshot.h"
#include "cluster/controller.h"
#include "cluster/group/offset_commit.h"

#include <map>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace es {

class Cluster;

// The in-process admin client: topics, configs, records, consumer groups. Every call
// blocks its caller until the cluster answers (or the request timeout passes), so call it
// off the GUI thread.
class Admin {
public:
    explicit Admin(Cluster &cluster, std::int64_t requestTimeoutMs = 10000);
    ~Admin();

    AdminResult createTopic(const CreateTopicSpec &spec);
    AdminResult deleteTopic(const std::string &name);
    AdminResult createPartitions(const std::string &name, int totalCount);
    AdminResult alterTopicConfigs(const std::string &name,
                                  const std::map<std::string, std::optional<std::string>> &changes);
    [[nodiscard]] std::optional<std::vector<ConfigEntry>> describeTopicConfigs(const std::string &name) const;

    // Deletes the records of `tp` below `offset` (-1: below the high watermark); returns the
    // new log start offset.
    Result<std::int64_t> deleteRecords(const TopicPartition &tp, std::int64_t offset);

    [[nodiscard]] std::vector<GroupView> listGroups() const;
    // Sets a group's committed offsets; the group must be empty (no active members). A
    // requested `stop` ends the wait for the coordinator at once (RequestTimedOut); the
    // reset may still be applied.
    AdminResult resetGroupOffsets(const std::string &groupId,
                                  const std::map<TopicPartition, std::int64_t> &offsets,
                                  std::stop_token stop = {});
    // Forgets the group's committed offsets of these partitions (OffsetDelete): the first
    // partition error when any (GROUP_SUBSCRIBED_TO_TOPIC for a topic still consumed).
    AdminResult deleteGroupOffsets(const std::string &groupId, const std::vector<TopicPartition> &partitions);
    AdminResult deleteGroup(const std::string &groupId);

private:
    template <typename R>
    // The broker's answer; nothing after the request timeout or once `stop` is requested.
    std::optional<R> callBroker(std::int32_t broker, std::function<void(Broker &, Reply<R>)> request,
                                std::stop_token stop = {});

    Cluster &m_cluster;
    std::int64_t m_timeoutMs;
    ClientNode m_node;
};

} // namespace es
