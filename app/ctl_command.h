#pragma once

// `eventscope ctl`'s command line: which cluster to talk to and the one request a command
// makes of the control API (resources/control-api.yaml). Pure: no I/O, so every command's
// request is tested without a server.

#include "common/json.h"
#include "common/status.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace es::ctl {

// How a command's answer is shown (ctl_output.h); each names the route it reads.
enum class Answer {
    Status,      // GET /v1/status
    Brokers,     // GET /v1/brokers
    BrokerState, // POST /v1/brokers/{id}/{action}: {"id", "state"}
    BrokerAdded, // POST /v1/brokers: {"id"}
    Controller,  // POST /v1/controller/{crash,restart}: {"running"}
    Link,        // PUT /v1/links/{a}/{b}
    Healed,      // DELETE /v1/links[/{a}/{b}]
    Topics,      // GET /v1/topics
    TopicCreated,
    TopicDeleted,
    Demo,   // POST /v1/demo/start or stop
    Events, // GET /v1/events (paged, or followed)
};

struct Request {
    std::string method; // GET, POST, PUT, DELETE
    std::string path;   // "/v1/brokers/2/crash"
    std::optional<JsonValue> body;
    Answer answer = Answer::Status;
    bool follow = false; // events --follow: keep polling until interrupted
    // The command's own words for what it did, when the answer does not say (heal A B).
    std::string subject;
};

struct Invocation {
    bool help = false;                    // print ctlHelp() and exit 0
    bool json = false;                    // print the API's JSON as it came
    std::optional<std::string> dataDir;   // --data-dir
    std::optional<std::string> url;       // --url, with tokenFile
    std::optional<std::string> tokenFile; // --token-file
    Request request;
};

// Parses the arguments after "ctl". InvalidArgument, in words, for a command or option it
// does not know, a missing or malformed value, or --url without --token-file.
Result<Invocation> parseInvocation(const std::vector<std::string> &arguments);

// The text of `eventscope ctl --help`.
std::string helpText();

// "200ms", "2s", "1.5s" or "200" (milliseconds) as milliseconds; nullopt when malformed.
std::optional<std::int64_t> parseDurationMs(const std::string &text);

} // namespace es::ctl
