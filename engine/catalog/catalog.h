#pragma once

#include "catalog/catalog_types.h"
#include "catalog/security_tables.h"
#include "common/clock.h"
#include "common/status.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace es {

class CatalogWriter;
class SqliteDb;
struct CatalogWriteOp;

struct CatalogOptions {
    // "Now" for retention, pruning and choosing a metrics tier. Must outlive the catalog.
    const Clock *clock = &SystemClock::instance();
    std::int64_t rawMetricsRetentionMs = 60LL * 60 * 1000; // 1-second samples
    // 1-second samples of the "group:" series (consumer lag), charted over the last 24
    // hours: an hour more, so that such a chart always finds its first seconds here.
    std::int64_t rawGroupMetricsRetentionMs = 25LL * 60 * 60 * 1000;
    std::int64_t rollupMetricsRetentionMs = 7LL * 24 * 60 * 60 * 1000; // 1-minute rollups
    std::int64_t eventRetentionMs = 30LL * 24 * 60 * 60 * 1000;
    std::int64_t maxEvents = 100'000;
    // The writer commits everything queued once the oldest queued metadata write or event
    // has waited batchDelay or the oldest queued metrics metricsBatchDelay, or sooner when
    // batchMaxItems writes (a metric sample counts as one) are waiting. Metrics wait
    // longer since their resolution is a second anyway: 10 Hz snapshots of a series then
    // make one row per commit (bench_catalog shows the cost of each setting).
    std::chrono::milliseconds batchDelay{50};
    std::chrono::milliseconds metricsBatchDelay{1000};
    std::size_t batchMaxItems = 20'000;
    // How often (by `clock`) the writer deletes what has outlived its retention.
    std::int64_t pruneIntervalMs = 60'000;
};

// The catalog: one SQLite file (catalog_format.md) holding the cluster's metadata, its
// event timeline and its metrics history, so that a cluster comes back as it was.
//
// Writes are queued and return at once; one writer thread, which owns the write
// connection, commits what is queued in batches (one transaction each) and prunes old
// data. A write that fails is not retried: its batch is rolled back, logged, and its
// error is what the next flush() returns; later writes go ahead as usual. Reads run on a
// second, read-only connection beside the writer (WAL mode) and see every write committed
// before they start, so everything written before a flush() that returned.
//
// Thread-safety: every method may be called from any thread, concurrently. Write calls
// keep their order per calling thread (all of them go through one queue). Reads are
// serialised among themselves by a mutex, never by the writer. Writes after close() are
// dropped and reported by the next flush(); reads after close() fail.
class Catalog {
public:
    // Opens (creating it and its folder when missing) the catalog at `file`, migrating an
    // older schema. Corruption for a file that is not an SQLite database,
    // InvalidArgument for another program's database, Unsupported for a newer schema: in
    // each case the Status names the file, which is left untouched. A write-protected file
    // opens for reading: every write then fails and flush() says so.
    static Result<std::unique_ptr<Catalog>> open(const std::filesystem::path &file,
                                                 CatalogOptions options = {});

    // close(); an error it returns is logged.
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    // Inserts or replaces the broker with this id.
    void saveBroker(BrokerRecord broker);
    // Inserts or replaces the topic with this name, configs included (the record holds
    // the whole set of overrides).
    void saveTopic(TopicRecord topic);
    // Removes the topic, its configs and its partitions.
    void deleteTopic(std::string name);
    // Inserts or replaces the partition (topic, partition).
    void savePartition(PartitionRecord partition);
    void setClusterId(std::string clusterId);
    void setNextProducerId(std::int64_t nextProducerId);
    // Replaces the cluster-wide dynamic broker configs.
    void saveBrokerConfigs(std::map<std::string, std::string> configs);
    // Replaces one broker's own dynamic broker configs.
    void saveBrokerConfigs(std::int32_t broker, std::map<std::string, std::string> configs);
    // Replaces the saved users, ACLs and security options, and, unlike the other writes,
    // blocks until that is committed: the Status says whether it was (a full disk, a
    // read-only file, a closed catalog), so that the store applies only what is saved.
    Status saveSecurity(SavedSecurity security);
    // Replaces the saved listeners and their TLS settings, which the next start that names
    // none runs with; waits for the commit as saveSecurity() does.
    Status saveListeners(std::vector<security::ListenerConfig> listeners, security::TlsSettings tls);
    // Queues `event` under a new id, larger than every id given before (also across
    // restarts), and returns that id. A timeMs of 0 becomes the clock's now.
    std::int64_t appendEvent(EventRecord event);
    // Queues samples for the metrics history. They are kept per second (several samples
    // of a series in one second are averaged, and their largest kept) for
    // rawMetricsRetentionMs (rawGroupMetricsRetentionMs for series starting with "group:"),
    // and per minute (average, largest, count) for
    // rollupMetricsRetentionMs. A minute's row is written once the minute is over by the
    // clock (or at the next flush() or pruning pass), so reads of the 1-minute tier may
    // miss the minute in progress until then. Samples older than a tier's retention skip
    // that tier; non-finite values are dropped.
    void appendMetrics(std::vector<MetricSample> samples);

    // Blocks until every write queued before the call is committed (or failed), 1-minute
    // rows of minutes in progress included, and any pruning that has fallen due has run. Returns the first
    // error of a write or prune since the previous flush() (each error is returned once), else ok.
    Status flush();
    // Flushes, stops the writer thread and closes the file. Returns what flush() would.
    // Later calls return ok.
    Status close();

    // Brokers, topics and partitions sorted by id / name / (topic, partition), from one
    // consistent snapshot.
    [[nodiscard]] Result<CatalogState> loadState() const;
    // What saveSecurity() saved last; empty in a new catalog.
    [[nodiscard]] Result<SavedSecurity> loadSecurity() const;
    // Events with query.sinceMs <= timeMs <= query.untilMs, of the given kinds, whose
    // subject starts with query.subjectPrefix: newest first (by time, then id), at most
    // query.limit (no limit when 0 or less).
    [[nodiscard]] Result<std::vector<EventRecord>> events(const EventQuery &query) const;
    // `series` over [fromMs, toMs) in buckets of stepMs aligned to multiples of the step
    // since the epoch; each point (bucket start, average and largest sample) covers its
    // whole bucket, and buckets without samples are absent. The step is rounded up to
    // whole seconds (0 or less: 1 s). When the range starts within the 1-second tier's
    // retention and the step is not whole minutes, that tier answers; otherwise the
    // 1-minute tier does and the step is rounded up to whole minutes (a day at a 1 s step
    // returns 1440 one-minute points; "group:" series keep their seconds for 25 hours, per
    // rawGroupMetricsRetentionMs). Check MetricPoint::timeMs for the step returned.
    [[nodiscard]] Result<std::vector<MetricPoint>> metrics(const std::string &series, std::int64_t fromMs,
                                                           std::int64_t toMs, std::int64_t stepMs) const;
    // The series with stored data whose names start with `prefix`, sorted.
    [[nodiscard]] Result<std::vector<std::string>> seriesNames(const std::string &prefix) const;

    [[nodiscard]] const std::filesystem::path &file() const { return m_file; }

private:
    Status saveSecurityOp(SavedSecurity security, bool listenersOnly);
    Catalog(std::filesystem::path file, CatalogOptions options, std::unique_ptr<CatalogWriter> writer,
            std::unique_ptr<SqliteDb> reader, std::int64_t lastEventId);

    void enqueueLocked(CatalogWriteOp op, std::size_t metricSamples);
    void enqueue(CatalogWriteOp op, std::size_t metricSamples);
    [[nodiscard]] bool batchWantedNowLocked() const;
    [[nodiscard]] std::chrono::steady_clock::time_point batchDeadlineLocked() const;
    void writerLoop();
    Status takeFirstErrorLocked();

    const std::filesystem::path m_file;
    const CatalogOptions m_options;

    std::mutex m_mutex;
    std::condition_variable m_wake;      // to the writer: work queued, a flush or the stop wanted
    std::condition_variable m_flushed;   // from the writer: a cycle finished
    std::vector<CatalogWriteOp> m_queue; // guarded by m_mutex
    std::size_t m_queuedSamples = 0;     // guarded by m_mutex
    std::size_t m_queuedOthers = 0;      // guarded by m_mutex
    std::chrono::steady_clock::time_point m_firstSamplesAt; // guarded by m_mutex
    std::chrono::steady_clock::time_point m_firstOtherAt;   // guarded by m_mutex
    std::int64_t m_lastEventId = 0;                         // guarded by m_mutex
    std::uint64_t m_flushesWanted = 0;                      // guarded by m_mutex
    std::uint64_t m_flushesDone = 0;                        // guarded by m_mutex
    std::size_t m_waitedFor = 0; // queued writes whose caller waits; guarded by m_mutex
    Status m_firstError;         // guarded by m_mutex
    bool m_stopping = false;     // guarded by m_mutex
    bool m_writerGone = false;   // guarded by m_mutex

    std::mutex m_closeMutex; // serialises close()
    std::thread m_thread;
    std::unique_ptr<CatalogWriter> m_writer; // used only by m_thread while it runs
    bool m_pruned = false;                   // used only by m_thread
    std::int64_t m_lastPruneMs = 0;          // used only by m_thread
    bool m_writesFailing = false;            // used only by m_thread

    mutable std::mutex m_readMutex;
    std::unique_ptr<SqliteDb> m_reader; // guarded by m_readMutex; null once closed
};

} // namespace es
