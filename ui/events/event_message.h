#pragma once

#ifndef Q_MOC_RUN
#include "catalog/event_record.h"
#endif

#include <QCoreApplication>
#include <QString>

namespace es {

// The one-line message of a timeline event in the user's language, rendered through tr()
// from the event's sentence form and arguments, names, ids and offsets kept as they are.
// An event whose form is Unknown (stored before events had arguments, or by a newer
// engine) or lacks an argument its form takes is shown as its English message.
class EventMessage {
    Q_DECLARE_TR_FUNCTIONS(EventMessage)

public:
    static QString text(const EventRecord &event);
};

} // namespace es
