#include "control/api_response.h"

namespace es::control {

ApiResponse ApiResponse::json(const JsonValue &value, int status)
{
    ApiResponse r;
    r.status = status;
    r.body = toJson(value);
    r.body += '\n'; // curl users read it on a terminal
    return r;
}

ApiResponse ApiResponse::text(std::string body, std::string contentType)
{
    ApiResponse r;
    r.body = std::move(body);
    r.contentType = std::move(contentType);
    return r;
}

ApiResponse ApiResponse::error(int status, std::string message)
{
    return json(JsonValue::Object{{"error", JsonValue::Object{{"status", status},
                                                              {"code", errorCodeWord(status)},
                                                              {"message", std::move(message)}}}},
                status);
}

std::string errorCodeWord(int status)
{
    switch (status) {
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 409: return "conflict";
    case 503: return "unavailable";
    default: return "internal";
    }
}

} // namespace es::control
