#pragma once

// What a route answers: a status, a body and its type. Errors are JSON as the control API
// promises every caller: {"error": {"status": 404, "code": "not_found", "message": "..."}},
// the code a word a script can test and the message a sentence a person can read.

#include "common/json.h"

#include <string>

namespace es::control {

struct ApiResponse {
    int status = 200;
    std::string body;
    std::string contentType = "application/json";

    static ApiResponse json(const JsonValue &value, int status = 200);
    static ApiResponse text(std::string body, std::string contentType);
    static ApiResponse error(int status, std::string message);

    static ApiResponse badRequest(std::string message) { return error(400, std::move(message)); }
    static ApiResponse unauthorized(std::string message) { return error(401, std::move(message)); }
    static ApiResponse notFound(std::string message) { return error(404, std::move(message)); }
    static ApiResponse methodNotAllowed(std::string message) { return error(405, std::move(message)); }
    static ApiResponse conflict(std::string message) { return error(409, std::move(message)); }
    static ApiResponse unavailable(std::string message) { return error(503, std::move(message)); }
    static ApiResponse internal(std::string message) { return error(500, std::move(message)); }
};

// The error code word of an HTTP status ("not_found" for 404); "internal" for those the API
// does not use.
std::string errorCodeWord(int status);

} // namespace es::control
