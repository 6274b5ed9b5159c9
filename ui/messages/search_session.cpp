#include "ui/messages/search_session.h"

#include "ui/cluster_bridge.h"

namespace es {

namespace {

struct Started {
    std::shared_ptr<RecordSearch> search;
    std::string error;
};

} // namespace

SearchSession::SearchSession(ClusterBridge &bridge, RecordSearchSpec spec, QObject *parent)
    : QObject(parent), m_spec(std::move(spec))
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &SearchSession::poll);
    // start() only checks the spec and launches the threads: quick enough for the bridge.
    bridge.run(
        this,
        [spec = m_spec](Connection &connection) {
            auto started = RecordSearch::start(connection, spec);
            if (!started)
                return Started{nullptr, started.status().message()};
            return Started{std::shared_ptr<RecordSearch>(std::move(*started)), {}};
        },
        [this](Started started) {
            if (!started.search) {
                m_finished = true;
                emit finished(QString::fromStdString(started.error));
                return;
            }
            m_search = std::move(started.search);
            if (m_cancelRequested)
                m_search->cancel();
            m_timer.start();
            poll();
        });
}

SearchSession::~SearchSession() = default; // the search's destructor cancels and joins

void SearchSession::cancel()
{
    m_cancelRequested = true;
    if (m_search)
        m_search->cancel();
}

void SearchSession::poll()
{
    if (!m_search || m_finished)
        return;
    m_progress = m_search->progress();
    std::vector<FetchedRecord> found = m_search->takeNewMatches();
    if (!found.empty())
        emit matchesFound(found);
    emit progressed();
    if (!m_progress.done)
        return;
    // Matches kept just before the end arrive with the last poll.
    found = m_search->takeNewMatches();
    if (!found.empty())
        emit matchesFound(found);
    m_timer.stop();
    m_finished = true;
    emit finished(m_progress.error.isOk() ? QString() : QString::fromStdString(m_progress.error.message()));
}

} // namespace es
