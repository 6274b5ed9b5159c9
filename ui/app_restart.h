#pragma once

#include <QStringList>

#include <functional>

namespace es {

// A restart the user asked for (a new language, or listeners saved for the next start,
// apply only to a new process): request() closes every window, which stops their clusters
// as closing them always does, their data kept in their data directories; once the event
// loop has ended, the program's main() sees requested() and starts itself again with
// arguments(), so the embedded cluster comes back as it was. GUI thread only.
class AppRestart {
public:
    enum class Options {
        SameArguments,
        // Without --listener, --port, --bind and --tls-*: the cluster then starts with the
        // listeners it saved, which those options would replace.
        DropListenerOptions,
    };

    static void request(Options options = Options::SameArguments);
    [[nodiscard]] static bool requested();
    // The new process's arguments: `current` (without the program) as request() asked.
    [[nodiscard]] static QStringList arguments(const QStringList &current);

    // `current` without the listener options, in both "--opt value" and "--opt=value" forms;
    // what follows "--" is kept as it is.
    [[nodiscard]] static QStringList withoutListenerOptions(const QStringList &current);

    // Tests: `hook` gets each request instead of the windows being closed; empty restores that.
    static void setHookForTests(std::function<void(Options)> hook);
};

} // namespace es
