// The Messages view's speed on a big partition, measured with a probe of the GUI event loop:
//   - filling a 10-million-record partition through the connection's producer (the time is reported);
//   - opening it at the start, the middle, the end and random offsets: from the request to
//     the first rows painted with their records (target <= 100 ms);
//   - scrolling through it from the start, within the 2,000,000 offsets the table holds at
//     a time (small steps, page jumps, random jumps, as fast as a user could): how late
//     the GUI thread's 5 ms timers fire (max <= 50 ms; p99 reported);
//   - resident memory afterwards (the page cache is bounded).
//
// One broker, one partition, small values (16 bytes), in a fresh folder.
//
//   bench_messages [--quick] [--records N] [--dir DIR]

#include "bench_table.h"
#include "bench_workspace.h"

#ifndef Q_MOC_RUN
#include "common/logging.h"
#include "connection/connection.h"
#endif
#include "ui/cluster_bridge.h"
#include "ui/messages/messages_model.h"
#include "ui/messages/messages_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
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
    std::fprintf(stderr, "bench_messages: %s\n", why.c_str());
    std::exit(1);
}

void progress(const std::string &what) { std::fprintf(stderr, "... %s\n", what.c_str()); }

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

quint16 freeBasePort()
{
    for (int base = 21000 + (getpid() % 2000) * 10; base < 60000; base += 10)
        if (portFree(base))
            return static_cast<quint16>(base);
    die("no free port");
}

template <typename Pred>
bool spinUntil(Pred done, double seconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > seconds * 1000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

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

// Notes when the table's viewport paints after the first page of records arrived.
class PaintWatch : public QObject {
public:
    QElapsedTimer clock;
    qint64 loadedAt = -1;
    qint64 paintedAt = -1;
    void arm()
    {
        loadedAt = paintedAt = -1;
        clock.start();
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && loadedAt >= 0 && paintedAt < 0)
            paintedAt = clock.elapsed();
        return QObject::eventFilter(watched, event);
    }
};

// Fills partition 0 of `topic` with `count` records of 16-byte values from two producers.
double fill(es::Connection &connection, const std::string &topic, std::int64_t count)
{
    QElapsedTimer timer;
    timer.start();
    constexpr int kProducers = 2;
    std::atomic<std::int64_t> failed{0};
    std::vector<std::thread> threads;
    for (int p = 0; p < kProducers; ++p) {
        threads.emplace_back([&, p] {
            es::ProducerConfig config;
            config.acks = 1;
            config.lingerMs = 20;
            config.batchBytes = 1 << 20;
            config.idempotent = false;
            auto writer = connection.openWriter(config);
            if (!writer)
                die("opening a producer: " + writer.status().message());
            es::RecordWriter &producer = **writer;
            std::atomic<std::int64_t> acked{0};
            const std::int64_t mine = count / kProducers + (p < count % kProducers ? 1 : 0);
            for (std::int64_t i = 0; i < mine; ++i) {
                // Bounded in flight, so the producer's buffers stay small.
                while (i - acked.load(std::memory_order_relaxed) > 400'000)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                es::ProducerRecord record;
                record.topic = topic;
                record.partition = 0;
                char value[32];
                std::snprintf(value, sizeof value, "p%d-%012lld", p, static_cast<long long>(i));
                record.value = es::Bytes(value, value + 16);
                producer.send(std::move(record), [&acked, &failed](const es::DeliveryReport &d) {
                    if (!d.ok())
                        failed.fetch_add(1);
                    acked.fetch_add(1, std::memory_order_relaxed);
                });
            }
            producer.flush(std::chrono::seconds(120));
        });
    }
    for (auto &t : threads)
        t.join();
    if (failed > 0)
        die(std::to_string(failed.load()) + " records were not acknowledged");
    return static_cast<double>(timer.elapsed()) / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    bool quick = false;
    std::int64_t records = 10'000'000;
    std::optional<std::filesystem::path> dir;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0)
            quick = true;
        else if (std::strcmp(argv[i], "--records") == 0 && i + 1 < argc)
            records = std::atoll(argv[++i]);
        else if (std::strcmp(argv[i], "--dir") == 0 && i + 1 < argc)
            dir = argv[++i];
        else
            die("usage: bench_messages [--quick] [--records N] [--dir DIR]");
    }
    if (quick && records == 10'000'000)
        records = 1'000'000;

    es::setLogLevel("warn");
    QApplication app(argc, argv);
    es::bench::Workspace workspace(dir);

    es::ClusterSettings settings;
    settings.dataDir = QString::fromStdString(workspace.folder("cluster").string());
    settings.brokerCount = 1;
    settings.basePort = freeBasePort();
    auto bridge = std::make_unique<es::ClusterBridge>(settings);
    QString failure;
    QObject::connect(bridge.get(), &es::ClusterBridge::startFailed,
                     [&](const QString &why) { failure = why; });
    bridge->start();
    es::Connection *cluster = nullptr;
    bridge->run(
        bridge.get(), [](es::Connection &c) { return &c; }, [&](es::Connection *c) { cluster = c; });
    if (!spinUntil([&] { return cluster != nullptr || !failure.isEmpty(); }, 30) || !cluster)
        die("the cluster did not start: " + failure.toStdString());

    const std::string topic = "browse-big";
    es::CreateTopicSpec spec;
    spec.name = topic;
    spec.partitions = 1;
    spec.replicationFactor = 1;
    if (auto r = cluster->createTopic(spec); !r.ok())
        die("creating the topic: " + r.message);
    progress("filling " + std::to_string(records) + " records");
    const double fillSeconds = fill(*cluster, topic, records);

    std::printf("Eventscope Messages view probe: 1 partition of %lld records, Qt platform \"%s\", CPUs %u\n",
                static_cast<long long>(records), qPrintable(QGuiApplication::platformName()),
                std::thread::hardware_concurrency());
    es::bench::printHeader();
    printRow("fill: 2 producers, 16-byte values", formatNumber(fillSeconds, "s", 1));
    printRow("fill: rate", es::bench::formatRate(static_cast<double>(records) / fillSeconds));

    // The snapshot must show the whole partition before the view opens it.
    if (!spinUntil(
            [&] {
                auto snap = bridge->snapshot();
                if (snap)
                    for (const auto &t : snap->topics)
                        if (t.name == topic)
                            return t.partitions.front().highWatermark >= records;
                return false;
            },
            30))
        die("the snapshot did not show the records");

    auto view = std::make_unique<es::MessagesView>(*bridge);
    view->resize(1400, 900);
    view->show();
    QTableView *table = view->table();
    es::MessagesModel *model = view->model();
    PaintWatch watch;
    table->viewport()->installEventFilter(&watch);
    QObject::connect(model, &es::MessagesModel::pageLoaded, &watch, [&] {
        if (watch.loadedAt < 0)
            watch.loadedAt = watch.clock.elapsed();
    });
    // The reader is made on the bridge's worker once the view sees a snapshot.
    if (!spinUntil([&] { return model->loader() != nullptr; }, 10))
        die("the view did not get its reader");

    // 1. Opening at several offsets.
    std::mt19937_64 rng(42);
    std::vector<std::pair<std::string, std::int64_t>> opens = {
        {"start", 0}, {"middle", records / 2}, {"end", records - 20}};
    for (int i = 0; i < 5; ++i)
        opens.push_back({"random", static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(records))});
    std::vector<double> openMs;
    double longestCallMs = 0; // the GUI thread's share: the call itself (model reset, header)
    for (const auto &[name, offset] : opens) {
        watch.arm();
        QElapsedTimer call;
        call.start();
        view->showPartitionAt(QString::fromStdString(topic), 0, offset);
        longestCallMs = std::max(longestCallMs, static_cast<double>(call.nsecsElapsed()) / 1e6);
        if (!spinUntil([&] { return watch.paintedAt >= 0; }, 10))
            die("no rows painted after opening at " + std::to_string(offset));
        const bool right = model->record(0) && model->record(0)->offset == offset;
        if (!right)
            die("the first row is not offset " + std::to_string(offset));
        openMs.push_back(static_cast<double>(watch.paintedAt));
        char figure[96];
        std::snprintf(figure, sizeof figure, "open at %s, offset %lld -> rows painted", name.c_str(),
                      static_cast<long long>(offset));
        printRow(figure, formatNumber(static_cast<double>(watch.paintedAt), "ms", 0),
                 static_cast<double>(watch.paintedAt), Target{Target::Kind::AtMost, 100}, "<= 100 ms");
    }

    printRow("open: longest showPartitionAt() call", formatNumber(longestCallMs, "ms", 1), longestCallMs,
             Target{Target::Kind::AtMost, 50}, "<= 50 ms");

    // 2. Scrolling from the start: small steps, page jumps, random jumps, one every 16 ms.
    view->showPartitionAt(QString::fromStdString(topic), 0, 0);
    spinUntil([&] { return model->record(0) != nullptr; }, 10);
    QScrollBar *bar = table->verticalScrollBar();
    LoopProbe probe;
    probe.start();
    QElapsedTimer scrolling;
    scrolling.start();
    int steps = 0;
    const int kSteps = quick ? 300 : 900;
    QTimer stepper;
    stepper.setTimerType(Qt::PreciseTimer);
    QObject::connect(&stepper, &QTimer::timeout, [&] {
        if (steps < kSteps / 3)
            bar->setValue(bar->value() + 3);
        else if (steps < 2 * kSteps / 3)
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        else
            bar->setValue(static_cast<int>(rng() % static_cast<std::uint64_t>(bar->maximum() + 1)));
        ++steps;
    });
    stepper.start(16);
    spinUntil([&] { return steps >= kSteps; }, 120);
    stepper.stop();
    // The rows shown last are filled in: how long after the last step.
    QElapsedTimer settle;
    settle.start();
    const int top = table->rowAt(0);
    spinUntil([&] { return model->record(top) != nullptr; }, 10);
    const double settleMs = static_cast<double>(settle.elapsed());
    probe.stop();
    const double scrollSeconds = static_cast<double>(scrolling.elapsed()) / 1000.0;

    const double maxLate =
        probe.lateMs.empty() ? 0 : *std::max_element(probe.lateMs.begin(), probe.lateMs.end());
    printRow("scrolling: steps of 3 rows, 1 page, random",
             std::to_string(steps) + " in " + formatNumber(scrollSeconds, "s", 1));
    printRow("GUI event loop while scrolling, max delay", formatNumber(maxLate, "ms", 1), maxLate,
             Target{Target::Kind::AtMost, 50}, "<= 50 ms");
    printRow("GUI event loop while scrolling, p99 delay",
             formatNumber(percentile(probe.lateMs, 0.99), "ms", 1));
    printRow("GUI event loop while scrolling, samples", std::to_string(probe.lateMs.size()) + " of 5 ms");
    printRow("last random jump -> its rows loaded", formatNumber(settleMs, "ms", 0), settleMs,
             Target{Target::Kind::AtMost, 100}, "<= 100 ms");
    printRow("resident memory after scrolling", formatNumber(residentMiB(), "MiB", 0));

    view.reset(); // before the bridge stops the cluster
    bridge.reset();
    return 0;
}
