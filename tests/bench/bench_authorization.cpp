// What authorization costs a request: a Produce of one small record batch over a loopback
// PLAINTEXT listener, answered with acks=1, with no ACL at all (allow.everyone.if.no.acl.found,
// the authorizer's shortcut) and with 1,000 ACLs (the producer allowed by one of them,
// allow.everyone.if.no.acl.found off). The figure is the process's CPU time per request,
// client included; the issue's target is at most 5 % more with the ACLs. Not a test: run it
// on demand after changing engine/server/authorization or engine/security's authorizer.
//
//   bench_authorization [--quick] [--dir <folder>]

#include "bench_table.h"
#include "bench_workspace.h"
#include "loopback_ports.h"
#include "process_cpu.h"
#include "server/wire_client.h"

#include "cluster/cluster.h"
#include "common/logging.h"
#include "security/security_store.h"
#include "server/listeners.h"
#include "storage/record_batch_builder.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

using namespace es;
using security::AclOperation;
using security::AclPermission;
using security::PatternType;
using security::ResourceType;

namespace {

constexpr std::string_view kTopic = "bench-produce";

[[noreturn]] void die(const std::string &what) { throw std::runtime_error(what); }

void check(const Status &s, const std::string &what)
{
    if (!s.isOk())
        die(what + ": " + s.toString());
}

struct Options {
    bool quick = false;
    std::optional<std::filesystem::path> dir;
};

// 1,000 ACLs in the shape of bench_authorizer's: 500 topics, 50 principals, literal and
// prefixed, one in 20 a deny; plus the allow that lets the benchmark's client write.
std::vector<security::AclBinding> thousandAcls()
{
    std::vector<security::AclBinding> acls;
    for (int i = 0; i < 999; ++i) {
        const std::string principal = "User:app-" + std::to_string(i % 50);
        const std::string topic = "team-" + std::to_string(i % 10) + ".topic-" + std::to_string(i % 500);
        const bool prefixed = i % 7 == 0;
        acls.push_back({{ResourceType::Topic, prefixed ? "team-" + std::to_string(i % 10) + "." : topic,
                         prefixed ? PatternType::Prefixed : PatternType::Literal},
                        {principal, "*", i % 2 == 0 ? AclOperation::Read : AclOperation::Write,
                         i % 20 == 19 ? AclPermission::Deny : AclPermission::Allow}});
    }
    acls.push_back({{ResourceType::Topic, std::string(kTopic), PatternType::Literal},
                    {"User:ANONYMOUS", "*", AclOperation::Write, AclPermission::Allow}});
    return acls;
}

protocol::ProduceRequest smallProduce()
{
    RecordBatchBuilder builder;
    const std::string_view keyText = "key-1";
    const std::string_view valueText = R"({"orderId":42,"amount":17.5,"currency":"EUR"})";
    const Bytes key(keyText.begin(), keyText.end());
    const Bytes value(valueText.begin(), valueText.end());
    builder.append(ByteView(key), ByteView(value), {}, 1700000000000);
    protocol::ProduceRequest req;
    req.acks = 1;
    req.timeoutMs = 10000;
    req.topicData.push_back({std::string(kTopic), {{0, *builder.build()}}});
    return req;
}

// What the request path adds per decision, without the request around it: the index's
// answer and the record of it, as server::authorize() does them.
double decisionNs(const std::vector<security::AclBinding> &acls, bool allowEveryone)
{
    const security::AclIndex index(acls, {{}, allowEveryone});
    security::RecentAuthorizations recent;
    const security::RequestPrincipal who{"User:ANONYMOUS", "127.0.0.1", "PLAINTEXT"};
    const security::AuthorizationAction action{AclOperation::Write, ResourceType::Topic, std::string(kTopic)};
    constexpr int kDecisions = 200000;
    int allowed = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kDecisions; ++i) {
        const bool yes = index.authorize(who, action).allowed;
        recent.record(who, action, "Produce", yes, i);
        allowed += yes ? 1 : 0;
    }
    const double ns =
        std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
    if (allowed != kDecisions)
        die("the benchmark's producer is not allowed");
    return ns / kDecisions;
}

struct Round {
    double cpuUsPerRequest = 0;
    double wallUsPerRequest = 0;
};

// `requests` Produce requests one after the other on one connection.
Round produceRound(int port, int requests)
{
    test::WireClient client(port);
    const protocol::ProduceRequest req = smallProduce();
    const double cpuBefore = bench::cpuSecondsIn("/proc/self/stat");
    const auto wallBefore = std::chrono::steady_clock::now();
    for (int i = 0; i < requests; ++i) {
        auto answer = client.call(req, 8);
        if (!answer || answer->responses.empty() || answer->responses[0].partitionResponses.empty() ||
            answer->responses[0].partitionResponses[0].errorCode != ErrorCode::None)
            die("a produce failed");
    }
    const double cpu = bench::cpuSecondsIn("/proc/self/stat") - cpuBefore;
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallBefore).count();
    return {cpu * 1e6 / requests, wall * 1e6 / requests};
}

int benchmark(const Options &options)
{
    setLogLevel("warn");
    bench::Workspace workspace(options.dir);
    ClusterConfig config;
    config.dataDir = workspace.folder("cluster");
    config.brokers = 1;
    const std::optional<int> port = bench::freeLoopbackPortRun(19400, 1);
    if (!port)
        die("no loopback port is free");
    config.basePort = *port;
    auto created = Cluster::create(config);
    check(created.status(), "creating a cluster");
    std::unique_ptr<Cluster> cluster = std::move(*created);
    server::installListeners(*cluster);
    check(cluster->start(), "starting the cluster");
    if (!cluster->waitUntilReady(std::chrono::seconds(20)))
        die("the cluster did not become ready");
    CreateTopicSpec topic;
    topic.name = std::string(kTopic);
    topic.partitions = 1;
    topic.replicationFactor = 1;
    if (const AdminResult made = cluster->createTopic(topic); !made.ok())
        die("creating the topic: " + made.message);
    if (!cluster->waitUntilReady(std::chrono::seconds(20)))
        die("the topic got no leader");

    const int requests = options.quick ? 2000 : 20000;
    const int rounds = options.quick ? 2 : 5;
    security::SecurityStore &store = cluster->security();
    const std::vector<security::AclBinding> acls = thousandAcls();
    produceRound(*port, requests / 10); // warm up
    // Rounds alternate, so that drift (page cache, frequency) falls on both alike; the best
    // round of each stands for it.
    std::vector<Round> without;
    std::vector<Round> with;
    for (int r = 0; r < rounds; ++r) {
        check(store.setOptions({{}, true}), "allowing everyone");
        store.deleteAcls({security::AclBindingFilter{}});
        without.push_back(produceRound(*port, requests));
        for (const Status &s : store.createAcls(acls))
            check(s, "adding an ACL");
        check(store.setOptions({{}, false}), "refusing what no ACL allows");
        with.push_back(produceRound(*port, requests));
    }
    const auto best = [](const std::vector<Round> &all) {
        return *std::min_element(all.begin(), all.end(), [](const Round &a, const Round &b) {
            return a.cpuUsPerRequest < b.cpuUsPerRequest;
        });
    };
    const Round a = best(without);
    const Round b = best(with);
    std::printf("Eventscope authorization benchmark: 1 broker in-process, Produce of 1 record (acks=1) over "
                "loopback, %d requests x %d rounds per case\n",
                requests, rounds);
    bench::printHeader();
    bench::printRow("CPU per Produce, no ACL", bench::formatNumber(a.cpuUsPerRequest, "us", 1));
    bench::printRow("CPU per Produce, 1,000 ACLs", bench::formatNumber(b.cpuUsPerRequest, "us", 1));
    const double extra = 100.0 * (b.cpuUsPerRequest - a.cpuUsPerRequest) / a.cpuUsPerRequest;
    bench::printRow("extra CPU with 1,000 ACLs", bench::formatNumber(extra, "%", 1), extra,
                    bench::Target{bench::Target::Kind::AtMost, 5.0}, "<= 5 %");
    bench::printRow("one decision and its record, no ACL",
                    bench::formatNumber(decisionNs({}, true), "ns", 0));
    bench::printRow("one decision and its record, 1,000 ACLs",
                    bench::formatNumber(decisionNs(acls, false), "ns", 0));
    bench::printRow("latency per Produce, no ACL", bench::formatNumber(a.wallUsPerRequest, "us", 1));
    bench::printRow("latency per Produce, 1,000 ACLs", bench::formatNumber(b.wallUsPerRequest, "us", 1));
    cluster.reset();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            options.quick = true;
        } else if (std::strcmp(argv[i], "--dir") == 0 && i + 1 < argc) {
            options.dir = argv[++i];
        } else {
            std::fprintf(stderr, "usage: bench_authorization [--quick] [--dir <folder>]\n");
            return 2;
        }
    }
    try {
        return benchmark(options);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_authorization: %s\n", e.what());
        return 1;
    }
}
