#pragma once

// What bench_remote_gui measures the GUI thread with: the event loop run for a while or
// until a condition holds, the first paint that showed something, how late a 5 ms timer
// fires, and how long the slots that take each snapshot run. GUI thread only.

#include "ui/cluster_bridge.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace es::bench {

// Runs the event loop as the application does (blocked in exec() between events).
inline void spinFor(double seconds)
{
    QEventLoop loop;
    QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
}

inline bool spinUntil(const std::function<bool()> &done, double seconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (static_cast<double>(timer.elapsed()) > seconds * 1000)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// When a widget first finished a paint that showed what `ready` asks for: the paint event is
// delivered from inside the filter, so the time taken is after the painting.
class PaintWatch : public QObject {
public:
    PaintWatch(QWidget *widget, std::function<bool()> ready) : m_widget(widget), m_ready(std::move(ready))
    {
        widget->installEventFilter(this);
    }
    [[nodiscard]] bool painted() const { return m_paintedAt.isValid(); }
    // Milliseconds from `start` to the end of that paint.
    [[nodiscard]] double msSince(const QElapsedTimer &start) const
    {
        return painted() ? static_cast<double>(start.nsecsElapsed() - m_paintedAt.nsecsElapsed()) / 1e6 : 0;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_widget || event->type() != QEvent::Paint || m_inside || painted() || !m_ready())
            return false;
        m_inside = true;
        QCoreApplication::sendEvent(watched, event);
        m_inside = false;
        m_paintedAt.start();
        return true;
    }

private:
    QWidget *m_widget;
    std::function<bool()> m_ready;
    bool m_inside = false;
    QElapsedTimer m_paintedAt; // started at the end of the paint
};

// CPU time of the calling thread, in milliseconds: its work, not its waits for a core.
inline double threadCpuMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// How late a 5 ms timer fires, sample by sample, and how much of each gap the GUI thread
// spent working: on a machine busy with other work the delays include waits for a core,
// the work does not.
class LoopProbe : public QObject {
public:
    static constexpr int kPeriodMs = 5;
    std::vector<double> lateMs;
    std::vector<double> busyMs;
    void start()
    {
        lateMs.clear();
        busyMs.clear();
        m_last.start();
        m_lastCpuMs = threadCpuMs();
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            lateMs.push_back(std::max(0.0, static_cast<double>(m_last.nsecsElapsed()) / 1e6 - kPeriodMs));
            const double cpu = threadCpuMs();
            busyMs.push_back(cpu - m_lastCpuMs);
            m_last.restart();
            m_lastCpuMs = cpu;
        });
        m_timer.start(kPeriodMs);
    }
    void stop()
    {
        m_timer.stop();
        disconnect(&m_timer, nullptr, this, nullptr);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_last;
    double m_lastCpuMs = 0;
};

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

inline double maximum(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

inline std::string medianAndMax(const std::vector<double> &v, const char *unit)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.1f / %.1f %s", percentile(v, 0.5), maximum(v), unit);
    return text;
}

// How long the GUI thread spends in the slots every snapshot reaches: from the first slot
// connected to snapshotChanged (before the window's) to the last (after them).
class SnapshotTimer {
public:
    void connectFirst(ClusterBridge &bridge)
    {
        QObject::connect(&bridge, &ClusterBridge::snapshotChanged, &m_context, [this] {
            m_clock.start();
            m_cpuMs = threadCpuMs();
        });
    }
    void connectLast(ClusterBridge &bridge)
    {
        QObject::connect(&bridge, &ClusterBridge::snapshotChanged, &m_context, [this] {
            ms.push_back(static_cast<double>(m_clock.nsecsElapsed()) / 1e6);
            cpuMs.push_back(threadCpuMs() - m_cpuMs);
            if (!m_first.isValid())
                m_first.start();
        });
    }
    [[nodiscard]] int count() const { return static_cast<int>(ms.size()); }
    // When the first snapshot had been taken by every view.
    [[nodiscard]] double firstMsSince(const QElapsedTimer &start) const
    {
        return m_first.isValid() ? static_cast<double>(start.nsecsElapsed() - m_first.nsecsElapsed()) / 1e6
                                 : 0;
    }
    std::vector<double> ms;
    std::vector<double> cpuMs; // of the GUI thread

private:
    QObject m_context;
    QElapsedTimer m_clock;
    QElapsedTimer m_first;
    double m_cpuMs = 0;
};

} // namespace es::bench
