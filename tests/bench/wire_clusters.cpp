#include "wire_clusters.h"

#include "process_cpu.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <set>
#include <stdexcept>
#include <thread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace es::bench::wire {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

constexpr auto kTopicTimeout = std::chrono::seconds(30);
constexpr auto kReadyTimeout = std::chrono::seconds(30);
constexpr auto kStopTimeout = std::chrono::seconds(20);

bool portsFree(int base, int count)
{
    for (int port = base; port < base + count; ++port) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(static_cast<std::uint16_t>(port));
        const bool bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0;
        ::close(fd);
        if (!bound)
            return false;
    }
    return true;
}

// A base port with `count` free ports from it: the kernel's pick of an ephemeral port,
// checked upwards. Another process may still take one before the cluster binds it.
int freeBasePort(int count)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        const bool bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0 &&
                           ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0;
        ::close(fd);
        const int base = ntohs(addr.sin_port);
        if (bound && base + count < 65535 && portsFree(base, count))
            return base;
    }
    fail("no free range of loopback ports");
}

// The next line `fd` delivers within `timeout`, without its newline; what was read past
// it stays in `line` for the next call.
std::string readLine(int fd, std::chrono::seconds timeout, std::string &line)
{
    const auto deadline = Clock::now() + timeout;
    while (line.find('\n') == std::string::npos) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        pollfd p{fd, POLLIN, 0};
        if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0)
            break;
        char buf[256];
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            break;
        line.append(buf, static_cast<std::size_t>(n));
    }
    const std::size_t end = line.find('\n');
    std::string first = line.substr(0, end);
    line.erase(0, end == std::string::npos ? end : end + 1);
    return first;
}

void printLogTail(const fs::path &path)
{
    std::FILE *f = std::fopen(path.c_str(), "rb");
    if (f == nullptr)
        return;
    std::fseek(f, 0, SEEK_END);
    const long size = std::ftell(f);
    std::fseek(f, std::max(0L, size - 4096), SEEK_SET);
    char buf[4096];
    const std::size_t n = std::fread(buf, 1, sizeof buf, f);
    std::fclose(f);
    std::fprintf(stderr, "bench_wire: the end of eventscope's log:\n%.*s\n", static_cast<int>(n), buf);
}

} // namespace

void fail(const std::string &what) { throw std::runtime_error(what); }

Kafka newClient(rd_kafka_type_t type, const std::string &bootstrap, const std::vector<ConfigEntry> &entries,
                DeliveryCallback onDelivery, void *opaque)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char err[512];
    auto set = [&](const char *name, const std::string &value) {
        if (rd_kafka_conf_set(conf, name, value.c_str(), err, sizeof err) != RD_KAFKA_CONF_OK) {
            rd_kafka_conf_destroy(conf);
            fail(std::string("config ") + name + ": " + err);
        }
    };
    if (!bootstrap.empty())
        set("bootstrap.servers", bootstrap);
    for (const ConfigEntry &e : entries)
        set(e.name, e.value);
    if (onDelivery != nullptr)
        rd_kafka_conf_set_dr_msg_cb(conf, onDelivery);
    rd_kafka_conf_set_opaque(conf, opaque);
    rd_kafka_t *rk = rd_kafka_new(type, conf, err, sizeof err);
    if (rk == nullptr) {
        rd_kafka_conf_destroy(conf);
        fail(std::string("rd_kafka_new: ") + err);
    }
    return Kafka(rk);
}

void waitForTopic(rd_kafka_t *rk, const std::string &topic)
{
    const auto deadline = Clock::now() + kTopicTimeout;
    while (Clock::now() < deadline) {
        rd_kafka_topic_t *handle = rd_kafka_topic_new(rk, topic.c_str(), nullptr);
        const rd_kafka_metadata_t *md = nullptr;
        const rd_kafka_resp_err_t err = rd_kafka_metadata(rk, 0, handle, &md, 5000);
        rd_kafka_topic_destroy(handle);
        bool ready = false;
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR && md->topic_cnt == 1 && md->topics[0].err == 0 &&
            md->topics[0].partition_cnt == kPartitions) {
            const rd_kafka_metadata_partition_t *partitions = md->topics[0].partitions;
            ready =
                std::all_of(partitions, partitions + kPartitions, [](const rd_kafka_metadata_partition_t &p) {
                    return p.err == 0 && p.leader >= 0;
                });
        }
        if (md != nullptr)
            rd_kafka_metadata_destroy(md);
        if (ready)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    fail("topic " + topic + " did not get leaders for all partitions");
}

namespace {

std::set<int> threadIds()
{
    std::set<int> ids;
    for (const auto &task : fs::directory_iterator("/proc/self/task"))
        ids.insert(std::atoi(task.path().filename().c_str()));
    return ids;
}

} // namespace

MockCluster::MockCluster()
{
    const std::set<int> before = threadIds();
    // It runs inside a client instance with no brokers of its own (and nothing to warn about).
    m_host = newClient(RD_KAFKA_PRODUCER, "", {{"log_level", "4"}});
    m_cluster = rd_kafka_mock_cluster_new(m_host.get(), kBrokers);
    if (m_cluster == nullptr)
        fail("rd_kafka_mock_cluster_new failed");
    for (int id : threadIds())
        if (!before.contains(id))
            m_threads.push_back(id);
}

double MockCluster::cpuSeconds() const
{
    double total = 0;
    for (int id : m_threads)
        total += cpuSecondsIn(fs::path("/proc/self/task") / std::to_string(id) / "stat");
    return total;
}

MockCluster::~MockCluster() { rd_kafka_mock_cluster_destroy(m_cluster); }

std::string MockCluster::bootstrap() const { return rd_kafka_mock_cluster_bootstraps(m_cluster); }

void MockCluster::createTopic(const std::string &topic)
{
    // The mock has no CreateTopics handler; its topics are made through its own API.
    if (rd_kafka_mock_topic_create(m_cluster, topic.c_str(), kPartitions, kReplicationFactor) != 0)
        fail("rd_kafka_mock_topic_create failed");
    Kafka probe = newClient(RD_KAFKA_PRODUCER, bootstrap(), {});
    waitForTopic(probe.get(), topic);
}

HeadlessCluster::HeadlessCluster(const fs::path &binary, const HeadlessOptions &options)
{
    const fs::path scratch = fs::temp_directory_path() / "bench-wire-XXXXXX";
    std::string pattern = scratch.string();
    if (::mkdtemp(pattern.data()) == nullptr)
        fail("cannot create a data directory under " + scratch.parent_path().string());
    m_dataDir = pattern;
    const int base = freeBasePort(kBrokers * std::max<int>(1, static_cast<int>(options.listeners.size())));

    int out[2];
    if (::pipe(out) != 0)
        fail("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, out[1]);
    const fs::path log = m_dataDir / "eventscope.log";
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    const std::string program = binary.string();
    const std::string brokers = std::to_string(kBrokers);
    const std::string port = std::to_string(base);
    const std::string data = (m_dataDir / "data").string();
    std::vector<std::string> argv = {program, "--headless", "--brokers", brokers, "--data-dir", data};
    if (options.listeners.empty()) {
        argv.insert(argv.end(), {"--port", port});
    } else {
        // Listener k has the ports from base + k * kBrokers.
        for (std::size_t k = 0; k < options.listeners.size(); ++k)
            argv.insert(argv.end(),
                        {"--listener", options.listeners[k] + "://127.0.0.1:" +
                                           std::to_string(base + static_cast<int>(k) * kBrokers)});
    }
    argv.insert(argv.end(), options.extraArgs.begin(), options.extraArgs.end());
    std::vector<char *> args;
    for (std::string &a : argv)
        args.push_back(a.data());
    args.push_back(nullptr);
    const int rc = posix_spawn(&m_pid, program.c_str(), &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    if (rc != 0) {
        ::close(out[0]);
        m_pid = -1;
        std::error_code ignored;
        fs::remove_all(m_dataDir, ignored);
        fail("cannot start " + program + ": " + std::strerror(rc));
    }
    std::string buffer;
    const std::string line = readLine(out[0], kReadyTimeout, buffer);
    const std::string prefix = "cluster ready: ";
    try {
        if (line.rfind(prefix, 0) != 0)
            fail("eventscope did not get ready (its first line: '" + line + "')");
        m_bootstrap = line.substr(prefix.size());
        readListenerLines(out[0], buffer, options);
    } catch (const std::exception &) {
        ::close(out[0]);
        stop();
        printLogTail(log);
        std::error_code ignored;
        fs::remove_all(m_dataDir, ignored);
        throw;
    }
    ::close(out[0]);
}

// "listener ready: PROTOCOL LIST" for each listener asked for, then "tls ca: FILE sha256 FP"
// where one uses TLS.
void HeadlessCluster::readListenerLines(int fd, std::string &buffer, const HeadlessOptions &options)
{
    bool tls = false;
    for (const std::string &protocol : options.listeners) {
        const std::string line = readLine(fd, std::chrono::seconds(5), buffer);
        const std::string prefix = "listener ready: " + protocol + " ";
        if (line.rfind(prefix, 0) != 0)
            fail("expected the " + protocol + " listener's ready line, read '" + line + "'");
        m_listeners.emplace_back(protocol, line.substr(prefix.size()));
        tls = tls || protocol == "SSL" || protocol == "SASL_SSL";
    }
    if (!tls)
        return;
    const std::string line = readLine(fd, std::chrono::seconds(5), buffer);
    const std::string prefix = "tls ca: ";
    const std::size_t end = line.find(" sha256 ");
    if (line.rfind(prefix, 0) != 0 || end == std::string::npos)
        fail("expected \"tls ca: FILE sha256 FP\", read '" + line + "'");
    m_caFile = line.substr(prefix.size(), end - prefix.size());
}

std::string HeadlessCluster::listenerBootstrap(const std::string &protocol) const
{
    for (const auto &[name, bootstrap] : m_listeners)
        if (name == protocol)
            return bootstrap;
    fail("the cluster has no " + protocol + " listener");
}

double HeadlessCluster::cpuSeconds() const
{
    return m_pid > 0 ? cpuSecondsIn(fs::path("/proc") / std::to_string(m_pid) / "stat") : 0;
}

HeadlessCluster::~HeadlessCluster()
{
    stop();
    std::error_code ignored;
    fs::remove_all(m_dataDir, ignored);
}

void HeadlessCluster::createTopic(const std::string &topic)
{
    Kafka rk = newClient(RD_KAFKA_PRODUCER, m_bootstrap, {});
    char err[512];
    rd_kafka_NewTopic_t *newTopic =
        rd_kafka_NewTopic_new(topic.c_str(), kPartitions, kReplicationFactor, err, sizeof err);
    if (newTopic == nullptr)
        fail(std::string("NewTopic: ") + err);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk.get());
    rd_kafka_CreateTopics(rk.get(), &newTopic, 1, nullptr, queue);
    rd_kafka_event_t *event =
        rd_kafka_queue_poll(queue, static_cast<int>(std::chrono::milliseconds(kTopicTimeout).count()));
    std::string problem;
    if (event == nullptr) {
        problem = "CreateTopics timed out";
    } else if (rd_kafka_event_error(event) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        problem = std::string("CreateTopics: ") + rd_kafka_event_error_string(event);
    } else {
        size_t count = 0;
        const rd_kafka_topic_result_t **results =
            rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count);
        if (count != 1 || rd_kafka_topic_result_error(results[0]) != RD_KAFKA_RESP_ERR_NO_ERROR)
            problem = std::string("CreateTopics: ") +
                      (count == 1 ? rd_kafka_topic_result_error_string(results[0]) : "no result");
    }
    if (event != nullptr)
        rd_kafka_event_destroy(event);
    rd_kafka_queue_destroy(queue);
    rd_kafka_NewTopic_destroy(newTopic);
    if (!problem.empty())
        fail(problem);
    waitForTopic(rk.get(), topic);
}

void HeadlessCluster::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGTERM);
    const auto deadline = Clock::now() + kStopTimeout;
    int status = 0;
    pid_t reaped = 0;
    while ((reaped = ::waitpid(m_pid, &status, WNOHANG)) == 0 && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (reaped == 0) {
        std::fprintf(stderr, "bench_wire: eventscope did not stop on SIGTERM; killing it\n");
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, &status, 0);
    } else if (reaped == m_pid && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
        std::fprintf(stderr, "bench_wire: eventscope ended with status %d after SIGTERM\n", status);
    }
    m_pid = -1;
}

} // namespace es::bench::wire
