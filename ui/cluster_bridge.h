#pragma once

#include "ui/cluster_settings.h"

#ifndef Q_MOC_RUN
#include "catalog/catalog_types.h"
#include "cluster/cluster_config.h"
#include "cluster/cluster_snapshot.h"
#include "connection/connection.h"
#include "connection/group_lag_tracker.h"
#include "remote/remote_settings.h"
#endif

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <stop_token>

namespace es {

class Connection;

// The one place where the engine meets the GUI. It owns one connection (the embedded
// cluster, or a Kafka cluster reached over the network), opens and closes it off the GUI
// thread, turns its snapshots and timeline events into queued signals, and runs commands
// (admin calls, broker actions, history queries) on a worker thread against the
// Connection, reporting back on the GUI thread. Views hold a pointer to it and read only
// what it emits; none of them calls into the engine directly except through run() and
// runAside().
//
// Thread-safety: every method is for the GUI thread only.
class ClusterBridge : public QObject {
    Q_OBJECT

public:
    explicit ClusterBridge(ClusterSettings settings, QObject *parent = nullptr);
    // As above, with the engine's tuning (timeouts, snapshot rate...) taken from `tuning`;
    // its data directory, broker count, bind address and port come from `settings`. Tests
    // use it for short timeouts.
    ClusterBridge(ClusterSettings settings, ClusterConfig tuning, QObject *parent = nullptr);
    // A bridge to a cluster reached over the network; its timeline, rates and lag history
    // are kept in the catalog at `catalogFile` while it is open.
    ClusterBridge(RemoteSettings remote, QString catalogFile, QObject *parent = nullptr);
    // Stops the cluster: no signal is emitted once it begins; it waits at most
    // kStopTimeout for the engine, then leaves the worker to finish alone.
    ~ClusterBridge() override;

    static constexpr int kStopTimeoutMs = 10'000;

    // Creates and starts the cluster (or opens the remote connection) on a worker thread;
    // started() or startFailed() follows.
    void start();
    [[nodiscard]] bool running() const;
    // The embedded cluster's settings; for a remote connection, only its name is set.
    [[nodiscard]] const ClusterSettings &settings() const { return m_settings; }

    // True for the cluster this process runs (its brokers can be stopped, crashed, paused).
    [[nodiscard]] bool isEmbedded() const { return !m_remote.has_value(); }
    // What the connection can do, known before it opens.
    [[nodiscard]] const ConnectionCapabilities &capabilities() const { return m_capabilities; }
    // The connection's name ("default", "staging") and the bootstrap servers clients use.
    [[nodiscard]] QString connectionName() const;
    [[nodiscard]] QString bootstrapServers() const;

    // The newest snapshot (nullptr until the first one arrives).
    [[nodiscard]] ClusterSnapshotPtr snapshot() const { return m_snapshot; }
    // The last minute of each group's lag, one for every view of this connection: it has
    // taken a snapshot (at most one a second) before snapshotChanged() carries it.
    [[nodiscard]] const GroupLagTracker &lagTracker() const { return m_lagTracker; }

    // Runs `work` with the connection on a worker thread, then `done` with its result on the
    // GUI thread, unless `context` has been destroyed by then. `work` must not touch widgets.
    // Commands run one after another in the order they were issued. A command issued while
    // no cluster runs (its start failed, or the bridge is stopping) is dropped, `done` too.
    template <typename Work, typename Done>
    void run(QObject *context, Work work, Done done)
    {
        using R = decltype(work(std::declval<Connection &>()));
        auto result = std::make_shared<std::optional<R>>();
        runErased([work = std::move(work), result](Connection &c) mutable { result->emplace(work(c)); },
                  context, [done = std::move(done), result]() mutable { done(std::move(**result)); });
    }

    // Runs `work` with the connection on a thread of its own, then `done` with its result on the
    // GUI thread, unless `context` has been destroyed by then: for work that may wait on a
    // broker (reads from a partition's leader, which a paused broker never answers), so that
    // it holds up no command. `work` gets a stop token and must end soon after a stop is
    // requested: by the returned source, when `context` is destroyed, and when the bridge
    // stops (before the cluster does). Dropped, like run(), while no cluster runs.
    template <typename Work, typename Done>
    std::stop_source runAside(QObject *context, Work work, Done done)
    {
        using R = decltype(work(std::declval<Connection &>(), std::declval<std::stop_token>()));
        auto result = std::make_shared<R>();
        return runAsideErased(
            [work = std::move(work), result](Connection &c, std::stop_token stop) mutable {
                *result = work(c, std::move(stop));
            },
            context, [done = std::move(done), result]() mutable { done(std::move(*result)); });
    }

signals:
    void started();
    void startFailed(const QString &reason);
    // At most 10 per second; the pointer is immutable and may be kept.
    void snapshotChanged(const es::ClusterSnapshotPtr &snapshot);
    // Every timeline event as it happens (broker down, leader elected, ...).
    void eventRecorded(const es::EventRecord &event);

private:
    void runErased(std::function<void(Connection &)> work, QObject *context, std::function<void()> done);
    void startEmbedded();
    void startRemote();
    std::stop_source runAsideErased(std::function<void(Connection &, std::stop_token)> work, QObject *context,
                                    std::function<void()> done);
    void acceptSnapshot(const ClusterSnapshotPtr &snapshot);

    class Observer;
    class Worker;
    ClusterSettings m_settings;
    ClusterConfig m_config;
    std::optional<RemoteSettings> m_remote; // set for a remote connection
    QString m_catalogFile;                  // the remote connection's catalog
    ConnectionCapabilities m_capabilities;
    std::shared_ptr<Worker> m_worker; // shared with its thread, which may outlive a stuck stop
    ClusterSnapshotPtr m_snapshot;
    GroupLagTracker m_lagTracker;
    std::optional<std::int64_t> m_lagSampledMs; // the snapshot time the tracker last took
    bool m_running = false;
};

} // namespace es

Q_DECLARE_METATYPE(es::ClusterSnapshotPtr)
Q_DECLARE_METATYPE(es::EventRecord)
