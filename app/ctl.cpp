#include "app/ctl.h"

#include "app/command_line.h"
#include "app/ctl_client.h"
#include "app/ctl_command.h"
#include "app/ctl_output.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

namespace es {

namespace {

constexpr int kExitRefused = 1;
constexpr int kExitUsage = 2;
constexpr int kExitUnreachable = 3;

// The events asked for at a time, and how long a follow waits for the next.
constexpr int kEventsPerPage = 1000;
constexpr int kFollowWaitS = 30;

int fail(int code, const std::string &message)
{
    std::fprintf(stderr, "eventscope ctl: %s\n", message.c_str());
    return code;
}

std::optional<std::string> readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
    std::string text = content.str();
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    return text;
}

// Where the API is and its token: from --url and --token-file, or from the data directory
// a running server wrote them to.
struct Endpoint {
    std::string url;
    std::string token;
    std::string unreachable; // what to say when nothing answers there
};

std::optional<Endpoint> endpoint(const ctl::Invocation &invocation, std::string &problem)
{
    if (invocation.url) {
        const auto token = readFile(*invocation.tokenFile);
        if (!token) {
            problem = "cannot read the token file " + *invocation.tokenFile;
            return std::nullopt;
        }
        return Endpoint{*invocation.url, *token,
                        "no control API answers at " + *invocation.url +
                            " (start eventscope with --control-port)"};
    }
    const std::string dir = invocation.dataDir ? *invocation.dataDir : defaultDataDir().toStdString();
    const std::string missing =
        "no control API is running for " + dir + " (start eventscope with --control-port)";
    const auto url = readFile(std::filesystem::path(dir) / "control-url");
    const auto token = readFile(std::filesystem::path(dir) / "control-token");
    if (!url || !token || url->empty()) {
        problem = missing;
        return std::nullopt;
    }
    return Endpoint{*url, *token, missing};
}

// Prints the answer of one request; the exit status.
int show(const ctl::Invocation &invocation, const ctl::Reply &reply)
{
    if (invocation.json) {
        std::fputs(reply.body.c_str(), stdout);
        if (!reply.body.empty() && reply.body.back() != '\n')
            std::fputc('\n', stdout);
        return 0;
    }
    auto json = parseJson(reply.body.empty() ? std::string("null") : reply.body);
    if (!json)
        return fail(kExitRefused, "the control API answered what is not JSON: " + json.status().message());
    std::fputs(ctl::formatAnswer(invocation.request, *json).c_str(), stdout);
    return 0;
}

// The timeline from the start, page by page; with --follow, then each event as it comes,
// until interrupted.
int events(const ctl::Invocation &invocation, ctl::ControlClient &client, const Endpoint &where)
{
    std::int64_t after = 0;
    bool caughtUp = false;
    while (true) {
        const int wait = caughtUp ? kFollowWaitS : 0;
        const std::string path = "/v1/events?after=" + std::to_string(after) +
                                 "&limit=" + std::to_string(kEventsPerPage) + "&wait=" + std::to_string(wait);
        const ctl::Reply reply = client.send("GET", path, {}, std::chrono::seconds(wait + 30));
        if (reply.outcome == ctl::Reply::Outcome::Unreachable)
            return fail(kExitUnreachable, where.unreachable);
        if (reply.outcome == ctl::Reply::Outcome::Refused)
            return fail(kExitRefused, reply.message);
        auto json = parseJson(reply.body);
        const JsonValue *list = json ? json->find("events") : nullptr;
        const JsonValue *next = json ? json->find("next") : nullptr;
        if (!list || !list->isArray() || !next || !next->isNumber())
            return fail(kExitRefused, "the control API's events are not as expected");
        for (const JsonValue &event : list->asArray())
            std::fputs(invocation.json ? (toJson(event) + "\n").c_str() : ctl::formatEvent(event).c_str(),
                       stdout);
        std::fflush(stdout);
        after = static_cast<std::int64_t>(next->asNumber());
        if (list->asArray().size() < static_cast<std::size_t>(kEventsPerPage)) {
            if (!invocation.request.follow)
                return 0;
            caughtUp = true;
        }
    }
}

} // namespace

int runCtl(const std::vector<std::string> &arguments)
{
    auto parsed = ctl::parseInvocation(arguments);
    if (!parsed)
        return fail(kExitUsage, parsed.status().message());
    const ctl::Invocation &invocation = *parsed;
    if (invocation.help) {
        std::fputs(ctl::helpText().c_str(), stdout);
        return 0;
    }
    std::string problem;
    const auto where = endpoint(invocation, problem);
    if (!where)
        return fail(invocation.url ? kExitUsage : kExitUnreachable, problem);

    ctl::ControlClient client(where->url, where->token);
    if (invocation.request.answer == ctl::Answer::Events)
        return events(invocation, client, *where);
    const ctl::Request &request = invocation.request;
    const ctl::Reply reply =
        client.send(request.method, request.path, request.body ? toJson(*request.body) : std::string());
    switch (reply.outcome) {
    case ctl::Reply::Outcome::Unreachable: return fail(kExitUnreachable, where->unreachable);
    case ctl::Reply::Outcome::Refused: return fail(kExitRefused, reply.message);
    case ctl::Reply::Outcome::Ok: break;
    }
    return show(invocation, reply);
}

} // namespace es
