#pragma once

// How long a commit takes as a client sees it. Each transaction writes a few records to
// every partition of the topic, flushed (acknowledged) before the clock starts, then:
//   - commitCallMs: rd_kafka_commit_transaction()'s own duration, which with nothing left
//     to flush is the EndTxn request to the coordinator and its answer;
//   - visibleMs: from calling rd_kafka_commit_transaction() until a read_committed
//     ListOffsets (rd_kafka_query_watermark_offsets on a read_committed consumer handle)
//     of every partition answers a last stable offset past that partition's commit marker:
//     the markers written, replicated and the stable offset moved. Only this producer
//     writes to the topic, so each partition's marker is right after its last record.
// The partitions not yet past their marker are asked again at once, one after the other,
// so a figure is late by at most one round of those queries; queryMs says what one costs.

#include <string>
#include <vector>

namespace es::bench::txn {

struct CommitLatency {
    std::vector<double> commitCallMs;
    std::vector<double> visibleMs;
    std::vector<double> queryMs; // each read_committed ListOffsets round trip
    // Queries answered "not leader" (a leader moved; asked again once librdkafka has
    // the new one): the transactions they fell in are late by the move.
    int leaderMoves = 0;
};

// `warmUp` transactions not counted, then `transactions` measured ones.
CommitLatency commitLatency(const std::string &bootstrap, const std::string &topic, int transactions,
                            int warmUp);

} // namespace es::bench::txn
