#pragma once

// The control API's router: routes are added as a method and a path pattern, and a request
// goes to the one that matches. A path no route knows is 404, a known path asked with
// another method 405, both as JSON errors, so that every answer of the API has one shape.
// Independent of the HTTP library: the server hands requests in and responses out.

#include "control/api_response.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es::control {

enum class Method { Get, Post, Put, Delete, Patch };

std::string_view methodName(Method method);
std::optional<Method> methodFromName(std::string_view name);

struct ApiRequest {
    Method method = Method::Get;
    std::string path;                              // decoded, without the query
    std::map<std::string, std::string> params;     // the pattern's {captures} by name
    std::multimap<std::string, std::string> query; // decoded
    std::string body;

    // The capture `name` of the route's pattern ("" when the pattern has none of that name).
    [[nodiscard]] const std::string &param(const std::string &name) const;
    // The first query parameter `name`, if given.
    [[nodiscard]] std::optional<std::string> queryValue(const std::string &name) const;
};

using RouteHandler = std::function<ApiResponse(const ApiRequest &)>;

// Thread-safety: add() while setting up, before the server serves; dispatch() from any
// number of threads afterwards.
class Routes {
public:
    // `pattern` is a path of segments, each literal or "{name}", which captures one
    // non-empty segment ("/v1/brokers/{id}/stop"). Routes are tried in the order added.
    void add(Method method, std::string_view pattern, RouteHandler handler);

    // The response of the route matching `request` (its params filled in), or the 404/405
    // error when none does.
    [[nodiscard]] ApiResponse dispatch(ApiRequest request) const;

private:
    struct Route {
        Method method;
        std::vector<std::string> segments;
        RouteHandler handler;
    };
    static bool matches(const Route &route, const std::vector<std::string> &segments,
                        std::map<std::string, std::string> &params);

    std::vector<Route> m_routes;
};

} // namespace es::control
