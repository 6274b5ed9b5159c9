#pragma once

// The two clusters the wire benchmark drives with the same librdkafka client: Eventscope's
// headless cluster in a child process, and librdkafka's in-memory mock cluster. Failures
// are thrown as std::runtime_error.

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <filesystem>
#include <memory>
#include <string>
#include <sys/types.h>
#include <utility>
#include <vector>

namespace es::bench::wire {

inline constexpr int kBrokers = 3;
inline constexpr int kPartitions = 6;
inline constexpr int kReplicationFactor = 3;

[[noreturn]] void fail(const std::string &what);

struct KafkaDeleter {
    void operator()(rd_kafka_t *rk) const { rd_kafka_destroy(rk); }
};
// An owned librdkafka instance.
using Kafka = std::unique_ptr<rd_kafka_t, KafkaDeleter>;

struct ConfigEntry {
    const char *name;
    std::string value;
};

// librdkafka's delivery report callback (rd_kafka_conf_set_dr_msg_cb).
using DeliveryCallback = void (*)(rd_kafka_t *rk, const rd_kafka_message_t *message, void *opaque);

// A client of `type` for `bootstrap` (none where empty) with the given settings; with a
// delivery report callback for producers that want one (`opaque` is passed to it).
Kafka newClient(rd_kafka_type_t type, const std::string &bootstrap, const std::vector<ConfigEntry> &entries,
                DeliveryCallback onDelivery = nullptr, void *opaque = nullptr);

// Waits until the metadata shows `topic` with kPartitions partitions, each led by a broker.
void waitForTopic(rd_kafka_t *rk, const std::string &topic);

// Something that serves a bootstrap list and can create the benchmark's topics
// (kPartitions partitions, replication factor kReplicationFactor).
class BenchCluster {
public:
    virtual ~BenchCluster() = default;
    virtual std::string bootstrap() const = 0;
    virtual void createTopic(const std::string &topic) = 0;
    // CPU seconds the cluster has used so far (its process, or its threads in this one).
    virtual double cpuSeconds() const = 0;
};

// librdkafka's mock cluster of kBrokers brokers, inside a client instance's threads. Like
// the headless cluster's process, those threads run where the constructing thread may.
class MockCluster final : public BenchCluster {
public:
    MockCluster();
    ~MockCluster() override;
    MockCluster(const MockCluster &) = delete;
    MockCluster &operator=(const MockCluster &) = delete;

    std::string bootstrap() const override;
    void createTopic(const std::string &topic) override;
    // Counts the threads the constructor started (the host instance's and the mock's).
    double cpuSeconds() const override;

private:
    std::vector<int> m_threads; // thread ids, in this process
    Kafka m_host;
    rd_kafka_mock_cluster_t *m_cluster = nullptr;
};

// What a headless cluster runs beyond the defaults: `listeners`, protocols such as
// "SASL_SSL", each on its own free ports instead of the --port PLAINTEXT one (the first
// serves bootstrap()), and more command-line arguments.
struct HeadlessOptions {
    std::vector<std::string> listeners;
    std::vector<std::string> extraArgs;
};

// `eventscope --headless` with kBrokers brokers on free loopback ports and a fresh data
// directory, started by the constructor (which returns once the ready lines are printed)
// and stopped with SIGTERM by the destructor.
class HeadlessCluster final : public BenchCluster {
public:
    explicit HeadlessCluster(const std::filesystem::path &binary, const HeadlessOptions &options = {});
    ~HeadlessCluster() override;
    HeadlessCluster(const HeadlessCluster &) = delete;
    HeadlessCluster &operator=(const HeadlessCluster &) = delete;

    std::string bootstrap() const override { return m_bootstrap; }
    void createTopic(const std::string &topic) override;
    double cpuSeconds() const override;
    // The bootstrap list of the listener of `protocol`, from its "listener ready" line.
    std::string listenerBootstrap(const std::string &protocol) const;
    // The CA clients trust, from the "tls ca" line; empty without a TLS listener.
    const std::string &caFile() const { return m_caFile; }

private:
    void stop();
    void readListenerLines(int fd, std::string &buffer, const HeadlessOptions &options);

    std::filesystem::path m_dataDir;
    pid_t m_pid = -1;
    std::string m_bootstrap;
    std::vector<std::pair<std::string, std::string>> m_listeners; // protocol, bootstrap
    std::string m_caFile;
};

} // namespace es::bench::wire
