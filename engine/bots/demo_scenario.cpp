#include "bots/demo_scenario.h"

#include "bots/bot_registry.h"
#include "connection/connection.h"

#include <algorithm>

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

} // namespace

Result<DemoSummary> startDemo(Connection &connection, BotRegistry &bots)
{
    if (bots.size() > 0)
        return Status::invalidArgument("simulated clients run already: remove them before starting the demo");
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

    const ProducerBotConfig producers[] = {
        producer(
            "orders-feed", "orders", 40, KeyDistribution::Random, 100,
            R"({"order":{{seq}},"customer":"c-{{int 1 100}}","amount":{{int 5 500}},"at":"{{now_iso}}"})"),
        producer("payments-feed", "payments", 15, KeyDistribution::Sequential, 20,
                 R"({"payment":"{{uuid}}","method":"{{pick card|transfer|wallet}}","amount":{{int 5 500}}})"),
        producer("clicks-feed", "clicks", 120, KeyDistribution::HotKey, 50,
                 R"({"page":"{{pick /|/cart|/checkout|/search}}","user":"u-{{int 1 1000}}","at":{{now}}})"),
    };
    // billing keeps up easily; analytics can do about 80 records/s of the 120 it gets;
    // fraud-check loses half a second on each of its 4% failures.
    const ConsumerGroupBotConfig groups[] = {
        group("billing", {"orders", "payments"}, 2, 1, 0),
        group("analytics", {"clicks"}, 2, 25, 0),
        group("fraud-check", {"orders"}, 1, 10, 0.04),
    };
    for (const auto &p : producers) {
        auto id = bots.addProducer(p);
        if (!id)
            return id.status();
        summary.botIds.push_back(*id);
    }
    for (const auto &g : groups) {
        auto id = bots.addConsumerGroup(g);
        if (!id)
            return id.status();
        summary.botIds.push_back(*id);
        summary.groups.push_back(g.groupId);
    }
    return summary;
}

} // namespace es
