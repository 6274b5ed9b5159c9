#pragma once

#include <spdlog/logger.h>

#include <memory>
#include <string>
#include <string_view>

namespace es {

// One named spdlog logger per module ("storage", "cluster", ...). All loggers share the
// sinks and the level set here, so --log-level and a GUI log sink apply to every module.
// Thread-safe.
std::shared_ptr<spdlog::logger> logger(const std::string &module);

// Parses "trace", "debug", "info", "warn", "error", "critical" or "off".
// Returns false (and changes nothing) for anything else.
bool setLogLevel(std::string_view level);

// Adds a sink that every existing and future module logger writes to.
void addLogSink(std::shared_ptr<spdlog::sinks::sink> sink);

} // namespace es
