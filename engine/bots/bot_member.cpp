#include "bots/bot_member.h"

#include <random>

namespace es {

namespace {

constexpr std::chrono::milliseconds kPollTimeout{200};
constexpr std::chrono::milliseconds kCommitInterval{500};
constexpr std::chrono::seconds kCommitTimeout{5};
// Work shorter than this is added up and slept in one go, since sleeps are not precise.
constexpr std::int64_t kMinSleepUs = 2000;

} // namespace

BotMember::BotMember(std::unique_ptr<GroupConsumer> consumer, std::string clientId,
                     const std::vector<std::string> &topics, MemberSettings &settings)
    : m_clientId(std::move(clientId)), m_settings(settings), m_consumer(std::move(consumer))
{
    m_consumer->subscribe(topics);
    m_thread = std::thread([this] { run(); });
}

BotMember::~BotMember()
{
    if (!m_done)
        leave();
}

void BotMember::stopThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BotMember::leave()
{
    m_done = true;
    stopThread();
    m_consumer->close();
}

void BotMember::crash()
{
    m_done = true;
    m_consumer->crash(); // first, so nothing more is committed
    stopThread();
}

bool BotMember::pause(std::chrono::microseconds duration)
{
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, duration, [this] { return m_stopping; });
}

bool BotMember::process(std::mt19937_64 &rng, std::int64_t &debtUs)
{
    for (;;) {
        debtUs += m_settings.processingUs.load();
        if (debtUs >= kMinSleepUs) {
            const auto start = std::chrono::steady_clock::now();
            if (!pause(std::chrono::microseconds(debtUs)))
                return false;
            debtUs -= std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                                            start)
                          .count();
        }
        const double errorRate = m_settings.errorRate.load();
        if (errorRate <= 0 || std::uniform_real_distribution<double>(0, 1)(rng) >= errorRate)
            return true;
        ++m_settings.errors;
        if (!pause(std::chrono::milliseconds(m_settings.retryPauseMs)))
            return false;
    }
}

void BotMember::run()
{
    std::mt19937_64 rng(std::random_device{}());
    std::int64_t debtUs = 0;
    bool uncommitted = false;
    auto lastCommit = std::chrono::steady_clock::now();
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
        }
        const auto records = m_consumer->poll(kPollTimeout);
        for (std::size_t i = 0; i < records.size(); ++i) {
            if (!process(rng, debtUs))
                return; // the rest of the batch stays uncommitted
            m_settings.processed.add();
            uncommitted = true;
        }
        // poll() advanced the positions past the batch, all of which is processed now.
        if (uncommitted && std::chrono::steady_clock::now() - lastCommit >= kCommitInterval) {
            if (m_consumer->commitSync(kCommitTimeout) == ErrorCode::None)
                uncommitted = false;
            lastCommit = std::chrono::steady_clock::now();
        }
    }
}

} // namespace es
