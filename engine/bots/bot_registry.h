#pragma once

#include "bots/bot_definition.h"
#include "bots/consumer_group_bot.h"
#include "bots/producer_bot.h"

#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace es {

class Connection;

// Owns every simulated client (bot) of one cluster: producer bots and consumer-group bots,
// each known by an id that is never reused. Commands name a bot by id and fail with
// NotFound, in words, for one that is gone or of the other kind.
//
// Thread-safety: every method may be called from any thread, concurrently. Commands that
// stop threads (stop, remove, member changes) block their caller until those threads end,
// so the GUI calls them off its thread. The cluster must outlive the registry; the
// destructor stops every bot.
class BotRegistry {
public:
    explicit BotRegistry(Connection &connection);
    ~BotRegistry();
    BotRegistry(const BotRegistry &) = delete;
    BotRegistry &operator=(const BotRegistry &) = delete;

    Result<std::int64_t> addProducer(ProducerBotConfig config);
    // InvalidArgument when a running bot of this registry already consumes as that group.
    Result<std::int64_t> addConsumerGroup(ConsumerGroupBotConfig config);

    Status setProducerRate(std::int64_t id, double ratePerSecond);
    Status setProcessingMs(std::int64_t id, double processingMs);
    Status setErrorRate(std::int64_t id, double errorRate);
    Status addMember(std::int64_t id);
    Status removeMember(std::int64_t id);
    Status crashMember(std::int64_t id, int index = -1);

    // Stops the bot; it stays in the list (not running) until removed.
    Status stop(std::int64_t id);
    // Starts a stopped bot again, with the settings it had when it stopped (a group with the
    // members it had, at least one). InvalidArgument when it runs, or when another running bot
    // consumes as its group.
    Status start(std::int64_t id);
    // Stops the bot and forgets it.
    Status remove(std::int64_t id);
    void stopAll();

    // Every bot, oldest first. A stopped bot reports no actual rate.
    [[nodiscard]] std::vector<BotStatus> status() const;
    // Every bot as it would be recreated, oldest first.
    [[nodiscard]] std::vector<BotDefinition> definitions() const;
    // Adds a bot from its definition, running or stopped as it says. A bot that should run
    // but cannot start is kept, stopped, with the reason as its last error; the id is returned
    // either way. InvalidArgument, in words, only for a definition no bot can be made of.
    Result<std::int64_t> restore(const BotDefinition &definition);
    [[nodiscard]] std::size_t size() const;

private:
    // A bot: its definition, and the bot itself once it has been started (kept when it
    // stops, for its counts). A bot restored stopped has no object until it starts.
    struct Entry {
        BotDefinition definition;
        std::shared_ptr<ProducerBot> producer;
        std::shared_ptr<ConsumerGroupBot> group;
        std::string lastError; // why it could not start
    };

    // Creates the bot `definition` describes, outside the lock.
    Status launch(std::int64_t id, const BotDefinition &definition, Entry &into);
    [[nodiscard]] bool groupRunning(const std::string &groupId) const; // m_mutex held
    [[nodiscard]] static BotDefinition current(const Entry &entry);
    [[nodiscard]] static BotStatus statusOf(std::int64_t id, const Entry &entry);

    Result<std::shared_ptr<ProducerBot>> producer(std::int64_t id) const;
    Result<std::shared_ptr<ConsumerGroupBot>> group(std::int64_t id) const;

    Connection &m_connection;
    mutable std::mutex m_mutex;
    std::map<std::int64_t, Entry> m_bots; // guarded by m_mutex
    std::int64_t m_nextId = 1;            // guarded by m_mutex
};

} // namespace es
