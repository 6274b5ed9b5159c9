#include "catalog/catalog.h"

#include "catalog/catalog_schema.h"
#include "catalog/catalog_writer.h"
#include "catalog/cluster_metadata.h"
#include "catalog/event_log.h"
#include "catalog/metrics_history.h"
#include "catalog/security_tables.h"
#include "catalog/sqlite_db.h"
#include "common/logging.h"
#include "common/thread_identity.h"

#include <algorithm>
#include <future>
#include <system_error>
#include <utility>

namespace es {

namespace {

// An idle writer still wakes this often to prune when it is due.
constexpr std::chrono::seconds kIdleWake{1};
// In WAL mode, synchronous=NORMAL makes a commit survive a crash of the process (a power
// cut may take the last ones) without an fsync per commit; the WAL file is cut back to
// 16 MiB after each checkpoint.
constexpr const char *kWalSettings = "PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 16777216;";
// A query for one series' seconds visits a page per second of the 1-second tier, which is
// ordered by time: a larger page cache keeps an hour of it (about 20 MiB for 300 series).
constexpr const char *kReaderSettings = "PRAGMA cache_size = -32768;";

Status checkOptions(const CatalogOptions &o)
{
    if (!o.clock)
        return Status::invalidArgument("catalog options: no clock");
    if (o.rawMetricsRetentionMs <= 0 || o.rollupMetricsRetentionMs <= 0 || o.eventRetentionMs <= 0 ||
        o.maxEvents <= 0 || o.pruneIntervalMs <= 0 || o.batchMaxItems == 0 || o.batchDelay.count() < 0 ||
        o.metricsBatchDelay.count() < 0 || o.rawGroupMetricsRetentionMs <= 0 ||
        o.rollupMetricsRetentionMs < o.rawMetricsRetentionMs ||
        o.rollupMetricsRetentionMs < o.rawGroupMetricsRetentionMs)
        return Status::invalidArgument(
            "catalog options: retention, limits and intervals must be positive, rollups kept at "
            "least as long as raw samples");
    return Status::ok();
}

Status useWal(SqliteDb &db)
{
    Result<SqliteStatement> stmt = db.prepare("PRAGMA journal_mode = WAL");
    if (!stmt)
        return stmt.status();
    Result<bool> row = stmt->step();
    if (!row)
        return row.status();
    if (!*row || stmt->textAt(0) != "wal")
        return Status::ioError("catalog " + db.file().string() + ": cannot switch to write-ahead logging");
    return db.exec(kWalSettings, "configuring the connection");
}

} // namespace

Result<std::unique_ptr<Catalog>> Catalog::open(const std::filesystem::path &file, CatalogOptions options)
{
    ES_RETURN_IF_ERROR(checkOptions(options));
    auto log = logger("catalog");
    if (file.has_parent_path()) {
        std::error_code ec;
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec)
            return Status::ioError("cannot create the folder of catalog " + file.string() + ": " +
                                   ec.message());
    }

    Result<std::unique_ptr<SqliteDb>> writeDb = SqliteDb::open(file, SqliteDb::Mode::ReadWriteCreate);
    if (!writeDb)
        return writeDb.status();
    SqliteDb &db = **writeDb;
    ES_RETURN_IF_ERROR(migrateCatalogSchema(db, options.clock->nowMs()));
    if (db.isReadOnly())
        log->warn("catalog {} is read-only: changes will not be saved", file.string());
    else
        ES_RETURN_IF_ERROR(useWal(db));
    Result<std::int64_t> lastId = lastEventId(db);
    if (!lastId)
        return lastId.status();

    // Opened after the writer set up WAL, which lets it read beside the writer.
    Result<std::unique_ptr<SqliteDb>> readDb = SqliteDb::open(file, SqliteDb::Mode::ReadOnly);
    if (!readDb)
        return readDb.status();
    ES_RETURN_IF_ERROR((*readDb)->exec(kReaderSettings, "configuring the reader"));

    const CatalogRetention retention{.metrics = {.rawMs = options.rawMetricsRetentionMs,
                                                 .rawGroupMs = options.rawGroupMetricsRetentionMs,
                                                 .rollupMs = options.rollupMetricsRetentionMs},
                                     .eventsMs = options.eventRetentionMs,
                                     .maxEvents = options.maxEvents};
    auto writer = std::make_unique<CatalogWriter>(std::move(*writeDb), retention);
    std::unique_ptr<Catalog> catalog(
        new Catalog(file, options, std::move(writer), std::move(*readDb), *lastId));
    catalog->m_thread = std::thread([c = catalog.get()] {
        nameThisThread("catalog");
        makeThisThreadBackground();
        c->writerLoop();
    });
    log->info("catalog {} open", file.string());
    return catalog;
}

Catalog::Catalog(std::filesystem::path file, CatalogOptions options, std::unique_ptr<CatalogWriter> writer,
                 std::unique_ptr<SqliteDb> reader, std::int64_t lastEventId)
    : m_file(std::move(file)),
      m_options(options),
      m_lastEventId(lastEventId),
      m_writer(std::move(writer)),
      m_reader(std::move(reader))
{}

Catalog::~Catalog()
{
    Status status = close();
    if (!status.isOk())
        logger("catalog")->error("closing: {}", status.toString());
}

void Catalog::enqueueLocked(CatalogWriteOp op, std::size_t metricSamples)
{
    if (m_writerGone) {
        if (m_firstError.isOk())
            m_firstError =
                Status::ioError("catalog " + m_file.string() + " is closed: writes after close are dropped");
        return;
    }
    // The writer sleeps until the first write of each kind, which sets the batch's
    // deadline, and then lets the batch fill.
    const auto now = std::chrono::steady_clock::now();
    bool wake = false;
    if (metricSamples > 0) {
        wake = m_queuedSamples == 0;
        if (wake)
            m_firstSamplesAt = now;
        m_queuedSamples += metricSamples;
    } else {
        wake = m_queuedOthers == 0;
        if (wake)
            m_firstOtherAt = now;
        ++m_queuedOthers;
    }
    m_queue.push_back(std::move(op));
    if (wake || m_queuedSamples + m_queuedOthers >= m_options.batchMaxItems)
        m_wake.notify_one();
}

void Catalog::enqueue(CatalogWriteOp op, std::size_t metricSamples)
{
    std::lock_guard lock(m_mutex);
    enqueueLocked(std::move(op), metricSamples);
}

void Catalog::saveBroker(BrokerRecord broker) { enqueue({std::move(broker)}, 0); }

void Catalog::saveTopic(TopicRecord topic) { enqueue({std::move(topic)}, 0); }

void Catalog::deleteTopic(std::string name) { enqueue({DeleteTopicOp{std::move(name)}}, 0); }

void Catalog::savePartition(PartitionRecord partition) { enqueue({std::move(partition)}, 0); }

void Catalog::setClusterId(std::string clusterId) { enqueue({ClusterIdOp{std::move(clusterId)}}, 0); }

void Catalog::setNextProducerId(std::int64_t nextProducerId)
{
    enqueue({NextProducerIdOp{nextProducerId}}, 0);
}

void Catalog::saveBrokerConfigs(std::map<std::string, std::string> configs)
{
    enqueue({BrokerConfigsOp{std::move(configs), std::nullopt}}, 0);
}

void Catalog::saveBrokerConfigs(std::int32_t broker, std::map<std::string, std::string> configs)
{
    enqueue({BrokerConfigsOp{std::move(configs), broker}}, 0);
}

Status Catalog::saveSecurity(SavedSecurity security) { return saveSecurityOp(std::move(security), false); }

Status Catalog::saveListeners(std::vector<security::ListenerConfig> listeners, security::TlsSettings tls)
{
    SavedSecurity saved;
    saved.listeners = std::move(listeners);
    saved.tls = std::move(tls);
    return saveSecurityOp(std::move(saved), true);
}

Status Catalog::saveSecurityOp(SavedSecurity security, bool listenersOnly)
{
    auto done = std::make_shared<std::promise<Status>>();
    std::future<Status> committed = done->get_future();
    {
        std::lock_guard lock(m_mutex);
        if (m_writerGone)
            return Status::ioError("catalog " + m_file.string() + " is closed: " +
                                   (listenersOnly ? "listeners" : "users and ACLs") + " not saved");
        // Committed at once rather than after the batch delay: the caller waits.
        ++m_waitedFor;
        enqueueLocked({SecurityOp{std::move(security), std::move(done), listenersOnly}}, 0);
        m_wake.notify_one();
    }
    return committed.get();
}

std::int64_t Catalog::appendEvent(EventRecord event)
{
    if (event.timeMs == 0)
        event.timeMs = m_options.clock->nowMs();
    std::lock_guard lock(m_mutex);
    // Assigned under the queue's lock, so ids increase in the order events are written.
    event.id = ++m_lastEventId;
    const std::int64_t id = event.id;
    enqueueLocked({std::move(event)}, 0);
    return id;
}

void Catalog::appendMetrics(std::vector<MetricSample> samples)
{
    if (samples.empty())
        return;
    const std::size_t count = samples.size();
    enqueue({std::move(samples)}, count);
}

Status Catalog::takeFirstErrorLocked() { return std::exchange(m_firstError, Status::ok()); }

Status Catalog::flush()
{
    std::unique_lock lock(m_mutex);
    if (m_writerGone)
        return takeFirstErrorLocked();
    const std::uint64_t ticket = ++m_flushesWanted;
    m_wake.notify_one();
    m_flushed.wait(lock, [&] { return m_flushesDone >= ticket; });
    return takeFirstErrorLocked();
}

Status Catalog::close()
{
    std::lock_guard closing(m_closeMutex);
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
            m_wake.notify_one();
        }
        m_thread.join();
        {
            std::lock_guard lock(m_readMutex);
            m_reader.reset();
        }
        // Closed last, the write connection checkpoints the WAL into the file.
        m_writer.reset();
        logger("catalog")->info("catalog {} closed", m_file.string());
    }
    std::lock_guard lock(m_mutex);
    return takeFirstErrorLocked();
}

bool Catalog::batchWantedNowLocked() const
{
    return m_stopping || m_flushesWanted != m_flushesDone || m_waitedFor > 0 ||
           m_queuedSamples + m_queuedOthers >= m_options.batchMaxItems;
}

std::chrono::steady_clock::time_point Catalog::batchDeadlineLocked() const
{
    auto deadline = std::chrono::steady_clock::time_point::max();
    if (m_queuedSamples > 0)
        deadline = m_firstSamplesAt + m_options.metricsBatchDelay;
    if (m_queuedOthers > 0)
        deadline = std::min(deadline, m_firstOtherAt + m_options.batchDelay);
    return deadline;
}

void Catalog::writerLoop()
{
    auto log = logger("catalog");
    const bool readOnly = m_writer->db().isReadOnly();
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait_for(lock, kIdleWake, [&] { return batchWantedNowLocked() || !m_queue.empty(); });
        // Let the batch fill until its deadline, which an early write of another kind can
        // bring forward (hence no predicate: each wake-up looks again).
        while (!m_queue.empty() && !batchWantedNowLocked()) {
            const auto deadline = batchDeadlineLocked();
            if (std::chrono::steady_clock::now() >= deadline)
                break;
            m_wake.wait_until(lock, deadline);
        }
        std::vector<CatalogWriteOp> batch = std::exchange(m_queue, {});
        m_queuedSamples = 0;
        m_queuedOthers = 0;
        m_waitedFor = 0;
        const std::uint64_t flushes = m_flushesWanted;
        // A flush (and the stop) also wants the 1-minute rows of minutes still open.
        const bool everything = m_stopping || flushes != m_flushesDone;
        lock.unlock();

        const std::int64_t nowMs = m_options.clock->nowMs();
        Status status = m_writer->apply(batch, nowMs, everything);
        if (!status.isOk()) {
            // A lasting failure (a full disk) would fail every batch: say it once.
            if (m_writesFailing)
                log->debug("{}: {} writes lost", status.toString(), batch.size());
            else
                log->error("{}: {} writes lost", status.toString(), batch.size());
            m_writesFailing = true;
        } else if (m_writesFailing && !batch.empty()) {
            log->info("catalog {}: writes succeed again", m_file.string());
            m_writesFailing = false;
        }
        for (const CatalogWriteOp &op : batch)
            if (const auto *security = std::get_if<SecurityOp>(&op.value))
                security->done->set_value(status);
        batch.clear();
        if (!readOnly && (!m_pruned || nowMs - m_lastPruneMs >= m_options.pruneIntervalMs)) {
            m_pruned = true;
            m_lastPruneMs = nowMs;
            Status pruned = m_writer->prune(nowMs);
            if (!pruned.isOk()) {
                log->warn("{}", pruned.toString());
                if (status.isOk())
                    status = pruned;
            }
        }

        lock.lock();
        if (m_firstError.isOk())
            m_firstError = status;
        m_flushesDone = flushes;
        m_flushed.notify_all();
        if (m_stopping && m_queue.empty() && m_flushesWanted == m_flushesDone) {
            m_writerGone = true;
            return;
        }
    }
}

Result<CatalogState> Catalog::loadState() const
{
    std::lock_guard lock(m_readMutex);
    if (!m_reader)
        return Status::ioError("catalog " + m_file.string() + " is closed");
    return loadCatalogState(*m_reader);
}

Result<SavedSecurity> Catalog::loadSecurity() const
{
    std::lock_guard lock(m_readMutex);
    if (!m_reader)
        return Status::ioError("catalog " + m_file.string() + " is closed");
    return es::loadSecurity(*m_reader);
}

Result<std::vector<EventRecord>> Catalog::events(const EventQuery &query) const
{
    std::lock_guard lock(m_readMutex);
    if (!m_reader)
        return Status::ioError("catalog " + m_file.string() + " is closed");
    return readEvents(*m_reader, query);
}

Result<std::vector<MetricPoint>> Catalog::metrics(const std::string &series, std::int64_t fromMs,
                                                  std::int64_t toMs, std::int64_t stepMs) const
{
    const MetricsRetention retention{.rawMs = m_options.rawMetricsRetentionMs,
                                     .rawGroupMs = m_options.rawGroupMetricsRetentionMs,
                                     .rollupMs = m_options.rollupMetricsRetentionMs};
    const std::int64_t nowMs = m_options.clock->nowMs();
    std::lock_guard lock(m_readMutex);
    if (!m_reader)
        return Status::ioError("catalog " + m_file.string() + " is closed");
    return readMetrics(*m_reader, series, fromMs, toMs, stepMs, nowMs, retention);
}

Result<std::vector<std::string>> Catalog::seriesNames(const std::string &prefix) const
{
    std::lock_guard lock(m_readMutex);
    if (!m_reader)
        return Status::ioError("catalog " + m_file.string() + " is closed");
    return readSeriesNames(*m_reader, prefix);
}

} // namespace es
