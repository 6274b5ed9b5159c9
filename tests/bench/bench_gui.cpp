// The desktop application's speed, measured with a probe of the GUI event loop:
//   - launch to a painted main window with a running 3-broker cluster (from the process's
//     own start, as the kernel recorded it);
//   - how late the GUI thread's timers fire while the cluster takes 200,000 records/s
//     (max and p99): the GUI thread is never blocked for more than 50 ms;
//   - CPU use while idle (a share of one core) and resident memory with 100 partitions.
//
// It builds the same window the application opens, on a fresh data directory and free
// ports, with the Cluster view showing. The load comes from an in-process producer on its
// own thread, as the application's own test-event producers will.
//
//   bench_gui [--quick]

#include "bench_table.h"

#ifndef Q_MOC_RUN
#include "common/logging.h"
#include "connection/connection.h"
#endif
#include "ui/cluster_bridge.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace {

using es::bench::formatNumber;
using es::bench::printRow;
using es::bench::Target;

[[noreturn]] void die(const std::string &why)
{
    std::fprintf(stderr, "bench_gui: %s\n", why.c_str());
    std::exit(1);
}

void progress(const std::string &what)
{
    std::fprintf(stderr, "... %s\n", what.c_str());
}

// Seconds since boot at this process's start (field 22 of /proc/self/stat), so the
// launch figure includes loading the program and its libraries.
double processStartSinceBoot()
{
    std::ifstream in("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto close = stat.rfind(')');
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22; ++i)
        fields >> field;
    return std::stod(field) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

double nowSinceBoot()
{
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &tv) { return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double residentMiB()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

bool portFree(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    ::close(fd);
    return ok;
}

// A base port with `count` free ports from it.
quint16 freeBasePort(int count)
{
    for (int base = 20000 + (getpid() % 2000) * 10; base < 60000; base += 10) {
        bool all = true;
        for (int i = 0; i < count && all; ++i)
            all = portFree(base + i);
        if (all)
            return static_cast<quint16>(base);
    }
    die("no free ports");
}

// Processes events until `done` holds or `seconds` pass.
template <typename Pred>
bool spinUntil(Pred done, double seconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > seconds * 1000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

// Runs the event loop as the application does (blocked in exec() between events), so
// the probe adds no wake-ups of its own to what is measured.
void spinFor(double seconds)
{
    QEventLoop loop;
    QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
}

class FirstPaint : public QObject {
public:
    double at = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && at == 0)
            at = nowSinceBoot();
        return QObject::eventFilter(watched, event);
    }
};

// How late a 5 ms timer fires, sample by sample.
class LoopProbe : public QObject {
public:
    static constexpr int kPeriodMs = 5;
    std::vector<double> lateMs;
    void start()
    {
        lateMs.clear();
        m_last.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            lateMs.push_back(std::max(0.0, static_cast<double>(m_last.nsecsElapsed()) / 1e6 - kPeriodMs));
            m_last.restart();
        });
        m_timer.start(kPeriodMs);
    }
    void stop() { m_timer.stop(); }

private:
    QTimer m_timer;
    QElapsedTimer m_last;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

bool allBrokersRunning(const es::ClusterSnapshotPtr &snap, int brokers)
{
    if (!snap || static_cast<int>(snap->brokers.size()) != brokers)
        return false;
    return std::all_of(snap->brokers.begin(), snap->brokers.end(),
                       [](const es::BrokerSnapshot &b) { return b.state == es::BrokerState::Running; });
}

int partitionCount(const es::ClusterSnapshotPtr &snap)
{
    int n = 0;
    if (snap)
        for (const auto &t : snap->topics)
            if (!t.internal)
                n += static_cast<int>(t.partitions.size());
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    const double processStart = processStartSinceBoot();
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const double loadSeconds = quick ? 3 : 10;
    const double idleSeconds = quick ? 3 : 10;
    constexpr int kBrokers = 3;
    constexpr double kLoadRate = 200'000;

    es::setLogLevel("warn");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        die("cannot create a temporary folder");

    es::ClusterSettings settings;
    settings.dataDir = dir.path() + QStringLiteral("/cluster");
    settings.brokerCount = kBrokers;
    settings.basePort = freeBasePort(kBrokers);

    // 1. launch to a painted window on a running cluster, as main() does it.
    FirstPaint paint;
    es::MainWindow window(settings);
    window.installEventFilter(&paint);
    window.show();
    window.startCluster();
    es::ClusterBridge &bridge = window.bridge();
    double runningAt = 0;
    QObject::connect(&bridge, &es::ClusterBridge::snapshotChanged, &window,
                     [&](const es::ClusterSnapshotPtr &snap) {
                         if (runningAt == 0 && allBrokersRunning(snap, kBrokers))
                             runningAt = nowSinceBoot();
                     });
    QString failure;
    QObject::connect(&bridge, &es::ClusterBridge::startFailed, &window, [&](const QString &why) { failure = why; });
    if (!spinUntil([&] { return (paint.at > 0 && runningAt > 0) || !failure.isEmpty(); }, 30))
        die("the window or the cluster did not come up within 30 s");
    if (!failure.isEmpty())
        die("the cluster did not start: " + failure.toStdString());

    std::printf("Eventscope GUI probe: %d brokers, Qt platform \"%s\", CPUs %u\n", kBrokers,
                qPrintable(QGuiApplication::platformName()), std::thread::hardware_concurrency());
    es::bench::printHeader();
    const double launch = std::max(paint.at, runningAt) - processStart;
    printRow("launch -> painted window, 3 brokers running", formatNumber(launch, "s", 2), launch,
             Target{Target::Kind::AtMost, 1.5}, "<= 1.5 s");
    printRow("launch -> first paint", formatNumber(paint.at - processStart, "s", 2));
    printRow("launch -> every broker running", formatNumber(runningAt - processStart, "s", 2));

    // 2. 100 partitions: ten topics of ten, replication factor 3.
    progress("creating 10 topics of 10 partitions");
    es::Connection *cluster = nullptr;
    bridge.run(
        &window, [](es::Connection &c) { return &c; }, [&](es::Connection *c) { cluster = c; });
    if (!spinUntil([&] { return cluster != nullptr; }, 10))
        die("the bridge did not run a command");
    int created = 0;
    for (int t = 0; t < 10; ++t) {
        es::CreateTopicSpec spec;
        spec.name = "probe-" + std::to_string(t);
        spec.partitions = 10;
        spec.replicationFactor = 3;
        bridge.run(
            &window, [spec](es::Connection &c) { return c.createTopic(spec); },
            [&](const es::AdminResult &r) {
                if (!r.ok())
                    die("creating a topic: " + r.message);
                ++created;
            });
    }
    if (!spinUntil([&] { return created == 10 && partitionCount(bridge.snapshot()) >= 100; }, 60))
        die("the 100 partitions did not appear within 60 s");

    // 3. idle: the window shows the cluster, nothing produces.
    progress("idle");
    spinFor(quick ? 2 : 5);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer idle;
    idle.start();
    spinFor(idleSeconds);
    const double idleCpu = (cpuSeconds() - cpuBefore) / (static_cast<double>(idle.elapsed()) / 1000) * 100;
    printRow("idle CPU, whole process (100 partitions)", formatNumber(idleCpu, "% of a core", 1), idleCpu,
             Target{Target::Kind::AtMost, 3}, "<= 3 %");
    const double rss = residentMiB();
    printRow("resident memory with 100 partitions", formatNumber(rss, "MiB", 0), rss,
             Target{Target::Kind::AtMost, 300}, "<= 300 MiB");

    // 4. under load: a producer at 200,000 records/s of 100 bytes on its own thread.
    progress("producing at 200,000 records/s");
    es::CreateTopicSpec loadTopic;
    loadTopic.name = "probe-load";
    loadTopic.partitions = 6;
    loadTopic.replicationFactor = 3;
    if (const auto r = cluster->createTopic(loadTopic); !r.ok())
        die("creating the load topic: " + r.message);
    std::atomic<bool> stop{false};
    std::atomic<std::int64_t> acked{0};
    std::thread producerThread([&] {
        es::ProducerConfig pc;
        pc.acks = 1;
        pc.lingerMs = 5;
        auto writer = cluster->openWriter(pc);
        if (!writer)
            die("opening a producer: " + writer.status().message());
        es::RecordWriter &producer = **writer;
        const es::Bytes value(100, std::uint8_t{'v'});
        const auto start = std::chrono::steady_clock::now();
        std::int64_t sent = 0;
        while (!stop.load()) {
            const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            const auto due = static_cast<std::int64_t>(elapsed * kLoadRate);
            for (; sent < due; ++sent) {
                es::ProducerRecord record;
                record.topic = loadTopic.name;
                record.value = value;
                producer.send(std::move(record), [&acked](const es::DeliveryReport &d) {
                    if (d.ok())
                        acked.fetch_add(1, std::memory_order_relaxed);
                });
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        producer.flush(std::chrono::seconds(30));
    });
    spinFor(1);
    LoopProbe probe;
    probe.start();
    const std::int64_t ackedBefore = acked.load();
    QElapsedTimer loaded;
    loaded.start();
    spinFor(loadSeconds);
    probe.stop();
    const double rate = static_cast<double>(acked.load() - ackedBefore) / (static_cast<double>(loaded.elapsed()) / 1000);
    stop = true;
    producerThread.join();

    const double maxLate = probe.lateMs.empty() ? 0 : *std::max_element(probe.lateMs.begin(), probe.lateMs.end());
    printRow("records acknowledged per second during the load", formatNumber(rate, "records/s", 0), rate,
             Target{Target::Kind::AtLeast, kLoadRate * 0.95}, ">= 190,000/s");
    printRow("GUI event loop under load, max delay", formatNumber(maxLate, "ms", 1), maxLate,
             Target{Target::Kind::AtMost, 50}, "<= 50 ms");
    printRow("GUI event loop under load, p99 delay", formatNumber(percentile(probe.lateMs, 0.99), "ms", 1));
    printRow("GUI event loop under load, samples", std::to_string(probe.lateMs.size()) + " of 5 ms");
    return 0;
}
