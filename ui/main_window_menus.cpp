// The main window's menus: File (connections), View (the views, Go to, theme, language).

#include "ui/main_window.h"

#include "ui/app_restart.h"
#include "ui/connections/connection_store.h"
#include "ui/language_settings.h"
#include "ui/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>

namespace es {

QMenu *MainWindow::createConnectionsMenu()
{
    auto *menu = new QMenu(tr("&Saved connections"), this);
    menu->setObjectName(QStringLiteral("savedConnectionsMenu"));
    // Read when opened: another window may have saved or forgotten one meanwhile.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const QList<ConnectionProfile> saved = ConnectionStore::application().profiles();
        if (saved.isEmpty())
            menu->addAction(tr("None saved yet"))->setEnabled(false);
        for (const ConnectionProfile &p : saved) {
            QAction *open = menu->addAction(tr("%1  (%2)").arg(p.name, p.bootstrapServers));
            connect(open, &QAction::triggered, this, [this, p] { openSaved(p); });
        }
        if (saved.isEmpty())
            return;
        QMenu *edit = menu->addMenu(tr("&Edit"));
        for (const ConnectionProfile &p : saved) {
            QAction *change = edit->addAction(p.name);
            connect(change, &QAction::triggered, this, [this, p] {
                QPointer<MainWindow> self(this);
                ConnectionStore::application().loadSecrets(
                    p, [self](ConnectionProfile loaded, const QString &error) {
                        if (self)
                            self->editConnection(loaded, error.isEmpty()
                                                             ? QString()
                                                             : tr("The desktop keyring could not give the "
                                                                  "password (%1).")
                                                                   .arg(error));
                    });
            });
        }
    });
    return menu;
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *connectTo = fileMenu->addAction(tr("&Connect to a Kafka cluster…"));
    connectTo->setObjectName(QStringLiteral("connectAction"));
    connectTo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(connectTo, &QAction::triggered, this, &MainWindow::connectToCluster);
    fileMenu->addMenu(createConnectionsMenu());
    fileMenu->addSeparator();
    QAction *closeWindow = fileMenu->addAction(tr("Close &window"));
    closeWindow->setShortcut(QKeySequence::Close);
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

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
    QAction *palette = viewMenu->addAction(tr("&Go to…"));
    palette->setObjectName(QStringLiteral("goToAction"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    palette->setToolTip(tr("Jump to any view, topic, consumer group or broker, or run an action (Ctrl+K)."));
    connect(palette, &QAction::triggered, this, &MainWindow::openPalette);
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
            QMessageBox box(QMessageBox::Question, tr("Language"),
                            tr("Eventscope speaks the new language after a restart. Restart now? The "
                               "cluster stops and starts again with its topics, records and groups."),
                            QMessageBox::NoButton, this);
            box.setObjectName(QStringLiteral("languageRestart"));
            QPushButton *now = box.addButton(tr("&Restart now"), QMessageBox::AcceptRole);
            now->setObjectName(QStringLiteral("restartNow"));
            box.addButton(tr("&Later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("later"));
            box.setDefaultButton(now);
            box.exec();
            if (box.clickedButton() == now)
                AppRestart::request();
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

} // namespace es
