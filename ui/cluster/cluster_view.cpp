#include "ui/cluster/cluster_view.h"

#include "ui/cluster/broker_actions.h"
#include "ui/cluster/broker_configs_dialog.h"
#include "ui/cluster/broker_table_model.h"
#include "ui/cluster/cluster_diagram.h"
#include "ui/cluster/crash_dialog.h"
#include "ui/cluster/link_dialog.h"
#include "ui/cluster_bridge.h"
#include "ui/fitted_columns.h"
#include "ui/layout_memory.h"
#include "ui/read_only_text.h"
#include "ui/table_context_menu.h"
#include "ui/theme.h"
#include "ui/topics/elect_leaders_dialog.h"
#include "ui/topics/election_text.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace es {

ClusterView::ClusterView(ClusterBridge &bridge, QWidget *parent) : QWidget(parent), m_bridge(bridge)
{
    setObjectName(QStringLiteral("clusterView"));
    m_diagram = new ClusterDiagram;
    m_model = new BrokerTableModel(this);
    createActions();
    m_diagram->setLinkFaultsShown(bridge.capabilities().brokerControl);
    m_diagram->setMovesShown(bridge.capabilities().replicaMoves);

    m_showInternal = new QCheckBox(tr("Show &internal topics"));
    m_showInternal->setObjectName(QStringLiteral("showInternalTopics"));
    m_showInternal->setToolTip(
        tr("Also draw the cluster's own topics, such as __consumer_offsets, where consumer "
           "groups keep their committed offsets."));
    connect(m_showInternal, &QCheckBox::toggled, this, [this] { showSnapshot(m_snapshot); });

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_diagram);
    splitter->addWidget(createBrokerPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    LayoutMemory::rememberSplitter(splitter, QStringLiteral("cluster/split"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_showInternal, 0, Qt::AlignRight);
    layout->addWidget(splitter);

    connect(m_diagram, &ClusterDiagram::brokerSelected, this, &ClusterView::selectBroker);
    connect(m_diagram, &ClusterDiagram::topicActivated, this, &ClusterView::topicActivated);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                if (i.isValid())
                    m_diagram->setSelectedBroker(m_model->data(i, BrokerTableModel::BrokerIdRole).toInt());
                updateActions();
            });
    connect(&m_bridge, &ClusterBridge::snapshotChanged, this, &ClusterView::showSnapshot);
    showSnapshot(m_bridge.snapshot());

    // Top to bottom, left to right, once every widget is in this view.
    QWidget *previous = m_showInternal;
    for (QWidget *next : std::initializer_list<QWidget *>{m_diagram, m_table}) {
        setTabOrder(previous, next);
        previous = next;
    }
    for (QWidget *button : m_buttons) {
        setTabOrder(previous, button);
        previous = button;
    }
}

void ClusterView::createActions()
{
    const auto make = [this](const QString &text, const QString &name, const QKeySequence &key,
                             const QString &tip, void (ClusterView::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        // Faults exist only where the cluster runs in this process; elsewhere they are absent.
        if (m_bridge.capabilities().brokerControl)
            addAction(action);
        return action;
    };
    m_stop = make(tr("&Stop"), QStringLiteral("stopBrokerAction"), QKeySequence(Qt::CTRL | Qt::Key_T),
                  tr("Stop the broker cleanly: it hands its leadership to other replicas first."),
                  &ClusterView::stopSelected);
    m_crash = make(tr("&Crash…"), QStringLiteral("crashBrokerAction"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                   tr("Kill the broker abruptly, optionally losing what it has not flushed to disk."),
                   &ClusterView::crashSelected);
    m_pause = make(tr("&Pause"), QStringLiteral("pauseBrokerAction"), QKeySequence(Qt::CTRL | Qt::Key_P),
                   tr("Freeze the broker's thread: it answers nothing until resumed."),
                   &ClusterView::pauseOrResumeSelected);
    m_restart =
        make(tr("&Restart"), QStringLiteral("restartBrokerAction"), QKeySequence(Qt::CTRL | Qt::Key_R),
             tr("Stop the broker cleanly if it runs, then start it again."), &ClusterView::restartSelected);
    m_add = make(tr("&Add broker"), QStringLiteral("addBrokerAction"), QKeySequence(Qt::CTRL | Qt::Key_B),
                 tr("Start one more broker (at most 9). New topics place replicas on it."),
                 &ClusterView::addBroker);
    m_links =
        make(tr("&Links…"), QStringLiteral("linksAction"), QKeySequence(Qt::CTRL | Qt::Key_L),
             tr("Add latency, make lossy, cut or heal the link between two nodes."), &ClusterView::editLinks);
    m_controller = make(tr("Crash c&ontroller"), QStringLiteral("controllerAction"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                        tr("Kill the controller: nothing is elected and no topic is created until it is back."),
                        &ClusterView::crashOrRestartController);

    // Elections are the controller's, not a broker's: on every connection that allows them.
    m_electPreferred = new QAction(tr("&Elect preferred leaders…"), this);
    m_electPreferred->setObjectName(QStringLiteral("electPreferredLeadersAction"));
    m_electionsUnavailable = electionUnavailableText(m_bridge.capabilities(), m_bridge.connectionName());
    m_electPreferred->setToolTip(m_electionsUnavailable.isEmpty()
                                     ? tr("Give every partition of the cluster back to its preferred leader, "
                                          "where that replica runs and is in sync.")
                                     : m_electionsUnavailable);
    connect(m_electPreferred, &QAction::triggered, this, &ClusterView::electPreferredLeaders);

    // The brokers' settings open on a read-only connection too, only to look at.
    m_brokerSettings = new QAction(tr("&Broker settings…"), this);
    m_brokerSettings->setObjectName(QStringLiteral("brokerSettingsAction"));
    m_brokerSettings->setToolTip(
        m_bridge.capabilities().readOnly
            ? readOnlyToolTip(m_bridge.connectionName())
            : tr("Show the brokers' settings and change those Kafka lets change while the cluster runs."));
    connect(m_brokerSettings, &QAction::triggered, this, &ClusterView::openBrokerSettings);
}

QWidget *ClusterView::createBrokerPanel()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("brokerTable"));
    m_table->setAccessibleName(tr("Brokers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    keepColumnsFitted(m_table);
    for (int column : {BrokerTableModel::RecordsOut, BrokerTableModel::BytesIn, BrokerTableModel::BytesOut})
        m_table->setColumnHidden(column, !m_bridge.capabilities().brokerMetrics);
    LayoutMemory::rememberColumns(m_table, QStringLiteral("cluster/brokers"));
    const bool control = m_bridge.capabilities().brokerControl;
    // Faults only where the cluster runs in this process; Copy everywhere.
    TableContextMenu::install(m_table, [this, control](QMenu &menu, const QModelIndex &) {
        if (control) {
            menu.addActions({m_stop, m_crash, m_pause, m_restart});
            menu.addSeparator();
            menu.addActions({m_add, m_links, m_controller});
            menu.addSeparator();
        }
        menu.addAction(m_electPreferred);
        menu.addAction(m_brokerSettings);
    });

    // The broker actions: those that do not fit a narrow window (or longer German labels)
    // move into the toolbar's » menu rather than being cut or widening the view.
    auto *buttons = new QToolBar;
    buttons->setObjectName(QStringLiteral("brokerActions"));
    buttons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buttons->setMovable(false);
    const auto addButton = [&](QAction *action, const QString &name) {
        buttons->addAction(action);
        if (auto *button = qobject_cast<QToolButton *>(buttons->widgetForAction(action))) {
            button->setObjectName(name);
            button->setFocusPolicy(Qt::StrongFocus);
            button->setAutoRaise(false); // drawn as buttons, as the other views' actions are
            m_buttons.push_back(button);
        }
    };
    for (QAction *action : {m_stop, m_crash, m_pause, m_restart, m_add, m_links, m_controller}) {
        if (!control)
            break;
        addButton(action, action->objectName() + QStringLiteral("Button"));
        if (action == m_restart)
            buttons->addSeparator();
    }
    if (control)
        buttons->addSeparator();
    addButton(m_electPreferred, QStringLiteral("electPreferredLeadersButton"));
    addButton(m_brokerSettings, QStringLiteral("brokerSettingsButton"));

    m_outcome = new QLabel;
    m_outcome->setObjectName(QStringLiteral("actionOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    layout->addWidget(m_outcome);
    return panel;
}

void ClusterView::showSnapshot(const ClusterSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    const int selected = selectedBroker();
    m_model->setSnapshot(snapshot);
    // The diagram of a large cluster costs milliseconds to build: not for a hidden view.
    if (!isHidden())
        updateDiagram(true);
    if (selected < 0 && m_model->rowCount() > 0)
        selectBroker(m_model->data(m_model->index(0, 0), BrokerTableModel::BrokerIdRole).toInt());
    updateActions();
}

void ClusterView::updateDiagram(bool highlightChanges)
{
    if (!m_snapshot)
        return;
    const bool internal = m_showInternal->isChecked();
    const bool same =
        m_drawn && internal == m_drawnInternal && (m_drawn == m_snapshot || drawsSame(*m_drawn, *m_snapshot));
    if (!same)
        m_diagram->setData(diagramData(*m_snapshot, internal), highlightChanges);
    m_drawn = m_snapshot; // the older one is let go
    m_drawnInternal = internal;
}

void ClusterView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // What changed while another view was shown changed long ago: it is not highlighted.
    updateDiagram(false);
    // A broker selected in the table while the diagram lagged may be new to it.
    if (const int selected = selectedBroker(); selected >= 0)
        m_diagram->setSelectedBroker(selected);
}

void ClusterView::selectBroker(int brokerId)
{
    const int row = m_model->rowOf(brokerId);
    if (row < 0)
        return;
    m_diagram->setSelectedBroker(brokerId);
    if (m_table->currentIndex().row() != row)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

int ClusterView::selectedBroker() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->data(current, BrokerTableModel::BrokerIdRole).toInt() : -1;
}

std::optional<BrokerSnapshot> ClusterView::selectedBrokerSnapshot() const
{
    return m_model->broker(m_table->currentIndex().row());
}

void ClusterView::updateActions()
{
    const auto broker = selectedBrokerSnapshot();
    const bool running = m_bridge.running();
    const bool alive =
        broker && (broker->state == BrokerState::Running || broker->state == BrokerState::Paused ||
                   broker->state == BrokerState::Fenced);
    const bool paused = broker && broker->state == BrokerState::Paused;
    m_stop->setEnabled(running && alive);
    m_crash->setEnabled(running && alive);
    m_pause->setEnabled(running && alive);
    m_pause->setText(paused ? tr("Res&ume") : tr("&Pause"));
    m_pause->setToolTip(
        tr("%1 (%2)").arg(paused ? tr("Let the broker's thread run again.")
                                 : tr("Freeze the broker's thread: it answers nothing until resumed."),
                          m_pause->shortcut().toString(QKeySequence::NativeText)));
    m_restart->setEnabled(running && broker.has_value());
    m_restart->setText(broker && !alive ? tr("S&tart") : tr("&Restart"));
    m_add->setEnabled(running && m_model->rowCount() < 9);
    m_links->setEnabled(running && m_model->rowCount() > 0);
    const bool controllerDown = m_snapshot && !m_snapshot->controllerRunning;
    m_controller->setEnabled(running && m_snapshot);
    m_controller->setText(controllerDown ? tr("Restart c&ontroller") : tr("Crash c&ontroller"));
    m_controller->setToolTip(
        tr("%1 (%2)").arg(controllerDown ? tr("Have a new controller take over from the stored metadata.")
                                         : tr("Kill the controller: nothing is elected and no topic is "
                                              "created until it is back."),
                          m_controller->shortcut().toString(QKeySequence::NativeText)));
    m_electPreferred->setEnabled(running && m_electionsUnavailable.isEmpty());
    m_brokerSettings->setEnabled(running && m_bridge.capabilities().brokerConfigs);
}

void ClusterView::report(const ActionOutcome &outcome)
{
    const QColor color = outcome.ok ? palette().color(QPalette::WindowText) : Theme::bad(palette());
    m_outcome->setStyleSheet(QStringLiteral("color: %1").arg(color.name()));
    m_outcome->setText(outcome.message);
}

void ClusterView::stopSelected()
{
    if (const auto b = selectedBrokerSnapshot())
        BrokerActions::stop(m_bridge, this, b->id, [this](const ActionOutcome &o) { report(o); });
}

void ClusterView::crashSelected()
{
    const auto b = selectedBrokerSnapshot();
    if (!b)
        return;
    auto *dialog = new CrashDialog(b->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        BrokerActions::crash(m_bridge, this, dialog->brokerId(), dialog->loseUnflushed(),
                             [this](const ActionOutcome &o) { report(o); });
    });
    dialog->open();
}

void ClusterView::pauseOrResumeSelected()
{
    const auto b = selectedBrokerSnapshot();
    if (!b)
        return;
    auto done = [this](const ActionOutcome &o) { report(o); };
    if (b->state == BrokerState::Paused)
        BrokerActions::resume(m_bridge, this, b->id, done);
    else
        BrokerActions::pause(m_bridge, this, b->id, done);
}

void ClusterView::restartSelected()
{
    if (const auto b = selectedBrokerSnapshot())
        BrokerActions::restart(m_bridge, this, b->id, [this](const ActionOutcome &o) { report(o); });
}

void ClusterView::addBroker()
{
    BrokerActions::addBroker(m_bridge, this, [this](const ActionOutcome &o) { report(o); });
}

void ClusterView::editLinks()
{
    std::vector<std::int32_t> brokers;
    for (int row = 0; row < m_model->rowCount(); ++row)
        brokers.push_back(m_model->broker(row)->id);
    auto *dialog = new LinkDialog(brokers, m_snapshot ? m_snapshot->links : std::vector<LinkState>{},
                                  selectedBroker(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        auto done = [this](const ActionOutcome &o) { report(o); };
        if (result == QDialog::Accepted)
            BrokerActions::setLink(m_bridge, this, dialog->endpointA(), dialog->endpointB(), dialog->fault(),
                                   done);
        else if (result == LinkDialog::HealAll)
            BrokerActions::healAllLinks(m_bridge, this, done);
    });
    dialog->open();
}

void ClusterView::crashOrRestartController()
{
    auto done = [this](const ActionOutcome &o) { report(o); };
    if (m_snapshot && !m_snapshot->controllerRunning)
        BrokerActions::restartController(m_bridge, this, done);
    else
        BrokerActions::crashController(m_bridge, this, done);
}

void ClusterView::electPreferredLeaders()
{
    if (!m_electionsUnavailable.isEmpty())
        return;
    auto *dialog = new ElectLeadersDialog(m_bridge, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClusterView::openBrokerSettings()
{
    if (!m_bridge.capabilities().brokerConfigs)
        return;
    auto *dialog = new BrokerConfigsDialog(m_bridge, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace es
