#include "bots/demo_scenario.h"

#include "bots/bot_registry.h"
#include "connection/connection.h"

#include <algorithm>
#include <optional>

namespace es {

namespace {

struct DemoTopic {
    const char *name;
    int partitions;
};

constexpr DemoTopic kTopics[] = {{"orders", 6}, {"payments", 3}, {"clicks", 12}};

ProducerBotConfig producer(std::string name, std::string topic, double rate, KeyDistribution keys,
                           std::int64_t keyCount, std::string value)
{
    ProducerBotConfig c;
    c.name = std::move(name);
    c.topic = std::move(topic);
    c.ratePerSecond = rate;
    c.keys = keys;
    c.keyCount = keyCount;
    c.valueTemplate = std::move(value);
    return c;
}

ConsumerGroupBotConfig group(std::string groupId, std::vector<std::string> topics, int members,
                             double processingMs, double errorRate)
{
    ConsumerGroupBotConfig c;
    c.name = groupId;
    c.groupId = std::move(groupId);
    c.topics = std::move(topics);
    c.members = members;
    c.processingMs = processingMs;
    c.errorRate = errorRate;
    return c;
}

// The demo's producers, each feeding one of kTopics.
std::vector<ProducerBotConfig> demoProducers()
{
    return {
        producer(
            "orders-feed", "orders", 40, KeyDistribution::Random, 100,
            R"({"order":{{seq}},"customer":"c-{{int 1 100}}","amount":{{int 5 500}},"at":"{{now_iso}}"})"),
        producer("payments-feed", "payments", 15, KeyDistribution::Sequential, 20,
                 R"({"payment":"{{uuid}}","method":"{{pick card|transfer|wallet}}","amount":{{int 5 500}}})"),
        producer("clicks-feed", "clicks", 120, KeyDistribution::HotKey, 50,
                 R"({"page":"{{pick /|/cart|/checkout|/search}}","user":"u-{{int 1 1000}}","at":{{now}}})"),
    };
}

// The demo's consumer groups, named as their bots.
std::vector<ConsumerGroupBotConfig> demoGroups()
{
    // billing keeps up easily; analytics can do about 80 records/s of the 120 it gets;
    // fraud-check loses half a second on each of its 4% failures.
    return {
        group("billing", {"orders", "payments"}, 2, 1, 0),
        group("analytics", {"clicks"}, 2, 25, 0),
        group("fraud-check", {"orders"}, 1, 10, 0.04),
    };
}

// The bot of `kind` named `name` in `bots`, if there is one.
const BotStatus *findBot(const std::vector<BotStatus> &bots, BotKind kind, const std::string &name)
{
    for (const BotStatus &b : bots)
        if (b.kind == kind && b.name == name)
            return &b;
    return nullptr;
}

} // namespace

Result<DemoSummary> startDemo(Connection &connection, BotRegistry &bots)
{
    DemoSummary summary;
    int alive = 0;
    if (const ClusterSnapshotPtr snapshot = connection.snapshot())
        for (const BrokerSnapshot &b : snapshot->brokers)
            alive += b.state == BrokerState::Running || b.state == BrokerState::Paused ? 1 : 0;
    for (const DemoTopic &t : kTopics) {
        CreateTopicSpec spec;
        spec.name = t.name;
        spec.partitions = t.partitions;
        spec.replicationFactor = std::clamp(alive, 1, 3);
        AdminResult created = connection.createTopic(spec);
        if (created.ok())
            summary.topics.emplace_back(t.name);
        else if (created.error != ErrorCode::TopicAlreadyExists)
            return Status::invalidArgument("cannot create topic " + spec.name + ": " + created.message);
    }

    const std::vector<ProducerBotConfig> producers = demoProducers();
    const std::vector<ConsumerGroupBotConfig> groups = demoGroups();
    // A demo bot that is there already (the demo ran before) is started if it stopped, not
    // doubled.
    const std::vector<BotStatus> existing = bots.status();
    auto reuse = [&](BotKind kind, const std::string &name) -> std::optional<Status> {
        const BotStatus *bot = findBot(existing, kind, name);
        if (!bot)
            return std::nullopt;
        summary.botIds.push_back(bot->id);
        return bot->running ? Status::ok() : bots.start(bot->id);
    };
    for (const auto &p : producers) {
        if (auto reused = reuse(BotKind::Producer, p.name)) {
            ES_RETURN_IF_ERROR(*reused);
            continue;
        }
        auto id = bots.addProducer(p);
        if (!id)
            return id.status();
        summary.botIds.push_back(*id);
    }
    for (const auto &g : groups) {
        summary.groups.push_back(g.groupId);
        if (auto reused = reuse(BotKind::ConsumerGroup, g.name)) {
            ES_RETURN_IF_ERROR(*reused);
            continue;
        }
        auto id = bots.addConsumerGroup(g);
        if (!id)
            return id.status();
        summary.botIds.push_back(*id);
    }
    return summary;
}

std::vector<std::int64_t> demoBotIds(const std::vector<BotStatus> &bots)
{
    std::vector<std::int64_t> ids;
    for (const ProducerBotConfig &p : demoProducers())
        if (const BotStatus *bot = findBot(bots, BotKind::Producer, p.name))
            ids.push_back(bot->id);
    for (const ConsumerGroupBotConfig &g : demoGroups())
        if (const BotStatus *bot = findBot(bots, BotKind::ConsumerGroup, g.name))
            ids.push_back(bot->id);
    return ids;
}

} // namespace es
