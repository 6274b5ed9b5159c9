#include "control/registry_demo_control.h"

#include "bots/bot_registry.h"
#include "bots/demo_scenario.h"

#include <algorithm>
#include <utility>

namespace es::control {

RegistryDemoControl::RegistryDemoControl(BotRegistry &bots, Connection &connection,
                                         std::function<void()> changed)
    : m_bots(bots), m_connection(connection), m_changed(std::move(changed))
{}

Result<DemoSummary> RegistryDemoControl::start()
{
    Result<DemoSummary> summary = [this] {
        const std::lock_guard lock(m_commandMutex);
        return startDemo(m_connection, m_bots);
    }();
    // Even a failed start may have added some of the bots.
    if (m_changed)
        m_changed();
    return summary;
}

Status RegistryDemoControl::stop()
{
    Status result;
    {
        const std::lock_guard lock(m_commandMutex);
        const std::vector<BotStatus> bots = m_bots.status();
        for (const std::int64_t id : demoBotIds(bots)) {
            const auto bot =
                std::find_if(bots.begin(), bots.end(), [id](const BotStatus &b) { return b.id == id; });
            if (!bot->running)
                continue;
            // A bot removed meanwhile is stopped already; the others are still tried.
            if (Status s = m_bots.stop(id); !s.isOk() && s.code() != StatusCode::NotFound && result.isOk())
                result = std::move(s);
        }
    }
    if (m_changed)
        m_changed();
    return result;
}

bool RegistryDemoControl::running() const
{
    const std::vector<BotStatus> bots = m_bots.status();
    const std::vector<std::int64_t> demo = demoBotIds(bots);
    return std::any_of(bots.begin(), bots.end(), [&demo](const BotStatus &b) {
        return b.running && std::find(demo.begin(), demo.end(), b.id) != demo.end();
    });
}

} // namespace es::control
