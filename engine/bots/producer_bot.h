#pragma once

#include "bots/bot_status.h"
#include "bots/key_chooser.h"
#include "bots/rate_meter.h"
#include "common/status.h"
#include "produce/record_template.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace es {

class Connection;
class RecordWriter;

struct ProducerBotConfig {
    std::string name;
    std::string topic;
    double ratePerSecond = 10; // 0 pauses the bot
    KeyDistribution keys = KeyDistribution::None;
    std::int64_t keyCount = 10;
    double hotKeyShare = 0.8; // KeyDistribution::HotKey: the share of records with the hot key
    // RecordTemplate syntax ({{seq}}, {{now}}, {{int A B}}, ...), rendered per record.
    std::string valueTemplate = R"({"seq":{{seq}},"at":{{now}},"amount":{{int 1 500}}})";
};

// A simulated producer: a real producer (so it shows up as a client of the brokers)
// sending records to one topic at a steady, changeable rate from its own thread.
//
// Thread-safety: every public method may be called from any thread. The destructor stops
// the thread and waits up to kCloseGrace for what was sent to be acknowledged, then gives
// the rest up; the cluster must outlive the bot.
class ProducerBot {
public:
    static constexpr double kMaxRatePerSecond = 200'000;
    static constexpr std::chrono::milliseconds kCloseGrace{500};

    // InvalidArgument, in words, for an empty topic, a rate out of [0, kMaxRatePerSecond],
    // a key count below 1 or a value template that does not parse.
    static Result<std::unique_ptr<ProducerBot>> create(Connection &connection, std::int64_t id,
                                                       ProducerBotConfig config);
    ~ProducerBot();
    ProducerBot(const ProducerBot &) = delete;
    ProducerBot &operator=(const ProducerBot &) = delete;

    // Takes effect within a few milliseconds; the same checks as create().
    Status setRate(double ratePerSecond);
    [[nodiscard]] BotStatus status() const;
    // The configuration with the rate it sends at now.
    [[nodiscard]] ProducerBotConfig config() const;
    // Stops sending (the bot's records in flight still complete). Idempotent.
    void stop();

private:
    ProducerBot(std::unique_ptr<RecordWriter> producer, std::int64_t id, ProducerBotConfig config,
                RecordTemplate value);
    void run();
    void sendOne(std::mt19937_64 &rng, KeyChooser &keys, std::int64_t sequence);

    const std::int64_t m_id;
    const ProducerBotConfig m_config;
    const RecordTemplate m_value;
    std::unique_ptr<RecordWriter> m_producer;
    std::atomic<double> m_rate;
    std::atomic<std::int64_t> m_inFlight{0};
    std::atomic<std::uint64_t> m_errors{0};
    RateMeter m_acked;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false; // guarded by m_mutex
    std::string m_lastError; // guarded by m_mutex
    std::thread m_thread;
};

} // namespace es
