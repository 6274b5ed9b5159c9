#include "connection/lag_history_job.h"

#include "connection/connection.h"

namespace es {

LagHistoryJob::LagHistoryJob(const Connection &connection, LagHistoryRequest request)
    : m_request(std::move(request))
{
    m_thread = std::thread([this, &connection] {
        LagHistory history = connection.lagHistory(m_request, &m_cancel);
        std::lock_guard lock(m_mutex);
        m_result = std::move(history);
    });
}

LagHistoryJob::~LagHistoryJob()
{
    m_cancel = true;
    if (m_thread.joinable())
        m_thread.join();
}

std::optional<LagHistory> LagHistoryJob::takeResult()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_result, std::nullopt);
}

} // namespace es
