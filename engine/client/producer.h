#pragma once

#include "client/record_writer.h"

#include <chrono>
#include <memory>

namespace es {

class Cluster;

// An in-process producer, as the GUI, the bots and the tests use: Kafka's partitioner
// (murmur2 for keys, sticky for null keys), batching with linger, acks, idempotence (a
// producer id, per-partition sequences, retries the broker de-duplicates) and retries
// across leader changes until the delivery timeout.
//
// Thread-safety: send() and flush() may be called from any thread; callbacks run on the
// producer's own thread and must not block it.
class Producer final : public RecordWriter {
public:
    Producer(Cluster &cluster, ProducerConfig config = {});
    ~Producer() override; // close(delivery timeout)
    Producer(const Producer &) = delete;
    Producer &operator=(const Producer &) = delete;

    using RecordWriter::send;
    void send(ProducerRecord record, Callback callback = {}) override;
    // Sends what is buffered now and waits until all of it is acknowledged or failed.
    bool flush(std::chrono::milliseconds timeout) override;
    // Flushes for at most `timeout`, then fails every record still unacknowledged
    // (RequestTimedOut, "the producer closed ..."), as Kafka's close(timeout) aborts its
    // incomplete batches: a leader that is down or paused holds up no one past the
    // timeout. Returns whether everything was acknowledged or failed before then. Call
    // send() no more afterwards.
    bool close(std::chrono::milliseconds timeout) override;

    [[nodiscard]] std::int64_t producerId() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace es
