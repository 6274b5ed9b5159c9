#include "ui/cluster_bridge.h"

#include "common/logging.h"
#include "embedded/embedded_cluster.h"
#include "remote/remote_connection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMetaObject>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <list>
#include <mutex>
#include <thread>

namespace es {

// The worker: one thread that owns the cluster and runs commands in order. It is shared
// with its thread so that a stop that outlasts the bridge's wait can finish on its own.
// Everything it hands to the GUI goes through post(), which stops posting once the bridge
// has begun to go away, so nothing ever reaches a destroyed bridge.
class ClusterBridge::Worker : public std::enable_shared_from_this<Worker> {
public:
    explicit Worker(ClusterBridge *bridge) : m_bridge(bridge) {}

    void launch()
    {
        m_thread = std::thread([self = shared_from_this()] { self->loop(); });
    }

    void enqueue(std::function<void()> job)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            m_queue.push_back(std::move(job));
        }
        m_wake.notify_one();
    }

    // Posts `fn` to the GUI thread, unless the bridge is going away. Any thread.
    void post(std::function<void()> fn)
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping && !m_refusingPosts)
            QMetaObject::invokeMethod(m_bridge, std::move(fn), Qt::QueuedConnection);
    }

    // Posts nothing more, while the work goes on. GUI thread.
    void refusePosts()
    {
        std::lock_guard lock(m_mutex);
        m_refusingPosts = true;
    }

    // Request, then wait (bounded). GUI thread.
    void stop(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        m_stopping = true;
        m_wake.notify_all();
        const bool finished = m_wake.wait_for(lock, timeout, [this] { return m_finished; });
        lock.unlock();
        if (finished) {
            m_thread.join();
        } else {
            logger("ui")->warn(
                "the cluster did not stop within {} ms; leaving it to finish in the background",
                timeout.count());
            m_thread.detach();
        }
    }

    // Worker thread: from now on aside work may use the connection.
    void openForAside(Connection *open)
    {
        std::lock_guard lock(m_mutex);
        m_asideConnection = open;
    }

    // Runs `work` on a thread of its own, then `finish` there; false while no cluster runs.
    // GUI thread.
    bool startAside(std::function<void(Connection &, std::stop_token)> work, std::function<void()> finish,
                    std::stop_source stop)
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || !m_asideConnection)
            return false;
        reapAsideLocked();
        AsideJob &job = m_aside.emplace_back();
        job.stop = std::move(stop);
        job.thread = std::thread([self = shared_from_this(), &job, connection = m_asideConnection,
                                  work = std::move(work), finish = std::move(finish)] {
            work(*connection, job.stop.get_token());
            finish();
            std::lock_guard done(self->m_mutex);
            job.finished = true;
        });
        return true;
    }

    // Used only on the worker thread. The observer is declared first so that it outlives
    // the connection it observes.
    std::unique_ptr<ClusterObserver> observer;
    std::unique_ptr<Connection> connection;

private:
    struct AsideJob {
        std::stop_source stop;
        std::thread thread;
        bool finished = false; // guarded by m_mutex
    };

    // Joins the aside threads that are done (each has only its exit left).
    void reapAsideLocked()
    {
        for (auto it = m_aside.begin(); it != m_aside.end();)
            if (it->finished) {
                it->thread.join();
                it = m_aside.erase(it);
            } else {
                ++it;
            }
    }

    // Worker thread, before the cluster stops: no aside work starts from now on, and what
    // runs is asked to stop and joined.
    void endAside()
    {
        std::list<AsideJob> running;
        {
            std::lock_guard lock(m_mutex);
            m_asideConnection = nullptr;
            running.splice(running.end(), m_aside);
        }
        for (AsideJob &job : running)
            job.stop.request_stop();
        for (AsideJob &job : running)
            job.thread.join();
    }

    void loop()
    {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_stopping)
                    break;
                job = std::move(m_queue.front());
                m_queue.pop_front();
            }
            job();
        }
        endAside();
        // Nothing is posted any more (m_stopping), so the observer can go first; destroying
        // the connection then stops the embedded cluster, or closes the remote one.
        if (connection && observer)
            connection->removeObserver(observer.get());
        connection.reset();
        {
            std::lock_guard lock(m_mutex);
            m_queue.clear();
            m_finished = true;
        }
        m_wake.notify_all();
    }

    ClusterBridge *const m_bridge;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;            // both ways: work or stop queued; worker finished
    std::deque<std::function<void()>> m_queue; // guarded by m_mutex
    bool m_stopping = false;                   // guarded by m_mutex
    bool m_refusingPosts = false;              // guarded by m_mutex
    bool m_finished = false;                   // guarded by m_mutex
    Connection *m_asideConnection = nullptr;   // guarded by m_mutex; set while it is open
    std::list<AsideJob> m_aside;               // guarded by m_mutex; stable addresses
};

// Called on the engine's publisher thread (and on whichever thread records an event):
// it only hands over.
class ClusterBridge::Observer final : public ClusterObserver {
public:
    explicit Observer(ClusterBridge *bridge, Worker &worker) : m_bridge(bridge), m_worker(worker) {}

    void onSnapshot(const ClusterSnapshotPtr &snapshot) override
    {
        ClusterBridge *bridge = m_bridge;
        m_worker.post([bridge, snapshot] { bridge->acceptSnapshot(snapshot); });
    }

    void onEvent(const EventRecord &event) override
    {
        ClusterBridge *bridge = m_bridge;
        m_worker.post([bridge, event] { emit bridge->eventRecorded(event); });
    }

private:
    ClusterBridge *const m_bridge;
    Worker &m_worker;
};

ClusterBridge::ClusterBridge(ClusterSettings settings, QObject *parent)
    : ClusterBridge(std::move(settings), ClusterConfig{}, parent)
{}

ClusterBridge::ClusterBridge(ClusterSettings settings, ClusterConfig tuning, QObject *parent)
    : QObject(parent),
      m_settings(std::move(settings)),
      m_config(m_settings.toClusterConfig(std::move(tuning))),
      m_capabilities{.brokerControl = true,
                     .logDetails = true,
                     .brokerMetrics = true,
                     .brokerConfigs = true,
                     .readOnly = false,
                     .replicaMoves = true,
                     .leaderElections = {.available = true}},
      m_worker(std::make_shared<Worker>(this))
{
    qRegisterMetaType<ClusterSnapshotPtr>();
    qRegisterMetaType<EventRecord>();
    m_worker->launch();
}

ClusterBridge::ClusterBridge(RemoteSettings remote, QString catalogFile, QObject *parent)
    : QObject(parent),
      m_catalogFile(std::move(catalogFile)),
      m_capabilities(RemoteConnection::capabilitiesOf(remote)),
      m_worker(std::make_shared<Worker>(this))
{
    m_settings.dataDir = QFileInfo(m_catalogFile).absolutePath();
    m_remote = std::move(remote);
    qRegisterMetaType<ClusterSnapshotPtr>();
    qRegisterMetaType<EventRecord>();
    m_worker->launch();
}

ClusterBridge::~ClusterBridge()
{
    // Results still on their way to the GUI thread may hold what reads the cluster (a
    // partition reader, whose thread uses the cluster's network): they go now, while the
    // cluster runs, rather than with this object once the cluster is gone.
    m_worker->refusePosts();
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
    m_worker->stop(std::chrono::milliseconds(kStopTimeoutMs));
}

QString ClusterBridge::connectionName() const
{
    return m_remote ? QString::fromStdString(m_remote->name) : m_settings.name();
}

QString ClusterBridge::bootstrapServers() const
{
    if (m_remote)
        return QString::fromStdString(m_remote->bootstrapServers);
    // Once the cluster runs, its brokers say where they are: the listeners it saved may
    // differ from the settings' defaults.
    if (!m_snapshot || m_snapshot->brokers.empty())
        return m_settings.bootstrapServers();
    QStringList addresses;
    for (const BrokerSnapshot &broker : m_snapshot->brokers) {
        const QString host = QString::fromStdString(broker.host);
        addresses << (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) +
                         QLatin1Char(':') + QString::number(broker.port);
    }
    return addresses.join(QLatin1Char(','));
}

void ClusterBridge::start()
{
    if (m_remote)
        startRemote();
    else
        startEmbedded();
}

void ClusterBridge::startRemote()
{
    Worker *worker = m_worker.get();
    m_worker->enqueue([this, worker, remote = *m_remote, file = m_catalogFile.toStdString()] {
        if (worker->connection)
            return;
        auto opened = RemoteConnection::open(remote, file);
        if (!opened) {
            const QString reason = QString::fromStdString(opened.status().message());
            worker->post([this, reason] {
                m_running = false;
                emit startFailed(reason);
            });
            return;
        }
        worker->observer = std::make_unique<Observer>(this, *worker);
        (*opened)->addObserver(worker->observer.get());
        worker->connection = std::move(*opened);
        worker->openForAside(worker->connection.get());
        worker->post([this] {
            m_running = true;
            emit started();
        });
    });
}

void ClusterBridge::startEmbedded()
{
    // Jobs run on the worker's own thread, so the worker is alive while they do.
    Worker *worker = m_worker.get();
    m_worker->enqueue([this, worker, config = m_config] {
        if (worker->connection)
            return;
        worker->observer = std::make_unique<Observer>(this, *worker);
        auto opened = startEmbeddedCluster(config, worker->observer.get());
        if (!opened) {
            const QString reason = QString::fromStdString(opened.status().message());
            worker->post([this, reason] {
                m_running = false;
                emit startFailed(reason);
            });
            return;
        }
        worker->connection = std::move(*opened);
        worker->openForAside(worker->connection.get());
        worker->post([this] {
            m_running = true;
            emit started();
        });
    });
}

bool ClusterBridge::running() const { return m_running; }

void ClusterBridge::acceptSnapshot(const ClusterSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    // The tracker keeps one sample a second: feeding it more often changes nothing.
    if (snapshot && (!m_lagSampledMs || snapshot->timeMs - *m_lagSampledMs >= 1000 ||
                     snapshot->timeMs < *m_lagSampledMs)) {
        m_lagSampledMs = snapshot->timeMs;
        m_lagTracker.add(*snapshot);
    }
    emit snapshotChanged(snapshot);
}

void ClusterBridge::runErased(std::function<void(Connection &)> work, QObject *context,
                              std::function<void()> done)
{
    // The guard is made, read and compared on the GUI thread only; the worker just carries it.
    auto guard = std::make_shared<QPointer<QObject>>(context);
    Worker *worker = m_worker.get();
    m_worker->enqueue([worker, work = std::move(work), guard, done = std::move(done)]() mutable {
        if (!worker->connection)
            return;
        work(*worker->connection);
        worker->post([guard, done = std::move(done)]() mutable {
            if (*guard)
                done();
        });
    });
}

std::stop_source ClusterBridge::runAsideErased(std::function<void(Connection &, std::stop_token)> work,
                                               QObject *context, std::function<void()> done)
{
    std::stop_source stop;
    // Made, read and dropped on the GUI thread only, like the guard.
    auto stopOnDestroyed = std::make_shared<QMetaObject::Connection>();
    auto guard = std::make_shared<QPointer<QObject>>(context);
    Worker *worker = m_worker.get();
    auto finish = [worker, guard, stopOnDestroyed, done = std::move(done)]() mutable {
        worker->post([guard, stopOnDestroyed, done = std::move(done)]() mutable {
            QObject::disconnect(*stopOnDestroyed);
            if (*guard)
                done();
        });
    };
    if (!m_worker->startAside(std::move(work), std::move(finish), stop))
        return stop;
    *stopOnDestroyed =
        QObject::connect(context, &QObject::destroyed, this, [stop]() mutable { stop.request_stop(); });
    return stop;
}

} // namespace es
