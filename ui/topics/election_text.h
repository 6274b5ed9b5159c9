#pragma once

// Leader elections in words: what became of each partition, and why the action is not
// available. The words come from Kafka's error codes and from the partition as the last
// snapshot before the election showed it (which broker is its preferred replica, which
// replicas ran and were in sync), never from the engine's English.

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "connection/connection.h"
#endif

#include <QString>

namespace es {

// How an election went for one partition, for counting and colouring.
enum class ElectionOutcome { Moved, Unchanged, Refused };

[[nodiscard]] ElectionOutcome electionOutcome(const ElectionResult &result);

// "Leader moved to broker 2", "Already led by its preferred replica", "No in-sync replica is
// available; only an unclean election can choose a leader"... `before` is the partition as
// the snapshot before the election showed it, nullptr when it is not known.
[[nodiscard]] QString electionResultText(ElectionType type, const ElectionResult &result,
                                         const PartitionSnapshot *before);

// Why "Elect leaders" is disabled on this connection, in a tooltip's words; empty when it
// is not (writes allowed and elections supported).
[[nodiscard]] QString electionUnavailableText(const ConnectionCapabilities &capabilities,
                                              const QString &connectionName);

} // namespace es
