#include "common/thread_identity.h"

#include <string>

#if defined(__linux__)
#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace es {

void nameThisThread(std::string_view name)
{
#if defined(__linux__)
    const std::string shortName(name.substr(0, 15));
    pthread_setname_np(pthread_self(), shortName.c_str());
#else
    (void)name;
#endif
}

void makeThisThreadBackground()
{
#if defined(__linux__)
    // On Linux a nice value set for a thread id applies to that thread alone. Failure
    // leaves the thread at normal priority, which is only slower for others.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    (void)::setpriority(PRIO_PROCESS, tid, 10);
#endif
}

} // namespace es
