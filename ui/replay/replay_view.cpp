#include "ui/replay/replay_view.h"

#include "ui/replay/republish_panel.h"
#include "ui/replay/reset_offsets_panel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace es {

ReplayView::ReplayView(ClusterBridge &bridge, QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("replayTabs"));
    m_reset = new ResetOffsetsPanel(bridge, m_tabs);
    m_reset->setObjectName(QStringLiteral("resetOffsetsPanel"));
    m_republish = new RepublishPanel(bridge, m_tabs);
    m_republish->setObjectName(QStringLiteral("republishPanel"));
    m_tabs->addTab(m_reset, tr("R&eset offsets"));
    m_tabs->setTabToolTip(0, tr("Move a consumer group's committed offsets so that it reads records again or "
                                "skips them."));
    m_tabs->addTab(m_republish, tr("Re-pu&blish"));
    m_tabs->setTabToolTip(1, tr("Copy records of a topic into the same or another topic, as they were or "
                                "faster."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);
}

void ReplayView::showGroup(const QString &groupId)
{
    m_tabs->setCurrentWidget(m_reset);
    m_reset->setGroup(groupId);
}

void ReplayView::republish(const QString &topic, const QString &ranges)
{
    m_tabs->setCurrentWidget(m_republish);
    m_republish->setSource(topic, ranges);
}

} // namespace es
