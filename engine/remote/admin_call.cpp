#include "remote/admin_call.h"

#include <chrono>

namespace es {

namespace {
// librdkafka answers a timed-out call itself, a little after its timeout.
constexpr int kMarginMs = 1000;
// How often a wait that may be stopped looks at its stop token.
constexpr int kStopCheckMs = 50;

std::string notAnswered(int timeoutMs)
{
    return "the cluster did not answer within " + std::to_string(timeoutMs) + " ms";
}

// The answer to `call`, which may be an error; null when none came.
RdPtr<rd_kafka_event_t> answerOf(rd_kafka_t *rk, const std::function<void(rd_kafka_queue_t *)> &call,
                                 int timeoutMs, const std::stop_token &stop = {})
{
    RdPtr<rd_kafka_queue_t> queue(rd_kafka_queue_new(rk));
    call(queue.get());
    if (!stop.stop_possible())
        return RdPtr<rd_kafka_event_t>(rd_kafka_queue_poll(queue.get(), timeoutMs + kMarginMs));
    // In slices, so that a stop ends the wait; the call itself runs on and is discarded.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs + kMarginMs);
    while (!stop.stop_requested() && std::chrono::steady_clock::now() < deadline)
        if (rd_kafka_event_t *event = rd_kafka_queue_poll(queue.get(), kStopCheckMs))
            return RdPtr<rd_kafka_event_t>(event);
    return nullptr;
}

} // namespace

RdPtr<rd_kafka_AdminOptions_t> adminOptions(rd_kafka_t *rk, rd_kafka_admin_op_t op, int timeoutMs)
{
    RdPtr<rd_kafka_AdminOptions_t> options(rd_kafka_AdminOptions_new(rk, op));
    rd_kafka_AdminOptions_set_request_timeout(options.get(), timeoutMs, nullptr, 0);
    if (op == RD_KAFKA_ADMIN_OP_CREATETOPICS || op == RD_KAFKA_ADMIN_OP_DELETETOPICS ||
        op == RD_KAFKA_ADMIN_OP_CREATEPARTITIONS || op == RD_KAFKA_ADMIN_OP_DELETERECORDS)
        rd_kafka_AdminOptions_set_operation_timeout(options.get(), timeoutMs, nullptr, 0);
    return options;
}

Result<RdPtr<rd_kafka_event_t>> awaitAdmin(rd_kafka_t *rk,
                                           const std::function<void(rd_kafka_queue_t *)> &call, int timeoutMs)
{
    RdPtr<rd_kafka_event_t> event = answerOf(rk, call, timeoutMs);
    if (!event)
        return Status::timedOut(notAnswered(timeoutMs));
    if (const auto err = rd_kafka_event_error(event.get()); err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        const char *text = rd_kafka_event_error_string(event.get());
        return rdStatus(err, text ? text : rd_kafka_err2str(err));
    }
    return event;
}

CommandAnswer awaitCommand(rd_kafka_t *rk, const std::function<void(rd_kafka_queue_t *)> &call, int timeoutMs,
                           const std::stop_token &stop)
{
    RdPtr<rd_kafka_event_t> event = answerOf(rk, call, timeoutMs, stop);
    if (!event && stop.stop_requested())
        return {nullptr,
                RD_KAFKA_RESP_ERR_NO_ERROR,
                {ErrorCode::RequestTimedOut, "stopped before the cluster answered"}};
    if (!event)
        return {nullptr, RD_KAFKA_RESP_ERR_NO_ERROR, {ErrorCode::RequestTimedOut, notAnswered(timeoutMs)}};
    // A Kafka code is told in its own words: librdkafka's text around it names its internals.
    if (const auto err = rd_kafka_event_error(event.get()); err != RD_KAFKA_RESP_ERR_NO_ERROR)
        return {nullptr, err, adminResult(err, err > 0 ? nullptr : rd_kafka_event_error_string(event.get()))};
    return {std::move(event), RD_KAFKA_RESP_ERR_NO_ERROR, {}};
}

std::vector<RdPtr<rd_kafka_event_t>>
awaitAdminAll(rd_kafka_t *rk, std::size_t count,
              const std::function<void(std::size_t, rd_kafka_queue_t *)> &call, int timeoutMs)
{
    RdPtr<rd_kafka_queue_t> queue(rd_kafka_queue_new(rk));
    for (std::size_t i = 0; i < count; ++i)
        call(i, queue.get());
    std::vector<RdPtr<rd_kafka_event_t>> events;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs + kMarginMs);
    while (events.size() < count) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        RdPtr<rd_kafka_event_t> event(rd_kafka_queue_poll(queue.get(), static_cast<int>(left.count())));
        if (event)
            events.push_back(std::move(event));
    }
    return events;
}

AdminResult alterWholeConfigSet(rd_kafka_t *rk, rd_kafka_ResourceType_t type, const std::string &name,
                                std::map<std::string, std::string> kept,
                                const std::map<std::string, std::optional<std::string>> &changes,
                                bool validateOnly, int timeoutMs)
{
    for (const auto &[key, value] : changes) {
        if (value)
            kept[key] = *value;
        else
            kept.erase(key);
    }
    rd_kafka_ConfigResource_t *resource = rd_kafka_ConfigResource_new(type, name.c_str());
    for (const auto &[key, value] : kept)
        rd_kafka_ConfigResource_set_config(resource, key.c_str(), value.c_str());
    CommandAnswer answer = awaitCommand(
        rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_ALTERCONFIGS, timeoutMs);
            rd_kafka_AdminOptions_set_validate_only(options.get(), validateOnly ? 1 : 0, nullptr, 0);
            rd_kafka_AlterConfigs(rk, &resource, 1, options.get(), queue);
        },
        timeoutMs);
    rd_kafka_ConfigResource_destroy(resource);
    if (!answer.event)
        return answer.error;
    size_t count = 0;
    const auto **resources = rd_kafka_AlterConfigs_result_resources(
        rd_kafka_event_AlterConfigs_result(answer.event.get()), &count);
    for (size_t i = 0; i < count; ++i)
        if (const auto err = rd_kafka_ConfigResource_error(resources[i]))
            return adminResult(err, rd_kafka_ConfigResource_error_string(resources[i]));
    return {};
}

AdminResult adminResult(rd_kafka_resp_err_t err, const char *text)
{
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
        return {};
    return {rdErrorCode(err), text && *text ? text : rd_kafka_err2str(err)};
}

AdminResult adminResult(const Status &status)
{
    const ErrorCode code =
        status.code() == StatusCode::TimedOut ? ErrorCode::RequestTimedOut : ErrorCode::UnknownServerError;
    return {code, status.message()};
}

} // namespace es
