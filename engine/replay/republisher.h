#pragma once

#include "replay/republish_request.h"

#include "common/status.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace es {

class Connection;
class RecordReader;

enum class RepublishState : std::uint8_t {
    Preparing, // finding the offsets of the ranges
    Copying,
    Done,
    Cancelled,
    Failed,
};

struct RepublishProgress {
    RepublishState state = RepublishState::Preparing;
    std::int64_t copied = 0;  // records the target acknowledged
    std::int64_t total = -1;  // records in the ranges; -1 while preparing
    double recordsPerSec = 0; // copied per second since copying began
    std::string error;        // Failed: what went wrong, in words

    [[nodiscard]] bool finished() const { return state >= RepublishState::Done; }
};

// Copies records from a source topic into a target topic (possibly the same one) on its own
// thread: it reads the source partitions' logs from their leaders and writes with an
// idempotent producer, keeping per source partition the records' order and timestamps, and
// their headers unless asked not to. A record goes to the partition it came from when the
// target has it and the key is kept; otherwise the producer's partitioner places it by key.
// The ranges' ends are fixed when the copy starts, so copying a topic into itself ends.
//
// Thread-safety: every method may be called from any thread. The destructor cancels,
// gives up on records not yet acknowledged and waits for the thread. `connection` must
// outlive the job.
class Republisher {
public:
    // Checks what can be checked at once (topics exist, ranges, the key template) and starts
    // the copy; an error names what is wrong.
    static Result<std::unique_ptr<Republisher>> start(Connection &connection, RepublishRequest request);
    ~Republisher();
    Republisher(const Republisher &) = delete;
    Republisher &operator=(const Republisher &) = delete;

    // Stops reading; what the producer holds already still reaches the target.
    void cancel();
    [[nodiscard]] RepublishProgress progress() const;

private:
    class Run;
    Republisher(Connection &connection, RepublishRequest request);
    void publish(RepublishState state, std::int64_t total, std::string error);

    Connection &m_connection;
    RepublishRequest m_request;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_abandoned{false}; // going away: no waiting for acknowledgements
    std::unique_ptr<RecordReader> m_reader; // the copy's; cancel() aborts its reads
    std::atomic<std::int64_t> m_copied{0};
    std::atomic<std::int64_t> m_copyStartNs{0}; // steady clock; 0 until copying begins
    mutable std::mutex m_mutex;
    RepublishState m_state = RepublishState::Preparing; // guarded by m_mutex
    std::int64_t m_total = -1;                          // guarded by m_mutex
    std::string m_error;                                // guarded by m_mutex
    std::int64_t m_finishNs = 0;                        // guarded by m_mutex
    std::thread m_thread;
};

} // namespace es
