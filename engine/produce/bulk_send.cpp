#include "produce/bulk_send.h"

#include "common/error_code.h"
#include "connection/connection.h"

#include <cmath>

namespace es {

using Steady = std::chrono::steady_clock;

BulkSend::BulkSend(Connection &connection, std::unique_ptr<RecordSource> source, BulkSendOptions options)
    : m_connection(connection),
      m_source(std::move(source)),
      m_options(std::move(options)),
      m_started(Steady::now())
{
    m_thread = std::thread([this] { run(); });
}

BulkSend::~BulkSend()
{
    m_abandoned = true;
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void BulkSend::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_wake.notify_all();
}

bool BulkSend::wait(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_wake.wait_for(lock, timeout, [this] { return m_finished.load(); });
}

BulkSendProgress BulkSend::progress() const
{
    BulkSendProgress p;
    p.finished = m_finished.load();
    p.sent = m_sent.load();
    p.delivered = m_delivered.load();
    p.failed = m_failed.load();
    p.fraction = m_fraction.load();
    p.elapsedMs =
        p.finished ? m_elapsedMs.load()
                   : std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - m_started).count();
    std::lock_guard lock(m_mutex);
    p.lastPartition = m_lastPartition;
    p.lastOffset = m_lastOffset;
    p.lastTimestamp = m_lastTimestamp;
    return p;
}

Status BulkSend::outcome() const
{
    std::lock_guard lock(m_mutex);
    if (!m_sourceError.isOk())
        return m_sourceError;
    if (m_failed.load() > 0) {
        const std::int64_t failed = m_failed.load();
        const std::int64_t total = failed + m_delivered.load();
        return Status::ioError(std::to_string(failed) + " of " + std::to_string(total) +
                               (total == 1 ? " record" : " records") + " failed; the first: " + m_firstError);
    }
    if (m_cancelled.load())
        return Status::cancelled("cancelled after " + std::to_string(m_delivered.load()) + " records");
    return Status::ok();
}

std::string BulkSend::firstError() const
{
    std::lock_guard lock(m_mutex);
    return m_firstError;
}

void BulkSend::onDelivery(const DeliveryReport &report)
{
    // Runs on the producer's thread: counts, remembers, and wakes the sender.
    if (report.ok()) {
        std::lock_guard lock(m_mutex);
        m_lastPartition = report.tp.partition;
        m_lastOffset = report.offset;
        m_lastTimestamp = report.timestamp;
        ++m_delivered;
    } else {
        std::lock_guard lock(m_mutex);
        if (m_firstError.empty()) {
            m_firstError = std::string(errorMessage(report.error));
            if (!report.message.empty())
                m_firstError += " (" + report.message + ")";
        }
        ++m_failed;
    }
    m_wake.notify_all();
}

bool BulkSend::waitForRoom()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] {
        return m_cancelled.load() ||
               m_sent.load() - m_delivered.load() - m_failed.load() < m_options.maxInFlight;
    });
    return !m_cancelled.load();
}

bool BulkSend::paceUntil(Steady::time_point when)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_until(lock, when, [this] { return m_cancelled.load(); });
    return !m_cancelled.load();
}

void BulkSend::waitForAnswers()
{
    // Each record is acknowledged or fails by the delivery timeout; a second more lets the
    // last of those reports arrive. Going away ends the wait at once.
    const auto deadline =
        Steady::now() + std::chrono::milliseconds(m_options.producer.deliveryTimeoutMs) + std::chrono::seconds(1);
    std::unique_lock lock(m_mutex);
    m_wake.wait_until(lock, deadline, [this] {
        return m_abandoned.load() || m_delivered.load() + m_failed.load() >= m_sent.load();
    });
}

void BulkSend::run()
{
    if (Result<std::unique_ptr<RecordWriter>> writer = m_connection.openWriter(m_options.producer); !writer) {
        std::lock_guard lock(m_mutex);
        m_sourceError = writer.status();
    } else {
        RecordWriter &producer = **writer;
        const auto callback = [this](const DeliveryReport &r) { onDelivery(r); };
        const bool paced = m_options.ratePerSecond > 0;
        ProducerRecord record;
        while (!m_cancelled.load()) {
            if (paced) {
                // Record i is due at start + i / rate, so the average rate holds even when
                // a sleep overshoots: a late sender catches up in a burst.
                const auto due =
                    m_started + std::chrono::duration_cast<Steady::duration>(std::chrono::duration<double>(
                                    static_cast<double>(m_sent.load()) / m_options.ratePerSecond));
                if (due > Steady::now() && !paceUntil(due))
                    break;
            }
            if (!waitForRoom())
                break;
            if (!m_source->next(record)) {
                Status status = m_source->status();
                std::lock_guard lock(m_mutex);
                m_sourceError = std::move(status);
                break;
            }
            ++m_sent;
            m_fraction = m_source->progress();
            producer.send(std::move(record), callback);
            record = ProducerRecord{};
        }
        producer.flush(std::chrono::milliseconds(0)); // sends what lingers, waits for nothing
        waitForAnswers();
        producer.close(std::chrono::milliseconds(0));
        writer->reset(); // the producer is gone before the job says it has finished
    }
    m_elapsedMs = std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - m_started).count();
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_wake.notify_all();
}

} // namespace es
