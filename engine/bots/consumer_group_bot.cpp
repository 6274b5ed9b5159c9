#include "bots/consumer_group_bot.h"

#include "connection/connection.h"

#include <cmath>

namespace es {

namespace {

Status checkProcessing(double ms)
{
    if (!std::isfinite(ms) || ms < 0 || ms > ConsumerGroupBot::kMaxProcessingMs)
        return Status::invalidArgument("the processing time must be between 0 and 60000 ms per record");
    return Status::ok();
}

Status checkErrorRate(double rate)
{
    if (!std::isfinite(rate) || rate < 0 || rate >= 1)
        return Status::invalidArgument("the error rate must be at least 0 and below 1 (100%)");
    return Status::ok();
}

} // namespace

Result<std::unique_ptr<ConsumerGroupBot>> ConsumerGroupBot::create(Connection &connection, std::int64_t id,
                                                                   ConsumerGroupBotConfig config)
{
    if (config.groupId.empty())
        return Status::invalidArgument("a consumer group bot needs a group id");
    if (config.topics.empty())
        return Status::invalidArgument("a consumer group bot needs at least one topic");
    for (const auto &t : config.topics)
        if (t.empty())
            return Status::invalidArgument("a topic name is empty");
    if (config.members < 0 || config.members > kMaxMembers)
        return Status::invalidArgument("the number of members must be between 0 and " +
                                       std::to_string(kMaxMembers));
    ES_RETURN_IF_ERROR(checkProcessing(config.processingMs));
    ES_RETURN_IF_ERROR(checkErrorRate(config.errorRate));
    if (config.name.empty())
        config.name = config.groupId;
    std::unique_ptr<ConsumerGroupBot> bot(new ConsumerGroupBot(connection, id, std::move(config)));
    for (int i = 0; i < bot->m_config.members; ++i)
        ES_RETURN_IF_ERROR(bot->addMember());
    return bot;
}

ConsumerGroupBot::ConsumerGroupBot(Connection &connection, std::int64_t id, ConsumerGroupBotConfig config)
    : m_connection(connection), m_id(id), m_config(std::move(config))
{
    m_settings.processingUs = std::llround(m_config.processingMs * 1000);
    m_settings.errorRate = m_config.errorRate;
    m_settings.retryPauseMs = m_config.retryPauseMs;
}

ConsumerGroupBot::~ConsumerGroupBot() { stop(); }

void ConsumerGroupBot::stop()
{
    std::vector<std::unique_ptr<BotMember>> members;
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopped)
            m_membersAtStop = static_cast<int>(m_members.size());
        m_stopped = true;
        members.swap(m_members);
    }
    // Each leaves on its own: the coordinator's rebalances overlap.
    for (auto &m : members)
        m->leave();
}

Status ConsumerGroupBot::setProcessingMs(double processingMs)
{
    ES_RETURN_IF_ERROR(checkProcessing(processingMs));
    m_settings.processingUs = std::llround(processingMs * 1000);
    return Status::ok();
}

Status ConsumerGroupBot::setErrorRate(double errorRate)
{
    ES_RETURN_IF_ERROR(checkErrorRate(errorRate));
    m_settings.errorRate = errorRate;
    return Status::ok();
}

Result<std::unique_ptr<BotMember>> ConsumerGroupBot::makeMember()
{
    ConsumerConfig cc;
    {
        std::lock_guard lock(m_mutex);
        cc.clientId = "bot-" + m_config.name + "-" + std::to_string(m_nextMember++);
    }
    cc.groupId = m_config.groupId;
    cc.autoOffsetReset = m_config.autoOffsetReset;
    cc.sessionTimeoutMs = m_config.sessionTimeoutMs;
    cc.heartbeatIntervalMs = std::max(100, m_config.sessionTimeoutMs / 6);
    cc.enableAutoCommit = false; // members commit what they processed
    // Small batches, so that a slow member commits its progress often.
    cc.maxPollRecords = 20;
    Result<std::unique_ptr<GroupConsumer>> consumer = m_connection.openGroupConsumer(cc);
    if (!consumer)
        return consumer.status();
    return std::make_unique<BotMember>(std::move(*consumer), cc.clientId, m_config.topics, m_settings);
}

Status ConsumerGroupBot::addMember()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return Status::invalidArgument("the bot is stopped");
        if (static_cast<int>(m_members.size()) >= kMaxMembers)
            return Status::invalidArgument("a bot has at most " + std::to_string(kMaxMembers) + " members");
    }
    Result<std::unique_ptr<BotMember>> member = makeMember();
    if (!member)
        return member.status();
    std::lock_guard lock(m_mutex);
    if (m_stopped)
        return Status::invalidArgument("the bot is stopped"); // the member leaves as it goes
    m_members.push_back(std::move(*member));
    return Status::ok();
}

Status ConsumerGroupBot::removeMember()
{
    std::unique_ptr<BotMember> member;
    {
        std::lock_guard lock(m_mutex);
        if (m_members.empty())
            return Status::invalidArgument("the group has no member to remove");
        member = std::move(m_members.back());
        m_members.pop_back();
    }
    member->leave();
    return Status::ok();
}

Status ConsumerGroupBot::crashMember(int index)
{
    std::unique_ptr<BotMember> member;
    {
        std::lock_guard lock(m_mutex);
        if (m_members.empty())
            return Status::invalidArgument("the group has no member to crash");
        const int count = static_cast<int>(m_members.size());
        if (index < 0)
            index = count - 1;
        if (index >= count)
            return Status::invalidArgument("there is no member " + std::to_string(index + 1));
        member = std::move(m_members[static_cast<std::size_t>(index)]);
        m_members.erase(m_members.begin() + index);
    }
    member->crash();
    return Status::ok();
}

ConsumerGroupBotConfig ConsumerGroupBot::config() const
{
    ConsumerGroupBotConfig c = m_config;
    c.processingMs = static_cast<double>(m_settings.processingUs.load()) / 1000.0;
    c.errorRate = m_settings.errorRate.load();
    std::lock_guard lock(m_mutex);
    c.members = m_stopped ? m_membersAtStop : static_cast<int>(m_members.size());
    return c;
}

BotStatus ConsumerGroupBot::status() const
{
    BotStatus s;
    s.id = m_id;
    s.name = m_config.name;
    s.kind = BotKind::ConsumerGroup;
    s.target = m_config.groupId;
    s.topics = m_config.topics;
    s.processingMs = static_cast<double>(m_settings.processingUs.load()) / 1000.0;
    s.errorRate = m_settings.errorRate.load();
    s.actualRate = m_settings.processed.perSecond();
    s.records = m_settings.processed.total();
    s.errors = m_settings.errors.load();
    std::lock_guard lock(m_mutex);
    s.members = static_cast<int>(m_members.size());
    const std::int64_t us = m_settings.processingUs.load();
    s.configuredRate = us > 0 ? 1e6 / static_cast<double>(us) * s.members : 0;
    s.running = !m_stopped;
    return s;
}

} // namespace es
