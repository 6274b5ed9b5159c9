#pragma once

#include "security/listener_config.h"
#include "security/tls_material.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace es {

// Kafka's default when a credential names no iteration count (kafka-configs, kafka-storage
// format --add-scram).
inline constexpr std::int32_t kScramUserIterations = 4096;

// Everything that shapes a cluster. Defaults suit demos on one machine: failures are
// noticed within seconds, not Kafka's production minutes.
struct ClusterConfig {
    std::filesystem::path dataDir;
    int brokers = 3; // 1..9 at first start; more can be added later
    std::string bindAddress = "127.0.0.1";
    int basePort = 9092; // broker i listens on basePort + i - 1

    // Every broker's listeners (security::effectiveListeners): none is one PLAINTEXT
    // listener on bindAddress:basePort. validateListeners() (listener_check.h) says which
    // sets a cluster accepts. Saved with the cluster at each start.
    std::vector<security::ListenerConfig> listeners;
    security::TlsSettings tls; // for the SSL and SASL_SSL listeners
    // The listeners and TLS settings the cluster saved last replace the two above, if it
    // saved any: a start that names none (no --listener, --port, --bind or --tls-*) runs
    // with those it ran with before.
    bool useSavedListeners = false;
    // Kafka's super.users ("User:admin"): when not empty, they replace the saved ones.
    std::set<std::string> superUsers;
    // allow.everyone.if.no.acl.found; nullopt: the saved choice, or, never chosen, true
    // unless a listener uses SASL. A value given here is saved as the choice.
    std::optional<bool> allowEveryoneIfNoAclFound;
    // (user, password): SCRAM-SHA-256 and SCRAM-SHA-512 credentials created or updated at
    // start (Kafka's `kafka-storage format --add-scram`), kScramUserIterations iterations.
    std::vector<std::pair<std::string, std::string>> scramUsers;

    std::int64_t brokerHeartbeatMs = 250;       // broker -> controller, six per session timeout
    std::int64_t brokerSessionTimeoutMs = 1500; // the controller fences a silent broker after this
    std::int64_t replicaLagTimeMaxMs = 3000;    // replica.lag.time.max.ms
    std::int64_t replicaFetchWaitMaxMs = 500;   // replica.fetch.wait.max.ms
    std::int64_t leaderImbalanceCheckMs = 5000; // leader.imbalance.check.interval.seconds, in ms
    bool autoLeaderRebalance = true;            // auto.leader.rebalance.enable
    // leader.imbalance.per.broker.percentage: a broker whose preferred partitions are led
    // elsewhere above this share gets them back at the next check.
    int leaderImbalancePerBrokerPercentage = 10;
    bool uncleanLeaderElection = false; // unclean.leader.election.enable

    bool autoCreateTopics = true;     // auto.create.topics.enable
    int defaultPartitions = 3;        // num.partitions
    int defaultReplicationFactor = 3; // default.replication.factor (capped at live brokers)
    int offsetsTopicPartitions = 10;  // offsets.topic.num.partitions (Kafka: 50)
    int offsetsTopicReplicationFactor = 3;
    int transactionStateLogPartitions = 10;         // transaction.state.log.num.partitions (Kafka: 50)
    int transactionStateLogReplicationFactor = 3;   // transaction.state.log.replication.factor
    std::int64_t transactionMaxTimeoutMs = 900000;  // transaction.max.timeout.ms
    std::int64_t transactionalIdExpirationMs = 604800000; // transactional.id.expiration.ms
    // transaction.abort.timed.out.transaction.cleanup.interval.ms (Kafka: 10 s)
    std::int64_t transactionAbortCheckMs = 10000;

    std::int64_t groupInitialRebalanceDelayMs = 3000;
    std::int64_t groupMinSessionTimeoutMs = 6000;
    std::int64_t groupMaxSessionTimeoutMs = 1800000;

    // As Kafka: retention runs every log.retention.check.interval.ms, the first time
    // log.initial.task.delay.ms after a broker starts; compaction, Kafka's log cleaner, on
    // its own every log.cleaner.backoff.ms.
    std::int64_t logRetentionCheckMs = 300000;  // log.retention.check.interval.ms
    std::int64_t logInitialTaskDelayMs = 30000; // log.initial.task.delay.ms
    std::int64_t logCleanerBackoffMs = 15000;   // log.cleaner.backoff.ms
    std::int64_t logFlushIntervalMs = 1000;
    std::int64_t highWatermarkCheckpointMs = 5000; // replica.high.watermark.checkpoint.interval.ms
    std::int64_t snapshotIntervalMs = 100;         // observers get at most 10 snapshots a second

    // Kafka broker configs given when the cluster starts (--config), by Kafka name: Kafka's
    // static broker configs. applyStaticBrokerConfigs() (broker_configs.h) checks them and
    // sets the fields above that they name.
    std::map<std::string, std::string> brokerConfigs;
};

} // namespace es
