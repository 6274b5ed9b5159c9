#pragma once

#include <QString>

namespace es {

// Why an action that writes is disabled on a read-only connection, in a tooltip's words.
QString readOnlyToolTip(const QString &connectionName);

} // namespace es
