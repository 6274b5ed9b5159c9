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

// `eventscope --headless` with kBrokers brokers on free loopback ports and a fresh data
// directory, started by the constructor (which returns once the ready line is printed)
// and stopped with SIGTERM by the destructor.
class HeadlessCluster final : public BenchCluster {
public:
    explicit HeadlessCluster(const std::filesystem::path &binary);
    ~HeadlessCluster() override;
    HeadlessCluster(const HeadlessCluster &) = delete;
    HeadlessCluster &operator=(const HeadlessCluster &) = delete;

    std::string bootstrap() const override { return m_bootstrap; }
    void createTopic(const std::string &topic) override;
    double cpuSeconds() const override;

private:
    void stop();

    std::filesystem::path m_dataDir;
    pid_t m_pid = -1;
    std::string m_bootstrap;
};

} // namespace es::bench::wire
