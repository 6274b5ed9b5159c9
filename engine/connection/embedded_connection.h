#pragma once

// The cluster this process runs, as a Connection: every capability, each call passed to
// the Cluster, history read from its catalog.

#include "cluster/listener_configs.h"
#include "connection/connection.h"
#include "connection/embedded_security_admin.h"

#include <memory>
#include <optional>

namespace es {

class Cluster;

class EmbeddedConnection final : public Connection, public BrokerControl {
public:
    // Takes the cluster (started or not); stops it when destroyed. `listeners`: the limits
    // its brokers' Kafka listeners were started with, which a broker's configs list; nullopt
    // when the brokers do not listen.
    explicit EmbeddedConnection(std::unique_ptr<Cluster> cluster,
                                std::optional<ListenerLimits> listeners = std::nullopt);
    // Borrows a cluster its caller owns and keeps alive (tests and tools).
    explicit EmbeddedConnection(Cluster &cluster, std::optional<ListenerLimits> listeners = std::nullopt);
    ~EmbeddedConnection() override;
    EmbeddedConnection(const EmbeddedConnection &) = delete;
    EmbeddedConnection &operator=(const EmbeddedConnection &) = delete;

    [[nodiscard]] ConnectionCapabilities capabilities() const override;

    [[nodiscard]] ClusterSnapshotPtr snapshot() const override;
    [[nodiscard]] std::vector<BrokerRequestStats> requestStats() const override;
    void addObserver(ClusterObserver *observer) override;
    void removeObserver(ClusterObserver *observer) override;

    AdminResult createTopic(const CreateTopicSpec &spec) override;
    AdminResult deleteTopic(const std::string &name) override;
    AdminResult createPartitions(const std::string &name, int totalCount) override;
    AdminResult alterTopicConfigs(const std::string &name,
                                  const std::map<std::string, std::optional<std::string>> &changes) override;
    Result<std::vector<BrokerConfigDescription>>
    describeBrokerConfigs(std::optional<std::int32_t> broker) override;
    AdminResult alterBrokerConfigs(std::optional<std::int32_t> broker, const BrokerConfigChanges &changes,
                                   bool validateOnly) override;
    Result<std::vector<ReassignmentResult>> reassignPartitions(const ReplicaMoves &moves) override;
    Result<std::vector<ElectionResult>> electLeaders(ElectionType type,
                                                     const std::vector<TopicPartition> &partitions) override;

    std::unique_ptr<RecordReader> openReader() override;
    Result<std::int32_t> partitionCount(const std::string &topic) override;
    Result<std::unique_ptr<RecordWriter>> openWriter(const ProducerConfig &config) override;
    Result<std::int64_t> deleteRecords(const TopicPartition &tp, std::int64_t offset) override;
    Result<std::unique_ptr<GroupConsumer>> openGroupConsumer(const ConsumerConfig &config) override;
    AdminResult resetGroupOffsets(const std::string &groupId,
                                  const std::map<TopicPartition, std::int64_t> &offsets,
                                  std::stop_token stop = {}) override;
    AdminResult deleteGroupOffsets(const std::string &groupId,
                                   const std::vector<TopicPartition> &partitions) override;
    AdminResult deleteGroup(const std::string &groupId) override;

    Result<std::vector<EventRecord>> events(const EventQuery &query) const override;
    MetricsResult metrics(const MetricsRequest &request) const override;
    LagHistory lagHistory(const LagHistoryRequest &request, const std::atomic<bool> *cancel) const override;

    BrokerControl *brokerControl() override { return this; }
    SecurityAdmin *securityAdmin() override { return &m_securityAdmin; }
    Status stopBroker(std::int32_t id) override;
    Status crashBroker(std::int32_t id, bool loseUnflushed) override;
    Status pauseBroker(std::int32_t id) override;
    Status resumeBroker(std::int32_t id) override;
    Status restartBroker(std::int32_t id) override;
    Result<std::int32_t> addBroker() override;
    Status crashController() override;
    Status restartController() override;
    void setLink(NodeId a, NodeId b, LinkFault fault) override;
    void healLinks() override;
    Result<std::vector<ReplicaLogDigest>> replicaLogs(const TopicPartition &tp) override;

    // The cluster itself, for tests and tools that drive it as an outside client or a
    // failure would; views never use it.
    [[nodiscard]] Cluster &cluster() { return *m_cluster; }

private:
    std::unique_ptr<Cluster> m_owned;
    Cluster *m_cluster;
    EmbeddedSecurityAdmin m_securityAdmin{*m_cluster};
    std::optional<ListenerLimits> m_listeners;
};

} // namespace es
