#include "app/ctl_command.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <utility>

namespace es::ctl {

namespace {

Status usage(const std::string &message)
{
    return Status::invalidArgument(message + "; see 'eventscope ctl --help'");
}

// A path segment with every byte outside RFC 3986's unreserved set percent-encoded, so that a
// name the user typed stays one segment.
std::string segment(const std::string &text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        }
    }
    return out;
}

Request request(std::string method, std::string path, Answer answer, std::string subject = {})
{
    Request r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.answer = answer;
    r.subject = std::move(subject);
    return r;
}

std::optional<std::int64_t> parseInt(const std::string &text)
{
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<double> parseNumber(const std::string &text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// A command's words: its positional arguments and its options (--name value, or a flag).
class Words {
public:
    Words(std::string command, std::vector<std::string> words) : m_command(std::move(command))
    {
        for (std::size_t i = 0; i < words.size(); ++i) {
            std::string &w = words[i];
            if (w.rfind("--", 0) != 0 || w.size() == 2) {
                m_positional.push_back(std::move(w));
                continue;
            }
            const std::size_t eq = w.find('=');
            if (eq != std::string::npos)
                m_options[w.substr(0, eq)] = w.substr(eq + 1);
            else if (std::find(kFlags.begin(), kFlags.end(), w) != kFlags.end())
                m_options[w] = "";
            else if (i + 1 < words.size())
                m_options[w] = std::move(words[++i]);
            else
                m_missingValue = w;
        }
    }

    // What is wrong with the words, given the positional count and the options the command takes.
    [[nodiscard]] std::optional<Status> check(std::size_t minPositional, std::size_t maxPositional,
                                              const std::vector<std::string> &options,
                                              const std::string &synopsis) const
    {
        if (!m_missingValue.empty())
            return usage(m_missingValue + " needs a value");
        for (const auto &[name, value] : m_options)
            if (std::find(options.begin(), options.end(), name) == options.end())
                return usage(m_command + " does not take " + name);
        if (m_positional.size() < minPositional || m_positional.size() > maxPositional)
            return usage("use: eventscope ctl " + synopsis);
        return std::nullopt;
    }

    [[nodiscard]] const std::string &at(std::size_t i) const { return m_positional.at(i); }
    [[nodiscard]] std::size_t count() const { return m_positional.size(); }
    [[nodiscard]] bool has(const std::string &option) const { return m_options.contains(option); }
    [[nodiscard]] const std::string &option(const std::string &name) const { return m_options.at(name); }

private:
    static inline const std::vector<std::string> kFlags = {"--keep-unflushed", "--cut", "--follow"};

    std::string m_command;
    std::vector<std::string> m_positional;
    std::map<std::string, std::string> m_options;
    std::string m_missingValue;
};

Result<std::int64_t> brokerId(const Words &words)
{
    const auto id = parseInt(words.at(0));
    if (!id || *id < 0)
        return usage("a broker id is a number such as 2, not '" + words.at(0) + "'");
    return *id;
}

Result<Request> brokerAction(const std::string &action, const Words &words)
{
    if ((action == "crash" || action == "restart") && words.count() == 1 && words.at(0) == "controller") {
        if (auto problem = words.check(1, 1, {}, action + " controller"))
            return *problem;
        return request("POST", "/v1/controller/" + action, Answer::Controller);
    }
    const std::vector<std::string> options =
        action == "crash" ? std::vector<std::string>{"--keep-unflushed"} : std::vector<std::string>{};
    const std::string synopsis = action + " BROKER" + (action == "crash" ? " [--keep-unflushed]" : "");
    if (auto problem = words.check(1, 1, options, synopsis))
        return *problem;
    auto id = brokerId(words);
    if (!id)
        return id.status();
    Request r = request("POST", "/v1/brokers/" + std::to_string(*id) + "/" + action, Answer::BrokerState);
    if (words.has("--keep-unflushed"))
        r.body = JsonValue(JsonValue::Object{{"loseUnflushed", false}});
    return r;
}

Result<Request> link(const Words &words)
{
    if (auto problem = words.check(2, 2, {"--latency", "--loss", "--cut"},
                                   "link A B [--latency 200ms] [--loss 0.1] [--cut]"))
        return *problem;
    JsonValue::Object body;
    std::int64_t latencyMs = 0;
    if (words.has("--latency")) {
        const auto ms = parseDurationMs(words.option("--latency"));
        if (!ms)
            return usage("--latency takes a duration such as 200ms or 2s, not '" + words.option("--latency") +
                         "'");
        latencyMs = *ms;
    }
    double loss = 0;
    if (words.has("--loss")) {
        const auto rate = parseNumber(words.option("--loss"));
        if (!rate || *rate < 0 || *rate > 1)
            return usage("--loss takes the share of messages lost, from 0 to 1 such as 0.1, not '" +
                         words.option("--loss") + "'");
        loss = *rate;
    }
    const bool cut = words.has("--cut");
    if (!cut && latencyMs == 0 && loss == 0)
        return usage("say what the link should do: --latency, --loss or --cut (heal A B mends it)");
    body.emplace_back("latencyMs", latencyMs);
    body.emplace_back("lossRate", loss);
    body.emplace_back("cut", cut);
    Request r = request("PUT", "/v1/links/" + segment(words.at(0)) + "/" + segment(words.at(1)), Answer::Link,
                        words.at(0) + " - " + words.at(1));
    r.body = JsonValue(std::move(body));
    return r;
}

Result<Request> heal(const Words &words)
{
    if (auto problem = words.check(0, 2, {}, "heal [A B]"))
        return *problem;
    if (words.count() == 1)
        return usage("heal takes two nodes (heal 1 2), or none to heal every link");
    if (words.count() == 0)
        return request("DELETE", "/v1/links", Answer::Healed);
    return request("DELETE", "/v1/links/" + segment(words.at(0)) + "/" + segment(words.at(1)), Answer::Healed,
                   words.at(0) + " - " + words.at(1));
}

Result<Request> createTopic(const Words &words)
{
    if (auto problem = words.check(1, 1, {"--partitions", "--replication-factor"},
                                   "create-topic NAME [--partitions N] [--replication-factor N]"))
        return *problem;
    JsonValue::Object body{{"name", words.at(0)}};
    for (const auto &[option, field] :
         {std::pair{"--partitions", "partitions"}, std::pair{"--replication-factor", "replicationFactor"}}) {
        if (!words.has(option))
            continue;
        const auto n = parseInt(words.option(option));
        if (!n || *n < 1 || *n > 1'000'000)
            return usage(std::string(option) + " takes a number from 1, not '" + words.option(option) + "'");
        body.emplace_back(field, *n);
    }
    Request r = request("POST", "/v1/topics", Answer::TopicCreated, words.at(0));
    r.body = JsonValue(std::move(body));
    return r;
}

Result<Request> demo(const Words &words)
{
    if (auto problem = words.check(1, 1, {}, "demo on|off"))
        return *problem;
    if (words.at(0) != "on" && words.at(0) != "off")
        return usage("demo takes on or off, not '" + words.at(0) + "'");
    return request("POST", words.at(0) == "on" ? "/v1/demo/start" : "/v1/demo/stop", Answer::Demo);
}

Result<Request> command(const std::string &name, const Words &words)
{
    if (name == "status" || name == "brokers" || name == "topics" || name == "add-broker") {
        if (auto problem = words.check(0, 0, {}, name))
            return *problem;
        if (name == "status")
            return request("GET", "/v1/status", Answer::Status);
        if (name == "brokers")
            return request("GET", "/v1/brokers", Answer::Brokers);
        if (name == "topics")
            return request("GET", "/v1/topics", Answer::Topics);
        return request("POST", "/v1/brokers", Answer::BrokerAdded);
    }
    for (const char *action : {"crash", "stop", "pause", "resume", "restart"})
        if (name == action)
            return brokerAction(name, words);
    if (name == "link")
        return link(words);
    if (name == "heal")
        return heal(words);
    if (name == "create-topic")
        return createTopic(words);
    if (name == "delete-topic") {
        if (auto problem = words.check(1, 1, {}, "delete-topic NAME"))
            return *problem;
        return request("DELETE", "/v1/topics/" + segment(words.at(0)), Answer::TopicDeleted, words.at(0));
    }
    if (name == "demo")
        return demo(words);
    if (name == "events") {
        if (auto problem = words.check(0, 0, {"--follow"}, "events [--follow]"))
            return *problem;
        Request r = request("GET", "/v1/events", Answer::Events);
        r.follow = words.has("--follow");
        return r;
    }
    return usage("unknown command '" + name + "'");
}

} // namespace

std::optional<std::int64_t> parseDurationMs(const std::string &text)
{
    double scale = 1;
    std::string number = text;
    if (text.ends_with("ms")) {
        number = text.substr(0, text.size() - 2);
    } else if (text.ends_with("s")) {
        number = text.substr(0, text.size() - 1);
        scale = 1000;
    }
    const auto value = parseNumber(number);
    if (!value || *value < 0 || *value * scale > 3'600'000)
        return std::nullopt;
    return static_cast<std::int64_t>(std::llround(*value * scale));
}

Result<Invocation> parseInvocation(const std::vector<std::string> &arguments)
{
    Invocation invocation;
    std::vector<std::string> words;
    std::optional<std::string> name;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &a = arguments[i];
        if (a == "-h" || a == "--help") {
            invocation.help = true;
            return invocation;
        }
        if (a == "--json") {
            invocation.json = true;
            continue;
        }
        std::optional<std::string> *global = a == "--data-dir"     ? &invocation.dataDir
                                             : a == "--url"        ? &invocation.url
                                             : a == "--token-file" ? &invocation.tokenFile
                                                                   : nullptr;
        if (global) {
            if (i + 1 >= arguments.size() || arguments[i + 1].empty())
                return usage(a + " needs a value");
            *global = arguments[++i];
        } else if (!name && a.rfind("-", 0) == 0) {
            return usage("unknown option " + a);
        } else if (!name) {
            name = a;
        } else {
            words.push_back(a);
        }
    }
    if (!name)
        return usage("name a command");
    if (invocation.url.has_value() != invocation.tokenFile.has_value())
        return usage("--url and --token-file go together");
    if (invocation.url && invocation.dataDir)
        return usage("give --data-dir, or --url with --token-file, not both");
    auto request = command(*name, Words(*name, std::move(words)));
    if (!request)
        return request.status();
    invocation.request = std::move(*request);
    return invocation;
}

std::string helpText()
{
    return R"(Usage: eventscope ctl [--data-dir DIR | --url URL --token-file FILE] [--json] COMMAND

Drives a running Eventscope cluster through its control API (start the cluster with
--control-port). The cluster is found through DIR/control-url and DIR/control-token
(DIR: the cluster's data directory, as given to eventscope; default: the default cluster's).

Commands:
  status                            the cluster: brokers, topics, consumer groups, faulty links
  brokers                           the brokers and their states
  crash N [--keep-unflushed]        crash broker N, losing what it did not flush unless told
  crash controller | restart controller
                                    crash the controller (nothing is elected until it is
                                    back), or have a new one take over
  stop N | pause N | resume N | restart N
                                    stop, pause, resume or restart broker N
  add-broker                        add a broker to the cluster
  link A B [--latency 200ms] [--loss 0.1] [--cut]
                                    make the link between nodes A and B slow, lossy or cut;
                                    a node is a broker id, controller or clients
  heal [A B]                        heal the link between A and B, or every link
  topics                            the topics
  create-topic NAME [--partitions N] [--replication-factor N]
  delete-topic NAME
  demo on|off                       start or stop the demo (topics with producers and groups)
  events [--follow]                 the cluster's timeline; --follow waits for more

Options:
  --data-dir DIR      the cluster's data directory
  --url URL           the control API's address, such as http://127.0.0.1:8080
  --token-file FILE   the file holding its token (DIR/control-token)
  --json              print the API's JSON answer as it is
  -h, --help          show this help

Exit status: 0 done, 1 the API refused (the message says why), 2 a bad command line,
3 no control API answers.
)";
}

} // namespace es::ctl
