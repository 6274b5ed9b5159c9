#include "wire_keyed.h"

#include <librdkafka/rdkafka.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include <sched.h>
#include <unistd.h>

namespace es::bench::wire {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kValueSize = 100;
constexpr int kKeys = 1000;
constexpr auto kFlushTimeout = std::chrono::seconds(120);

// Restores the calling thread's cores when it goes away.
class AffinityGuard {
public:
    AffinityGuard() { m_ok = ::sched_getaffinity(0, sizeof m_original, &m_original) == 0; }
    ~AffinityGuard()
    {
        if (m_ok)
            ::sched_setaffinity(0, sizeof m_original, &m_original);
    }
    AffinityGuard(const AffinityGuard &) = delete;
    AffinityGuard &operator=(const AffinityGuard &) = delete;

private:
    cpu_set_t m_original{};
    bool m_ok = false;
};

// The calling thread (and the threads and processes it starts from now on) on `core` only.
void pinTo(int core)
{
    if (core < 0)
        return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(core, &set);
    if (::sched_setaffinity(0, sizeof set, &set) != 0)
        fail("cannot pin to core " + std::to_string(core));
}

// Idle time (idle + iowait) by /proc/stat line ("cpu" for all cores, "cpu0", ...), seconds.
std::map<std::string, double> idleSeconds()
{
    std::map<std::string, double> out;
    std::ifstream stat("/proc/stat");
    std::string line;
    const double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
    while (std::getline(stat, line) && line.rfind("cpu", 0) == 0) {
        std::istringstream in(line);
        std::string name;
        double user = 0, nice = 0, system = 0, idle = 0, iowait = 0;
        in >> name >> user >> nice >> system >> idle >> iowait;
        out[name] = (idle + iowait) / ticks;
    }
    return out;
}

// Counts delivered (counts[0]) and failed (counts[1]) records.
void countDelivery(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque)
{
    auto *counts = static_cast<std::atomic<long long> *>(opaque);
    counts[message->err == RD_KAFKA_RESP_ERR_NO_ERROR ? 0 : 1].fetch_add(1, std::memory_order_relaxed);
}

struct TopicDeleter {
    void operator()(rd_kafka_topic_t *topic) const { rd_kafka_topic_destroy(topic); }
};

KeyedFigures produceKeyed(const BenchCluster &cluster, const std::string &topic, long long records,
                          const KeyedSetting &setting, const Pinning &pinning)
{
    std::atomic<long long> counts[2] = {0, 0};
    Kafka rk = newClient(RD_KAFKA_PRODUCER, cluster.bootstrap(),
                         {{"acks", setting.acks},
                          {"linger.ms", std::to_string(setting.lingerMs)},
                          {"queue.buffering.max.messages", "1000000"}},
                         countDelivery, counts);
    const std::unique_ptr<rd_kafka_topic_t, TopicDeleter> handle(
        rd_kafka_topic_new(rk.get(), topic.c_str(), nullptr));
    std::vector<std::string> keys;
    for (int k = 0; k < kKeys; ++k)
        keys.push_back("key-" + std::to_string(k));
    std::string value(kValueSize, 'k');

    const auto idleBefore = idleSeconds();
    const double cpuBefore = cluster.cpuSeconds();
    const auto start = Clock::now();
    for (long long i = 0; i < records; ++i) {
        const std::string &key = keys[static_cast<std::size_t>(i % kKeys)];
        while (rd_kafka_produce(handle.get(), RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY, value.data(),
                                kValueSize, key.data(), key.size(), nullptr) != 0) {
            const rd_kafka_resp_err_t err = rd_kafka_last_error();
            if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL)
                fail(std::string("keyed produce: ") + rd_kafka_err2str(err));
            rd_kafka_poll(rk.get(), 1);
        }
        if ((i & 1023) == 0)
            rd_kafka_poll(rk.get(), 0);
    }
    if (rd_kafka_flush(rk.get(), static_cast<int>(std::chrono::milliseconds(kFlushTimeout).count())) !=
        RD_KAFKA_RESP_ERR_NO_ERROR)
        fail("keyed produce: flush timed out");
    KeyedFigures f;
    f.wallSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    f.clusterCpuSeconds = cluster.cpuSeconds() - cpuBefore;
    const auto idleAfter = idleSeconds();
    const auto idleOf = [&](const std::string &name) { return idleAfter.at(name) - idleBefore.at(name); };
    f.idleSeconds = idleOf("cpu");
    if (pinning.cluster >= 0) {
        f.clusterCoreIdle = idleOf("cpu" + std::to_string(pinning.cluster));
        f.clientCoreIdle = idleOf("cpu" + std::to_string(pinning.client));
    }
    f.records = records;
    if (counts[1] != 0 || counts[0] != records)
        fail("keyed produce: " + std::to_string(counts[1].load()) + " records failed, " +
             std::to_string(counts[0].load()) + " delivered of " + std::to_string(records));
    f.rate = static_cast<double>(records) / f.wallSeconds;
    return f;
}

} // namespace

Pinning keyedPinning()
{
    cpu_set_t allowed;
    if (::sched_getaffinity(0, sizeof allowed, &allowed) != 0)
        return {};
    std::vector<int> cores;
    for (int c = 0; c < CPU_SETSIZE && cores.size() < 2; ++c)
        if (CPU_ISSET(c, &allowed))
            cores.push_back(c);
    if (cores.size() < 2)
        return {};
    return {cores[1], cores[0]};
}

std::vector<KeyedFigures> measureKeyed(const ClusterFactory &make, long long records)
{
    const Pinning pinning = keyedPinning();
    const AffinityGuard restore;
    pinTo(pinning.cluster);
    const std::unique_ptr<BenchCluster> cluster = make();
    pinTo(pinning.client);
    std::vector<std::string> topics;
    for (const KeyedSetting &s : kKeyedSettings) {
        topics.push_back("bench-keyed-linger" + std::to_string(s.lingerMs) + "-acks" + s.acks);
        cluster->createTopic(topics.back());
    }
    std::vector<KeyedFigures> out;
    for (std::size_t i = 0; i < kKeyedSettings.size(); ++i) {
        std::fprintf(stderr, "bench_wire: keyed, linger.ms=%d acks=%s\n", kKeyedSettings[i].lingerMs,
                     kKeyedSettings[i].acks);
        out.push_back(produceKeyed(*cluster, topics[i], records, kKeyedSettings[i], pinning));
    }
    return out;
}

} // namespace es::bench::wire
