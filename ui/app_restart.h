#pragma once

namespace es {

// A restart the user asked for (a new language applies only to a new process): request()
// closes every window, which stops their clusters as closing them always does, their data
// kept in their data directories; once the event loop has ended, the program's main()
// sees requested() and starts itself again with the same arguments, so the embedded
// cluster comes back as it was. GUI thread only.
class AppRestart {
public:
    static void request();
    [[nodiscard]] static bool requested();
};

} // namespace es
