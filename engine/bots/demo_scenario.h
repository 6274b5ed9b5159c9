#pragma once

#include "bots/bot_status.h"
#include "common/status.h"

#include <cstdint>
#include <string>
#include <vector>

namespace es {

class BotRegistry;
class Connection;

// What startDemo() set up.
struct DemoSummary {
    std::vector<std::string> topics; // created (those that existed already are kept as they are)
    std::vector<std::string> groups;
    std::vector<std::int64_t> botIds;
};

// The demo: topics orders (6 partitions), payments (3) and clicks (12), replicated up to
// 3 times, with producer bots feeding them and consumer-group bots reading them: "billing"
// keeps up (its lag stays low), "analytics" is too slow for the clicks it gets (its lag
// grows steadily), "fraud-check" fails now and then and falls behind in bursts.
//
// Blocks its caller while the topics are created (admin calls, a few milliseconds each);
// the bots then run on their own threads in `bots`. Started again, it creates what is
// missing and starts the demo's bots that were stopped; the user's other bots stay as they
// are. Thread-safety: any thread but the engine's own loops.
Result<DemoSummary> startDemo(Connection &connection, BotRegistry &bots);

// The ids of the demo's bots among `bots` (a registry's status()), known by kind and name
// whoever started them: the control API stops the demo the window started, and the other way
// round.
std::vector<std::int64_t> demoBotIds(const std::vector<BotStatus> &bots);

} // namespace es
