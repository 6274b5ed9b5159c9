#pragma once

#include <QCoreApplication>
#include <QString>

namespace es {

// The one-line message of a timeline event in the user's language. The engine records its
// events in English (they are also its log lines, and the timeline keeps them across
// restarts); this recognises each sentence the engine writes and says it again through
// tr(), keeping names, ids and offsets as they are. A message it does not recognise (from
// an older or newer engine) is shown as the engine wrote it.
class EventMessage {
    Q_DECLARE_TR_FUNCTIONS(EventMessage)

public:
    static QString translated(const QString &message);
};

} // namespace es
