#pragma once

#include "cluster/metadata_image.h"
#include "server/request_context.h"

#include <chrono>
#include <functional>

namespace es::server {

// Calls `done` on the broker's loop once the broker's metadata satisfies `ready`, or once
// `timeout` has passed (with false). An admin answer waits for this so that a client that
// created a topic finds it in the next Metadata answer from the same broker. Polls without
// blocking the loop; gives up silently when the request's connection closes.
void waitForImage(const RequestContext &ctx, std::function<bool(const MetadataImage &)> ready,
                  std::chrono::milliseconds timeout, std::function<void(bool)> done);

} // namespace es::server
