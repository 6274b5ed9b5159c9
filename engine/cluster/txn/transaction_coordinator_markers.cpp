// Ending a transaction whose outcome is logged (PrepareCommit/PrepareAbort): a marker to
// every partition of it, retried where a leader could not write it yet, then the
// CompleteCommit/CompleteAbort record (Kafka's TransactionMarkerChannelManager and its
// TransactionMarkerRequestCompletionHandler).

#include "cluster/txn/transaction_coordinator.h"
#include "common/logging.h"

#include <utility>

namespace es {
namespace {

enum class MarkerOutcome : std::uint8_t {
    Written, // the leader appended it
    Retry,   // the leader can't yet (moving, short of replicas, not reached): again later
    Skip,    // the partition can't hold markers, so it never took the producer's records
    Abandon, // a newer producer epoch or coordinator took over this transaction
};

MarkerOutcome markerOutcome(ErrorCode error)
{
    switch (error) {
    case ErrorCode::None: return MarkerOutcome::Written;
    case ErrorCode::UnknownTopicOrPartition:
    case ErrorCode::NotLeaderOrFollower:
    case ErrorCode::NotEnoughReplicas:
    case ErrorCode::NotEnoughReplicasAfterAppend:
    case ErrorCode::RequestTimedOut:
    case ErrorCode::KafkaStorageError: return MarkerOutcome::Retry;
    case ErrorCode::UnsupportedForMessageFormat:
    case ErrorCode::UnsupportedVersion: return MarkerOutcome::Skip;
    case ErrorCode::InvalidProducerEpoch:
    case ErrorCode::ProducerFenced:
    case ErrorCode::TransactionCoordinatorFenced: return MarkerOutcome::Abandon;
    default:
        // Kafka treats anything else as a broker bug and stops; a partition left without
        // its marker would block read_committed consumers for good, so it is retried.
        return MarkerOutcome::Retry;
    }
}

} // namespace

void TransactionCoordinator::startMarkers(const std::string &transactionalId)
{
    const Entry *entry = findEntry(transactionalId);
    const TransactionMetadata &m = entry->state.current();
    MarkerJob job;
    job.id = m_nextJobId++;
    job.statePartition = entry->statePartition;
    job.marker.producerId = m.producerId;
    job.marker.producerEpoch = m.producerEpoch;
    job.marker.commit = m.state == TransactionState::PrepareCommit;
    job.marker.coordinatorEpoch = m_partitions.at(entry->statePartition).coordinatorEpoch;
    job.marker.partitions.assign(m.partitions.begin(), m.partitions.end());
    job.awaiting = m.partitions;
    const std::uint64_t jobId = job.id;
    m_markers.insert_or_assign(transactionalId, std::move(job));
    // After the answers already queued: the client hears of its EndTxn before the markers go.
    post([this, transactionalId, jobId] {
        if (MarkerJob *started = findJob(transactionalId, jobId); started != nullptr && !started->inFlight)
            sendMarkers(transactionalId, *started);
    });
}

TransactionCoordinator::MarkerJob *TransactionCoordinator::findJob(const std::string &transactionalId,
                                                                   std::uint64_t jobId)
{
    auto it = m_markers.find(transactionalId);
    return it != m_markers.end() && it->second.id == jobId ? &it->second : nullptr;
}

void TransactionCoordinator::sendMarkers(const std::string &transactionalId, MarkerJob &job)
{
    job.retryAtMs.reset();
    for (auto it = job.awaiting.begin(); it != job.awaiting.end();) {
        if (m_partitionExists(*it)) {
            ++it;
            continue;
        }
        // A deleted partition keeps no records to commit or abort (Kafka drops it too).
        logger("txn")->info("transactional id {}: no marker for {}, which no longer exists", transactionalId,
                            it->toString());
        it = job.awaiting.erase(it);
    }
    if (job.awaiting.empty())
        return writeCompletion(transactionalId, job);

    TxnMarkerRequest request = job.marker;
    request.partitions.assign(job.awaiting.begin(), job.awaiting.end());
    std::vector<TopicPartition> sent = request.partitions;
    job.inFlight = true;
    std::weak_ptr<int> alive = m_lifetime;
    m_markerChannel.writeMarkers(std::move(request),
                                 [this, alive, transactionalId, jobId = job.id,
                                  sent = std::move(sent)](std::map<TopicPartition, ErrorCode> results) {
                                     if (alive.expired())
                                         return;
                                     CallScope scope(*this);
                                     onMarkersWritten(transactionalId, jobId, sent, results);
                                 });
}

void TransactionCoordinator::onMarkersWritten(const std::string &transactionalId, std::uint64_t jobId,
                                              const std::vector<TopicPartition> &sent,
                                              const std::map<TopicPartition, ErrorCode> &results)
{
    MarkerJob *job = findJob(transactionalId, jobId);
    if (job == nullptr)
        return; // the partition was unloaded: its new coordinator writes the markers
    job->inFlight = false;
    for (const TopicPartition &tp : sent) {
        auto result = results.find(tp);
        const ErrorCode error = result == results.end() ? ErrorCode::RequestTimedOut : result->second;
        switch (markerOutcome(error)) {
        case MarkerOutcome::Written: job->awaiting.erase(tp); break;
        case MarkerOutcome::Retry:
            if (error == ErrorCode::UnknownTopicOrPartition && !m_partitionExists(tp)) {
                logger("txn")->info("transactional id {}: no marker for {}, which was deleted",
                                    transactionalId, tp.toString());
                job->awaiting.erase(tp);
                break;
            }
            logger("txn")->debug("transactional id {}: the marker for {} failed ({}); retrying",
                                 transactionalId, tp.toString(), errorName(error));
            break;
        case MarkerOutcome::Skip:
            logger("txn")->info("transactional id {}: {} cannot hold a marker ({}); left out",
                                transactionalId, tp.toString(), errorName(error));
            job->awaiting.erase(tp);
            break;
        case MarkerOutcome::Abandon:
            logger("txn")->warn(
                "transactional id {}: the marker for {} was refused ({}); a newer producer or "
                "coordinator owns the transaction, its markers are no longer sent",
                transactionalId, tp.toString(), errorName(error));
            m_markers.erase(transactionalId);
            resumeWaiting(transactionalId);
            return;
        }
    }
    if (job->awaiting.empty())
        writeCompletion(transactionalId, *job);
    else
        job->retryAtMs = now() + m_config.markerRetryBackoffMs;
}

void TransactionCoordinator::writeCompletion(const std::string &transactionalId, MarkerJob &job)
{
    job.retryAtMs.reset();
    Entry *entry = findEntry(transactionalId);
    const std::optional<TransactionMetadata> next =
        entry ? entry->state.prepareComplete(now()) : std::nullopt;
    if (!next) {
        logger("txn")->error(
            "transactional id {}: markers written, but the transaction cannot complete from {}",
            transactionalId,
            entry ? transactionStateName(entry->state.state()) : std::string_view("nothing"));
        m_markers.erase(transactionalId);
        resumeWaiting(transactionalId);
        return;
    }
    job.inFlight = true;
    const std::set<TopicPartition> partitions(job.marker.partitions.begin(), job.marker.partitions.end());
    write(transactionalId, *next,
          [this, transactionalId, jobId = job.id, next = *next, partitions](ErrorCode error) {
              MarkerJob *done = findJob(transactionalId, jobId);
              if (error == ErrorCode::None) {
                  m_markers.erase(transactionalId);
                  const bool committed = next.state == TransactionState::CompleteCommit;
                  logger("txn")->info(
                      "transactional id {}: producer id {} epoch {} {} a transaction on {} partitions",
                      transactionalId, next.producerId, next.producerEpoch,
                      committed ? "committed" : "aborted", partitions.size());
                  raiseEvent(committed ? TransactionEventKind::Committed : TransactionEventKind::Aborted,
                             transactionalId, next, partitions);
                  resumeWaiting(transactionalId);
                  return;
              }
              if (done == nullptr)
                  return;
              done->inFlight = false;
              if (error == ErrorCode::NotCoordinator) {
                  // This broker is losing the partition; the next coordinator completes it from the log.
                  m_markers.erase(transactionalId);
                  resumeWaiting(transactionalId); // they learn NOT_COORDINATOR
                  return;
              }
              logger("txn")->warn("transactional id {}: writing {} failed ({}); retrying", transactionalId,
                                  transactionStateName(next.state), errorName(error));
              done->retryAtMs = now() + m_config.markerRetryBackoffMs;
          });
}

void TransactionCoordinator::retryDueMarkers(std::int64_t nowMs)
{
    std::vector<std::pair<std::string, std::uint64_t>> due;
    for (const auto &[id, job] : m_markers)
        if (!job.inFlight && job.retryAtMs && *job.retryAtMs <= nowMs)
            due.emplace_back(id, job.id);
    // A synchronous channel may change m_markers under each send: look every job up again.
    for (const auto &[id, jobId] : due)
        if (MarkerJob *job = findJob(id, jobId); job != nullptr && !job->inFlight)
            sendMarkers(id, *job);
}

} // namespace es
