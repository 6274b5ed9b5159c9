#include "common/logging.h"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <unordered_map>
#include <vector>

namespace es {

namespace {

struct Registry {
    std::mutex mutex;
    std::vector<spdlog::sink_ptr> sinks{std::make_shared<spdlog::sinks::stderr_color_sink_mt>()};
    std::unordered_map<std::string, std::shared_ptr<spdlog::logger>> loggers;
    spdlog::level::level_enum level = spdlog::level::info;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

std::shared_ptr<spdlog::logger> logger(const std::string &module)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    auto it = r.loggers.find(module);
    if (it != r.loggers.end())
        return it->second;
    auto l = std::make_shared<spdlog::logger>(module, r.sinks.begin(), r.sinks.end());
    l->set_level(r.level);
    l->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%-5l%$ [%n] %v");
    r.loggers.emplace(module, l);
    return l;
}

bool setLogLevel(std::string_view level)
{
    static const std::unordered_map<std::string_view, spdlog::level::level_enum> names = {
        {"trace", spdlog::level::trace}, {"debug", spdlog::level::debug},
        {"info", spdlog::level::info},   {"warn", spdlog::level::warn},
        {"error", spdlog::level::err},   {"critical", spdlog::level::critical},
        {"off", spdlog::level::off}};
    auto it = names.find(level);
    if (it == names.end())
        return false;
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    r.level = it->second;
    for (auto &[name, l] : r.loggers)
        l->set_level(r.level);
    return true;
}

void addLogSink(std::shared_ptr<spdlog::sinks::sink> sink)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    r.sinks.push_back(sink);
    for (auto &[name, l] : r.loggers)
        l->sinks().push_back(sink);
}

} // namespace es
