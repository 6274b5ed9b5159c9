#pragma once

#include <QList>
#include <QString>

class QAction;
class QToolBar;
class QWidget;

namespace es {

// A row of the Security view's actions drawn as buttons; those that do not fit a narrow
// window (or longer German labels) move into the toolbar's » menu rather than being cut.
QToolBar *securityToolbar(const QString &name, const QList<QAction *> &actions, QWidget *parent);

} // namespace es
