#include "ui/read_only_text.h"

#include <QCoreApplication>

namespace es {

QString readOnlyToolTip(const QString &connectionName)
{
    return QCoreApplication::translate(
               "ReadOnly", "The connection %1 is read-only: Eventscope only looks at this cluster. Turn "
                           "read-only off in the connection's settings to change it.")
        .arg(connectionName);
}

} // namespace es
