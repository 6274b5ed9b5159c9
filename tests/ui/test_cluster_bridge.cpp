#include "gui_fixture.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster.h"
#include "connection/connection.h"
#endif

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <stop_token>

using namespace es;

namespace {

std::unique_ptr<ClusterBridge> makeBridge(const QTemporaryDir &dir, const QString &dataDir = {})
{
    ClusterSettings settings;
    settings.dataDir = dataDir.isEmpty() ? dir.path() : dataDir;
    settings.basePort = test::testBasePort();
    return std::make_unique<ClusterBridge>(settings, test::guiConfig(dir));
}

} // namespace

// The bridge between the engine and the GUI: start, snapshots, commands, and shutdown.
class TestClusterBridge : public QObject {
    Q_OBJECT

private slots:
    void startsAndPublishesSnapshotsOnTheGuiThread()
    {
        QTemporaryDir dir;
        auto bridge = makeBridge(dir);
        QSignalSpy started(bridge.get(), &ClusterBridge::started);
        QThread *snapshotThread = nullptr;
        connect(bridge.get(), &ClusterBridge::snapshotChanged, this,
                [&](const ClusterSnapshotPtr &) { snapshotThread = QThread::currentThread(); });
        QVERIFY(!bridge->running());
        bridge->start();
        QVERIFY(started.wait(10000));
        QVERIFY(bridge->running());
        QTRY_VERIFY_WITH_TIMEOUT(bridge->snapshot() && bridge->snapshot()->brokers.size() == 3, 5000);
        QCOMPARE(snapshotThread, QThread::currentThread());
    }

    void commandsRunInOrderOffTheGuiThread()
    {
        QTemporaryDir dir;
        auto bridge = makeBridge(dir);
        bridge->start();
        std::vector<int> order;
        bool offGuiThread = true;
        QThread *gui = QThread::currentThread();
        for (int i = 0; i < 20; ++i)
            bridge->run(
                this,
                [i, gui, &offGuiThread](Connection &) {
                    offGuiThread = offGuiThread && QThread::currentThread() != gui;
                    return i;
                },
                [&order](int value) { order.push_back(value); });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), std::size_t{20}, 10000);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(order[static_cast<std::size_t>(i)], i);
        QVERIFY(offGuiThread);
    }

    void doneIsSkippedWhenItsContextIsGone()
    {
        QTemporaryDir dir;
        auto bridge = makeBridge(dir);
        bridge->start();
        bool called = false;
        bool marker = false;
        {
            QObject context;
            bridge->run(
                &context, [](Connection &) { return 1; }, [&called](int) { called = true; });
        }
        bridge->run(
            this, [](Connection &) { return 2; }, [&marker](int) { marker = true; });
        QTRY_VERIFY_WITH_TIMEOUT(marker, 10000);
        QVERIFY(!called);
    }

    void reportsAStartFailureInWords()
    {
        QTemporaryDir dir;
        // A file where the data directory should be.
        const QString blocked = dir.filePath(QStringLiteral("not-a-directory"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto bridge = makeBridge(dir, blocked + QStringLiteral("/cluster"));
        QSignalSpy failed(bridge.get(), &ClusterBridge::startFailed);
        bridge->start();
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(!bridge->running());
    }

    void destroyingARunningBridgeStopsTheClusterPromptly()
    {
        QTemporaryDir dir;
        auto bridge = makeBridge(dir);
        QSignalSpy started(bridge.get(), &ClusterBridge::started);
        bridge->start();
        QVERIFY(started.wait(10000));
        QElapsedTimer clock;
        clock.start();
        bridge.reset();
        QVERIFY2(clock.elapsed() < ClusterBridge::kStopTimeoutMs,
                 qPrintable(QString::number(clock.elapsed())));
    }

    // Aside work that waits (as a read from a paused leader does) until it is asked to stop.
    void asideWorkRunsBesideCommandsAndStopsWhenAsked()
    {
        QTemporaryDir dir;
        auto bridge = makeBridge(dir);
        QSignalSpy started(bridge.get(), &ClusterBridge::started);
        bridge->start();
        QVERIFY(started.wait(10000));

        auto ended = std::make_shared<std::atomic<int>>(0);
        const auto waitForStop = [ended](Connection &, std::stop_token stop) {
            std::mutex m;
            std::condition_variable_any cv;
            std::unique_lock lock(m);
            cv.wait_for(lock, stop, std::chrono::seconds(30), [] { return false; });
            ++*ended;
            return stop.stop_requested();
        };
        std::optional<bool> byHandle, byContext;
        auto context = std::make_unique<QObject>();
        std::stop_source handle =
            bridge->runAside(this, waitForStop, [&byHandle](bool stopped) { byHandle = stopped; });
        bridge->runAside(context.get(), waitForStop, [&byContext](bool stopped) { byContext = stopped; });

        // A command issued after them is answered while both wait.
        std::optional<int> answer;
        bridge->run(
            this, [](Connection &) { return 7; }, [&answer](int v) { answer = v; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
        QVERIFY(!byHandle && !byContext);

        handle.request_stop();
        QTRY_VERIFY_WITH_TIMEOUT(byHandle.has_value(), 5000);
        QVERIFY(*byHandle);

        // A destroyed context stops its work, and its answer is dropped.
        context.reset();
        QTRY_COMPARE_WITH_TIMEOUT(ended->load(), 2, 5000);
        QTest::qWait(100);
        QVERIFY(!byContext);

        // The bridge stops what still waits before the cluster, and promptly.
        std::optional<bool> byBridge;
        bridge->runAside(this, waitForStop, [&byBridge](bool stopped) { byBridge = stopped; });
        QTest::qWait(100);
        QElapsedTimer clock;
        clock.start();
        bridge.reset();
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!byBridge); // nothing reaches the GUI once the bridge goes
    }
};

QTEST_MAIN(TestClusterBridge)
#include "test_cluster_bridge.moc"
