#include "ui/main_window.h"

#include "ui/cluster/cluster_health.h"
#include "ui/cluster/cluster_view.h"
#include "ui/cluster_bridge.h"
#include "ui/command_palette.h"
#include "ui/connections/connection_dialog.h"
#include "ui/connections/connection_store.h"
#include "ui/control_host.h"
#include "ui/elided_label.h"
#include "ui/events/events_view.h"
#include "ui/groups/groups_view.h"
#include "ui/layout_memory.h"
#include "ui/messages/messages_view.h"
#include "ui/metrics/metrics_view.h"
#include "ui/produce/produce_view.h"
#include "ui/read_only_text.h"
#include "ui/replay/replay_view.h"
#include "ui/security/security_view.h"
#include "ui/sidebar_badges.h"
#include "ui/sidebar_delegate.h"
#include "ui/stack_sizing.h"
#include "ui/theme.h"
#include "ui/topics/topics_view.h"
#include "ui/welcome/welcome_panel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHash>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>

namespace es {

namespace {

// What a sidebar entry keeps besides its name: the view's own tooltip (badges add to it)
// and which view it is (for its icon).
constexpr int kViewToolTipRole = Qt::UserRole + 16;
constexpr int kViewRole = Qt::UserRole + 17;

} // namespace

MainWindow::MainWindow(const ClusterSettings &settings, QWidget *parent)
    : MainWindow(std::make_unique<ClusterBridge>(settings), parent)
{}

MainWindow::MainWindow(std::unique_ptr<ClusterBridge> bridge, QWidget *parent)
    : QMainWindow(parent),
      m_bridge(std::move(bridge)),
      m_badges(std::make_unique<SidebarBadges>(m_bridge->lagTracker()))
{
    setWindowTitle(
        m_bridge->isEmbedded()
            ? tr("Eventscope — %1 cluster").arg(m_bridge->connectionName())
            : tr("Eventscope — %1 (%2)").arg(m_bridge->connectionName(), m_bridge->bootstrapServers()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/eventscope.svg")));

    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Navigation"));
    m_sidebar->setFocusPolicy(Qt::StrongFocus);
    m_sidebar->setSpacing(2);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setItemDelegate(new SidebarDelegate(m_sidebar));
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    const bool embedded = m_bridge->isEmbedded();
    m_clusterView = new ClusterView(*m_bridge);
    m_topicsView = new TopicsView(*m_bridge);
    m_messagesView = new MessagesView(*m_bridge);
    m_produceView = new ProduceView(*m_bridge);
    m_produceView->setObjectName(QStringLiteral("produceView"));
    m_groupsView = new GroupsView(*m_bridge);
    m_replayView = new ReplayView(*m_bridge);
    m_replayView->setObjectName(QStringLiteral("replayView"));
    m_eventsView = new EventsView(*m_bridge);
    addPage(tr("Cluster"),
            embedded ? tr("Brokers, the controller, replicas and links; break and heal them.")
                     : tr("Brokers, the controller and every partition's replicas."),
            m_clusterView, SidebarView::Cluster);
    addPage(tr("Topics"), tr("Topics and their partitions: create, delete, add partitions, edit configs."),
            m_topicsView, SidebarView::Topics);
    addPage(tr("Messages"), tr("Browse, search, decode and export the records of any topic."), m_messagesView,
            SidebarView::Messages);
    addPage(tr("Produce"), tr("Publish test events: one record, templates with generators, bulk and imports."),
            m_produceView, SidebarView::Produce);
    addPage(tr("Consumer groups"),
            tr("Groups, their members and assignments, lag per partition and over time; simulated clients."),
            m_groupsView, SidebarView::Groups);
    addPage(tr("Replay"), tr("Reset a group's offsets, or re-publish a range of records."), m_replayView,
            SidebarView::Replay);
    addPage(tr("Events"),
            tr("The cluster's timeline: broker changes, elections, ISR changes, topics, groups."),
            m_eventsView, SidebarView::Events);
    addPage(tr("Metrics"), tr("Throughput, latency and under-replicated partitions over time."),
            new MetricsView(*m_bridge), SidebarView::Metrics);
    // Listed once the connection has opened and says it can tell the cluster's security.
    m_securityView = new SecurityView(*m_bridge);
    m_securityView->setObjectName(QStringLiteral("securityView"));
    addPage(tr("Security"),
            tr("Listeners and client settings, SCRAM users, ACLs and the requests refused lately."),
            m_securityView, SidebarView::Security);
    sidebarItem(m_securityView)->setHidden(true);
    connect(m_securityView, &SecurityView::availabilityChanged, this, [this](bool available) {
        sidebarItem(m_securityView)->setHidden(!available);
        if (!available && m_pages->currentWidget() == m_securityView)
            m_sidebar->setCurrentRow(0);
        fitSidebar();
    });
    // Only the view on show decides how small the window may be: a wide one (the Topics
    // view's buttons) does not make every other view scroll, and Produce's Send many stays
    // in view at 900x600.
    m_sidebar->setCurrentRow(0);
    sizeStackByCurrentPage(m_pages);
    LayoutMemory::rememberSelection(m_sidebar, kViewRole, QStringLiteral("window/view"));

    connect(m_clusterView, &ClusterView::topicActivated, this, &MainWindow::showTopic);
    connect(m_eventsView, &EventsView::brokerActivated, this, &MainWindow::showBroker);
    connect(m_eventsView, &EventsView::topicActivated, this, &MainWindow::showTopic);
    connect(m_eventsView, &EventsView::groupActivated, this, &MainWindow::showGroup);
    connect(m_groupsView, &GroupsView::resetRequested, this, &MainWindow::resetGroup);
    connect(m_groupsView, &GroupsView::browseRequested, this, &MainWindow::showRecords);
    connect(m_groupsView, &GroupsView::topicRequested, this, &MainWindow::showTopic);
    connect(m_produceView, &ProduceView::recordRequested, this, &MainWindow::showRecords);
    connect(m_messagesView, &MessagesView::topicRequested, this, &MainWindow::showTopic);
    connect(m_messagesView, &MessagesView::republishRequested, this,
            [this](const QString &topic, const QString &ranges) {
                m_sidebar->setCurrentRow(m_pages->indexOf(m_replayView));
                m_replayView->republish(topic, ranges);
            });
    connect(m_topicsView, &TopicsView::browseRequested, this, [this](const QString &topic) {
        m_sidebar->setCurrentRow(m_pages->indexOf(m_messagesView));
        m_messagesView->showTopic(topic);
    });
    connect(m_topicsView, &TopicsView::produceRequested, this,
            [this](const QString &topic) { produceTo(topic, -1); });
    connect(m_topicsView, &TopicsView::producePartitionRequested, this, &MainWindow::produceTo);
    connect(m_topicsView, &TopicsView::browsePartitionRequested, this, &MainWindow::showRecords);
    connect(m_topicsView, &TopicsView::brokerRequested, this, &MainWindow::showBroker);

    // The welcome banner sits above the views while the embedded cluster has no topics of the user's.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    if (embedded) {
        auto *welcome = new WelcomePanel(*m_bridge, m_groupsView->bots());
        welcome->setObjectName(QStringLiteral("welcomePanel"));
        connect(welcome, &WelcomePanel::demoStarted, this,
                [this] { m_sidebar->setCurrentRow(m_pages->indexOf(m_groupsView)); });
        contentLayout->addWidget(welcome);
    }
    contentLayout->addWidget(m_pages, 1);

    // The sidebar's header names the connection (and wears its colour, if it has one).
    // A long name is cut short with "…": it never widens the sidebar.
    m_connectionHeader = new ElidedLabel(m_bridge->connectionName());
    m_connectionHeader->setMinimumWidth(1);
    m_connectionHeader->setObjectName(QStringLiteral("connectionHeader"));
    m_connectionHeader->setToolTip(m_bridge->bootstrapServers());
    m_connectionHeader->setMargin(6);
    QFont headerFont = m_connectionHeader->font();
    headerFont.setBold(true);
    m_connectionHeader->setFont(headerFont);
    m_side = new QWidget;
    auto *sideLayout = new QVBoxLayout(m_side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(0);
    sideLayout->addWidget(m_connectionHeader);
    sideLayout->addWidget(m_sidebar, 1);

    fitSidebar();

    // A view larger than the room beside the sidebar (the topic detail's buttons, German
    // labels) scrolls: it neither pushes the window off the screen nor squeezes the sidebar.
    auto *contentScroll = new QScrollArea;
    contentScroll->setObjectName(QStringLiteral("contentScroll"));
    contentScroll->setWidget(content);
    contentScroll->setWidgetResizable(true);
    contentScroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_side);
    splitter->addWidget(contentScroll);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({160, 1040});
    LayoutMemory::rememberSplitter(splitter, QStringLiteral("window/sidebar"));
    setCentralWidget(splitter);

    createMenus();
    createStatusBar();
    connect(m_bridge.get(), &ClusterBridge::snapshotChanged, this, &MainWindow::showHealth);
    connect(m_bridge.get(), &ClusterBridge::snapshotChanged, this, &MainWindow::updateBadges);
    connect(m_bridge.get(), &ClusterBridge::startFailed, this, &MainWindow::showStartFailure);
    resize(1200, 800);
    LayoutMemory::rememberWindow(this, QStringLiteral("window"));
    m_sidebar->setFocus();
}

// The views are destroyed before the bridge they hold a reference to.
MainWindow::~MainWindow()
{
    m_controlHost.reset(); // before the bots it drives go with the views
    delete takeCentralWidget();
}

void MainWindow::startCluster() { m_bridge->start(); }

void MainWindow::startControlServer(quint16 port)
{
    if (m_bridge->isEmbedded())
        m_controlHost = std::make_unique<ControlHost>(*m_bridge, m_groupsView->bots(), port, statusBar());
}

void MainWindow::addPage(const QString &title, const QString &toolTip, QWidget *page, SidebarView view)
{
    auto *item = new QListWidgetItem(SidebarIcons::icon(view, palette()), title, m_sidebar);
    item->setToolTip(toolTip);
    item->setData(kViewToolTipRole, toolTip);
    item->setData(kViewRole, static_cast<int>(view));
    m_pages->addWidget(page);
}

QListWidgetItem *MainWindow::sidebarItem(QWidget *page) const
{
    return m_sidebar->item(m_pages->indexOf(page));
}

void MainWindow::showBadges(QWidget *page, int alarm, int warning, const QString &text)
{
    QListWidgetItem *item = sidebarItem(page);
    if (!item)
        return;
    item->setData(SidebarDelegate::AlarmCountRole, alarm);
    item->setData(SidebarDelegate::WarningCountRole, warning);
    const QString toolTip = item->data(kViewToolTipRole).toString();
    item->setToolTip(text.isEmpty() ? toolTip : text + QLatin1Char('\n') + toolTip);
    item->setData(Qt::AccessibleDescriptionRole, text);
}

void MainWindow::updateBadges()
{
    const ClusterSnapshotPtr snapshot = m_bridge->snapshot();
    if (!snapshot)
        return;
    const SidebarBadges::Counts before = m_badges->counts();
    const SidebarBadges::Counts &now = m_badges->update(*snapshot);
    if (now == before)
        return;
    const QString partitions = SidebarBadges::partitionsText(now);
    showBadges(m_clusterView, now.offline, now.underReplicated, partitions);
    showBadges(m_topicsView, now.offline, now.underReplicated, partitions);
    showBadges(m_groupsView, 0, now.lagRising, SidebarBadges::groupsText(now));
    fitSidebar();
}

void MainWindow::updateSidebarIcons()
{
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QListWidgetItem *item = m_sidebar->item(i);
        item->setIcon(SidebarIcons::icon(static_cast<SidebarView>(item->data(kViewRole).toInt()), palette()));
    }
}

// The view names and their badges stay whole however narrow the window (German names are
// long): the sidebar is never narrower than they are.
void MainWindow::fitSidebar()
{
    m_side->setMinimumWidth(m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() + 12);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (!m_side)
        return; // still being built
    // A theme switch changes the palette (and the style): the drawn icons take its colours.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateSidebarIcons();
        fitSidebar();
    }
}

void MainWindow::showBroker(int brokerId)
{
    m_sidebar->setCurrentRow(m_pages->indexOf(m_clusterView));
    m_clusterView->selectBroker(brokerId);
}

void MainWindow::showTopic(const QString &topic)
{
    m_sidebar->setCurrentRow(m_pages->indexOf(m_topicsView));
    m_topicsView->showTopic(topic);
}

void MainWindow::showGroup(const QString &groupId)
{
    m_sidebar->setCurrentRow(m_pages->indexOf(m_groupsView));
    m_groupsView->showGroup(groupId);
}

void MainWindow::resetGroup(const QString &groupId)
{
    if (!m_replayView)
        return;
    m_sidebar->setCurrentRow(m_pages->indexOf(m_replayView));
    m_replayView->showGroup(groupId);
}

void MainWindow::showRecords(const QString &topic, int partition, qint64 offset)
{
    m_sidebar->setCurrentRow(m_pages->indexOf(m_messagesView));
    m_messagesView->showPartitionAt(topic, partition, offset);
}

void MainWindow::produceTo(const QString &topic, int partition)
{
    m_sidebar->setCurrentRow(m_pages->indexOf(m_produceView));
    m_produceView->setTopic(topic, partition);
}

MainWindow *MainWindow::openConnection(const ConnectionProfile &profile)
{
    // One window per saved connection: its catalog has one writer.
    static QHash<QString, QPointer<MainWindow>> open;
    if (QPointer<MainWindow> existing = open.value(profile.id)) {
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    auto bridge =
        std::make_unique<ClusterBridge>(profile.toRemoteSettings(), ConnectionStore::catalogFile(profile.id));
    auto *window = new MainWindow(std::move(bridge));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setConnectionColour(profile.colour);
    open.insert(profile.id, window);
    window->show();
    window->startCluster();
    return window;
}

void MainWindow::setConnectionColour(const QColor &colour)
{
    if (!colour.isValid()) {
        m_connectionHeader->setStyleSheet({});
        return;
    }
    const QColor text = colour.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
    m_connectionHeader->setStyleSheet(
        QStringLiteral("background-color: %1; color: %2").arg(colour.name(), text.name()));
}

void MainWindow::openPalette()
{
    std::vector<CommandPalette::Entry> entries;
    for (int i = 0; i < m_sidebar->count(); ++i)
        if (!m_sidebar->item(i)->isHidden())
            entries.push_back({m_sidebar->item(i)->text(), tr("View"), [this, i] {
                                   m_sidebar->setCurrentRow(i);
                                   m_pages->currentWidget()->setFocus();
                               }});
    if (const ClusterSnapshotPtr snapshot = m_bridge->snapshot()) {
        for (const BrokerSnapshot &b : snapshot->brokers)
            entries.push_back(
                {tr("Broker %1").arg(b.id), tr("Broker"), [this, id = b.id] { showBroker(id); }});
        for (const TopicSnapshot &t : snapshot->topics) {
            const QString name = QString::fromStdString(t.name);
            entries.push_back({name, tr("Topic"), [this, name] { showTopic(name); }});
        }
        for (const GroupView &g : snapshot->groups) {
            const QString id = QString::fromStdString(g.group.groupId);
            entries.push_back({id, tr("Consumer group"), [this, id] { showGroup(id); }});
        }
    }
    entries.push_back({tr("Connect to a Kafka cluster"), tr("Action"), [this] { connectToCluster(); }});
    entries.push_back({tr("Copy the bootstrap servers"), tr("Action"), [this] { copyBootstrapServers(); }});
    auto *palette = new CommandPalette(std::move(entries), this);
    palette->setObjectName(QStringLiteral("commandPalette"));
    palette->setAttribute(Qt::WA_DeleteOnClose);
    palette->open();
}

void MainWindow::connectToCluster() { editConnection(ConnectionProfile{}, {}); }

void MainWindow::editConnection(const ConnectionProfile &profile, const QString &note)
{
    auto *dialog = new ConnectionDialog(profile, this);
    dialog->setObjectName(QStringLiteral("connectionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNote(note);
    connect(dialog, &ConnectionDialog::removeRequested, this,
            [](const QString &id) { ConnectionStore::application().remove(id); });
    connect(dialog, &QDialog::accepted, this, [dialog] {
        ConnectionProfile chosen = dialog->profile();
        const bool save = dialog->saveRequested();
        if (chosen.id.isEmpty())
            chosen.id = (save ? QString() : QStringLiteral("unsaved-")) +
                        QUuid::createUuid().toString(QUuid::WithoutBraces);
        QPointer<MainWindow> window = openConnection(chosen);
        if (!save)
            return;
        ConnectionStore::application().save(chosen, [window](const QString &error) {
            if (!error.isEmpty() && window)
                window->statusBar()->showMessage(
                    tr("The password is not saved: the desktop keyring said \"%1\". You will be asked for it "
                       "next time.")
                        .arg(error),
                    15'000);
        });
    });
    dialog->open();
}

void MainWindow::openSaved(const ConnectionProfile &profile)
{
    QPointer<MainWindow> self(this);
    ConnectionStore::application().loadSecrets(profile, [self](ConnectionProfile loaded,
                                                               const QString &error) {
        if (!self)
            return;
        const bool needsPassword = usesSasl(loaded.securityProtocol) && loaded.password.isEmpty();
        if (error.isEmpty() && !needsPassword) {
            openConnection(loaded);
            return;
        }
        self->editConnection(
            loaded, error.isEmpty()
                        ? tr("Enter the password: none is saved for this connection.")
                        : tr("The desktop keyring could not give the password (%1): enter it.").arg(error));
    });
}

void MainWindow::createStatusBar()
{
    // A degraded cluster's summary is long (longer still translated): the label elides, and
    // its tooltip has the whole summary.
    m_health = new ElidedLabel(m_bridge->isEmbedded() ? tr("Starting the cluster…") : tr("Connecting…"));
    m_health->setObjectName(QStringLiteral("clusterState"));
    m_health->setToolTip(ClusterHealth::explanation());
    statusBar()->addWidget(m_health);

    if (m_bridge->capabilities().readOnly) {
        auto *readOnly = new QLabel(tr("Read-only"));
        readOnly->setObjectName(QStringLiteral("readOnlyLabel"));
        readOnly->setToolTip(readOnlyToolTip(m_bridge->connectionName()));
        statusBar()->addPermanentWidget(readOnly);
    }

    // Nine brokers do not fit beside the rest: the label elides, the tooltip and Copy have all.
    const QString servers = m_bridge->bootstrapServers();
    auto *bootstrap = new ElidedLabel(tr("Bootstrap: %1").arg(servers));
    bootstrap->setObjectName(QStringLiteral("bootstrapLabel"));
    bootstrap->setToolTip(tr("bootstrap.servers for your Kafka clients: %1").arg(servers));
    statusBar()->addPermanentWidget(bootstrap);

    auto *copy = new QToolButton;
    copy->setObjectName(QStringLiteral("copyBootstrapButton"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the bootstrap servers to the clipboard"));
    copy->setFocusPolicy(Qt::StrongFocus);
    connect(copy, &QToolButton::clicked, this, &MainWindow::copyBootstrapServers);
    statusBar()->addPermanentWidget(copy);
}

void MainWindow::copyBootstrapServers()
{
    QGuiApplication::clipboard()->setText(m_bridge->bootstrapServers());
    statusBar()->showMessage(tr("Bootstrap servers copied to the clipboard."), 3000);
}

void MainWindow::showHealth()
{
    const ClusterSnapshotPtr snapshot = m_bridge->snapshot();
    if (!snapshot)
        return;
    if (const QString summary = ClusterHealth::summary(*snapshot); m_health->text() != summary) {
        m_health->setText(summary);
        m_health->setToolTip(summary + QStringLiteral("\n\n") + ClusterHealth::explanation());
    }
    const auto level = ClusterHealth::level(*snapshot);
    const QColor color = level == ClusterHealth::Level::Healthy    ? Theme::good(palette())
                         : level == ClusterHealth::Level::Degraded ? Theme::warning(palette())
                                                                   : Theme::bad(palette());
    // Compared first: setting a style sheet re-polishes the label, and snapshots come 10 times a second.
    const QString style = QStringLiteral("color: %1; font-weight: bold").arg(color.name());
    if (m_health->styleSheet() != style)
        m_health->setStyleSheet(style);
}

void MainWindow::showStartFailure(const QString &reason)
{
    m_health->setText(tr("Not running: %1").arg(reason));
    m_health->setToolTip(m_health->text());
    m_health->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(Theme::bad(palette()).name()));
}

} // namespace es
