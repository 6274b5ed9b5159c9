#include "cluster/replica.h"

#include "cluster/open_files_budget.h"
#include "common/logging.h"
#include "storage/file.h"
#include "storage/record_batch_reader.h"

#include <algorithm>
#include <charconv>

namespace es {

namespace {

constexpr std::string_view kHighWatermarkFile = "high-watermark";

ErrorCode errorFor(ProduceRejection rejection)
{
    switch (rejection) {
    case ProduceRejection::None: return ErrorCode::None;
    case ProduceRejection::CorruptMessage: return ErrorCode::CorruptMessage;
    case ProduceRejection::InvalidRecord: return ErrorCode::InvalidRecord;
    case ProduceRejection::MessageTooLarge: return ErrorCode::MessageTooLarge;
    case ProduceRejection::RecordListTooLarge: return ErrorCode::RecordListTooLarge;
    case ProduceRejection::InvalidTimestamp: return ErrorCode::InvalidTimestamp;
    }
    return ErrorCode::UnknownServerError;
}

// An append that passed validation failed in the log itself.
ErrorCode errorFor(const Status &s)
{
    return s.code() == StatusCode::IOError ? ErrorCode::KafkaStorageError : ErrorCode::UnknownServerError;
}

} // namespace

std::filesystem::path Replica::directoryFor(const std::filesystem::path &brokerDir, const TopicPartition &tp)
{
    return brokerDir / tp.toString();
}

Replica::Replica(TopicPartition tp, std::int32_t brokerId, std::unique_ptr<PartitionLog> log,
                 std::unique_ptr<LeaderEpochCache> epochs, RecentAppendsBudget *recentBudget)
    : m_tp(std::move(tp)), m_brokerId(brokerId), m_log(std::move(log)), m_epochs(std::move(epochs)),
      m_recent(RecentAppends::kDefaultBudget, recentBudget)
{
}

Replica::~Replica() = default;

Result<std::unique_ptr<Replica>> Replica::open(const std::filesystem::path &brokerDir, const TopicPartition &tp,
                                               std::int32_t brokerId, const LogConfig &config, const Clock &clock,
                                               RecentAppendsBudget *recentBudget)
{
    const auto dir = directoryFor(brokerDir, tp);
    if (!roomForAnotherReplica())
        return Status::ioError("cannot open " + dir.string() + ": " + std::string(kTooManyOpenFilesText) +
                               " (the rest of the limit stays free for connections)");
    auto log = PartitionLog::open(dir, config, clock);
    if (!log)
        return log.status();
    auto epochs = LeaderEpochCache::open(dir);
    std::unique_ptr<Replica> r(new Replica(tp, brokerId, std::move(*log), std::move(epochs), recentBudget));
    r->rebuildProducerState();

    std::int64_t hw = 0;
    if (auto data = readWholeFile(dir / kHighWatermarkFile)) {
        const std::string text(asChars(*data));
        std::from_chars(text.data(), text.data() + text.size(), hw);
    }
    r->m_highWatermark = std::clamp(hw, r->logStartOffset(), r->logEndOffset());
    // Transactions that ended below the high watermark stay ended: they no longer hold
    // read_committed consumers back.
    r->m_log->forgetCompletedTransactionsBefore(r->m_highWatermark);
    return r;
}

void Replica::rebuildProducerState()
{
    Status s = m_log->forEachBatchHeader(m_log->logStartOffset(), [&](const BatchHeader &h) {
        m_producers.record(h);
        Status e = m_epochs->assign(h.partitionLeaderEpoch, h.baseOffset);
        if (!e.isOk())
            logger("cluster")->warn("{}: {}", m_tp.toString(), e.toString());
        return true;
    });
    if (!s.isOk())
        logger("cluster")->error("{}: cannot rebuild producer state: {}", m_tp.toString(), s.toString());
}

Status writeHighWatermarkCheckpoint(const std::filesystem::path &logDir, std::int64_t highWatermark,
                                    Durability durability)
{
    std::string text = std::to_string(highWatermark) + "\n";
    if (durability == Durability::Synced)
        return writeFileAtomically(logDir / kHighWatermarkFile, asBytes(text), durability);
    // Deferred (a broker closing thousands of logs, one file-system sync after): written in
    // place, padded to a fixed width so the file is never truncated. A rename over the old
    // file or a truncation to zero makes the file system write the data out at once,
    // which is what the deferred close avoids. The 21 bytes lie in one disk sector, which
    // devices write whole; and the clean-shutdown marks, which tell that a log's files
    // are complete, are written only after the sync.
    text.insert(text.size() - 1, std::string(20 - std::min<std::size_t>(20, text.size() - 1), ' '));
    auto file = File::open(logDir / kHighWatermarkFile, File::Mode::CreateReadWrite);
    if (!file)
        return file.status();
    return file->writeAt(0, asBytes(text));
}

Status Replica::checkpointHighWatermark()
{
    return writeHighWatermarkCheckpoint(m_log->dir(), highWatermark());
}

bool Replica::applyPartitionInfo(const PartitionInfo &info, std::int64_t nowMs)
{
    const Role newRole = info.leader == m_brokerId                               ? Role::Leader
                         : (info.leader >= 0 && info.hasReplica(m_brokerId)) ? Role::Follower
                                                                                : Role::Offline;
    const bool changed = newRole != role() || info.leaderEpoch != leaderEpoch() || info.leader != leaderId();
    if (info.partitionEpoch != m_partitionEpoch)
        m_pendingIsr.reset();
    m_replicas = info.replicas;
    m_isr = info.isr;
    m_partitionEpoch = info.partitionEpoch;
    if (!changed) {
        // A reassignment changes the replicas under a leader that stays: it tracks the
        // joining ones from now on (out of sync until they catch up) and forgets the others.
        if (newRole == Role::Leader)
            for (std::int32_t r : m_replicas)
                if (r != m_brokerId && !m_followers.contains(r))
                    m_followers[r] = FollowerState{-1, nowMs, 0, 0};
        std::erase_if(m_followers, [&](const auto &f) {
            return std::find(m_replicas.begin(), m_replicas.end(), f.first) == m_replicas.end();
        });
        return false;
    }

    m_recent.clear();
    m_leaderEpoch.store(info.leaderEpoch, std::memory_order_release);
    m_leaderId.store(info.leader, std::memory_order_release);
    m_role.store(newRole, std::memory_order_release);
    if (newRole == Role::Leader) {
        Status s = m_epochs->assign(info.leaderEpoch, logEndOffset());
        if (!s.isOk())
            logger("cluster")->warn("{}: {}", m_tp.toString(), s.toString());
        m_followers.clear();
        for (std::int32_t r : m_replicas)
            if (r != m_brokerId)
                m_followers[r] = FollowerState{-1, nowMs, 0, 0};
        maybeAdvanceHighWatermark();
    } else if (newRole == Role::Follower) {
        m_followers.clear();
        m_needsTruncationCheck = true;
    }
    return true;
}

Replica::AppendOutcome Replica::appendAsLeader(Bytes batches, std::int16_t acks, int minInsyncReplicas,
                                               AppendOrigin origin)
{
    AppendOutcome out;
    if (!isLeader()) {
        out.error = ErrorCode::NotLeaderOrFollower;
        return out;
    }
    if (acks == -1 && static_cast<int>(m_isr.size()) < minInsyncReplicas) {
        out.error = ErrorCode::NotEnoughReplicas;
        out.message = "only " + std::to_string(m_isr.size()) + " in-sync replica(s), min.insync.replicas is " +
                      std::to_string(minInsyncReplicas);
        return out;
    }
    std::vector<BatchHeader> headers;
    std::vector<std::int32_t> coordinatorEpochs; // of markers; -1 for data batches
    BatchIterator it(batches, CrcCheck::Skip); // the log verifies CRCs on append
    while (it.next()) {
        headers.push_back(it.header());
        coordinatorEpochs.push_back(it.header().isControl() ? markerCoordinatorEpoch(it.batch()).value_or(-1) : -1);
    }
    for (std::size_t i = 0; i < headers.size(); ++i) {
        const BatchHeader &h = headers[i];
        const auto check = m_producers.check(h, coordinatorEpochs[i]);
        if (check.error == ErrorCode::DuplicateSequenceNumber && headers.size() == 1) {
            out.duplicate = true;
            out.baseOffset = check.duplicateOf->first;
            out.lastOffset = check.duplicateOf->second;
            return out;
        }
        if (check.error != ErrorCode::None) {
            out.error = check.error;
            return out;
        }
    }
    LeaderValidation rejected;
    auto appended = m_log->appendInPlace(batches, LeaderEpoch(leaderEpoch()), origin, &rejected);
    if (!appended) {
        out.error = rejected.ok() ? errorFor(appended.status()) : errorFor(rejected.rejection);
        out.message = appended.status().message();
        if (out.error == ErrorCode::KafkaStorageError) {
            out.storageProblemStarted = !m_storageFailing;
            m_storageFailing = true;
        }
        return out;
    }
    m_storageFailing = false;
    std::int64_t base = appended->firstOffset.value();
    for (std::size_t i = 0; i < headers.size(); ++i) {
        headers[i].baseOffset = base;
        m_producers.record(headers[i], coordinatorEpochs[i]);
        base = headers[i].nextOffset();
    }
    out.baseOffset = appended->firstOffset.value();
    out.lastOffset = appended->lastOffset.value();
    out.logAppendTime = appended->logAppendTime;
    out.records = appended->recordCount;
    out.bytes = appended->bytes;
    m_recent.add(out.baseOffset, out.lastOffset + 1, std::make_shared<const Bytes>(std::move(batches)));
    maybeAdvanceHighWatermark();
    return out;
}

std::shared_ptr<const Bytes> Replica::recentAppendAt(std::int64_t offset, std::size_t maxBytes) const
{
    return isLeader() ? m_recent.startingAt(offset, maxBytes) : nullptr;
}

bool Replica::onFollowerFetch(std::int32_t follower, std::int64_t fetchOffset, std::int64_t nowMs)
{
    auto it = m_followers.find(follower);
    if (it == m_followers.end())
        return false;
    FollowerState &st = it->second;
    const std::int64_t leaderEnd = logEndOffset();
    st.logEnd = std::min(fetchOffset, leaderEnd);
    if (fetchOffset >= leaderEnd)
        st.lastCaughtUpMs = nowMs;
    else if (fetchOffset >= st.leaderEndAtLastFetch)
        st.lastCaughtUpMs = std::max(st.lastCaughtUpMs, st.lastFetchMs);
    st.leaderEndAtLastFetch = leaderEnd;
    st.lastFetchMs = nowMs;
    return maybeAdvanceHighWatermark();
}

bool Replica::maybeAdvanceHighWatermark()
{
    if (!isLeader())
        return false;
    std::int64_t hw = logEndOffset();
    auto include = [&](std::int32_t r) {
        if (r == m_brokerId)
            return;
        auto it = m_followers.find(r);
        hw = std::min(hw, it == m_followers.end() ? -1 : it->second.logEnd);
    };
    for (std::int32_t r : m_isr)
        include(r);
    if (m_pendingIsr)
        for (std::int32_t r : *m_pendingIsr)
            include(r);
    if (hw > highWatermark()) {
        m_highWatermark.store(hw, std::memory_order_release);
        m_recent.dropBelow(hw);
        // No truncation goes below the high watermark: what ended there stays ended.
        m_log->forgetCompletedTransactionsBefore(hw);
        return true;
    }
    return false;
}

std::optional<std::vector<std::int32_t>> Replica::proposedIsr(std::int64_t nowMs, std::int64_t lagMaxMs) const
{
    if (!isLeader() || m_pendingIsr)
        return std::nullopt;
    const auto epochStart = m_epochs->endOffsetFor(leaderEpoch() - 1, logEndOffset());
    std::vector<std::int32_t> next;
    for (std::int32_t r : m_replicas) {
        if (r == m_brokerId) {
            next.push_back(r);
            continue;
        }
        auto it = m_followers.find(r);
        if (it == m_followers.end())
            continue;
        const FollowerState &st = it->second;
        const bool inIsr = std::find(m_isr.begin(), m_isr.end(), r) != m_isr.end();
        const bool lagging = nowMs - st.lastCaughtUpMs > lagMaxMs;
        const bool caughtUp = st.logEnd >= highWatermark() && st.logEnd >= (epochStart ? epochStart->endOffset : 0) &&
                              !lagging;
        if ((inIsr && !lagging) || (!inIsr && caughtUp))
            next.push_back(r);
    }
    std::vector<std::int32_t> a = next, b = m_isr;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a == b)
        return std::nullopt;
    return next;
}

std::vector<ProducerView> Replica::producers() const
{
    std::vector<ProducerView> out = m_producers.producers();
    for (const OngoingTransaction &t : m_log->ongoingTransactions())
        for (ProducerView &p : out)
            if (p.producerId == t.producerId)
                p.currentTransactionStart = t.firstOffset;
    return out;
}

std::int64_t Replica::followerLogEnd(std::int32_t follower) const
{
    auto it = m_followers.find(follower);
    return it == m_followers.end() ? -1 : it->second.logEnd;
}

Result<AppendResult> Replica::appendAsFollower(ByteView batches, CrcCheck crc)
{
    auto r = m_log->appendAsFollower(batches, crc);
    if (!r)
        return r;
    BatchIterator it(batches, CrcCheck::Skip);
    while (it.next()) {
        m_producers.record(it.header(),
                           it.header().isControl() ? markerCoordinatorEpoch(it.batch()).value_or(-1) : -1);
        ES_RETURN_IF_ERROR(m_epochs->assign(it.header().partitionLeaderEpoch, it.header().baseOffset));
    }
    return r;
}

void Replica::updateHighWatermarkFromLeader(std::int64_t leaderHighWatermark)
{
    const std::int64_t hw = std::min(leaderHighWatermark, logEndOffset());
    m_highWatermark.store(hw, std::memory_order_release);
    m_log->forgetCompletedTransactionsBefore(hw);
}

Status Replica::truncateTo(std::int64_t offset)
{
    m_recent.clear();
    ES_RETURN_IF_ERROR(m_log->truncateTo(Offset(offset)));
    const std::int64_t end = logEndOffset();
    ES_RETURN_IF_ERROR(m_epochs->truncateFromEnd(end));
    m_producers.truncateFrom(end);
    if (highWatermark() > end)
        m_highWatermark.store(end, std::memory_order_release);
    return Status::ok();
}

Status Replica::truncateFullyAndStartAt(std::int64_t offset)
{
    m_recent.clear();
    ES_RETURN_IF_ERROR(m_log->truncateFullyAndStartAt(Offset(offset)));
    ES_RETURN_IF_ERROR(m_epochs->truncateFromEnd(0));
    m_producers.truncateFrom(0);
    m_highWatermark.store(offset, std::memory_order_release);
    return Status::ok();
}

std::optional<LeaderEpochCache::EpochEnd> Replica::endOffsetForEpoch(std::int32_t epoch) const
{
    return m_epochs->endOffsetFor(epoch, logEndOffset());
}

} // namespace es
