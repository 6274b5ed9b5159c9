#pragma once

#ifndef Q_MOC_RUN
#include "catalog/catalog_types.h"
#endif

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace es {

// The words for timeline events, translated: a short name per kind and a sentence on
// what that kind of event means in Kafka's terms.
class EventText {
    Q_DECLARE_TR_FUNCTIONS(EventText)

public:
    static const std::vector<EventKind> &allKinds();
    // "leader elected"
    static QString kindName(EventKind kind);
    // What such an event means, in one sentence.
    static QString kindExplanation(EventKind kind);
    // "broker 2", "topic orders", "partition orders-3", "group billing",
    // "clients ↔ broker 2"
    static QString subjectText(const QString &subject);
    // The two node ids of a link subject's name ("-1-2" is the clients and broker 2);
    // {0, 0} when it names no link.
    static std::pair<int, int> linkNodes(const QString &name);
};

} // namespace es
