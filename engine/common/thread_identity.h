#pragma once

#include <string_view>

namespace es {

// Names the calling thread as `top`, `perf` and debuggers show it (at most 15 characters
// are kept), so a busy thread of the process says which broker or job it belongs to.
void nameThisThread(std::string_view name);

// Makes the calling thread yield to the others when the cores are busy (nice 10): for
// background work such as flushing and cleaning logs, which must not slow the brokers'
// loops or the clients that share the machine.
void makeThisThreadBackground();

} // namespace es
