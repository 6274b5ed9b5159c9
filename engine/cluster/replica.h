#pragma once

#include "cluster/metadata_image.h"
#include "cluster/producer_state.h"
#include "cluster/recent_appends.h"
#include "cluster/topic_partition.h"
#include "common/clock.h"
#include "common/error_code.h"
#include "storage/leader_epoch_cache.h"
#include "storage/partition_log.h"

#include <atomic>
#include <map>
#include <memory>
#include <optional>

namespace es {

// Writes a replica's high-watermark checkpoint into its log folder: fsynced and atomically,
// or (Deferred) in place, left to a later file-system sync.
Status writeHighWatermarkCheckpoint(const std::filesystem::path &logDir, std::int64_t highWatermark,
                                    Durability durability = Durability::Synced);

// One broker's replica of a partition: its log, its role (leader or follower) and the
// replication state Kafka keeps: the high watermark, leader epochs, the followers' log
// end offsets (as leader) and idempotent producers' sequences.
//
// Thread-safety: owned by its broker's event loop; every method except the atomic
// accessors (highWatermark(), logEndOffset(), logStartOffset(), role queries) must be
// called there. log() may be read from any thread (PartitionLog is thread-safe).
class Replica {
public:
    enum class Role : std::uint8_t { Leader, Follower, Offline };

    // `recentBudget` (the broker's, outliving the replica) bounds what the leaders' recent
    // appends hold together; null: only each replica's own bound.
    static Result<std::unique_ptr<Replica>> open(const std::filesystem::path &brokerDir,
                                                 const TopicPartition &tp, std::int32_t brokerId,
                                                 const LogConfig &config, const Clock &clock,
                                                 RecentAppendsBudget *recentBudget = nullptr);
    ~Replica();

    static std::filesystem::path directoryFor(const std::filesystem::path &brokerDir,
                                              const TopicPartition &tp);

    // Applies the controller's view. Returns true when the role or leader epoch changed.
    bool applyPartitionInfo(const PartitionInfo &info, std::int64_t nowMs);

    // -- as leader ----------------------------------------------------------------------
    struct AppendOutcome {
        ErrorCode error = ErrorCode::None;
        std::string message;
        std::int64_t baseOffset = -1;
        std::int64_t lastOffset = -1;
        std::int64_t logAppendTime = -1;
        std::int32_t records = 0;
        std::size_t bytes = 0;
        bool duplicate = false; // an idempotent retry: nothing new was written
        // The storage refused this write (KafkaStorageError) after accepting the last one:
        // a problem starts, to be told once (storage_events.h).
        bool storageProblemStarted = false;
    };
    // Offsets and the epoch are written into `batches`, which are then kept for the
    // followers' next fetches (see RecentAppends).
    // `origin`: a client's produce, or a coordinator's own records (see AppendOrigin).
    AppendOutcome appendAsLeader(Bytes batches, std::int16_t acks, int minInsyncReplicas,
                                 AppendOrigin origin = AppendOrigin::Client);
    // The batches appended as leader that start at `offset`, while an in-sync follower may
    // still need them and they fit `maxBytes`; null otherwise (read the log).
    [[nodiscard]] std::shared_ptr<const Bytes> recentAppendAt(std::int64_t offset,
                                                              std::size_t maxBytes) const;
    // A follower fetched at `fetchOffset`: its log end. Returns true when the high
    // watermark moved.
    bool onFollowerFetch(std::int32_t follower, std::int64_t fetchOffset, std::int64_t nowMs);
    // Followers in the ISR that have not caught up for `lagMaxMs`, and followers outside
    // it that have caught up: the ISR the leader should propose, if it should change.
    [[nodiscard]] std::optional<std::vector<std::int32_t>> proposedIsr(std::int64_t nowMs,
                                                                       std::int64_t lagMaxMs) const;
    // The leader asked the controller for the ISR `proposed`. Until the answer arrives (as
    // new metadata) or the request is given up, the high watermark waits for every replica
    // of the current or the proposed ISR, as Kafka's "maximal ISR" does: a replica being
    // added may be elected as soon as the controller commits it, so it must not miss an
    // acknowledged record; one being removed still counts until it is out.
    void setPendingIsr(std::vector<std::int32_t> proposed) { m_pendingIsr = std::move(proposed); }
    void clearPendingIsr() { m_pendingIsr.reset(); }
    [[nodiscard]] bool isrChangePending() const { return m_pendingIsr.has_value(); }

    // -- as follower --------------------------------------------------------------------
    Result<AppendResult> appendAsFollower(ByteView batches, CrcCheck crc = CrcCheck::Verify);
    void updateHighWatermarkFromLeader(std::int64_t leaderHighWatermark);
    // Truncates the log (and epochs and producer state) to `offset`.
    Status truncateTo(std::int64_t offset);
    Status truncateFullyAndStartAt(std::int64_t offset);
    [[nodiscard]] bool needsTruncationCheck() const { return m_needsTruncationCheck; }
    void truncationChecked() { m_needsTruncationCheck = false; }

    // -- both ---------------------------------------------------------------------------
    [[nodiscard]] std::optional<LeaderEpochCache::EpochEnd> endOffsetForEpoch(std::int32_t epoch) const;
    [[nodiscard]] std::int32_t latestEpoch() const { return m_epochs->latestEpoch(); }
    Status checkpointHighWatermark();

    [[nodiscard]] const TopicPartition &tp() const { return m_tp; }
    [[nodiscard]] Role role() const { return m_role.load(std::memory_order_acquire); }
    [[nodiscard]] bool isLeader() const { return role() == Role::Leader; }
    [[nodiscard]] std::int32_t leaderId() const { return m_leaderId.load(std::memory_order_acquire); }
    [[nodiscard]] std::int32_t leaderEpoch() const { return m_leaderEpoch.load(std::memory_order_acquire); }
    [[nodiscard]] std::int64_t highWatermark() const
    {
        return m_highWatermark.load(std::memory_order_acquire);
    }
    [[nodiscard]] std::int64_t logEndOffset() const { return m_log->logEndOffset().value(); }
    [[nodiscard]] std::int64_t logStartOffset() const { return m_log->logStartOffset().value(); }
    [[nodiscard]] const std::vector<std::int32_t> &isr() const { return m_isr; }
    [[nodiscard]] const std::vector<std::int32_t> &replicas() const { return m_replicas; }
    [[nodiscard]] std::int32_t partitionEpoch() const { return m_partitionEpoch; }
    // What consumers (not followers) fetched from this replica while it led: counters the
    // snapshot publisher turns into per-partition out rates. Written on the broker's loop.
    void countConsumed(std::uint64_t records, std::uint64_t bytes)
    {
        m_consumedRecords.fetch_add(records, std::memory_order_relaxed);
        m_consumedBytes.fetch_add(bytes, std::memory_order_relaxed);
    }
    [[nodiscard]] std::uint64_t consumedRecords() const
    {
        return m_consumedRecords.load(std::memory_order_relaxed);
    }
    [[nodiscard]] std::uint64_t consumedBytes() const
    {
        return m_consumedBytes.load(std::memory_order_relaxed);
    }
    // What clients appended to this replica while it led, for the bytes-in counters that
    // only grow (the log's size falls with retention). Written on the broker's loop.
    void countAppended(std::uint64_t bytes) { m_appendedBytes.fetch_add(bytes, std::memory_order_relaxed); }
    [[nodiscard]] std::uint64_t appendedBytes() const
    {
        return m_appendedBytes.load(std::memory_order_relaxed);
    }
    // The producers that wrote here, each with the start of its open transaction
    // (DescribeProducers).
    [[nodiscard]] std::vector<ProducerView> producers() const;
    // A follower's log end offset as this leader last saw it (-1 if unknown).
    [[nodiscard]] std::int64_t followerLogEnd(std::int32_t follower) const;
    PartitionLog &log() { return *m_log; }
    // Shared with the broker's flusher, which may still hold it after the replica is gone.
    [[nodiscard]] std::shared_ptr<PartitionLog> sharedLog() const { return m_log; }
    [[nodiscard]] const PartitionLog &log() const { return *m_log; }

private:
    Replica(TopicPartition tp, std::int32_t brokerId, std::unique_ptr<PartitionLog> log,
            std::unique_ptr<LeaderEpochCache> epochs, RecentAppendsBudget *recentBudget);
    bool maybeAdvanceHighWatermark();
    void rebuildProducerState();

    struct FollowerState {
        std::int64_t logEnd = -1;
        std::int64_t lastCaughtUpMs = 0;
        std::int64_t lastFetchMs = 0;
        std::int64_t leaderEndAtLastFetch = 0;
    };

    const TopicPartition m_tp;
    const std::int32_t m_brokerId;
    std::shared_ptr<PartitionLog> m_log;
    std::unique_ptr<LeaderEpochCache> m_epochs;
    ProducerStateTable m_producers;
    RecentAppends m_recent; // as leader

    std::atomic<Role> m_role{Role::Offline};
    std::atomic<std::int32_t> m_leaderId{-1};
    std::atomic<std::int32_t> m_leaderEpoch{-1};
    std::atomic<std::int64_t> m_highWatermark{0};
    bool m_storageFailing = false; // the last append as leader failed in the storage
    std::atomic<std::uint64_t> m_consumedRecords{0};
    std::atomic<std::uint64_t> m_consumedBytes{0};
    std::atomic<std::uint64_t> m_appendedBytes{0};
    std::int32_t m_partitionEpoch = -1;
    std::vector<std::int32_t> m_replicas;
    std::vector<std::int32_t> m_isr;
    std::map<std::int32_t, FollowerState> m_followers;
    std::optional<std::vector<std::int32_t>> m_pendingIsr; // proposed, not yet committed
    bool m_needsTruncationCheck = false;
};

} // namespace es
