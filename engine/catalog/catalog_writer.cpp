#include "catalog/catalog_writer.h"

#include "catalog/broker_configs_table.h"
#include "catalog/cluster_metadata.h"
#include "catalog/event_log.h"
#include "catalog/sqlite_db.h"
#include "common/logging.h"

#include <utility>

namespace es {

namespace {

template <typename... F>
struct Overloaded : F... {
    using F::operator()...;
};

// The same Status with what was being written added to its message.
Status withContext(const Status &status, const std::string &what)
{
    if (status.isOk())
        return status;
    std::string message = status.message() + " (" + what + ")";
    switch (status.code()) {
    case StatusCode::Corruption: return Status::corruption(std::move(message));
    case StatusCode::Busy: return Status::busy(std::move(message));
    default: return Status::ioError(std::move(message));
    }
}

} // namespace

CatalogWriter::CatalogWriter(std::unique_ptr<SqliteDb> db, const CatalogRetention &retention)
    : m_db(std::move(db)), m_retention(retention), m_metrics(*m_db, retention.metrics)
{}

CatalogWriter::~CatalogWriter() = default;

Status CatalogWriter::applyOne(const CatalogWriteOp &op,
                               std::vector<const std::vector<MetricSample> *> &samples)
{
    SqliteDb &db = *m_db;
    return std::visit(
        Overloaded{
            [&](const BrokerRecord &b) {
                return withContext(writeBroker(db, b), "saving broker " + std::to_string(b.id));
            },
            [&](const TopicRecord &t) { return withContext(writeTopic(db, t), "saving topic " + t.name); },
            [&](const DeleteTopicOp &d) {
                return withContext(eraseTopic(db, d.name), "deleting topic " + d.name);
            },
            [&](const PartitionRecord &p) {
                return withContext(writePartition(db, p),
                                   "saving partition " + p.topic + "-" + std::to_string(p.partition));
            },
            [&](const ClusterIdOp &c) {
                return withContext(writeClusterId(db, c.clusterId), "saving the cluster id");
            },
            [&](const NextProducerIdOp &n) {
                return withContext(writeNextProducerId(db, n.nextProducerId), "saving the next producer id");
            },
            [&](const BrokerConfigsOp &b) {
                if (b.broker)
                    return withContext(writeBrokerConfigs(db, *b.broker, b.configs),
                                       "saving broker " + std::to_string(*b.broker) + "'s configs");
                return withContext(writeBrokerConfigs(db, b.configs), "saving the broker configs");
            },
            [&](const SecurityOp &s) {
                if (s.listenersOnly)
                    return withContext(writeListeners(db, s.security.listeners, s.security.tls),
                                       "saving the listeners");
                return withContext(writeSecurity(db, s.security), "saving users and ACLs");
            },
            [&](const EventRecord &e) {
                return withContext(writeEvent(db, e), "saving event " + std::to_string(e.id));
            },
            [&](const std::vector<MetricSample> &s) {
                samples.push_back(&s);
                return Status::ok();
            },
        },
        op.value);
}

Status CatalogWriter::apply(const std::vector<CatalogWriteOp> &ops, std::int64_t nowMs, bool allMinutes)
{
    if (ops.empty() && !(allMinutes && m_metrics.holdsMinutes()))
        return Status::ok();
    // Metrics are independent of everything else, so all the batch's samples are folded
    // together at the end: at 10 Hz several snapshots of a series share a second.
    std::vector<const std::vector<MetricSample> *> samples;
    SqliteTransaction tx(*m_db);
    m_metrics.begin();
    Status status = tx.begin("starting a write");
    for (auto it = ops.begin(); status.isOk() && it != ops.end(); ++it)
        status = applyOne(*it, samples);
    if (status.isOk() && !samples.empty())
        status = withContext(m_metrics.append(samples, nowMs), "saving metrics");
    if (status.isOk())
        status = withContext(m_metrics.writeMinutes(nowMs, allMinutes), "saving metrics");
    if (status.isOk())
        status = tx.commit("committing " + std::to_string(ops.size()) + " writes");
    if (status.isOk())
        m_metrics.committed();
    else
        m_metrics.rolledBack();
    return status;
}

Status CatalogWriter::prune(std::int64_t nowMs)
{
    SqliteTransaction tx(*m_db);
    m_metrics.begin();
    Status status = tx.begin("pruning");
    if (status.isOk())
        status = m_metrics.writeMinutes(nowMs, true);
    std::int64_t metricRows = 0, events = 0;
    if (status.isOk()) {
        Result<std::int64_t> pruned = m_metrics.prune(nowMs);
        status = pruned.status();
        metricRows = pruned ? *pruned : 0;
    }
    if (status.isOk()) {
        Result<std::int64_t> pruned = pruneEvents(*m_db, nowMs, m_retention.eventsMs, m_retention.maxEvents);
        status = pruned.status();
        events = pruned ? *pruned : 0;
    }
    if (status.isOk())
        status = tx.commit("committing pruning");
    if (!status.isOk()) {
        m_metrics.rolledBack();
        return withContext(status, "pruning old metrics and events");
    }
    m_metrics.committed();
    if (metricRows > 0 || events > 0)
        logger("catalog")->debug("catalog {}: pruned {} metric rows and {} events", m_db->file().string(),
                                 metricRows, events);
    return Status::ok();
}

} // namespace es
