#pragma once

#include <QCoreApplication>
#include <QString>

namespace es {

// One-sentence explanations of the Kafka terms the Topics view shows, used as tooltips on
// column headers and on the log drawing so a newcomer can hover instead of searching.
class TopicTerms {
    Q_DECLARE_TR_FUNCTIONS(TopicTerms)

public:
    static QString leader();
    static QString replicas();
    static QString isr();
    static QString logStartOffset();
    static QString highWatermark();
    static QString logEndOffset();
    static QString segments();
    static QString replicationFactor();
    static QString underReplicated();
    static QString committedOffset();
};

} // namespace es
