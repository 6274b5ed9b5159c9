#include "replay/republisher.h"

#include "connection/connection.h"
#include "produce/record_template.h"
#include "replay/republish_copy.h"

#include <cmath>

namespace es {

namespace {

std::int64_t steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

Status validate(Connection &connection, const RepublishRequest &request)
{
    if (request.sourceTopic.empty())
        return Status::invalidArgument("choose a source topic");
    const Result<std::int32_t> sourcePartitions = connection.partitionCount(request.sourceTopic);
    if (!sourcePartitions)
        return Status::notFound("there is no topic " + request.sourceTopic);
    if (request.targetTopic.empty())
        return Status::invalidArgument("choose a target topic");
    if (!connection.partitionCount(request.targetTopic))
        return Status::notFound("there is no topic " + request.targetTopic +
                                " to copy into; create it first");
    for (const RepublishRange &r : request.ranges) {
        if (r.partition < 0 || r.partition >= *sourcePartitions)
            return Status::notFound("topic " + request.sourceTopic + " has no partition " +
                                    std::to_string(r.partition));
        if ((r.from && *r.from < 0) || (r.to && *r.to < 0))
            return Status::invalidArgument("offsets cannot be negative");
        if (r.from && r.to && *r.from > *r.to)
            return Status::invalidArgument("partition " + std::to_string(r.partition) +
                                           ": the range starts at " + std::to_string(*r.from) +
                                           ", after its end " + std::to_string(*r.to));
    }
    if (request.window && request.window->fromMs >= request.window->toMs)
        return Status::invalidArgument("the time window ends before it starts");
    if (!std::isfinite(request.speed) || request.speed < 0)
        return Status::invalidArgument(
            "the speed factor must be a positive number (or 0 for as fast as possible)");
    if (request.keyMode == RepublishKeyMode::Template) {
        if (request.keyTemplate.empty())
            return Status::invalidArgument("the key template is empty; choose a null key instead");
        Result<RecordTemplate> parsed = RecordTemplate::parse(request.keyTemplate);
        if (!parsed)
            return Status::invalidArgument("the key template: " + parsed.status().message());
    }
    return Status::ok();
}

} // namespace

Result<std::unique_ptr<Republisher>> Republisher::start(Connection &connection, RepublishRequest request)
{
    if (connection.capabilities().readOnly)
        return Status::unsupported("the connection is read-only: nothing can be copied into it");
    ES_RETURN_IF_ERROR(validate(connection, request));
    std::unique_ptr<Republisher> job(new Republisher(connection, std::move(request)));
    Republisher *self = job.get();
    job->m_thread = std::thread([self] {
        RepublishCopy copy(self->m_connection, *self->m_reader, self->m_request, self->m_cancel,
                           self->m_abandoned, self->m_copied);
        Result<std::int64_t> total = copy.prepare();
        if (!total && self->m_cancel.load())
            return self->publish(RepublishState::Cancelled, -1, {});
        if (!total)
            return self->publish(RepublishState::Failed, -1, total.status().message());
        self->publish(RepublishState::Copying, *total, {});
        self->m_copyStartNs.store(steadyNowNs());
        Status status = copy.run();
        if (!status.isOk())
            return self->publish(RepublishState::Failed, -1, status.message());
        self->publish(self->m_cancel.load() ? RepublishState::Cancelled : RepublishState::Done,
                      *total - copy.missing(), {});
    });
    return job;
}

Republisher::Republisher(Connection &connection, RepublishRequest request)
    : m_connection(connection), m_request(std::move(request)), m_reader(connection.openReader())
{}

Republisher::~Republisher()
{
    m_abandoned.store(true);
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void Republisher::cancel()
{
    m_cancel.store(true);
    m_reader->abort();
}

void Republisher::publish(RepublishState state, std::int64_t total, std::string error)
{
    std::lock_guard lock(m_mutex);
    m_state = state;
    if (total >= 0)
        m_total = total;
    m_error = std::move(error);
    if (state >= RepublishState::Done || state == RepublishState::Failed)
        m_finishNs = steadyNowNs();
}

RepublishProgress Republisher::progress() const
{
    RepublishProgress p;
    std::int64_t endNs = 0;
    {
        std::lock_guard lock(m_mutex);
        p.state = m_state;
        p.total = m_total;
        p.error = m_error;
        endNs = m_finishNs;
    }
    p.copied = m_copied.load();
    const std::int64_t startNs = m_copyStartNs.load();
    if (startNs > 0) {
        const double seconds = static_cast<double>((endNs > 0 ? endNs : steadyNowNs()) - startNs) / 1e9;
        if (seconds > 0)
            p.recordsPerSec = static_cast<double>(p.copied) / seconds;
    }
    return p;
}

} // namespace es
