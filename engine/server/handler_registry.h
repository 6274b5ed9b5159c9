#pragma once

// The request handlers: one per Kafka API, listed once in handler_registry.cpp. A handler is
// a type deriving from Handler<Api> with
//     static void handle(RequestContext ctx, Api::Request request, Respond<Api::Response> respond);
// that runs on the broker's loop, never blocks it, and answers exactly once (possibly
// later, from the loop). The ApiVersions answer lists the registry's APIs and versions.

#include "protocol/api_registry.h"
#include "server/request_context.h"

#include <span>

namespace es::server {

template <typename A>
struct Handler {
    using Api = A;
    // The versions served: every version the codec decodes.
    static constexpr std::int16_t kMinVersion = A::kMinVersion;
    static constexpr std::int16_t kMaxVersion = A::kMaxVersion;
};

// Every API the server answers, in api-key order, with the versions it serves.
std::span<const protocol::ApiDescriptor> handledApis();
// nullptr for an API no handler serves.
const protocol::ApiDescriptor *findHandledApi(protocol::ApiKey key);

// Runs the handler of the request's API on the calling (broker) loop.
void dispatch(RequestContext ctx, protocol::AnyRequest request, AnswerSink sink);

} // namespace es::server
