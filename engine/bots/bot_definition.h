#pragma once

#include "bots/bot_status.h"
#include "bots/consumer_group_bot.h"
#include "bots/producer_bot.h"

namespace es {

// What it takes to recreate a bot: its kind, the settings it runs with now (a rate or a
// processing time changed while it ran included) and whether it runs. The registry hands
// these out to be kept with the cluster and takes them back when the cluster opens again.
struct BotDefinition {
    BotKind kind = BotKind::Producer;
    ProducerBotConfig producer;   // kind Producer
    ConsumerGroupBotConfig group; // kind ConsumerGroup
    bool running = true;
};

} // namespace es
