#include "ui/main_window.h"

#include "ui/cluster/cluster_health.h"
#include "ui/cluster/cluster_view.h"
#include "ui/cluster_bridge.h"
#include "ui/elided_label.h"
#include "ui/events/events_view.h"
#include "ui/groups/groups_view.h"
#include "ui/language_settings.h"
#include "ui/messages/messages_view.h"
#include "ui/metrics/metrics_view.h"
#include "ui/produce/produce_view.h"
#include "ui/replay/replay_view.h"
#include "ui/theme.h"
#include "ui/topics/topics_view.h"
#include "ui/welcome/welcome_panel.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace es {

MainWindow::MainWindow(const ClusterSettings &settings, QWidget *parent)
    : MainWindow(std::make_unique<ClusterBridge>(settings), parent)
{}

MainWindow::MainWindow(std::unique_ptr<ClusterBridge> bridge, QWidget *parent)
    : QMainWindow(parent), m_bridge(std::move(bridge))
{
    setWindowTitle(tr("Eventscope — %1 cluster").arg(m_bridge->settings().name()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/eventscope.svg")));

    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Navigation"));
    m_sidebar->setFocusPolicy(Qt::StrongFocus);
    m_sidebar->setSpacing(2);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_clusterView = new ClusterView(*m_bridge);
    m_topicsView = new TopicsView(*m_bridge);
    m_messagesView = new MessagesView(*m_bridge);
    m_produceView = new ProduceView(*m_bridge);
    m_groupsView = new GroupsView(*m_bridge);
    m_replayView = new ReplayView(*m_bridge);
    m_eventsView = new EventsView(*m_bridge);
    addPage(tr("Cluster"), tr("Brokers, the controller, replicas and links; break and heal them."),
            m_clusterView);
    addPage(tr("Topics"), tr("Topics and their partitions: create, delete, add partitions, edit configs."),
            m_topicsView);
    addPage(tr("Messages"), tr("Browse, search, decode and export the records of any topic."),
            m_messagesView);
    addPage(tr("Produce"),
            tr("Publish test events: one record, templates with generators, bulk and imports."),
            m_produceView);
    addPage(tr("Consumer groups"),
            tr("Groups, their members and assignments, lag per partition and over time; simulated clients."),
            m_groupsView);
    addPage(tr("Replay"), tr("Reset a group's offsets, or re-publish a range of records."), m_replayView);
    addPage(tr("Events"),
            tr("The cluster's timeline: broker changes, elections, ISR changes, topics, groups."),
            m_eventsView);
    addPage(tr("Metrics"), tr("Throughput, latency and under-replicated partitions over time."),
            new MetricsView(*m_bridge));
    m_sidebar->setCurrentRow(0);

    connect(m_clusterView, &ClusterView::topicActivated, this, &MainWindow::showTopic);
    connect(m_eventsView, &EventsView::brokerActivated, this, &MainWindow::showBroker);
    connect(m_eventsView, &EventsView::topicActivated, this, &MainWindow::showTopic);
    connect(m_eventsView, &EventsView::groupActivated, this, &MainWindow::showGroup);
    connect(m_groupsView, &GroupsView::resetRequested, this, &MainWindow::resetGroup);
    connect(m_topicsView, &TopicsView::browseRequested, this, [this](const QString &topic) {
        m_sidebar->setCurrentRow(m_pages->indexOf(m_messagesView));
        m_messagesView->showTopic(topic);
    });
    connect(m_topicsView, &TopicsView::produceRequested, this, [this](const QString &topic) {
        m_sidebar->setCurrentRow(m_pages->indexOf(m_produceView));
        m_produceView->setTopic(topic);
    });

    // The welcome banner sits above the views while the cluster has no topics of the user's.
    auto *welcome = new WelcomePanel(*m_bridge, m_groupsView->bots());
    welcome->setObjectName(QStringLiteral("welcomePanel"));
    connect(welcome, &WelcomePanel::demoStarted, this,
            [this] { m_sidebar->setCurrentRow(m_pages->indexOf(m_groupsView)); });
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(welcome);
    contentLayout->addWidget(m_pages, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_sidebar);
    splitter->addWidget(content);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({160, 1040});
    setCentralWidget(splitter);

    createMenus();
    createStatusBar();
    connect(m_bridge.get(), &ClusterBridge::snapshotChanged, this, &MainWindow::showHealth);
    connect(m_bridge.get(), &ClusterBridge::startFailed, this, &MainWindow::showStartFailure);
    resize(1200, 800);
    m_sidebar->setFocus();
}

// The views are destroyed before the bridge they hold a reference to.
MainWindow::~MainWindow() { delete takeCentralWidget(); }

void MainWindow::startCluster() { m_bridge->start(); }

void MainWindow::addPage(const QString &title, const QString &toolTip, QWidget *page)
{
    auto *item = new QListWidgetItem(title, m_sidebar);
    item->setToolTip(toolTip);
    m_pages->addWidget(page);
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
    m_sidebar->setCurrentRow(m_pages->indexOf(m_replayView));
    m_replayView->showGroup(groupId);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction *go = viewMenu->addAction(m_sidebar->item(i)->text());
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] {
            m_sidebar->setCurrentRow(i);
            m_pages->currentWidget()->setFocus();
        });
    }
    viewMenu->addSeparator();
    viewMenu->addMenu(createThemeMenu());
    viewMenu->addMenu(createLanguageMenu());
}

QMenu *MainWindow::createThemeMenu()
{
    auto *menu = new QMenu(tr("&Theme"), this);
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    const std::pair<ThemeChoice, QString> choices[] = {
        {ThemeChoice::System, tr("Follow the &system")},
        {ThemeChoice::Light, tr("&Light")},
        {ThemeChoice::Dark, tr("&Dark")},
    };
    for (const auto &[choice, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == Theme::current());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [choice] {
            Theme::apply(choice);
            Theme::save(choice);
        });
    }
    return menu;
}

QMenu *MainWindow::createLanguageMenu()
{
    auto *menu = new QMenu(tr("&Language"), this);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString saved = LanguageSettings::saved();
    const auto add = [&](const QString &language, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(language == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            LanguageSettings::save(language);
            QMessageBox::information(this, tr("Language"),
                                     tr("Eventscope will use this language the next time it starts."));
        });
    };
    add(QString(), tr("Follow the &system"));
    for (const QString &language : LanguageSettings::available()) {
        const QLocale locale(language);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        add(language, name);
    }
    return menu;
}

void MainWindow::createStatusBar()
{
    m_health = new QLabel(tr("Starting the cluster…"));
    m_health->setObjectName(QStringLiteral("clusterState"));
    m_health->setToolTip(ClusterHealth::explanation());
    statusBar()->addWidget(m_health);

    // Nine brokers do not fit beside the rest: the label elides, the tooltip and Copy have all.
    const QString servers = m_bridge->settings().bootstrapServers();
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
    QGuiApplication::clipboard()->setText(m_bridge->settings().bootstrapServers());
    statusBar()->showMessage(tr("Bootstrap servers copied to the clipboard."), 3000);
}

void MainWindow::showHealth()
{
    const ClusterSnapshotPtr snapshot = m_bridge->snapshot();
    if (!snapshot)
        return;
    m_health->setText(ClusterHealth::summary(*snapshot));
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
    m_health->setStyleSheet(QStringLiteral("color: %1; font-weight: bold").arg(Theme::bad(palette()).name()));
}

} // namespace es
