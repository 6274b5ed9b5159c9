#include "app/ctl_output.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

namespace es::ctl {

namespace {

using Rows = std::vector<std::vector<std::string>>;

// Columns padded to their widest cell, two spaces apart; the last column is not padded.
std::string table(const Rows &rows)
{
    std::vector<std::size_t> widths;
    for (const auto &row : rows)
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths.resize(std::max(widths.size(), row.size()));
            widths[i] = std::max(widths[i], row[i].size());
        }
    std::string out;
    for (const auto &row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += std::string(widths[i] - row[i].size() + 2, ' ');
        }
        out += line + "\n";
    }
    return out;
}

const JsonValue &field(const JsonValue &object, std::string_view name)
{
    static const JsonValue null;
    const JsonValue *value = object.find(name);
    return value ? *value : null;
}

// A field as text: numbers without a fraction when whole, strings as they are.
std::string text(const JsonValue &value)
{
    if (value.isString())
        return value.asString();
    if (value.isBool())
        return value.asBool() ? "yes" : "no";
    if (value.isNumber()) {
        const double n = value.asNumber();
        if (n == std::floor(n) && std::abs(n) < 1e15)
            return std::to_string(static_cast<std::int64_t>(n));
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%g", n);
        return buffer;
    }
    return value.isNull() ? "-" : toJson(value);
}

std::string text(const JsonValue &object, std::string_view name) { return text(field(object, name)); }

const JsonValue::Array &array(const JsonValue &object, std::string_view name)
{
    static const JsonValue::Array empty;
    const JsonValue &value = field(object, name);
    return value.isArray() ? value.asArray() : empty;
}

std::string brokers(const JsonValue::Array &list)
{
    Rows rows{{"BROKER", "STATE", "ADDRESS", "LEADERS", "REPLICAS"}};
    for (const JsonValue &b : list) {
        const bool controller = field(b, "controller").isBool() && field(b, "controller").asBool();
        rows.push_back({text(b, "id") + (controller ? " (controller)" : ""), text(b, "state"),
                        text(b, "host") + ":" + text(b, "port"), text(b, "leaders"), text(b, "replicas")});
    }
    return table(rows);
}

// "orders  6  3": a topic of GET /v1/topics (partitions: a count) or of /v1/status (a list,
// of which those short of their full ISR are counted).
std::string topics(const JsonValue::Array &list, bool withInternal)
{
    Rows rows{{"TOPIC", "PARTITIONS", "REPLICATION", "UNDER-REPLICATED"}};
    bool withPartitions = false;
    for (const JsonValue &t : list) {
        if (!withInternal && field(t, "internal").isBool() && field(t, "internal").asBool())
            continue;
        const JsonValue &partitions = field(t, "partitions");
        std::string count = text(partitions);
        std::string under = "-";
        if (partitions.isArray()) {
            withPartitions = true;
            count = std::to_string(partitions.asArray().size());
            const auto short_ = std::count_if(
                partitions.asArray().begin(), partitions.asArray().end(),
                [](const JsonValue &p) { return array(p, "isr").size() < array(p, "replicas").size(); });
            under = std::to_string(short_);
        }
        rows.push_back({text(t, "name"), count, text(t, "replicationFactor"), under});
    }
    if (!withPartitions)
        for (auto &row : rows)
            row.pop_back();
    return rows.size() == 1 ? "no topics\n" : table(rows);
}

std::string groups(const JsonValue::Array &list)
{
    if (list.empty())
        return "no consumer groups\n";
    Rows rows{{"GROUP", "STATE", "MEMBERS", "LAG"}};
    for (const JsonValue &g : list)
        rows.push_back({text(g, "id"), text(g, "state"), text(g, "members"), text(g, "totalLag")});
    return table(rows);
}

std::string linkFault(const JsonValue &link)
{
    std::vector<std::string> parts;
    if (field(link, "cut").isBool() && field(link, "cut").asBool())
        parts.emplace_back("cut");
    if (field(link, "latencyMs").isNumber() && field(link, "latencyMs").asNumber() > 0)
        parts.push_back("latency " + text(link, "latencyMs") + " ms");
    if (field(link, "lossRate").isNumber() && field(link, "lossRate").asNumber() > 0)
        parts.push_back("loss " + text(JsonValue(field(link, "lossRate").asNumber() * 100)) + "%");
    std::string out;
    for (const std::string &p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out.empty() ? "healthy" : out;
}

std::string links(const JsonValue::Array &list)
{
    if (list.empty())
        return "no faulty links\n";
    Rows rows{{"LINK", "FAULT"}};
    for (const JsonValue &l : list)
        rows.push_back({text(l, "a") + " - " + text(l, "b"), linkFault(l)});
    return table(rows);
}

std::string status(const JsonValue &json)
{
    const JsonValue &running = field(json, "controllerRunning");
    const bool crashed = running.isBool() && !running.asBool();
    std::string out = "cluster " + text(json, "clusterId") + ", controller " + text(json, "controller") +
                      (crashed ? " (crashed)" : "") + ", bootstrap " + text(json, "bootstrapServers") + "\n";
    out += "under-replicated partitions " + text(json, "underReplicatedPartitions") +
           ", offline partitions " + text(json, "offlinePartitions") + "\n\n";
    out += brokers(array(json, "brokers")) + "\n";
    out += topics(array(json, "topics"), false) + "\n";
    out += groups(array(json, "groups")) + "\n";
    out += links(array(json, "links"));
    return out;
}

std::string demo(const JsonValue &json)
{
    const bool running = field(json, "running").isBool() && field(json, "running").asBool();
    if (!running)
        return "demo stopped\n";
    auto join = [](const JsonValue::Array &list) {
        std::string out;
        for (const JsonValue &v : list)
            out += (out.empty() ? "" : ", ") + text(v);
        return out.empty() ? std::string("-") : out;
    };
    return "demo running: topics " + join(array(json, "topics")) + "; groups " + join(array(json, "groups")) +
           "\n";
}

} // namespace

std::string formatAnswer(const Request &request, const JsonValue &json)
{
    switch (request.answer) {
    case Answer::Status: return status(json);
    case Answer::Brokers: return brokers(json.isArray() ? json.asArray() : JsonValue::Array{});
    case Answer::BrokerState: return "broker " + text(json, "id") + ": " + text(json, "state") + "\n";
    case Answer::BrokerAdded: return "broker " + text(json, "id") + " added\n";
    case Answer::Controller: {
        const JsonValue &running = field(json, "running");
        return std::string("controller: ") + (running.isBool() && running.asBool() ? "running" : "crashed") + "\n";
    }
    case Answer::Link:
        return "link " + request.subject + ": " + linkFault(json.isObject() ? json : *request.body) + "\n";
    case Answer::Healed:
        return request.subject.empty() ? "every link healed\n" : "link " + request.subject + " healed\n";
    case Answer::Topics: return topics(json.isArray() ? json.asArray() : JsonValue::Array{}, true);
    case Answer::TopicCreated: return "topic " + request.subject + " created\n";
    case Answer::TopicDeleted: return "topic " + request.subject + " deleted\n";
    case Answer::Demo: return demo(json);
    case Answer::Events: break;
    }
    return toJson(json) + "\n";
}

std::string formatEvent(const JsonValue &event)
{
    const JsonValue &time = field(event, "timeMs");
    std::string when = "-";
    if (time.isNumber()) {
        const auto ms = static_cast<std::int64_t>(time.asNumber());
        const std::time_t seconds = ms / 1000;
        std::tm utc{};
        gmtime_r(&seconds, &utc);
        char buffer[32];
        std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &utc);
        char millis[8];
        std::snprintf(millis, sizeof millis, ".%03d", static_cast<int>(ms % 1000));
        when = std::string(buffer) + millis;
    }
    return when + "  " + text(event, "kind") + "  " + text(event, "subject") + "  " + text(event, "message") +
           "\n";
}

} // namespace es::ctl
