#pragma once

// Producing for the transaction benchmark: the throughput of transactions of a fixed size
// against the same records sent by a plain idempotent producer, and the topic the
// read_committed consumer reads, with every tenth transaction aborted.

#include <string>

namespace es::bench::txn {

struct ProduceFigures {
    double recordsPerSecond = 0;
    double seconds = 0; // the whole run
    // Where a transactional run's time went: in produce() (with the queue full, that is
    // waiting for acknowledgements), in begin_transaction(), in flush() before each commit
    // (AddPartitionsToTxn, then the records sent and acknowledged: what
    // commit_transaction() would do first itself) and in commit_transaction() (EndTxn).
    // For the idempotent run, produceSeconds only; the rest of `seconds` is its flush().
    double produceSeconds = 0;
    double beginSeconds = 0;
    double flushSeconds = 0;
    double commitSeconds = 0;
};

// `records` records round-robin over the topic's partitions, in transactions of
// `perTransaction` each, every one committed: records/s from the first produce() to the
// return of the last commit_transaction(). A fresh producer, initialised before the clock
// starts.
ProduceFigures transactionalThroughput(const std::string &bootstrap, const std::string &topic,
                                       long long records, int perTransaction,
                                       const std::string &transactionalId);

// The same records from an idempotent producer with otherwise the same settings:
// records/s from the first produce() to the return of flush().
ProduceFigures idempotentThroughput(const std::string &bootstrap, const std::string &topic,
                                    long long records);

// What transactionsWithAborts() wrote.
struct AbortedTopic {
    long long produced = 0;
    long long committed = 0;
};

// `transactions` transactions of `perTransaction` records round-robin over the topic's
// partitions, each tenth one (the 10th, 20th, ...) aborted after its records were
// acknowledged, so that they are in the log for a read_committed consumer to skip. Each
// value starts with its transaction's number (uint32, host order) so a reader can tell
// whether a record came from an aborted one (see isAborted()).
AbortedTopic transactionsWithAborts(const std::string &bootstrap, const std::string &topic, int transactions,
                                    int perTransaction);

// Whether transaction number `transaction` was aborted by transactionsWithAborts().
inline bool isAborted(unsigned transaction) { return transaction % 10 == 9; }

} // namespace es::bench::txn
