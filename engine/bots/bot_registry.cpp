#include "bots/bot_registry.h"

namespace es {

namespace {

Status unknownBot(std::int64_t id, const char *kind)
{
    return Status::notFound("there is no " + std::string(kind) + " bot " + std::to_string(id));
}

} // namespace

BotRegistry::BotRegistry(Connection &connection) : m_connection(connection) {}

BotRegistry::~BotRegistry() { stopAll(); }

Result<std::int64_t> BotRegistry::addProducer(ProducerBotConfig config)
{
    std::int64_t id = 0;
    {
        std::lock_guard lock(m_mutex);
        id = m_nextId++;
    }
    auto bot = ProducerBot::create(m_connection, id, std::move(config));
    if (!bot)
        return bot.status();
    std::lock_guard lock(m_mutex);
    m_bots[id].producer = std::move(*bot);
    return id;
}

Result<std::int64_t> BotRegistry::addConsumerGroup(ConsumerGroupBotConfig config)
{
    std::int64_t id = 0;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[other, entry] : m_bots)
            if (entry.group && entry.group->status().running &&
                entry.group->status().target == config.groupId)
                return Status::invalidArgument("a bot already consumes as group \"" + config.groupId +
                                               "\": add members to it instead");
        id = m_nextId++;
    }
    auto bot = ConsumerGroupBot::create(m_connection, id, std::move(config));
    if (!bot)
        return bot.status();
    std::lock_guard lock(m_mutex);
    m_bots[id].group = std::move(*bot);
    return id;
}

Result<std::shared_ptr<ProducerBot>> BotRegistry::producer(std::int64_t id) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_bots.find(id);
    if (it == m_bots.end() || !it->second.producer)
        return unknownBot(id, "producer");
    return it->second.producer;
}

Result<std::shared_ptr<ConsumerGroupBot>> BotRegistry::group(std::int64_t id) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_bots.find(id);
    if (it == m_bots.end() || !it->second.group)
        return unknownBot(id, "consumer group");
    return it->second.group;
}

Status BotRegistry::setProducerRate(std::int64_t id, double ratePerSecond)
{
    auto bot = producer(id);
    return bot ? (*bot)->setRate(ratePerSecond) : bot.status();
}

Status BotRegistry::setProcessingMs(std::int64_t id, double processingMs)
{
    auto bot = group(id);
    return bot ? (*bot)->setProcessingMs(processingMs) : bot.status();
}

Status BotRegistry::setErrorRate(std::int64_t id, double errorRate)
{
    auto bot = group(id);
    return bot ? (*bot)->setErrorRate(errorRate) : bot.status();
}

Status BotRegistry::addMember(std::int64_t id)
{
    auto bot = group(id);
    return bot ? (*bot)->addMember() : bot.status();
}

Status BotRegistry::removeMember(std::int64_t id)
{
    auto bot = group(id);
    return bot ? (*bot)->removeMember() : bot.status();
}

Status BotRegistry::crashMember(std::int64_t id, int index)
{
    auto bot = group(id);
    return bot ? (*bot)->crashMember(index) : bot.status();
}

Status BotRegistry::stop(std::int64_t id)
{
    Entry entry;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_bots.find(id);
        if (it == m_bots.end())
            return unknownBot(id, "such");
        entry = it->second;
    }
    if (entry.producer)
        entry.producer->stop();
    if (entry.group)
        entry.group->stop();
    return Status::ok();
}

Status BotRegistry::remove(std::int64_t id)
{
    Entry entry;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_bots.find(id);
        if (it == m_bots.end())
            return unknownBot(id, "such");
        entry = std::move(it->second);
        m_bots.erase(it);
    }
    // Destroyed here, outside the lock (stopping joins threads).
    return Status::ok();
}

void BotRegistry::stopAll()
{
    std::map<std::int64_t, Entry> bots;
    {
        std::lock_guard lock(m_mutex);
        bots = m_bots;
    }
    // Producers first, so that the groups' last commits see the final high watermarks.
    for (auto &[id, entry] : bots)
        if (entry.producer)
            entry.producer->stop();
    for (auto &[id, entry] : bots)
        if (entry.group)
            entry.group->stop();
}

std::vector<BotStatus> BotRegistry::status() const
{
    std::vector<Entry> entries;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[id, entry] : m_bots)
            entries.push_back(entry);
    }
    std::vector<BotStatus> out;
    out.reserve(entries.size());
    for (const auto &e : entries)
        out.push_back(e.producer ? e.producer->status() : e.group->status());
    return out;
}

std::size_t BotRegistry::size() const
{
    std::lock_guard lock(m_mutex);
    return m_bots.size();
}

} // namespace es
