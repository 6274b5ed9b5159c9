#pragma once

// librdkafka's Admin API posts each answer as an event on a queue: these run one call, or
// several at once, and wait for the answers.

#include "cluster/controller.h"
#include "remote/kafka_handle.h"

#include <functional>
#include <map>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace es {

// Options for `op` with the request and operation timeouts set.
RdPtr<rd_kafka_AdminOptions_t> adminOptions(rd_kafka_t *rk, rd_kafka_admin_op_t op, int timeoutMs);

// Calls `call` with a fresh queue and waits at most timeoutMs (plus a margin) for its
// answer. TimedOut when none came; the event's own error as a Status when it failed.
Result<RdPtr<rd_kafka_event_t>>
awaitAdmin(rd_kafka_t *rk, const std::function<void(rd_kafka_queue_t *)> &call, int timeoutMs);

// A command's answer, or why there is none (no event): librdkafka's `code` for an answer
// that is an error (NO_ERROR when none came), and `error` as the embedded cluster says it,
// the Kafka code the cluster answered with (in that code's words) or RequestTimedOut (also
// when `stop` ended the wait first).
struct CommandAnswer {
    RdPtr<rd_kafka_event_t> event;
    rd_kafka_resp_err_t code = RD_KAFKA_RESP_ERR_NO_ERROR;
    AdminResult error;
};
CommandAnswer awaitCommand(rd_kafka_t *rk, const std::function<void(rd_kafka_queue_t *)> &call, int timeoutMs,
                           const std::stop_token &stop = {});

// Starts `count` calls on one queue and waits for all their answers, in the order they
// come. An answer that is an error is kept: the caller reads each event's error.
std::vector<RdPtr<rd_kafka_event_t>>
awaitAdminAll(rd_kafka_t *rk, std::size_t count,
              const std::function<void(std::size_t, rd_kafka_queue_t *)> &call, int timeoutMs);

// Sets (a value) or deletes (nullopt) configs of one resource through AlterConfigs (with
// `validateOnly`, only checks them), and returns the resource's answer. librdkafka 2.0 has no
// IncrementalAlterConfigs, and AlterConfigs replaces the resource's whole set of values: so
// `kept`, the values the resource has now at that level, are sent with the changes applied.
AdminResult alterWholeConfigSet(rd_kafka_t *rk, rd_kafka_ResourceType_t type, const std::string &name,
                                std::map<std::string, std::string> kept,
                                const std::map<std::string, std::optional<std::string>> &changes,
                                bool validateOnly, int timeoutMs);

// A librdkafka error as the embedded cluster reports one: rdErrorCode's Kafka code with
// `text` (the code's own words when there is none). NO_ERROR is success.
AdminResult adminResult(rd_kafka_resp_err_t err, const char *text);
// A call that failed before the cluster answered it: RequestTimedOut when it timed out.
AdminResult adminResult(const Status &status);

} // namespace es
