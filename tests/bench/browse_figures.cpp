#include "browse_figures.h"

#include "bench_table.h"
#include "browse/page_loader.h"
#include "browse/record_search.h"
#include "client/producer.h"

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace es::bench::browse {

namespace {

constexpr int kProducers = 3;
constexpr std::string_view kStatuses[] = {"NEW", "PAID", "SHIPPED", "FAILED"};

Bytes valueFor(std::int64_t n)
{
    char buf[160];
    const int len = std::snprintf(
        buf, sizeof buf, R"({"order":%lld,"customer":"c-%05lld","status":"%s","amount":%lld.%02lld,"pad":")",
        static_cast<long long>(1'000'000 + n % 9'000'000), static_cast<long long>(n * 7919 % 100'000),
        kStatuses[n % 4].data(), static_cast<long long>(n % 997), static_cast<long long>(n % 100));
    std::string value(buf, static_cast<std::size_t>(len));
    value.append(kValueSize - value.size() - 2, 'x');
    value += "\"}";
    return Bytes(value.begin(), value.end());
}

void printRate(const std::string &label, double rate, std::optional<double> target)
{
    if (target)
        printRow(label, formatRate(rate), rate, Target{Target::Kind::AtLeast, *target},
                 ">= " + formatNumber(*target / 1e6, "M/s", 2));
    else
        printRow(label, formatRate(rate));
}

// The pages a PageLoader delivers, handed from its threads to the one waiting for them.
class Deliveries {
public:
    void push(PageResult result)
    {
        {
            std::lock_guard lock(m_mutex);
            m_results.push_back(std::move(result));
        }
        m_ready.notify_one();
    }
    PageResult pop()
    {
        std::unique_lock lock(m_mutex);
        if (!m_ready.wait_for(lock, std::chrono::seconds(60), [this] { return !m_results.empty(); }))
            die("no page arrived within 60 s");
        PageResult result = std::move(m_results.front());
        m_results.pop_front();
        return result;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<PageResult> m_results; // guarded by m_mutex
};

struct Browsed {
    std::int64_t records = 0;
    std::int64_t pages = 0;
};

Browsed browseAll(Connection &connection)
{
    std::shared_ptr<RecordReader> reader = connection.openReader();
    std::vector<std::int64_t> ends(kPartitions);
    Deliveries deliveries;
    PageLoader loader(reader, [&deliveries](PageResult r) { deliveries.push(std::move(r)); });
    int reading = 0;
    for (std::int32_t p = 0; p < kPartitions; ++p) {
        const TopicPartition tp{std::string(kTopic), p};
        auto bounds = reader->bounds(tp);
        check(bounds.status(), "reading the bounds of " + tp.toString());
        ends[static_cast<std::size_t>(p)] = bounds->highWatermark;
        if (bounds->logStartOffset < bounds->highWatermark) {
            loader.request(tp, RecordPage::firstOf(bounds->logStartOffset));
            ++reading;
        }
    }
    Browsed browsed;
    while (reading > 0) {
        PageResult r = deliveries.pop();
        if (!r.error.empty())
            die("reading " + r.tp.toString() + " at " + std::to_string(r.first) + ": " + r.error);
        if (!r.page) { // dropped from a full queue: ask again
            loader.request(r.tp, r.first);
            continue;
        }
        browsed.records += static_cast<std::int64_t>(r.page->records.size());
        ++browsed.pages;
        const std::int64_t next = r.first + RecordPage::kRows;
        if (r.page->readEnd < next || next >= ends[static_cast<std::size_t>(r.tp.partition)])
            --reading;
        else
            loader.request(r.tp, next);
    }
    return browsed;
}

} // namespace

void die(const std::string &what) { throw std::runtime_error(what); }

void check(const Status &s, std::string_view what)
{
    if (!s.isOk())
        die(std::string(what) + ": " + s.toString());
}

void progress(const std::string &what) { std::fprintf(stderr, "... %s\n", what.c_str()); }

double secondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

void fill(Cluster &cluster, std::int64_t records)
{
    std::atomic<std::int64_t> failed{0};
    std::vector<std::thread> producers;
    for (int p = 0; p < kProducers; ++p) {
        producers.emplace_back([&, p] {
            ProducerConfig config;
            config.acks = -1;
            config.batchBytes = 1 << 20;
            config.lingerMs = 10;
            Producer producer(cluster, config);
            std::atomic<std::int64_t> acked{0};
            std::int64_t sent = 0;
            for (std::int64_t n = p; n < records; n += kProducers) {
                // A window keeps memory bounded: the producer itself has no limit.
                while (sent - acked.load(std::memory_order_acquire) >= 200'000)
                    std::this_thread::sleep_for(std::chrono::microseconds(200));
                ProducerRecord record;
                record.topic = std::string(kTopic);
                record.partition = static_cast<std::int32_t>(n % kPartitions);
                const std::string key = "c-" + std::to_string(n * 7919 % 100'000);
                record.key = Bytes(key.begin(), key.end());
                record.value = valueFor(n);
                producer.send(std::move(record), [&](const DeliveryReport &r) {
                    if (!r.ok())
                        failed.fetch_add(1);
                    acked.fetch_add(1, std::memory_order_release);
                });
                ++sent;
            }
            if (!producer.flush(std::chrono::seconds(120)))
                failed.fetch_add(1);
        });
    }
    for (auto &t : producers)
        t.join();
    if (failed.load() > 0)
        die(std::to_string(failed.load()) + " records failed to produce");
}

FilterCondition valueCondition(MatchKind kind, std::string pattern, bool caseInsensitive,
                               std::string jsonPath)
{
    FilterCondition c;
    c.target = FilterTarget::Value;
    c.kind = kind;
    c.pattern = std::move(pattern);
    c.caseInsensitive = caseInsensitive;
    c.jsonPath = std::move(jsonPath);
    return c;
}

void scanFigure(const Run &run, const std::string &label, FilterCondition condition,
                std::optional<double> target, std::size_t threads)
{
    RecordSearchSpec spec;
    spec.topic = std::string(kTopic);
    spec.filter.conditions.push_back(std::move(condition));
    spec.threads = threads;
    progress("scanning: " + label);
    const auto start = SteadyClock::now();
    auto search = RecordSearch::start(run.connection, spec);
    check(search.status(), "starting a search");
    if (!(*search)->waitUntilDone(std::chrono::minutes(10)))
        die("a search did not finish within 10 minutes");
    const double seconds = secondsSince(start);
    const RecordSearchProgress p = (*search)->progress();
    check(p.error, "searching");
    for (const auto &part : p.partitions)
        if (!part.error.empty())
            die("searching partition " + std::to_string(part.partition) + ": " + part.error);
    if (p.scannedRecords != static_cast<std::uint64_t>(run.records))
        die(label + ": scanned " + std::to_string(p.scannedRecords) + " of " + std::to_string(run.records));
    printRate(label, static_cast<double>(p.scannedRecords) / seconds, target);
    printRow("  matched", std::to_string(p.matchedRecords) + " in " + formatNumber(seconds, "s", 2));
}

void browseFigure(const Run &run, const std::string &label, std::optional<double> target)
{
    progress("browsing: " + label);
    const auto start = SteadyClock::now();
    const Browsed browsed = browseAll(run.connection);
    const double seconds = secondsSince(start);
    if (browsed.records != run.records)
        die(label + ": read " + std::to_string(browsed.records) + " of " + std::to_string(run.records));
    printRate(label, static_cast<double>(browsed.records) / seconds, target);
    printRow("  pages of " + std::to_string(RecordPage::kRows) + " rows",
             std::to_string(browsed.pages) + " in " + formatNumber(seconds, "s", 2));
}

} // namespace es::bench::browse
