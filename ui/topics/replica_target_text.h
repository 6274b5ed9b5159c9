#pragma once

// A partition's replica list as the user types it in the "Move replicas" dialog, e.g.
// "2, 3, 4" (its first broker the preferred leader), checked against the cluster's brokers.

#include <QString>

#include <cstdint>
#include <set>
#include <vector>

namespace es {

struct ReplicaTargetText {
    std::vector<std::int32_t> brokers; // in the order typed
    QString problem;                   // empty when the list can be submitted; otherwise why not
};

// Reads `text` (ids separated by commas or spaces): not empty, each a broker of `known`,
// none twice.
ReplicaTargetText parseReplicaTargets(const QString &text, const std::set<std::int32_t> &known);

// "2, 3, 4": the form parseReplicaTargets() reads.
QString replicaTargetsText(const std::vector<std::int32_t> &brokers);

} // namespace es
