#include "control/routes.h"

namespace es::control {

namespace {

std::vector<std::string> splitPath(std::string_view path)
{
    std::vector<std::string> segments;
    std::size_t from = 0;
    while (from <= path.size()) {
        std::size_t to = path.find('/', from);
        if (to == std::string_view::npos)
            to = path.size();
        if (to > from)
            segments.emplace_back(path.substr(from, to - from));
        from = to + 1;
    }
    return segments;
}

bool isCapture(const std::string &segment)
{
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

} // namespace

std::string_view methodName(Method method)
{
    switch (method) {
    case Method::Get: return "GET";
    case Method::Post: return "POST";
    case Method::Put: return "PUT";
    case Method::Delete: return "DELETE";
    case Method::Patch: return "PATCH";
    }
    return "GET";
}

std::optional<Method> methodFromName(std::string_view name)
{
    for (Method m : {Method::Get, Method::Post, Method::Put, Method::Delete, Method::Patch})
        if (methodName(m) == name)
            return m;
    return std::nullopt;
}

const std::string &ApiRequest::param(const std::string &name) const
{
    static const std::string none;
    auto it = params.find(name);
    return it == params.end() ? none : it->second;
}

std::optional<std::string> ApiRequest::queryValue(const std::string &name) const
{
    auto it = query.find(name);
    if (it == query.end())
        return std::nullopt;
    return it->second;
}

void Routes::add(Method method, std::string_view pattern, RouteHandler handler)
{
    m_routes.push_back({method, splitPath(pattern), std::move(handler)});
}

bool Routes::matches(const Route &route, const std::vector<std::string> &segments,
                     std::map<std::string, std::string> &params)
{
    if (route.segments.size() != segments.size())
        return false;
    std::map<std::string, std::string> captured;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::string &want = route.segments[i];
        if (isCapture(want))
            captured[want.substr(1, want.size() - 2)] = segments[i];
        else if (want != segments[i])
            return false;
    }
    params = std::move(captured);
    return true;
}

ApiResponse Routes::dispatch(ApiRequest request) const
{
    const std::vector<std::string> segments = splitPath(request.path);
    std::string allowed;
    for (const Route &route : m_routes) {
        std::map<std::string, std::string> params;
        if (!matches(route, segments, params))
            continue;
        if (route.method == request.method) {
            request.params = std::move(params);
            return route.handler(request);
        }
        if (allowed.find(methodName(route.method)) == std::string::npos)
            allowed += (allowed.empty() ? "" : ", ") + std::string(methodName(route.method));
    }
    if (!allowed.empty())
        return ApiResponse::methodNotAllowed(std::string(methodName(request.method)) + " is not allowed on " +
                                             request.path + " (allowed: " + allowed + ")");
    return ApiResponse::notFound("no such resource: " + request.path);
}

} // namespace es::control
