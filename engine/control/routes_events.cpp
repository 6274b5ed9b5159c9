// GET /v1/events?after=ID&wait=S&limit=N: the timeline after a cursor, oldest first, with a
// long poll when nothing came yet. A caller follows the cluster by passing back "next".

#include "catalog/event_log.h"
#include "control/event_feed.h"
#include "control/route_files.h"

#include <charconv>
#include <cmath>

namespace es::control {

namespace {

constexpr double kMaxWaitSeconds = 60;
constexpr std::int64_t kDefaultLimit = 500;
constexpr std::int64_t kMaxLimit = 5000;

// The query parameter `name` as a number from min to max (`otherwise` when absent).
template <typename T>
Result<T> queryNumber(const ApiRequest &request, const std::string &name, T min, T max, T otherwise,
                      std::string_view what)
{
    const auto text = request.queryValue(name);
    if (!text)
        return otherwise;
    T value{};
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (text->empty() || error != std::errc() || end != text->data() + text->size() || !(value >= min) ||
        !(value <= max))
        return Status::invalidArgument("query parameter '" + name + "' must be " + std::string(what));
    return value;
}

JsonValue eventJson(const EventRecord &e)
{
    return JsonValue::Object{{"id", e.id},
                             {"timeMs", e.timeMs},
                             {"kind", std::string(eventKindName(e.kind))},
                             {"subject", e.subject},
                             {"message", e.message}};
}

ApiResponse events(RouteContext &context, const ApiRequest &request)
{
    auto after =
        queryNumber<std::int64_t>(request, "after", 0, INT64_MAX, 0, "a non-negative integer (an event id)");
    if (!after)
        return ApiResponse::badRequest(after.status().message());
    auto wait =
        queryNumber<double>(request, "wait", 0, kMaxWaitSeconds, 0, "a number of seconds from 0 to 60");
    if (!wait)
        return ApiResponse::badRequest(wait.status().message());
    auto limit =
        queryNumber<std::int64_t>(request, "limit", 1, kMaxLimit, kDefaultLimit, "an integer from 1 to 5000");
    if (!limit)
        return ApiResponse::badRequest(limit.status().message());

    const auto waitMs = std::chrono::milliseconds(std::llround(*wait * 1000));
    const std::vector<EventRecord> found =
        context.events.eventsAfter(*after, static_cast<std::size_t>(*limit), waitMs);
    JsonValue::Array list;
    for (const EventRecord &e : found)
        list.push_back(eventJson(e));
    const std::int64_t next = found.empty() ? *after : found.back().id;
    return ApiResponse::json(JsonValue::Object{{"events", std::move(list)}, {"next", next}});
}

} // namespace

void addEventRoutes(Routes &routes, RouteContext &context)
{
    routes.add(Method::Get, "/v1/events", [&context](const ApiRequest &r) { return events(context, r); });
}

} // namespace es::control
