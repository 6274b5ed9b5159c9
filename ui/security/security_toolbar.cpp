#include "ui/security/security_toolbar.h"

#include <QAction>
#include <QToolBar>
#include <QToolButton>

namespace es {

QToolBar *securityToolbar(const QString &name, const QList<QAction *> &actions, QWidget *parent)
{
    auto *bar = new QToolBar(parent);
    bar->setObjectName(name);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(false);
    for (QAction *action : actions) {
        bar->addAction(action);
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action))) {
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setFocusPolicy(Qt::StrongFocus);
            button->setAutoRaise(false); // drawn as buttons, as the other views' actions are
        }
    }
    return bar;
}

} // namespace es
