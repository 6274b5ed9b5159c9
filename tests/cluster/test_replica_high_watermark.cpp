// What a leader replica acknowledges. Its high watermark counts only what every in-sync
// replica has, and while an ISR change waits for the controller, every replica of the
// current or the proposed ISR (Kafka's "maximal ISR"): a replica being added can be
// elected as soon as the controller commits it, so it must not lack an acknowledged
// record. A retried idempotent batch is answered with all of its original offsets.
#ifndef Q_MOC_RUN
#include "cluster/replica.h"
#include "storage/record_batch_builder.h"
#endif

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

namespace {

constexpr std::int32_t kLeader = 1;

Bytes batchOf(int records, RecordBatchOptions options = {})
{
    RecordBatchBuilder builder(options);
    for (int i = 0; i < records; ++i) {
        Record r;
        r.value = Bytes(10, static_cast<std::uint8_t>('a' + i % 26));
        r.timestamp = 1'700'000'000'000 + i;
        builder.append(r);
    }
    auto built = builder.build();
    if (!built)
        qFatal("%s", built.status().toString().c_str());
    return std::move(*built);
}

PartitionInfo ledBy1(std::vector<std::int32_t> isr, std::int32_t partitionEpoch)
{
    PartitionInfo info;
    info.partition = 0;
    info.replicas = {1, 2, 3};
    info.isr = std::move(isr);
    info.leader = kLeader;
    info.leaderEpoch = 1;
    info.partitionEpoch = partitionEpoch;
    return info;
}

// Broker 1's replica of orders-0, leading it with `isr`, in `dir`.
std::unique_ptr<Replica> openLeader(const QTemporaryDir &dir, const Clock &clock, std::vector<std::int32_t> isr)
{
    auto opened = Replica::open(dir.path().toStdString(), {"orders", 0}, kLeader, LogConfig{}, clock);
    if (!opened)
        qFatal("%s", opened.status().toString().c_str());
    (*opened)->applyPartitionInfo(ledBy1(std::move(isr), 1), clock.nowMs());
    return std::move(*opened);
}

} // namespace

class TestReplicaHighWatermark : public QObject {
    Q_OBJECT

private slots:
    void aReplicaBeingAddedHoldsTheHighWatermarkUntilItHasCaughtUp()
    {
        QTemporaryDir dir;
        ManualClock clock(1'000'000);
        const auto opened = openLeader(dir, clock, {1, 2});
        Replica &leader = *opened;

        // Broker 3 is outside the ISR; broker 2 keeps up.
        QCOMPARE(leader.appendAsLeader(batchOf(10), -1, 1).error, ErrorCode::None);
        leader.onFollowerFetch(2, 10, clock.nowMs());
        QCOMPARE(leader.highWatermark(), std::int64_t{10});

        // Broker 3 catches up: the leader proposes it for the ISR.
        leader.onFollowerFetch(3, 10, clock.nowMs());
        const auto proposed = leader.proposedIsr(clock.nowMs(), 10'000);
        QVERIFY(proposed);
        QCOMPARE(proposed->size(), std::size_t{3});
        leader.setPendingIsr(*proposed);

        // While the controller has not answered, more is appended and only broker 2 has it:
        // it is not acknowledged, because broker 3 may be in the ISR any moment now.
        QCOMPARE(leader.appendAsLeader(batchOf(5), -1, 1).error, ErrorCode::None);
        leader.onFollowerFetch(2, 15, clock.nowMs());
        QCOMPARE(leader.highWatermark(), std::int64_t{10});
        leader.onFollowerFetch(3, 15, clock.nowMs());
        QCOMPARE(leader.highWatermark(), std::int64_t{15});

        // Committed: the ISR is the three of them.
        leader.applyPartitionInfo(ledBy1({1, 2, 3}, 2), clock.nowMs());
        QVERIFY(!leader.isrChangePending());
        QCOMPARE(leader.appendAsLeader(batchOf(5), -1, 1).error, ErrorCode::None);
        leader.onFollowerFetch(2, 20, clock.nowMs());
        QCOMPARE(leader.highWatermark(), std::int64_t{15});
        leader.onFollowerFetch(3, 20, clock.nowMs());
        QCOMPARE(leader.highWatermark(), std::int64_t{20});
    }

    void aRetriedBatchIsAnsweredWithAllOfItsOriginalOffsets()
    {
        // The produce answer for a duplicate waits, like the original's, until the whole
        // batch is replicated: it needs the original's last offset, not only its first.
        QTemporaryDir dir;
        ManualClock clock(1'000'000);
        const auto opened = openLeader(dir, clock, {1, 2, 3});
        Replica &leader = *opened;
        RecordBatchOptions idempotent;
        idempotent.producerId = 1000;
        idempotent.producerEpoch = 0;
        idempotent.baseSequence = 0;
        QCOMPARE(leader.appendAsLeader(batchOf(3), -1, 1).error, ErrorCode::None); // offsets 0..2
        const auto original = leader.appendAsLeader(batchOf(5, idempotent), -1, 1);
        QCOMPARE(original.error, ErrorCode::None);
        QCOMPARE(original.baseOffset, std::int64_t{3});
        QCOMPARE(original.lastOffset, std::int64_t{7});

        const auto retry = leader.appendAsLeader(batchOf(5, idempotent), -1, 1);
        QCOMPARE(retry.error, ErrorCode::None);
        QVERIFY(retry.duplicate);
        QCOMPARE(retry.baseOffset, std::int64_t{3});
        QCOMPARE(retry.lastOffset, std::int64_t{7});
        QCOMPARE(leader.logEndOffset(), std::int64_t{8});
    }

    void aReplicaBeingRemovedStillCountsUntilItIsOut()
    {
        QTemporaryDir dir;
        ManualClock clock(1'000'000);
        const auto opened = openLeader(dir, clock, {1, 2, 3});
        Replica &leader = *opened;
        QCOMPARE(leader.appendAsLeader(batchOf(10), -1, 1).error, ErrorCode::None);
        leader.onFollowerFetch(2, 10, clock.nowMs());
        leader.onFollowerFetch(3, 0, clock.nowMs());
        QCOMPARE(leader.highWatermark(), std::int64_t{0});

        // Broker 3 stops fetching: the leader proposes the ISR without it.
        clock.advance(30'000);
        leader.onFollowerFetch(2, 10, clock.nowMs());
        const auto proposed = leader.proposedIsr(clock.nowMs(), 10'000);
        QVERIFY(proposed);
        QCOMPARE(proposed->size(), std::size_t{2});
        leader.setPendingIsr(*proposed);
        QCOMPARE(leader.highWatermark(), std::int64_t{0});

        // Once the controller commits it, broker 3 no longer holds anything back.
        leader.applyPartitionInfo(ledBy1({1, 2}, 2), clock.nowMs());
        leader.onFollowerFetch(2, 10, clock.nowMs());
        QCOMPARE(leader.highWatermark(), std::int64_t{10});
    }
};

QTEST_GUILESS_MAIN(TestReplicaHighWatermark)
#include "test_replica_high_watermark.moc"
