#include "bots/bot_registry.h"

#include <algorithm>

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
    BotDefinition definition;
    definition.kind = BotKind::Producer;
    definition.producer = std::move(config);
    Entry entry;
    ES_RETURN_IF_ERROR(launch(id, definition, entry));
    std::lock_guard lock(m_mutex);
    m_bots[id] = std::move(entry);
    return id;
}

Result<std::int64_t> BotRegistry::addConsumerGroup(ConsumerGroupBotConfig config)
{
    std::int64_t id = 0;
    {
        std::lock_guard lock(m_mutex);
        if (groupRunning(config.groupId))
            return Status::invalidArgument("a bot already consumes as group \"" + config.groupId +
                                           "\": add members to it instead");
        id = m_nextId++;
    }
    BotDefinition definition;
    definition.kind = BotKind::ConsumerGroup;
    definition.group = std::move(config);
    Entry entry;
    ES_RETURN_IF_ERROR(launch(id, definition, entry));
    std::lock_guard lock(m_mutex);
    m_bots[id] = std::move(entry);
    return id;
}

Status BotRegistry::launch(std::int64_t id, const BotDefinition &definition, Entry &into)
{
    into.definition = definition;
    into.definition.running = true;
    into.lastError.clear();
    if (definition.kind == BotKind::Producer) {
        auto bot = ProducerBot::create(m_connection, id, definition.producer);
        if (!bot)
            return bot.status();
        into.producer = std::move(*bot);
        into.definition.producer = into.producer->config();
    } else {
        auto bot = ConsumerGroupBot::create(m_connection, id, definition.group);
        if (!bot)
            return bot.status();
        into.group = std::move(*bot);
        into.definition.group = into.group->config();
    }
    return Status::ok();
}

bool BotRegistry::groupRunning(const std::string &groupId) const
{
    for (const auto &[other, entry] : m_bots)
        if (entry.group && entry.group->status().running && entry.group->config().groupId == groupId)
            return true;
    return false;
}

BotDefinition BotRegistry::current(const Entry &entry)
{
    BotDefinition d = entry.definition;
    if (entry.producer) {
        d.producer = entry.producer->config();
        d.running = entry.producer->status().running;
    } else if (entry.group) {
        d.group = entry.group->config();
        d.running = entry.group->status().running;
    } else {
        d.running = false;
    }
    return d;
}

BotStatus BotRegistry::statusOf(std::int64_t id, const Entry &entry)
{
    BotStatus s;
    if (entry.producer) {
        s = entry.producer->status();
    } else if (entry.group) {
        s = entry.group->status();
    } else {
        // Restored stopped, never started since: what it is, nothing it did.
        const BotDefinition &d = entry.definition;
        s.id = id;
        s.kind = d.kind;
        s.running = false;
        if (d.kind == BotKind::Producer) {
            s.name = d.producer.name;
            s.target = d.producer.topic;
            s.configuredRate = d.producer.ratePerSecond;
        } else {
            s.name = d.group.name.empty() ? d.group.groupId : d.group.name;
            s.target = d.group.groupId;
            s.topics = d.group.topics;
            s.processingMs = d.group.processingMs;
            s.errorRate = d.group.errorRate;
        }
    }
    if (!s.running)
        s.actualRate = 0; // what it did in its last seconds is not a rate any more
    if (s.lastError.empty())
        s.lastError = entry.lastError;
    return s;
}

Result<std::int64_t> BotRegistry::restore(const BotDefinition &definition)
{
    std::int64_t id = 0;
    bool run = definition.running;
    {
        std::lock_guard lock(m_mutex);
        id = m_nextId++;
        if (run && definition.kind == BotKind::ConsumerGroup && groupRunning(definition.group.groupId))
            run = false;
    }
    Entry entry;
    entry.definition = definition;
    entry.definition.running = false;
    if (run) {
        if (const Status s = launch(id, definition, entry); !s.isOk()) {
            if (s.code() == StatusCode::InvalidArgument)
                return s;
            entry = Entry{};
            entry.definition = definition;
            entry.definition.running = false;
            entry.lastError = s.message();
        }
    }
    std::lock_guard lock(m_mutex);
    m_bots[id] = std::move(entry);
    return id;
}

Status BotRegistry::start(std::int64_t id)
{
    BotDefinition definition;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_bots.find(id);
        if (it == m_bots.end())
            return unknownBot(id, "such");
        definition = current(it->second);
        if (definition.running)
            return Status::invalidArgument("the bot runs already");
        if (definition.kind == BotKind::ConsumerGroup && groupRunning(definition.group.groupId))
            return Status::invalidArgument("another bot consumes as group \"" + definition.group.groupId +
                                           "\" now: stop it first");
    }
    definition.group.members = std::max(1, definition.group.members);
    // Declared before the lock, so that the stopped bot swapped out is destroyed after it.
    Entry entry;
    if (const Status s = launch(id, definition, entry); !s.isOk())
        return s;
    std::lock_guard lock(m_mutex);
    auto it = m_bots.find(id);
    if (it == m_bots.end())
        return unknownBot(id, "such"); // removed meanwhile: the new bot stops as it goes
    std::swap(it->second, entry);
    return Status::ok();
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
    std::vector<std::pair<std::int64_t, Entry>> entries;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[id, entry] : m_bots)
            entries.emplace_back(id, entry);
    }
    std::vector<BotStatus> out;
    out.reserve(entries.size());
    for (const auto &[id, e] : entries)
        out.push_back(statusOf(id, e));
    return out;
}

std::vector<BotDefinition> BotRegistry::definitions() const
{
    std::vector<Entry> entries;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[id, entry] : m_bots)
            entries.push_back(entry);
    }
    std::vector<BotDefinition> out;
    out.reserve(entries.size());
    for (const auto &e : entries)
        out.push_back(current(e));
    return out;
}

std::size_t BotRegistry::size() const
{
    std::lock_guard lock(m_mutex);
    return m_bots.size();
}

} // namespace es
