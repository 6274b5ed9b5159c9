// The desktop application on a large cluster reached over TCP: a MainWindow on a
// ClusterBridge(RemoteSettings), that is the RemoteConnection (librdkafka) and every view
// fed by its snapshots. Not a test (CTest does not run it): run it on demand after changing
// the views or the bridge, and compare with the targets it prints.
//
//   QT_QPA_PLATFORM=offscreen bench_remote_gui [--brokers N] [--topics N] [--partitions N]
//       [--groups N] [--replication-factor N] [--rounds N] [--idle-seconds N] [--dir DIR]
//
// A child process builds and serves the embedded cluster bench_remote_scale reads
// (remote_scale_cluster.h: Kafka listeners on loopback, sizes shrunk to what it can hold,
// and the run says why), so that this process holds the application alone: its CPU and
// memory are the application's, not the cluster's. It then measures, with the window at its
// default size and default refresh interval (2 s):
//   - from connecting to the first paint of the Cluster view showing every broker and every
//     partition, then to the Topics view painted with every topic (switched to at once);
//   - how late a 5 ms timer of the GUI thread fires (max and p99) while snapshots arrive,
//     with the Cluster, Topics and Consumer groups views showing in turn, and how long the
//     GUI thread spends in the slots that take each snapshot. Both are also given in the GUI
//     thread's CPU time, which waits for a core on a machine busy with other work do not
//     lengthen;
//   - resident memory once every view has been shown;
//   - CPU while idle on each of those views, split between the GUI thread, librdkafka's
//     threads, the connection's reader (with the bridge's worker) and its catalog.

#include "bench_table.h"
#include "bench_workspace.h"
#include "gui_probes.h"
#include "process_cpu.h"
#include "remote_scale_cluster.h"

#ifndef Q_MOC_RUN
#include "common/logging.h"
#include "remote/remote_settings.h"
#endif
#include "ui/cluster/cluster_diagram.h"
#include "ui/cluster_bridge.h"
#include "ui/main_window.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>

#include <librdkafka/rdkafka.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace remote_scale;
using namespace es::bench;

namespace {

// ---- The process ----

// Where a thread's CPU is counted, told by the thread's name.
enum class ThreadKind {
    Gui,        // the main thread
    Librdkafka, // "rdk:main", "rdk:broker1"...
    Catalog,    // the connection's catalog writer
    Unnamed,    // the bridge's worker, the connection's reader and the reader's helpers
    Named,      // any other: Qt's own
};

ThreadKind kindOf(const fs::path &task, const std::string &processName)
{
    if (std::atoi(task.filename().c_str()) == ::getpid())
        return ThreadKind::Gui;
    const std::string name = threadName(task);
    if (name.rfind("rdk:", 0) == 0)
        return ThreadKind::Librdkafka;
    if (name == "catalog")
        return ThreadKind::Catalog;
    return name == processName ? ThreadKind::Unnamed : ThreadKind::Named;
}

// % of one core: the process, and by kind of thread.
struct CpuShare {
    double process = 0;
    std::map<ThreadKind, double> byKind;
};

// Threads that ended between `a` and `b` (the reader's helpers) count as unnamed.
CpuShare shareBetween(const CpuSample &a, const CpuSample &b, double seconds)
{
    const std::string processName = threadName("/proc/self");
    std::map<ThreadKind, double> used;
    double live = 0;
    for (const auto &task : fs::directory_iterator("/proc/self/task")) {
        const int tid = std::atoi(task.path().filename().c_str());
        if (!b.byThread.contains(tid))
            continue;
        const double cpu = b.byThread.at(tid) - (a.byThread.contains(tid) ? a.byThread.at(tid) : 0);
        used[kindOf(task.path(), processName)] += cpu;
        live += cpu;
    }
    used[ThreadKind::Unnamed] += std::max(0.0, (b.process - a.process) - live);
    CpuShare share;
    share.process = 100 * (b.process - a.process) / seconds;
    for (const auto &[kind, cpu] : used)
        share.byKind[kind] = 100 * cpu / seconds;
    return share;
}

// ---- The window ----

// The window's pages, found by the objects the views hold.
struct Pages {
    QListWidget *sidebar = nullptr;
    QStackedWidget *stack = nullptr;
    es::ClusterDiagram *diagram = nullptr;
    QTableView *topics = nullptr;
    QTableView *groups = nullptr;

    void show(QWidget *inside) const
    {
        QWidget *page = inside;
        while (page && page->parentWidget() != stack)
            page = page->parentWidget();
        sidebar->setCurrentRow(stack->indexOf(page));
    }
};

Pages pagesOf(es::MainWindow &window)
{
    Pages p;
    p.sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    p.stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    p.diagram = window.findChild<es::ClusterDiagram *>();
    p.topics = window.findChild<QTableView *>(QStringLiteral("topicsTable"));
    p.groups = window.findChild<QTableView *>(QStringLiteral("groupsTable"));
    if (!p.sidebar || !p.stack || !p.diagram || !p.topics || !p.groups)
        die("the window lacks the sidebar, the Cluster diagram, the topics or the groups table");
    return p;
}

// ---- The run ----

struct ViewFigures {
    std::string name;
    std::vector<double> lateMs;
    std::vector<double> busyMs;
    CpuShare idle;
    int idleSnapshots = 0;
};

struct Figures {
    double firstSnapshotMs = 0;
    double clusterPaintedMs = 0;
    double topicsPaintedMs = 0;
    double topicsAfterSwitchMs = 0;
    std::vector<ViewFigures> views;
    std::vector<double> slotMs;
    std::vector<double> slotCpuMs;
    double rssMiB = 0;
    double loadAtStart = 0;
    double loadAtEnd = 0;
};

es::RemoteSettings settingsFor(int basePort)
{
    es::RemoteSettings s;
    s.name = "bench";
    s.bootstrapServers = "127.0.0.1:" + std::to_string(basePort);
    return s;
}

void measureFirstPaint(es::MainWindow &window, const Pages &pages, const Sizes &sizes,
                       const SnapshotTimer &snapshots, Figures &f)
{
    const auto rows = static_cast<std::size_t>(sizes.topics + sizes.totalPartitions());
    PaintWatch cluster(pages.diagram->viewport(), [&] {
        const es::DiagramData &d = pages.diagram->data();
        return d.brokers.size() == static_cast<std::size_t>(sizes.brokers) && d.rows.size() == rows;
    });
    PaintWatch topics(pages.topics->viewport(),
                      [&] { return pages.topics->model()->rowCount() >= sizes.topics; });

    progress("connecting, and waiting for the Cluster view painted with every partition");
    QElapsedTimer start;
    start.start();
    window.startCluster();
    if (!spinUntil([&] { return cluster.painted(); }, 120))
        die("the Cluster view was not painted with every broker and partition within 120 s");
    f.clusterPaintedMs = cluster.msSince(start);
    f.firstSnapshotMs = snapshots.firstMsSince(start);

    QElapsedTimer switched;
    switched.start();
    pages.show(pages.topics);
    if (!spinUntil([&] { return topics.painted(); }, 60))
        die("the Topics view was not painted with every topic within 60 s");
    f.topicsPaintedMs = topics.msSince(start);
    f.topicsAfterSwitchMs = topics.msSince(switched);
}

ViewFigures measureView(const std::string &name, QWidget *inside, const Pages &pages, const Options &options,
                        const SnapshotTimer &snapshots)
{
    ViewFigures v;
    v.name = name;
    pages.show(inside);
    spinFor(3);

    progress(name + ": probing the event loop over " + std::to_string(options.rounds) + " snapshots");
    LoopProbe probe;
    const int wanted = snapshots.count() + options.rounds;
    probe.start();
    if (!spinUntil([&] { return snapshots.count() >= wanted; }, 30.0 * options.rounds))
        die("fewer than " + std::to_string(options.rounds) + " snapshots arrived on the " + name + " view");
    spinFor(0.5); // the paint that follows the last one
    probe.stop();
    v.lateMs = probe.lateMs;
    v.busyMs = probe.busyMs;

    progress(name + ": idle CPU over " + std::to_string(options.idleSeconds) + " s");
    spinFor(1);
    const int before = snapshots.count();
    const CpuSample a = sampleCpu();
    QElapsedTimer idle;
    idle.start();
    spinFor(options.idleSeconds);
    const CpuSample b = sampleCpu();
    v.idle = shareBetween(a, b, static_cast<double>(idle.nsecsElapsed()) / 1e9);
    v.idleSnapshots = snapshots.count() - before;
    return v;
}

Figures measure(int basePort, const Sizes &sizes, const Options &options, const fs::path &catalogDir)
{
    Figures f;
    f.loadAtStart = loadAverage();
    SnapshotTimer snapshots;
    auto bridge = std::make_unique<es::ClusterBridge>(
        settingsFor(basePort), QString::fromStdString((catalogDir / "catalog.sqlite").string()));
    snapshots.connectFirst(*bridge);
    es::ClusterBridge *bridgePtr = bridge.get();
    es::MainWindow window(std::move(bridge));
    snapshots.connectLast(*bridgePtr);
    window.show();
    spinFor(1);
    const Pages pages = pagesOf(window);

    measureFirstPaint(window, pages, sizes, snapshots, f);
    f.views.push_back(measureView("Cluster", pages.diagram, pages, options, snapshots));
    f.views.push_back(measureView("Topics", pages.topics, pages, options, snapshots));
    f.views.push_back(measureView("Consumer groups", pages.groups, pages, options, snapshots));
    f.slotMs = snapshots.ms;
    f.slotCpuMs = snapshots.cpuMs;
    f.rssMiB = residentMiB();
    f.loadAtEnd = loadAverage();
    return f;
}

void printFigures(const Options &options, const Figures &f)
{
    std::printf("  load average (1 min) of the machine's %u CPUs: %.1f when connecting, %.1f at the end\n",
                std::thread::hardware_concurrency(), f.loadAtStart, f.loadAtEnd);
    es::bench::printHeader();
    printRow("connect -> Cluster view painted, every partition",
             formatNumber(f.clusterPaintedMs / 1000, "s", 2), f.clusterPaintedMs / 1000,
             Target{Target::Kind::AtMost, 2.0}, "<= 2 s");
    printRow("  connect -> first snapshot taken by every view",
             formatNumber(f.firstSnapshotMs / 1000, "s", 2));
    printRow("connect -> Topics view painted, every topic", formatNumber(f.topicsPaintedMs / 1000, "s", 2),
             f.topicsPaintedMs / 1000, Target{Target::Kind::AtMost, 2.0}, "<= 2 s");
    printRow("  from switching to it", formatNumber(f.topicsAfterSwitchMs / 1000, "s", 2));
    for (const ViewFigures &v : f.views) {
        const double late = maximum(v.lateMs);
        printRow("event loop max delay on " + v.name + " view", formatNumber(late, "ms", 1), late,
                 Target{Target::Kind::AtMost, 50}, "<= 50 ms");
        printRow("  p99 (" + std::to_string(v.lateMs.size()) + " samples of 5 ms, " +
                     std::to_string(options.rounds) + " snapshots)",
                 formatNumber(percentile(v.lateMs, 0.99), "ms", 1));
        printRow("  longest work between two samples (CPU)", formatNumber(maximum(v.busyMs), "ms", 1));
    }
    printRow("GUI thread in the snapshot slots: median", formatNumber(percentile(f.slotMs, 0.5), "ms", 1));
    printRow("  max (" + std::to_string(f.slotMs.size()) + " snapshots)",
             formatNumber(maximum(f.slotMs), "ms", 1));
    printRow("  its CPU time: median / max", medianAndMax(f.slotCpuMs, "ms"));
    printRow("resident memory, every view shown", formatNumber(f.rssMiB, "MiB", 0), f.rssMiB,
             Target{Target::Kind::AtMost, 500}, "<= 500 MiB");
    for (const ViewFigures &v : f.views) {
        const std::string what =
            "idle CPU on " + v.name + " view (" + std::to_string(options.idleSeconds) + " s)";
        if (v.name == "Cluster")
            printRow(what, formatNumber(v.idle.process, "% of a core", 1), v.idle.process,
                     Target{Target::Kind::AtMost, 5}, "<= 5 %");
        else
            printRow(what, formatNumber(v.idle.process, "% of a core", 1));
        const std::vector<std::pair<ThreadKind, const char *>> kinds{
            {ThreadKind::Gui, "  GUI thread"},
            {ThreadKind::Librdkafka, "  librdkafka's threads (rdk:*)"},
            {ThreadKind::Unnamed, "  connection reader, its helpers, bridge worker"},
            {ThreadKind::Catalog, "  the connection's catalog"},
            {ThreadKind::Named, "  Qt's threads"}};
        for (const auto &[kind, label] : kinds) {
            const auto it = v.idle.byKind.find(kind);
            printRow(label, formatNumber(it == v.idle.byKind.end() ? 0 : it->second, "% of a core", 1));
        }
        printRow("  snapshots meanwhile", std::to_string(v.idleSnapshots));
    }
}

int run(int argc, char **argv, const Options &options)
{
    es::setLogLevel("warn");
    std::vector<std::string> why;
    const Sizes sizes = fit(options.sizes, why);
    es::bench::Workspace workspace(options.dir);
    std::printf("Eventscope desktop on a remote cluster: a window on an embedded cluster read over TCP "
                "through librdkafka %s\n",
                rd_kafka_version_str());
    std::printf("  CPUs %u; asked %d brokers, %d topics x %d partitions (RF %d), %d groups\n",
                std::thread::hardware_concurrency(), options.sizes.brokers, options.sizes.topics,
                options.sizes.partitions, options.sizes.replicationFactor, options.sizes.groups);
    for (const auto &line : why)
        std::printf("  shrunk: %s\n", line.c_str());
    std::printf("  held: %d brokers, %d topics x %d partitions = %d partitions (RF %d), %d groups x %d "
                "committed partitions\n",
                sizes.brokers, sizes.topics, sizes.partitions, sizes.totalPartitions(),
                sizes.replicationFactor, sizes.groups, sizes.partitionsPerGroup());
    std::fflush(stdout);

    const auto start = SteadyClock::now();
    const fs::path clusterDir = workspace.folder("cluster");
    const fs::path catalogDir = workspace.folder("remote");
    fs::create_directories(catalogDir);
    ClusterProcess cluster(clusterDir, sizes);
    std::printf("  building the cluster took %.0f s; it runs in a process of its own, on the same cores\n",
                secondsSince(start));

    QApplication app(argc, argv);
    std::printf("  Qt platform \"%s\"\n", qPrintable(QGuiApplication::platformName()));
    std::fflush(stdout);
    const Figures figures = measure(cluster.basePort(), sizes, options, catalogDir);
    printFigures(options, figures);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options =
        parseOptions(argc, argv,
                     {.program = "bench_remote_gui",
                      .rounds = "snapshots the event loop is probed over, on each view",
                      .idleSeconds = "how long CPU is measured on each view",
                      .footer = "Run it with QT_QPA_PLATFORM=offscreen, or under xvfb-run."});
    try {
        return run(argc, argv, options);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_remote_gui: %s\n", e.what());
        return 1;
    }
}
