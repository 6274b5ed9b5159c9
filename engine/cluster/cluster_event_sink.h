#pragma once

#include "catalog/catalog_types.h"

#include <string>

namespace es {

// Where brokers, the controller and the group coordinators report what happened, for the
// timeline. Thread-safe; cheap (it queues). The sink writes the English message.
class ClusterEventSink {
public:
    virtual ~ClusterEventSink() = default;
    virtual void record(EventKind kind, std::string subject, EventSentence sentence) = 0;
};

} // namespace es
