#pragma once

#ifndef Q_MOC_RUN
#include "browse/record_search.h"
#endif

#include <QObject>
#include <QTimer>

#include <memory>

namespace es {

class ClusterBridge;

// One search of a topic in the engine (RecordSearch, on its own threads), polled on a timer:
// it reports progress and hands over the matches as they are found. Starting it is a quick
// bridge command; the scan itself never runs on the bridge's worker or the GUI thread.
// Destroying the session (or cancel()) cancels the search. GUI thread only.
class SearchSession : public QObject {
    Q_OBJECT

public:
    explicit SearchSession(ClusterBridge &bridge, RecordSearchSpec spec, QObject *parent = nullptr);
    ~SearchSession() override;

    void cancel();
    [[nodiscard]] const RecordSearchSpec &spec() const { return m_spec; }
    [[nodiscard]] const RecordSearchProgress &progress() const { return m_progress; }
    [[nodiscard]] bool running() const { return !m_finished; }

signals:
    void matchesFound(const std::vector<es::FetchedRecord> &records);
    void progressed();
    // The search ended (done, cancelled, or failed: `error` says why in words, else empty).
    void finished(const QString &error);

private:
    void poll();

    RecordSearchSpec m_spec;
    std::shared_ptr<RecordSearch> m_search;
    RecordSearchProgress m_progress;
    QTimer m_timer;
    bool m_cancelRequested = false;
    bool m_finished = false;
};

} // namespace es
