// The controller: the current one, its crash, and the take-over by a new one.

#include "catalog/catalog.h"
#include "cluster/cluster.h"
#include "cluster/cluster_event_sink.h"
#include "common/logging.h"

namespace es {

Status Cluster::crashController()
{
    {
        std::unique_lock lock(m_controllerMutex);
        if (m_controllerDown || !m_controller->loop().running())
            return Status::invalidArgument("the controller is not running");
        // What it had handed to the catalog stays: a KRaft controller's metadata log is
        // committed before it is applied. Replies it had not sent yet are lost.
        m_controller->stop();
        m_controllerDown = true;
    }
    eventSink().record(EventKind::ControllerCrashed, "controller", {EventForm::ControllerCrashed, {}});
    return Status::ok();
}

Status Cluster::restartController()
{
    std::int64_t version = 0;
    {
        std::unique_lock lock(m_controllerMutex);
        if (!m_controllerDown)
            return Status::invalidArgument("the controller has not crashed");
        // Every write the crashed controller queued is committed before it is read back.
        if (Status s = m_catalog->flush(); !s.isOk())
            logger("cluster")->error("saving the catalog before the controller's restart: {}", s.toString());
        auto restored = m_catalog->loadState();
        if (!restored)
            return restored.status();
        MetadataImagePtr last = m_controller->image();
        version = last ? last->version : 0;
        auto next = std::make_unique<Controller>(m_config, m_network, m_catalog.get(), eventSink(), m_clock);
        next->start(
            *restored, [this](const MetadataImagePtr &image) { publishImage(image); }, std::move(last));
        m_crashedControllers.push_back(std::move(m_controller));
        m_controller = std::move(next);
        m_controllerDown = false;
    }
    eventSink().record(EventKind::ControllerRestarted, "controller",
                       {EventForm::ControllerRestarted, {{"version", version}}});
    return Status::ok();
}

MetadataImagePtr Cluster::metadata() const
{
    std::shared_lock lock(m_controllerMutex);
    return m_controller->image();
}

Controller &Cluster::controller()
{
    std::shared_lock lock(m_controllerMutex);
    return *m_controller;
}

bool Cluster::controllerRunning() const
{
    std::shared_lock lock(m_controllerMutex);
    return !m_controllerDown;
}

} // namespace es
