// bench_cluster's restart figures: a cluster of many partitions after one broker restarts
// and after the whole cluster restarts, until every partition has its full ISR again and
// until every partition is led by its preferred replica.

#include "bench_cluster_figures.h"
#include "client/producer.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <thread>

namespace bench_cluster {

namespace {

struct Settled {
    std::size_t partitions = 0;
    std::size_t fullIsr = 0;   // partitions whose ISR holds every replica
    std::size_t preferred = 0; // partitions led by their first replica
    bool serving = false;      // every broker registered and unfenced: the stored ISRs count
};

Settled settledOf(const Cluster &cluster, const std::string &topic)
{
    Settled s;
    const auto image = cluster.metadata();
    const es::TopicInfo *t = image ? image->topic(topic) : nullptr;
    if (!t)
        return s;
    // After a whole-cluster restart the stored ISRs and leaders are in the image at once,
    // but brokers serve only once they have opened their logs and been unfenced.
    s.serving = !image->brokers.empty() && std::all_of(image->brokers.begin(), image->brokers.end(),
                                                       [](const auto &b) { return !b.second.fenced; });
    for (const auto &p : t->partitions) {
        ++s.partitions;
        s.fullIsr += p.isr.size() == p.replicas.size() ? 1 : 0;
        s.preferred += !p.replicas.empty() && p.leader == p.replicas.front() ? 1 : 0;
    }
    return s;
}

// Watches the metadata from `start` until both figures are reached or `give` seconds
// passed, and prints them.
void printSettling(const Cluster &cluster, const std::string &topic, const char *what,
                   SteadyClock::time_point start, double give)
{
    std::optional<double> isrMs, balancedMs;
    Settled s;
    while ((!isrMs || !balancedMs) && secondsSince(start) < give) {
        s = settledOf(cluster, topic);
        if (!isrMs && s.serving && s.fullIsr == s.partitions && s.partitions > 0)
            isrMs = msBetween(start, SteadyClock::now());
        if (!balancedMs && s.serving && s.preferred == s.partitions && s.partitions > 0)
            balancedMs = msBetween(start, SteadyClock::now());
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    const auto figure = [&](const std::optional<double> &ms, std::size_t reached) {
        if (ms)
            return formatNumber(*ms, "ms", 0);
        return "not within " + formatNumber(give, "s", 0) + " (" + std::to_string(reached) + " of " +
               std::to_string(s.partitions) + ")";
    };
    printRow(std::string(what) + " -> every ISR full", figure(isrMs, s.fullIsr));
    printRow(std::string(what) + " -> every leader preferred", figure(balancedMs, s.preferred));
}

} // namespace

void benchmarkRestart(Workspace &workspace, const Sizes &sizes)
{
    progress("restart: starting a cluster");
    ClusterConfig config = defaultConfig(workspace.folder("restart"));
    if (sizes.fastTimeouts)
        useFastTimeouts(config);
    const std::string topic = "restart";
    const int partitions = sizes.restartPartitions;
    {
        RunningCluster cluster(config);
        es::CreateTopicSpec spec;
        spec.name = topic;
        spec.partitions = partitions;
        spec.replicationFactor = kReplicationFactor;
        if (const es::AdminResult r = cluster->createTopic(spec); !r.ok())
            die("creating topic " + topic + ": " + r.message);
        cluster.waitUntilReady();
        cluster.waitUntilHosted(topic);

        progress("restart: writing 10 records to every partition");
        {
            es::ProducerConfig pc;
            pc.acks = -1;
            es::Producer producer(*cluster, pc);
            for (int p = 0; p < partitions; ++p)
                for (int i = 0; i < 10; ++i) {
                    es::ProducerRecord record;
                    record.topic = topic;
                    record.partition = p;
                    record.key = keyFor(i);
                    record.value = valueWithStamp(i);
                    producer.send(std::move(record));
                }
            if (!producer.flush(std::chrono::seconds(60)))
                die("writing the records did not finish within 60 s");
        }
        printSettling(*cluster, topic, "restart: created", SteadyClock::now(), 60);

        // Stopped and started as two steps, so the figures tell the controlled shutdown
        // (leadership moved, 2,000 logs closed) from the way back.
        progress("restart: stopping broker 1");
        const auto stopping = SteadyClock::now();
        check(cluster->stopBroker(1), "stopping broker 1");
        printRow("restart: broker 1 stopped (logs closed)",
                 formatNumber(msBetween(stopping, SteadyClock::now()), "ms", 0));
        progress("restart: starting broker 1");
        const auto restarted = SteadyClock::now();
        check(cluster->restartBroker(1), "starting broker 1");
        printSettling(*cluster, topic, "restart: broker 1 started", restarted, 60);
    }

    progress("restart: restarting the whole cluster");
    auto created = Cluster::create(config);
    check(created.status(), "creating the cluster again");
    std::unique_ptr<Cluster> cluster = std::move(*created);
    const auto started = SteadyClock::now();
    check(cluster->start(), "starting the cluster again");
    printSettling(*cluster, topic, "restart: whole cluster", started, 60);
    cluster->stop();
}

} // namespace bench_cluster
