#pragma once

#include "client/record_writer.h"
#include "produce/record_source.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace es {

class Connection;

struct BulkSendOptions {
    // Records per second; 0 sends as fast as the cluster takes them.
    double ratePerSecond = 0;
    // At most this many records handed to the producer and not yet acknowledged, so a
    // large run never buffers the whole of itself in memory.
    std::int64_t maxInFlight = 20'000;
    // Batching for throughput: a few ms of linger, 256 KiB batches. The cluster's
    // auto.create.topics.enable decides whether a missing topic is created.
    ProducerConfig producer = [] {
        ProducerConfig c;
        c.clientId = "eventscope-produce";
        c.lingerMs = 5;
        c.batchBytes = 256 * 1024;
        c.deliveryTimeoutMs = 30'000;
        return c;
    }();
};

// What a BulkSend has done so far; a consistent copy.
struct BulkSendProgress {
    std::int64_t sent = 0;      // handed to the producer
    std::int64_t delivered = 0; // acknowledged by the cluster
    std::int64_t failed = 0;
    double fraction = 0; // of the source read, in [0, 1]
    std::int64_t elapsedMs = 0;
    bool finished = false;
    // The last record acknowledged (partition -1 while none).
    std::int32_t lastPartition = -1;
    std::int64_t lastOffset = -1;
    std::int64_t lastTimestamp = -1;
};

// A job that sends every record of a source to the cluster on its own thread with its own
// producer: paced at a rate when asked, with progress through atomics, cancellable.
// Failures are counted and the first one kept in words; a source error (a malformed line
// in a file) stops the run with that error.
//
// Thread-safety: every public method may be called from any thread. The destructor
// cancels and joins without waiting for acknowledgements: records still unacknowledged
// are given up (the producer closes at once), so a view that goes away while a broker is
// paused does not hang. The connection must outlive the job; a connection that refuses
// writers (read-only) ends the run at once with its reason.
class BulkSend {
public:
    BulkSend(Connection &connection, std::unique_ptr<RecordSource> source, BulkSendOptions options = {});
    ~BulkSend();
    BulkSend(const BulkSend &) = delete;
    BulkSend &operator=(const BulkSend &) = delete;

    // Stops sending more; records already sent are still waited for.
    void cancel();
    [[nodiscard]] bool finished() const { return m_finished.load(); }
    // Waits until finished or the timeout passes; true when finished.
    bool wait(std::chrono::milliseconds timeout);

    [[nodiscard]] BulkSendProgress progress() const;
    // Once finished: ok when every record was delivered; Cancelled after cancel(); else the
    // first failure in words (with how many failed) or the source's error.
    [[nodiscard]] Status outcome() const;
    // The first delivery failure in words; empty when none failed.
    [[nodiscard]] std::string firstError() const;

private:
    void run();
    void onDelivery(const DeliveryReport &report);
    bool waitForRoom();
    bool paceUntil(std::chrono::steady_clock::time_point when);
    void waitForAnswers();

    Connection &m_connection;
    std::unique_ptr<RecordSource> m_source; // the job thread's only
    BulkSendOptions m_options;
    std::chrono::steady_clock::time_point m_started;

    std::atomic<std::int64_t> m_sent{0};
    std::atomic<std::int64_t> m_delivered{0};
    std::atomic<std::int64_t> m_failed{0};
    std::atomic<double> m_fraction{0};
    std::atomic<std::int64_t> m_elapsedMs{0}; // frozen once finished
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_abandoned{false}; // going away: no waiting for acknowledgements
    std::atomic<bool> m_finished{false};

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;    // room in flight, cancel, or finished
    std::string m_firstError;          // guarded by m_mutex
    Status m_sourceError;              // guarded by m_mutex
    std::int32_t m_lastPartition = -1; // guarded by m_mutex
    std::int64_t m_lastOffset = -1;    // guarded by m_mutex
    std::int64_t m_lastTimestamp = -1; // guarded by m_mutex

    std::thread m_thread; // last: starts once everything above exists
};

} // namespace es
