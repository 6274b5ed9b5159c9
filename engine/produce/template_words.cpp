#include "produce/template_words.h"

namespace es {

std::span<const std::string_view> templateWords()
{
    static constexpr std::string_view kWords[] = {
        "apple",   "river",   "stone",  "cloud",   "order",   "parcel",  "cart",   "ticket",  "green",
        "quick",   "silent",  "bright", "paper",   "window",  "garden",  "market", "signal",  "rocket",
        "harbor",  "forest",  "copper", "silver",  "amber",   "orange",  "purple", "yellow",  "north",
        "south",   "east",    "west",   "summer",  "winter",  "spring",  "autumn", "morning", "evening",
        "coffee",  "bread",   "butter", "honey",   "pepper",  "salt",    "sugar",  "lemon",   "cherry",
        "tiger",   "eagle",   "otter",  "falcon",  "panda",   "whale",   "horse",  "rabbit",  "fox",
        "engine",  "switch",  "button", "cable",   "socket",  "screen",  "laptop", "server",  "client",
        "stream",  "event",   "record", "message", "offset",  "replica", "leader", "broker",  "topic",
        "payment", "invoice", "refund", "account", "balance", "credit",  "debit",  "price",   "basket",
        "city",    "street",  "bridge", "tunnel",  "island",  "valley",  "desert", "meadow",  "canyon",
        "happy",   "calm",    "brave",  "gentle",  "proud",   "eager",   "clever", "humble",  "lucky",
        "runs",    "jumps",   "reads",  "writes",  "sends",   "builds",  "finds",  "keeps",   "moves",
        "small",   "large",   "early",  "late",    "fresh",   "ready",   "simple", "steady",  "rapid",
        "music",   "story",   "dream",  "light",   "shadow",  "planet",  "comet",  "galaxy",  "ocean",
        "blue",    "red",
    };
    return kWords;
}

} // namespace es
