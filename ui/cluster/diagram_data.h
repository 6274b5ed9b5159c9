#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QString>

#include <cstdint>
#include <vector>

namespace es {

// What the cluster diagram draws, taken from a snapshot: only the parts that matter for
// the picture, so that comparing two of them tells whether a repaint is needed.

enum class ReplicaRole : std::uint8_t {
    None,      // the broker hosts no replica of this partition
    Leader,    // serves reads and writes
    Follower,  // in sync with the leader (in the ISR)
    OutOfSync, // alive but behind: not in the ISR
    Offline,   // its broker is down
};

struct DiagramBroker {
    std::int32_t id = 0;
    BrokerState state = BrokerState::Stopped;
    int leaders = 0;
    bool operator==(const DiagramBroker &) const = default;
};

struct DiagramRow {
    QString topic;
    std::int32_t partition = -1;    // -1: the topic's header row
    int partitionCount = 0;         // header rows only
    int replicationFactor = 0;      // header rows only
    std::vector<ReplicaRole> cells; // one per broker column; empty for header rows
    bool offline = false;           // no leader
    bool underReplicated = false;
    [[nodiscard]] bool isHeader() const { return partition < 0; }
    [[nodiscard]] QString label() const;
    bool operator==(const DiagramRow &) const = default;
};

struct DiagramData {
    std::vector<DiagramBroker> brokers; // in id order: the diagram's columns
    std::vector<DiagramRow> rows;       // topics by name (internal ones last), partitions in order
    std::vector<LinkState> links;       // links with a fault
    [[nodiscard]] int columnOf(std::int32_t brokerId) const;
    bool operator==(const DiagramData &) const;
};

DiagramData diagramData(const ClusterSnapshot &snapshot, bool includeInternalTopics);

// Whether diagramData() makes the same picture of both snapshots, told from the fields it
// reads, without building either: a cluster of ten thousand partitions whose replicas did
// not move costs a walk over them, not a new picture and a comparison. May answer false
// for snapshots that draw alike (the same topics listed in another order).
bool drawsSame(const ClusterSnapshot &a, const ClusterSnapshot &b);

} // namespace es
