#pragma once

// A Kafka cluster reached over the network, as a Connection: librdkafka reads its metadata,
// offsets and groups every refresh interval into a snapshot, admin commands go through
// librdkafka's Admin API, and what the cluster cannot tell about its own past (lag over
// time, rates, a timeline of leader changes and rebalances) is derived from successive
// readings and kept in the connection's own catalog while it is open.

#include "catalog/catalog.h"
#include "common/clock.h"
#include "connection/connection.h"
#include "remote/remote_settings.h"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace es {

class KafkaHandle;
class RemoteSecurityAdmin;

class RemoteConnection final : public Connection {
public:
    // Opens (or creates) the catalog at `catalogFile` and starts reading the cluster at
    // once; the first snapshot follows within a refresh. InvalidArgument for settings
    // librdkafka refuses; the catalog's own errors as they are. Being unable to reach the
    // cluster is not an error: the connection keeps trying, and problem() says why.
    static Result<std::unique_ptr<RemoteConnection>> open(RemoteSettings settings,
                                                          const std::filesystem::path &catalogFile,
                                                          const Clock &clock = SystemClock::instance());
    // Stops reading (waiting for at most one call's timeout) and closes the catalog.
    ~RemoteConnection() override;
    RemoteConnection(const RemoteConnection &) = delete;
    RemoteConnection &operator=(const RemoteConnection &) = delete;

    [[nodiscard]] const RemoteSettings &settings() const { return m_settings; }
    // Why the last reading failed, "" when it did not.
    [[nodiscard]] std::string problem() const;
    // Reads the cluster now instead of at the next interval, and waits for that reading.
    void refresh();

    [[nodiscard]] ConnectionCapabilities capabilities() const override;
    // What a connection with these settings can do, known before it opens.
    [[nodiscard]] static ConnectionCapabilities capabilitiesOf(const RemoteSettings &settings);
    [[nodiscard]] ClusterSnapshotPtr snapshot() const override;
    void addObserver(ClusterObserver *observer) override;
    void removeObserver(ClusterObserver *observer) override;

    AdminResult createTopic(const CreateTopicSpec &spec) override;
    AdminResult deleteTopic(const std::string &name) override;
    AdminResult createPartitions(const std::string &name, int totalCount) override;
    AdminResult alterTopicConfigs(const std::string &name,
                                  const std::map<std::string, std::optional<std::string>> &changes) override;
    // Through the broker asked (nullopt: the first broker of the latest reading, without its
    // own values); remote_broker_configs.h.
    Result<std::vector<BrokerConfigDescription>>
    describeBrokerConfigs(std::optional<std::int32_t> broker) override;
    AdminResult alterBrokerConfigs(std::optional<std::int32_t> broker, const BrokerConfigChanges &changes,
                                   bool validateOnly) override;
    // librdkafka 2.0 has no partition reassignment API: always Unsupported.
    Result<std::vector<ReassignmentResult>> reassignPartitions(const ReplicaMoves &moves) override;
    // librdkafka 2.0 has no leader election API either (remote_elections.h): always Unsupported.
    Result<std::vector<ElectionResult>> electLeaders(ElectionType type,
                                                     const std::vector<TopicPartition> &partitions) override;

    std::unique_ptr<RecordReader> openReader() override;
    // From the latest reading (a topic not there yet is looked for once more after a new one).
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

    BrokerControl *brokerControl() override { return nullptr; }
    // Its ACLs; users, listeners and refusals it cannot tell (remote_security_admin.h).
    SecurityAdmin *securityAdmin() override;

private:
    RemoteConnection(RemoteSettings settings, const Clock &clock);
    void loop();
    // `complete`: the partitions' log starts too, not only those not known yet.
    void readOnce(bool complete);
    // Commands that write: refused on a read-only connection; a reading follows the others.
    template <typename Command>
    AdminResult write(Command command);
    void publish(const ClusterSnapshotPtr &snapshot, std::vector<EventRecord> events);
    // The reading's samples the catalog does not hold yet (remote_history.h): changed ones,
    // markers, or all at a minute's first reading.
    std::vector<MetricSample> samplesToWrite(const ClusterSnapshotPtr &snap);

    RemoteSettings m_settings;
    const Clock &m_clock;
    CatalogOptions m_catalogOptions; // the catalog's retention tells its reads' tier
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<KafkaHandle> m_client; // metadata, offsets, groups, configs, admin commands
    std::unique_ptr<RemoteSecurityAdmin> m_securityAdmin; // on m_client

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;                    // guarded by m_mutex
    std::uint64_t m_readingsAsked = 0;          // guarded by m_mutex
    std::uint64_t m_readingsDone = 0;           // guarded by m_mutex
    ClusterSnapshotPtr m_snapshot;              // guarded by m_mutex
    std::string m_problem;                      // guarded by m_mutex
    std::vector<ClusterObserver *> m_observers; // guarded by m_observersMutex
    mutable std::mutex m_observersMutex;

    // The reader thread's own.
    std::map<std::string, std::vector<ConfigEntry>> m_configs;
    std::atomic<std::int64_t> m_configsReadMs{-1}; // also reset by alterTopicConfigs
    std::uint64_t m_readings = 0;
    ClusterSnapshotPtr m_written;      // the reading whose values the catalog holds
    std::int64_t m_writtenMinute = -1; // of the last reading written
    std::thread m_thread;
};

} // namespace es
