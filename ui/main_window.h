#pragma once

#include "ui/cluster_settings.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace es {

// The application's one window: a navigation sidebar on the left, the selected page on the
// right, and a status bar with the cluster's bootstrap servers. GUI thread only.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const ClusterSettings &settings, QWidget *parent = nullptr);

private:
    void addPage(const QString &title, QWidget *page);
    void createMenus();
    void createStatusBar();
    void copyBootstrapServers();

    ClusterSettings m_settings;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace es
