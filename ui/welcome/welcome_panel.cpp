#include "ui/welcome/welcome_panel.h"

#include "ui/bots/bot_host.h"
#include "ui/cluster_bridge.h"
#include "ui/topics/inline_problem_label.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace es {

WelcomePanel::WelcomePanel(ClusterBridge &bridge, BotHost &bots, QWidget *parent)
    : QFrame(parent), m_bridge(bridge), m_bots(bots)
{
    setObjectName(QStringLiteral("welcomePanel"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    auto *title = new QLabel(tr("Welcome to Eventscope"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    m_text = new QLabel(tr("This cluster runs inside Eventscope on your machine, and it has no topics yet. "
                           "Start the demo to create a few topics with simulated producers and consumer "
                           "groups, one of them too slow, and watch records flow and lag grow."),
                        this);
    m_text->setWordWrap(true);
    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("welcomeProblem"));

    m_start = new QPushButton(tr("Start &demo"), this);
    m_start->setObjectName(QStringLiteral("startDemo"));
    m_start->setToolTip(
        tr("Creates the topics orders, payments and clicks, and starts simulated producers and "
           "consumer groups."));
    m_dismiss = new QPushButton(tr("Dis&miss"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissWelcome"));
    m_dismiss->setToolTip(tr("Hides this banner. The demo stays one click away: Consumer groups, "
                             "Simulated clients tab, Start demo."));
    connect(m_start, &QPushButton::clicked, this, &WelcomePanel::startDemo);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_dismissed = true;
        hide();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_text);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    setVisible(false);
    connect(&m_bridge, &ClusterBridge::snapshotChanged, this, &WelcomePanel::onSnapshot);
    connect(&m_bots, &BotHost::readyChanged, this,
            [this] { m_start->setEnabled(m_bots.ready() && !m_starting); });
    m_start->setEnabled(m_bots.ready());
    if (m_bridge.snapshot())
        onSnapshot(m_bridge.snapshot());
}

void WelcomePanel::onSnapshot(const ClusterSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    const bool userTopics = std::any_of(snapshot->topics.begin(), snapshot->topics.end(),
                                        [](const TopicSnapshot &t) { return !t.internal; });
    const bool wanted = !m_dismissed && !userTopics;
    if (isHidden() == wanted)
        setVisible(wanted);
}

void WelcomePanel::startDemo()
{
    m_starting = true;
    m_start->setEnabled(false);
    m_problem->setProblem({});
    m_bots.startDemo(this, [this](const Status &status) {
        m_starting = false;
        m_start->setEnabled(m_bots.ready());
        if (!status.isOk()) {
            m_problem->setProblem(
                tr("The demo could not start: %1").arg(QString::fromStdString(status.message())));
            return;
        }
        emit demoStarted();
    });
}

} // namespace es
