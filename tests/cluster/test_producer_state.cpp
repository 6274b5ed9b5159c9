// The producer state a partition leader checks every batch against: idempotent retries
// answered as duplicates, sequence gaps refused, and producers fenced by epoch, including
// by a transaction marker that the coordinator wrote with a bumped epoch (a transaction
// aborted for its timeout or by a new instance of the same transactional id).

#include "cluster/producer_state.h"
#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"

#include <QTest>

using namespace es;

namespace {

constexpr std::int64_t kProducer = 7;

BatchHeader dataBatch(std::int16_t epoch, std::int32_t sequence, std::int64_t offset, int records = 1)
{
    RecordBatchBuilder builder({.transactional = true,
                                .producerId = kProducer,
                                .producerEpoch = epoch,
                                .baseSequence = sequence,
                                .baseOffset = offset});
    for (int i = 0; i < records; ++i)
        builder.append(std::nullopt, asBytes(std::string_view("v")), {}, 1700000000000);
    return parseBatchHeader(builder.build().value()).value();
}

Bytes markerBatch(std::int16_t epoch, std::int64_t offset, bool commit, std::int32_t coordinatorEpoch = 0)
{
    return buildControlBatch({.type = commit ? batch::kControlTypeCommit : batch::kControlTypeAbort,
                              .producerId = kProducer,
                              .producerEpoch = epoch,
                              .coordinatorEpoch = coordinatorEpoch,
                              .baseOffset = offset});
}

BatchHeader marker(std::int16_t epoch, std::int64_t offset, bool commit)
{
    return parseBatchHeader(markerBatch(epoch, offset, commit)).value();
}

} // namespace

class TestProducerState : public QObject {
    Q_OBJECT

private slots:
    void retryIsDuplicateAndGapIsRefused()
    {
        ProducerStateTable table;
        table.record(dataBatch(0, 0, 0, 2));
        const auto retry = table.check(dataBatch(0, 0, 0, 2));
        QCOMPARE(retry.error, ErrorCode::DuplicateSequenceNumber);
        QCOMPARE(retry.duplicateOf->first, 0);
        QCOMPARE(table.check(dataBatch(0, 3, 2)).error, ErrorCode::OutOfOrderSequenceNumber);
        QCOMPARE(table.check(dataBatch(0, 2, 2)).error, ErrorCode::None);
    }

    void commitMarkerKeepsTheSequenceGoing()
    {
        // A transactional producer keeps its epoch and sequences across transactions.
        ProducerStateTable table;
        table.record(dataBatch(0, 0, 0, 3));
        QCOMPARE(table.check(marker(0, 3, true)).error, ErrorCode::None);
        table.record(marker(0, 3, true));
        QCOMPARE(table.check(dataBatch(0, 3, 4)).error, ErrorCode::None);
        QCOMPARE(table.check(dataBatch(0, 0, 4)).error, ErrorCode::OutOfOrderSequenceNumber);
    }

    void bumpedMarkerFencesTheOldEpoch()
    {
        // The coordinator aborted the transaction with epoch 1: the zombie at epoch 0 is out.
        ProducerStateTable table;
        table.record(dataBatch(0, 0, 0, 2));
        table.record(marker(1, 2, false));
        QCOMPARE(table.check(dataBatch(0, 2, 3)).error, ErrorCode::InvalidProducerEpoch);
        // A marker of the old epoch is refused as well.
        QCOMPARE(table.check(marker(0, 3, false)).error, ErrorCode::InvalidProducerEpoch);
        // The producer's new instance (epoch 2) starts at sequence 0.
        QCOMPARE(table.check(dataBatch(2, 5, 3)).error, ErrorCode::OutOfOrderSequenceNumber);
        QCOMPARE(table.check(dataBatch(2, 0, 3)).error, ErrorCode::None);
    }

    void olderCoordinatorIsFenced()
    {
        // The coordinator that lost its __transaction_state partition (epoch 3) must not end
        // a transaction of the producer after its successor (epoch 5) wrote a marker.
        const Bytes newer = markerBatch(0, 1, true, 5);
        const Bytes older = markerBatch(0, 2, false, 3);
        QCOMPARE(markerCoordinatorEpoch(newer), std::optional<std::int32_t>(5));
        ProducerStateTable table;
        table.record(dataBatch(0, 0, 0));
        table.record(parseBatchHeader(newer).value(), 5);
        const BatchHeader stale = parseBatchHeader(older).value();
        QCOMPARE(table.check(stale, *markerCoordinatorEpoch(older)).error, ErrorCode::TransactionCoordinatorFenced);
        QCOMPARE(table.check(stale, 5).error, ErrorCode::None);
        QCOMPARE(table.producers().front().coordinatorEpoch, 5);
    }

    void batchWithoutSequenceCarriesOnlyTheEpoch()
    {
        // A coordinator's transactional offset commit: the producer's id and epoch, no sequence.
        ProducerStateTable table;
        table.record(dataBatch(3, -1, 0));
        QCOMPARE(table.check(dataBatch(3, -1, 1)).error, ErrorCode::None);
        QCOMPARE(table.check(dataBatch(2, -1, 1)).error, ErrorCode::InvalidProducerEpoch);
    }

    void truncationForgetsBatchesAfterIt()
    {
        ProducerStateTable table;
        table.record(dataBatch(0, 0, 0));
        table.record(dataBatch(0, 1, 1));
        table.truncateFrom(1);
        QCOMPARE(table.check(dataBatch(0, 1, 1)).error, ErrorCode::None);
    }
};

QTEST_GUILESS_MAIN(TestProducerState)
#include "test_producer_state.moc"
