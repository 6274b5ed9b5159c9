#include "ui/background_task.h"

#include <QCoreApplication>

#include <list>
#include <mutex>
#include <thread>

namespace es {

namespace {

struct Running {
    std::thread thread;
    bool finished = false; // guarded by the registry's mutex
};

struct Registry {
    // Also where no event loop ran to say it was quitting (tests, early exits).
    ~Registry() { joinAll(); }

    std::mutex mutex;
    std::list<Running> threads; // stable addresses

    // Joins the threads that are done (each has only its exit left). Caller holds the mutex.
    void reapLocked()
    {
        for (auto it = threads.begin(); it != threads.end();)
            if (it->finished) {
                it->thread.join();
                it = threads.erase(it);
            } else {
                ++it;
            }
    }

    void joinAll()
    {
        std::list<Running> all;
        {
            std::lock_guard lock(mutex);
            all.splice(all.end(), threads);
        }
        for (Running &r : all)
            r.thread.join();
    }
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

void startBackgroundThread(std::function<void()> work)
{
    Registry &r = registry();
    static const bool joinedAtQuit = [] {
        QObject::connect(qApp, &QCoreApplication::aboutToQuit, [] { registry().joinAll(); });
        return true;
    }();
    (void)joinedAtQuit;
    std::lock_guard lock(r.mutex);
    r.reapLocked();
    Running &slot = r.threads.emplace_back();
    slot.thread = std::thread([&slot, work = std::move(work)] {
        work();
        std::lock_guard done(registry().mutex);
        slot.finished = true;
    });
}

} // namespace es
