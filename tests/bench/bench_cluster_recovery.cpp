// bench_cluster's recovery figures: failover after a leader's crash and a consumer group's
// first assembly.

#include "bench_cluster_figures.h"
#include "client/consumer.h"
#include "client/producer.h"
#include "cluster/topic_name.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace bench_cluster {

// 3. failover: a steady producer to every partition; crash the leader of partition 0 and
// time how long until a record sent after the crash to that partition is acknowledged.
void benchmarkFailover(Workspace &workspace, const Sizes &sizes)
{
    progress("failover: starting a cluster");
    ClusterConfig config = defaultConfig(workspace.folder("failover"));
    if (sizes.fastTimeouts)
        useFastTimeouts(config);
    RunningCluster cluster(config);
    const std::string topic = "failover";
    cluster.createTopic(topic);

    // Per partition: when the first record sent after the crash was acknowledged (ns on
    // the steady clock, 0 until then). Written on the producer's thread only; declared
    // before the producer, whose callbacks use it until the producer is gone.
    struct State {
        std::atomic<std::int64_t> crashedAt{std::numeric_limits<std::int64_t>::max()};
        std::array<std::atomic<std::int64_t>, kPartitions> resumedAt{};
        std::atomic<std::int64_t> failed{0};
    } state;

    es::ProducerConfig pc;
    pc.acks = -1;
    pc.lingerMs = 0;
    es::Producer producer(*cluster, pc);

    constexpr double kRate = 3000; // records/s over all partitions, 500/s each
    // Stopped and joined when it goes out of scope, on an exception too.
    std::jthread sender([&](const std::stop_token &stop) {
        const auto start = SteadyClock::now();
        std::int64_t n = 0;
        while (!stop.stop_requested()) {
            const auto due = static_cast<std::int64_t>(secondsSince(start) * kRate) + 1;
            for (; n < due; ++n) {
                const auto partition = static_cast<std::int32_t>(n % kPartitions);
                const std::int64_t sentAt = nanosNow();
                es::ProducerRecord record;
                record.topic = topic;
                record.partition = partition;
                record.key = keyFor(n);
                record.value = valueWithStamp(sentAt);
                State *s = &state;
                producer.send(std::move(record), [s, sentAt, partition](const es::DeliveryReport &r) {
                    if (!r.ok()) {
                        s->failed.fetch_add(1);
                        return;
                    }
                    auto &resumed = s->resumedAt[static_cast<std::size_t>(partition)];
                    if (sentAt >= s->crashedAt.load() && resumed.load() == 0)
                        resumed.store(nanosNow());
                });
            }
            std::this_thread::sleep_until(start +
                                          std::chrono::duration<double>(static_cast<double>(n) / kRate));
        }
    });

    progress("failover: producing steadily");
    std::this_thread::sleep_for(std::chrono::duration<double>(sizes.failoverSteadySeconds));
    const es::TopicPartition victim{topic, 0};
    const std::int32_t leader = cluster->metadata()->partition(victim)->leader;
    std::vector<std::size_t> ledByVictim;
    {
        const auto image = cluster->metadata();
        for (int p = 0; p < kPartitions; ++p)
            if (image->partition({topic, p})->leader == leader)
                ledByVictim.push_back(static_cast<std::size_t>(p));
    }

    progress("failover: crashing the leader of partition 0");
    const auto crashed = SteadyClock::now();
    state.crashedAt = crashed.time_since_epoch().count();
    check(cluster->crashBroker(leader, false), "crashing the leader");

    // Watch the controller's metadata for the new leader while waiting for the producer.
    std::optional<SteadyClock::time_point> newLeaderAt;
    const double give = static_cast<double>(config.brokerSessionTimeoutMs) / 1000 + 10;
    while (secondsSince(crashed) < give) {
        if (!newLeaderAt) {
            const auto info = cluster->metadata()->partition(victim);
            if (info->leader >= 0 && info->leader != leader)
                newLeaderAt = SteadyClock::now();
        }
        const bool allResumed = std::all_of(ledByVictim.begin(), ledByVictim.end(),
                                            [&](std::size_t p) { return state.resumedAt[p].load() != 0; });
        if (allResumed && newLeaderAt)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    sender.request_stop();
    sender.join();
    if (!producer.flush(std::chrono::seconds(30)))
        die("the failover producer did not finish within 30 s");
    if (state.failed.load() > 0)
        die(std::to_string(state.failed.load()) + " records failed during the failover");

    const std::int64_t crashNs = crashed.time_since_epoch().count();
    const auto resumedMs = [&](std::size_t p) {
        const std::int64_t at = state.resumedAt[p].load();
        return at == 0 ? -1.0 : static_cast<double>(at - crashNs) / 1e6;
    };
    const double resumed = resumedMs(0);
    if (resumed < 0)
        die("producing to partition 0 did not resume within " + formatNumber(give, "s", 0));
    const double target = static_cast<double>(config.brokerSessionTimeoutMs) + 300;
    char label[80];
    std::snprintf(label, sizeof label, "failover: crash -> first ack (session %lld ms)",
                  static_cast<long long>(config.brokerSessionTimeoutMs));
    printRow(label, formatNumber(resumed, "ms", 0), resumed, Target{Target::Kind::AtMost, target},
             "<= " + formatNumber(target, "ms", 0));
    if (newLeaderAt)
        printRow("failover: crash -> new leader in metadata",
                 formatNumber(msBetween(crashed, *newLeaderAt), "ms", 0));
    double slowest = 0;
    for (std::size_t p : ledByVictim)
        slowest = std::max(slowest, resumedMs(p));
    printRow("failover: crash -> every partition it led resumed",
             formatNumber(slowest, "ms", 0) + " (" + std::to_string(ledByVictim.size()) + ")");
}

// 4. a consumer group of three: from the first subscribe() until all three members hold
// the same generation's assignment. The offsets topic exists beforehand and every broker
// has opened it, as on a cluster that has seen any group.
void benchmarkGroup(Workspace &workspace, const Sizes &sizes)
{
    progress("group: starting a cluster");
    ClusterConfig config = defaultConfig(workspace.folder("group"));
    if (sizes.fastTimeouts)
        useFastTimeouts(config);
    RunningCluster cluster(config);
    const std::string topic = "group-input";
    cluster.createTopic(topic);
    const es::AdminResult offsets = cluster->ensureOffsetsTopic();
    if (!offsets.ok())
        die("creating the offsets topic: " + offsets.message);
    cluster.waitUntilHosted(std::string(es::kConsumerOffsetsTopic));

    const std::string groupId = "bench-group";
    es::ConsumerConfig cc;
    cc.groupId = groupId;
    std::vector<std::unique_ptr<es::Consumer>> members;
    for (int i = 0; i < 3; ++i) {
        cc.clientId = "bench-member-" + std::to_string(i + 1);
        members.push_back(std::make_unique<es::Consumer>(*cluster, cc));
    }

    progress("group: three members subscribe");
    const auto start = SteadyClock::now();
    for (auto &m : members)
        m->subscribe({topic});
    const auto allSubscribed = SteadyClock::now();

    const double give = static_cast<double>(config.groupInitialRebalanceDelayMs) / 1000 + 20;
    std::optional<SteadyClock::time_point> stableAt;
    std::size_t assigned = 0;
    while (!stableAt && secondsSince(start) < give) {
        const std::int32_t generation = members.front()->generation();
        assigned = 0;
        bool same = generation > 0;
        for (auto &m : members) {
            same = same && m->generation() == generation;
            assigned += m->assignment().size();
        }
        if (same && assigned == static_cast<std::size_t>(kPartitions))
            stableAt = SteadyClock::now();
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (!stableAt)
        die("the group did not settle within " + formatNumber(give, "s", 0) + " (" +
            std::to_string(assigned) + " partitions assigned)");
    const double ms = msBetween(start, *stableAt);
    const double target = static_cast<double>(config.groupInitialRebalanceDelayMs) + 200;
    char label[80];
    std::snprintf(label, sizeof label, "group of 3 stable (initial delay %lld ms)",
                  static_cast<long long>(config.groupInitialRebalanceDelayMs));
    printRow(label, formatNumber(ms, "ms", 0), ms, Target{Target::Kind::AtMost, target},
             "<= " + formatNumber(target, "ms", 0));
    // The coordinator completes the first join one initial delay after the last member
    // arrived; what is beyond that is the coordinator's and the clients' own time.
    printRow("group: beyond the initial delay",
             formatNumber(ms - static_cast<double>(config.groupInitialRebalanceDelayMs), "ms", 0));
    printRow("group: the three subscribe() calls took",
             formatNumber(msBetween(start, allSubscribed), "ms", 1));

    // The coordinator's own view, as the next snapshots show it.
    const auto seen = SteadyClock::now();
    std::string coordinatorView = "not within 2 s";
    while (secondsSince(seen) < 2) {
        const auto snap = cluster->snapshot();
        const es::GroupView *view = nullptr;
        if (snap)
            for (const auto &g : snap->groups)
                if (g.group.groupId == groupId)
                    view = &g;
        if (view && view->group.state == es::GroupState::Stable &&
            view->group.members.size() == members.size()) {
            coordinatorView = "generation " + std::to_string(view->group.generation);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    printRow("group: snapshot shows Stable with 3 members", coordinatorView);
    for (auto &m : members)
        m->close();
}

} // namespace bench_cluster
