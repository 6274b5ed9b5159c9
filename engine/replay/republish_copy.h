#pragma once

#include "replay/range_cursor.h"
#include "replay/republish_request.h"

#include "client/record_reader.h"
#include "client/record_writer.h"
#include "produce/record_template.h"

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace es {

class Connection;

// The work of one Republisher, on its thread: prepare() fixes the ranges' offsets, run()
// copies them, reading with `reader`. Counts acknowledged records into `copied` and stops
// early once `cancel` is set (the owner aborts the reader then, so a read waiting on a
// leader that does not answer ends at once); once `abandon` is set too, it stops waiting
// for acknowledgements. All four must outlive the copy.
//
// Thread-safety: one thread; the producer's callbacks touch only the acknowledgement counters.
class RepublishCopy {
public:
    RepublishCopy(Connection &connection, RecordReader &reader, const RepublishRequest &request,
                  const std::atomic<bool> &cancel, const std::atomic<bool> &abandon,
                  std::atomic<std::int64_t> &copied);
    ~RepublishCopy();
    RepublishCopy(const RepublishCopy &) = delete;
    RepublishCopy &operator=(const RepublishCopy &) = delete;

    // The records in the ranges (offsets, so an upper bound on a compacted topic).
    Result<std::int64_t> prepare();
    // Copies until the ranges end, the job is cancelled or a record fails; waits for the
    // records sent (up to the producer's delivery timeout, or until abandoned) and closes
    // the producer before returning.
    Status run();
    // Offsets in the ranges that held no record when read.
    [[nodiscard]] std::int64_t missing() const;

private:
    struct Acks {
        std::atomic<std::int64_t> done{0}; // acknowledged or failed
        std::atomic<bool> failed{false};
        std::mutex mutex;
        std::string error; // guarded by mutex: the first failure
    };

    Status copyAsFastAsPossible();
    Status copyPaced();
    Status readChunk(RangeCursor &cursor, const std::function<void(const RecordView &)> &fn);
    ProducerRecord convert(const RecordView &record, std::int32_t sourcePartition);
    // Hands one record to the producer, first waiting while too many are unacknowledged.
    void send(ProducerRecord record);
    [[nodiscard]] bool stopping() const;

    Connection &m_connection;
    const RepublishRequest &m_request;
    const std::atomic<bool> &m_cancel;
    const std::atomic<bool> &m_abandon;
    std::atomic<std::int64_t> &m_copied;
    RecordReader &m_reader;
    std::vector<RangeCursor> m_cursors;
    std::int32_t m_targetPartitions = 0;
    std::optional<RecordTemplate> m_keyTemplate;
    std::mt19937_64 m_rng{std::random_device{}()};
    std::int64_t m_sequence = 0;
    std::int64_t m_sent = 0;
    Acks m_acks;                          // declared before the producer: its callbacks use it
    std::unique_ptr<RecordWriter> m_producer; // while run() runs
};

} // namespace es
