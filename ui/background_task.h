#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <utility>

namespace es {

// Starts `work` on a thread of its own. Threads still running when the application quits
// are waited for there, so `work` must end on its own within a few seconds. GUI thread only.
void startBackgroundThread(std::function<void()> work);

// Runs `work` off the GUI thread, then `done` with its result on the GUI thread, unless
// `context` has been destroyed by then. For short, bounded work that needs no engine
// (a connection test, a DNS lookup); `work` must not touch widgets.
template <typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    QPointer<QObject> guard(context);
    startBackgroundThread([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<decltype(work())>(work());
        QMetaObject::invokeMethod(
            qApp,
            [guard, result, done = std::move(done)]() mutable {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace es
