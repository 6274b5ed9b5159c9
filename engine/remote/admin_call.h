#pragma once

// librdkafka's Admin API posts each answer as an event on a queue: these run one call, or
// several at once, and wait for the answers.

#include "remote/kafka_handle.h"

#include <functional>
#include <vector>

namespace es {

// Options for `op` with the request and operation timeouts set.
RdPtr<rd_kafka_AdminOptions_t> adminOptions(rd_kafka_t *rk, rd_kafka_admin_op_t op, int timeoutMs);

// Calls `call` with a fresh queue and waits at most timeoutMs (plus a margin) for its
// answer. TimedOut when none came; the event's own error as a Status when it failed.
Result<RdPtr<rd_kafka_event_t>>
awaitAdmin(rd_kafka_t *rk, const std::function<void(rd_kafka_queue_t *)> &call, int timeoutMs);

// Starts `count` calls on one queue and waits for all their answers, in the order they
// come. An answer that is an error is kept: the caller reads each event's error.
std::vector<RdPtr<rd_kafka_event_t>>
awaitAdminAll(rd_kafka_t *rk, std::size_t count,
              const std::function<void(std::size_t, rd_kafka_queue_t *)> &call, int timeoutMs);

} // namespace es
