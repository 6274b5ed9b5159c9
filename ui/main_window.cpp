#include "ui/main_window.h"

#include "ui/about_cluster_page.h"
#include "ui/elided_label.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace es {

MainWindow::MainWindow(const ClusterSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings)
{
    setWindowTitle(tr("Eventscope — %1 cluster").arg(m_settings.name()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/eventscope.svg")));

    m_sidebar = new QListWidget;
    m_sidebar->setObjectName("sidebar");
    m_sidebar->setAccessibleName(tr("Navigation"));
    m_sidebar->setFocusPolicy(Qt::StrongFocus);
    m_sidebar->setSpacing(2);
    m_pages = new QStackedWidget;
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    addPage(tr("About this cluster"), new AboutClusterPage(m_settings));
    m_sidebar->setCurrentRow(0);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 760});
    setCentralWidget(splitter);

    createMenus();
    createStatusBar();
    resize(960, 600);
    m_sidebar->setFocus();
}

void MainWindow::addPage(const QString &title, QWidget *page)
{
    m_sidebar->addItem(title);
    m_pages->addWidget(page);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName("quitAction");
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createStatusBar()
{
    auto *state = new QLabel(tr("Not running: this build has no cluster engine."));
    state->setObjectName("clusterState");
    statusBar()->addWidget(state);

    // Nine brokers do not fit beside the rest: the label elides, the tooltip and Copy have all.
    auto *bootstrap = new ElidedLabel(tr("Bootstrap: %1").arg(m_settings.bootstrapServers()));
    bootstrap->setObjectName("bootstrapLabel");
    bootstrap->setToolTip(m_settings.bootstrapServers());
    statusBar()->addPermanentWidget(bootstrap);

    auto *copy = new QToolButton;
    copy->setObjectName("copyBootstrapButton");
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the bootstrap servers to the clipboard"));
    copy->setFocusPolicy(Qt::StrongFocus);
    connect(copy, &QToolButton::clicked, this, &MainWindow::copyBootstrapServers);
    statusBar()->addPermanentWidget(copy);
}

void MainWindow::copyBootstrapServers()
{
    QGuiApplication::clipboard()->setText(m_settings.bootstrapServers());
    statusBar()->showMessage(tr("Bootstrap servers copied to the clipboard."), 3000);
}

} // namespace es
