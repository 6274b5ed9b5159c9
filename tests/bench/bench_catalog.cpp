// Catalog benchmark: how fast the metrics history takes samples and answers a chart's
// query. Not a test (CTest does not run it): run it on demand, e.g. after changing
// engine/catalog, and compare with the targets it prints.
//
//   bench_catalog [--dir DIR] [--quick]
//
// 1. Bulk fill: 24 h of 1-second samples for 20 series, one appendMetrics() per second of
//    data (the way the cluster publishes a metrics snapshot), with a manual clock that
//    follows the data, so the writer prunes the 1-second tier as it would live. The
//    samples are built before the clock starts; the figure covers queueing, the writer's
//    commits and the pruning passes, up to a flush() per hour of data.
// 2. Queries on the filled catalog: 24 h at a 1 s step (answered from the 1-minute
//    rollups, since the 1-second tier keeps an hour) and the last hour at a 1 s step
//    (answered from the 1-second tier).
// 3. Live: 10 Hz snapshots of 300 series (with an hour of history) in real time for 15 s,
//    with the catalog's default batching: the process's CPU time (the writer's, mostly)
//    and the bytes it writes (from /proc/self/io where there is one); then the last hour
//    of one series again, now that the 1-second tier holds 320 series.

#include "catalog/catalog.h"
#include "common/clock.h"
#include "common/logging.h"
#include "common/status.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr std::int64_t kSecondMs = 1000;
constexpr std::int64_t kHourMs = 3600 * kSecondMs;
constexpr std::int64_t kStartMs = 1'699'999'200'000; // on an hour
constexpr int kFillSeries = 20;
constexpr int kLiveSeries = 300;
constexpr int kQueryRepeats = 20;

struct Options {
    std::optional<fs::path> dir;
    bool quick = false;
    std::optional<int> metricsDelayMs;
};

void check(const es::Status &status, std::string_view what)
{
    if (!status.isOk())
        throw std::runtime_error(std::string(what) + ": " + status.toString());
}

template <typename T>
T check(es::Result<T> r, std::string_view what)
{
    check(r.status(), what);
    return std::move(r).value();
}

void printUsage()
{
    std::printf("usage: bench_catalog [--dir DIR] [--quick] [--metrics-delay MS]\n"
                "  --dir DIR           put the catalog in DIR (default: a fresh temporary folder, removed\n"
                "                      at the end)\n"
                "  --quick             2 hours of data instead of 24 and a shorter live run (a smoke run)\n"
                "  --metrics-delay MS  CatalogOptions::metricsBatchDelay (default: the catalog's default)\n");
}

Options parseArgs(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--quick") {
            o.quick = true;
        } else if (arg == "--dir" && i + 1 < argc) {
            o.dir = fs::path(argv[++i]);
        } else if (arg == "--metrics-delay" && i + 1 < argc) {
            char *end = nullptr;
            const long ms = std::strtol(argv[++i], &end, 10);
            if (*end != '\0' || ms < 0) {
                std::fprintf(stderr, "bench_catalog: --metrics-delay needs a number of milliseconds\n");
                std::exit(2);
            }
            o.metricsDelayMs = static_cast<int>(ms);
        } else if (arg == "--help" || arg == "-h") {
            printUsage();
            std::exit(0);
        } else {
            printUsage();
            std::exit(2);
        }
    }
    return o;
}

double secondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

std::string seriesName(int i)
{
    return "broker:" + std::to_string(i % 5 + 1) + "/metric_" + std::to_string(i);
}

// One snapshot per second of the hour starting at `hourStartMs`.
std::vector<std::vector<es::MetricSample>> buildHour(std::int64_t hourStartMs,
                                                     const std::vector<std::string> &names)
{
    std::vector<std::vector<es::MetricSample>> snapshots(3600);
    for (std::int64_t s = 0; s < 3600; ++s) {
        auto &snapshot = snapshots[static_cast<std::size_t>(s)];
        snapshot.reserve(names.size());
        for (std::size_t k = 0; k < names.size(); ++k)
            snapshot.push_back({.series = names[k],
                                .timeMs = hourStartMs + s * kSecondMs,
                                .value = static_cast<double>((s * 7 + static_cast<std::int64_t>(k)) % 1000)});
    }
    return snapshots;
}

struct IoCounters {
    bool valid = false;
    std::uint64_t wchar = 0;      // bytes passed to write calls
    std::uint64_t writeBytes = 0; // bytes sent (or to be sent) to storage
};

IoCounters readIoCounters()
{
    IoCounters c;
    std::ifstream in("/proc/self/io");
    std::string key;
    std::uint64_t value = 0;
    while (in >> key >> value) {
        if (key == "wchar:")
            c.wchar = value;
        else if (key == "write_bytes:")
            c.writeBytes = value;
        c.valid = true;
    }
    return c;
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &tv) {
        return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct QueryTiming {
    double bestMs = 0;
    double medianMs = 0;
    std::size_t points = 0;
    std::int64_t spacingMs = 0;
};

QueryTiming timeQuery(const es::Catalog &catalog, const std::string &series, std::int64_t fromMs,
                      std::int64_t toMs)
{
    std::vector<double> ms;
    QueryTiming t;
    for (int i = 0; i < kQueryRepeats; ++i) {
        const auto start = SteadyClock::now();
        std::vector<es::MetricPoint> points = check(catalog.metrics(series, fromMs, toMs, 1000), "query");
        ms.push_back(secondsSince(start) * 1000);
        t.points = points.size();
        t.spacingMs = points.size() > 1 ? points[1].timeMs - points[0].timeMs : 0;
    }
    std::sort(ms.begin(), ms.end());
    t.bestMs = ms.front();
    t.medianMs = ms[ms.size() / 2];
    return t;
}

int run(const Options &options)
{
    es::setLogLevel("warn");
    const bool ownDir = !options.dir;
    const fs::path dir = options.dir
                             ? *options.dir
                             : fs::temp_directory_path() / ("bench_catalog-" + std::to_string(::getpid()));
    fs::remove_all(dir / "catalog.db");
    fs::create_directories(dir);
    const fs::path file = dir / "catalog.db";
    const int hours = options.quick ? 2 : 24;
    const int liveSeconds = options.quick ? 3 : 15;

    es::ManualClock clock(kStartMs);
    es::CatalogOptions catalogOptions;
    catalogOptions.clock = &clock;
    if (options.metricsDelayMs)
        catalogOptions.metricsBatchDelay = std::chrono::milliseconds(*options.metricsDelayMs);
    auto catalog = check(es::Catalog::open(file, catalogOptions), "open");

    // 1. Bulk fill.
    std::vector<std::string> names;
    for (int i = 0; i < kFillSeries; ++i)
        names.push_back(seriesName(i));
    double fillSeconds = 0;
    std::int64_t samples = 0;
    for (int h = 0; h < hours; ++h) {
        const std::int64_t hourStartMs = kStartMs + h * kHourMs;
        std::vector<std::vector<es::MetricSample>> snapshots = buildHour(hourStartMs, names);
        const auto start = SteadyClock::now();
        for (std::int64_t s = 0; s < 3600; ++s) {
            clock.set(hourStartMs + s * kSecondMs);
            samples += static_cast<std::int64_t>(snapshots[static_cast<std::size_t>(s)].size());
            catalog->appendMetrics(std::move(snapshots[static_cast<std::size_t>(s)]));
        }
        check(catalog->flush(), "flush");
        fillSeconds += secondsSince(start);
    }
    const std::int64_t endMs = kStartMs + hours * kHourMs;
    clock.set(endMs);
    check(catalog->flush(), "flush");
    std::printf("bulk fill: %d series x %d h at 1 s = %lld samples in %.2f s: %.0f samples/s\n", kFillSeries,
                hours, static_cast<long long>(samples), fillSeconds,
                static_cast<double>(samples) / fillSeconds);

    // 2. Queries.
    const std::string series = names.front();
    const QueryTiming day = timeQuery(*catalog, series, endMs - hours * kHourMs, endMs);
    std::printf(
        "query %d h at a 1 s step, one series: %zu points %lld s apart (1-minute rollups; the 1-second "
        "tier keeps 1 h): best %.2f ms, median %.2f ms (target: well under 50 ms)\n",
        hours, day.points, static_cast<long long>(day.spacingMs / 1000), day.bestMs, day.medianMs);
    const QueryTiming hour = timeQuery(*catalog, series, endMs - kHourMs, endMs);
    std::printf("query the last 1 h at a 1 s step, one series: %zu points %lld s apart (1-second tier): best "
                "%.2f ms, median %.2f ms\n",
                hour.points, static_cast<long long>(hour.spacingMs / 1000), hour.bestMs, hour.medianMs);

    // 3. Live: 10 Hz snapshots of 300 series in real time, batched as configured.
    std::vector<std::string> liveNames;
    for (int i = 0; i < kLiveSeries; ++i)
        liveNames.push_back("live:" + std::to_string(i));
    // An hour of history first, as after an hour of running: each series' newest rows
    // then sit in a page of their own, which is what makes commits cost.
    for (std::int64_t s = -3600; s < 0; s += 60) {
        std::vector<es::MetricSample> minute;
        for (std::int64_t t = s; t < s + 60; ++t) {
            for (std::size_t k = 0; k < liveNames.size(); ++k)
                minute.push_back({.series = liveNames[k], .timeMs = endMs + t * kSecondMs, .value = 1.0});
        }
        catalog->appendMetrics(std::move(minute));
    }
    check(catalog->flush(), "flush");
    const IoCounters ioBefore = readIoCounters();
    const double cpuBefore = processCpuSeconds();
    const auto liveStart = SteadyClock::now();
    const int ticks = liveSeconds * 10;
    for (int n = 0; n < ticks; ++n) {
        std::this_thread::sleep_until(liveStart + std::chrono::milliseconds(100 * n));
        const std::int64_t nowMs = endMs + n * 100;
        std::vector<es::MetricSample> snapshot;
        snapshot.reserve(liveNames.size());
        for (std::size_t k = 0; k < liveNames.size(); ++k)
            snapshot.push_back(
                {.series = liveNames[k], .timeMs = nowMs, .value = static_cast<double>(n + k)});
        clock.set(nowMs);
        catalog->appendMetrics(std::move(snapshot));
    }
    check(catalog->flush(), "flush");
    const double wall = secondsSince(liveStart);
    const double cpu = processCpuSeconds() - cpuBefore;
    const IoCounters ioAfter = readIoCounters();
    std::printf(
        "live: %d series at 10 Hz (%d samples/s) for %d s in real time, metrics committed every %lld ms: "
        "process CPU %.1f%% of one core",
        kLiveSeries, kLiveSeries * 10, liveSeconds,
        static_cast<long long>(catalogOptions.metricsBatchDelay.count()), cpu / wall * 100);
    if (ioBefore.valid && ioAfter.valid)
        std::printf(", written %.2f MiB/s (write calls), %.2f MiB/s (storage)",
                    static_cast<double>(ioAfter.wchar - ioBefore.wchar) / wall / (1024.0 * 1024.0),
                    static_cast<double>(ioAfter.writeBytes - ioBefore.writeBytes) / wall / (1024.0 * 1024.0));
    std::printf("\n");
    const std::int64_t liveEndMs = endMs + ticks * 100;
    const QueryTiming busyHour = timeQuery(*catalog, liveNames.front(), liveEndMs - kHourMs, liveEndMs);
    std::printf(
        "query the last 1 h at a 1 s step, one of %d series: %zu points %lld s apart (1-second tier): "
        "best %.2f ms, median %.2f ms\n",
        kFillSeries + kLiveSeries, busyHour.points, static_cast<long long>(busyHour.spacingMs / 1000),
        busyHour.bestMs, busyHour.medianMs);

    check(catalog->close(), "close");
    std::printf("catalog file: %.1f MiB\n", static_cast<double>(fs::file_size(file)) / (1024.0 * 1024.0));
    if (ownDir)
        fs::remove_all(dir);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseArgs(argc, argv);
    try {
        return run(options);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_catalog: %s\n", e.what());
        return 1;
    }
}
