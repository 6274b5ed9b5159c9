// The demo (topics orders, payments and clicks, with producer and consumer-group bots),
// turned on and off through the DemoControl the application gives the server. Where it gives
// none (a test, a program without bots), the demo is not a resource here: 404.

#include "control/demo_control.h"
#include "control/route_files.h"

namespace es::control {

namespace {

JsonValue namesJson(const std::vector<std::string> &names)
{
    JsonValue::Array out;
    for (const std::string &n : names)
        out.emplace_back(n);
    return out;
}

ApiResponse noDemo() { return ApiResponse::notFound("the demo is not available here"); }

} // namespace

void addDemoRoutes(Routes &routes, RouteContext &context)
{
    routes.add(Method::Get, "/v1/demo", [&context](const ApiRequest &) {
        if (!context.demo)
            return noDemo();
        return ApiResponse::json(JsonValue::Object{{"running", context.demo->running()}});
    });
    routes.add(Method::Post, "/v1/demo/start", [&context](const ApiRequest &) {
        if (!context.demo)
            return noDemo();
        auto started = context.demo->start();
        if (!started)
            return ApiResponse::internal("the demo did not start: " + started.status().message());
        // The topics it created (those there already are kept as they were) and its groups.
        return ApiResponse::json(JsonValue::Object{{"running", true},
                                                   {"topics", namesJson(started->topics)},
                                                   {"groups", namesJson(started->groups)}});
    });
    routes.add(Method::Post, "/v1/demo/stop", [&context](const ApiRequest &) {
        if (!context.demo)
            return noDemo();
        if (Status stopped = context.demo->stop(); !stopped.isOk())
            return ApiResponse::internal("the demo did not stop: " + stopped.message());
        return ApiResponse::json(JsonValue::Object{{"running", false}});
    });
}

} // namespace es::control
