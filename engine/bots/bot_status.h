#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace es {

enum class BotKind : std::uint8_t { Producer, ConsumerGroup };

// One line of the registry's status list: what a bot is configured to do and what it does.
// Plain values, safe to copy to another thread.
struct BotStatus {
    std::int64_t id = 0; // unique within its registry, never reused
    std::string name;
    BotKind kind = BotKind::Producer;
    std::string target;              // the topic (producer) or the group id (consumer group)
    std::vector<std::string> topics; // consumer groups: the topics subscribed to
    double configuredRate = 0;       // records/s: the producer's rate, or the members' maximum
                                     // together (0: unlimited, no processing time)
    double actualRate = 0;           // records/s produced or processed, over the last seconds
    double processingMs = 0;         // per record (consumer groups)
    double errorRate = 0;            // share of records that fail once (consumer groups)
    int members = 0;                 // running members (consumer groups)
    std::uint64_t records = 0;       // produced (acknowledged) or processed since the start
    std::uint64_t errors = 0;        // failed deliveries or failed (retried) records
    std::string lastError;           // the latest delivery error, in words
    bool running = true;
};

} // namespace es
