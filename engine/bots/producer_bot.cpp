#include "bots/producer_bot.h"

#include "common/clock.h"
#include "connection/connection.h"

#include <cmath>

namespace es {

namespace {

// How often the bot wakes to send what has fallen due: a rate is kept as an average, sent
// in small bursts.
constexpr std::chrono::milliseconds kTick{10};
// Records sent but not acknowledged at most; beyond it the bot waits, so a cluster that
// cannot keep up slows the bot instead of filling memory.
constexpr std::int64_t kMaxInFlight = 20'000;

Status checkRate(double rate)
{
    if (!std::isfinite(rate) || rate < 0 || rate > ProducerBot::kMaxRatePerSecond)
        return Status::invalidArgument(
            "the rate must be between 0 and " +
            std::to_string(static_cast<long long>(ProducerBot::kMaxRatePerSecond)) + " records per second");
    return Status::ok();
}

} // namespace

Result<std::unique_ptr<ProducerBot>> ProducerBot::create(Connection &connection, std::int64_t id,
                                                         ProducerBotConfig config)
{
    if (config.topic.empty())
        return Status::invalidArgument("a producer bot needs a topic");
    ES_RETURN_IF_ERROR(checkRate(config.ratePerSecond));
    if (config.keys != KeyDistribution::None && config.keyCount < 1)
        return Status::invalidArgument("the number of keys must be at least 1");
    Result<RecordTemplate> value = RecordTemplate::parse(config.valueTemplate);
    if (!value)
        return Status::invalidArgument("value template: " + value.status().message());
    if (config.name.empty())
        config.name = "producer-" + std::to_string(id);
    ProducerConfig pc;
    pc.clientId = "bot-" + config.name;
    pc.lingerMs = 5;
    // A stop with a broker down should not hang for a minute.
    pc.deliveryTimeoutMs = 15'000;
    Result<std::unique_ptr<RecordWriter>> producer = connection.openWriter(pc);
    if (!producer)
        return producer.status();
    return std::unique_ptr<ProducerBot>(
        new ProducerBot(std::move(*producer), id, std::move(config), std::move(*value)));
}

ProducerBot::ProducerBot(std::unique_ptr<RecordWriter> producer, std::int64_t id, ProducerBotConfig config,
                         RecordTemplate value)
    : m_id(id),
      m_config(std::move(config)),
      m_value(std::move(value)),
      m_producer(std::move(producer)),
      m_rate(m_config.ratePerSecond)
{
    m_thread = std::thread([this] { run(); });
}

ProducerBot::~ProducerBot()
{
    stop();
    // A bot going away waits briefly for what it sent, not the delivery timeout: with a
    // paused leader, quitting the application would hang that long. Delivery callbacks
    // touch members, so the producer goes before they do.
    m_producer->close(kCloseGrace);
    m_producer.reset();
}

void ProducerBot::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

Status ProducerBot::setRate(double ratePerSecond)
{
    ES_RETURN_IF_ERROR(checkRate(ratePerSecond));
    m_rate.store(ratePerSecond);
    m_wake.notify_all();
    return Status::ok();
}

BotStatus ProducerBot::status() const
{
    BotStatus s;
    s.id = m_id;
    s.name = m_config.name;
    s.kind = BotKind::Producer;
    s.target = m_config.topic;
    s.configuredRate = m_rate.load();
    s.actualRate = m_acked.perSecond();
    s.records = m_acked.total();
    s.errors = m_errors.load();
    std::lock_guard lock(m_mutex);
    s.lastError = m_lastError;
    s.running = !m_stopping;
    return s;
}

ProducerBotConfig ProducerBot::config() const
{
    ProducerBotConfig c = m_config;
    c.ratePerSecond = m_rate.load();
    return c;
}

void ProducerBot::sendOne(std::mt19937_64 &rng, KeyChooser &keys, std::int64_t sequence)
{
    TemplateContext context{.sequence = sequence, .nowMs = SystemClock::instance().nowMs(), .rng = &rng};
    ProducerRecord record;
    record.topic = m_config.topic;
    if (auto key = keys.next(rng))
        record.key = Bytes(key->begin(), key->end());
    const std::string value = m_value.render(context);
    record.value = Bytes(value.begin(), value.end());
    ++m_inFlight;
    m_producer->send(std::move(record), [this](const DeliveryReport &report) {
        --m_inFlight;
        if (report.ok()) {
            m_acked.add();
            return;
        }
        ++m_errors;
        std::lock_guard lock(m_mutex);
        m_lastError = report.message.empty() ? std::string(errorMessage(report.error)) : report.message;
    });
}

void ProducerBot::run()
{
    std::mt19937_64 rng(std::random_device{}());
    KeyChooser keys(m_config.keys, m_config.keyCount, m_config.hotKeyShare);
    std::int64_t sequence = 0;
    // Records are due at `rate` per second since `origin`; a rate change starts afresh.
    auto origin = std::chrono::steady_clock::now();
    double rate = m_rate.load();
    std::int64_t sentSinceOrigin = 0;
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        const auto now = std::chrono::steady_clock::now();
        if (const double wanted = m_rate.load(); wanted != rate) {
            rate = wanted;
            origin = now;
            sentSinceOrigin = 0;
        }
        const double elapsed = std::chrono::duration<double>(now - origin).count();
        auto due = static_cast<std::int64_t>(std::floor(rate * elapsed)) - sentSinceOrigin;
        // Behind by more than a second (the cluster was slow): drop the backlog rather
        // than bursting to catch up.
        if (due > static_cast<std::int64_t>(rate) + 1) {
            sentSinceOrigin += due - static_cast<std::int64_t>(rate);
            due = static_cast<std::int64_t>(rate);
        }
        for (std::int64_t i = 0; i < due && m_inFlight.load() < kMaxInFlight; ++i) {
            sendOne(rng, keys, sequence++);
            ++sentSinceOrigin;
        }
        lock.lock();
        m_wake.wait_for(lock, kTick);
    }
}

} // namespace es
