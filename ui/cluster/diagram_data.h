#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "connection/replica_catch_up.h"
#endif

#include <QString>

#include <cstdint>
#include <optional>
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

// A replica's part in a move of its partition's replicas (Kafka's reassignment in progress).
enum class ReplicaMove : std::uint8_t {
    None,
    Joining, // copies the leader's log, and joins the partition's replicas once caught up
    Leaving, // leaves once every joining replica has caught up
};

struct MovingReplica {
    ReplicaMove move = ReplicaMove::None;
    // Of a joining replica: how much of the leader's log it has; nullopt where the connection
    // does not tell (or there is nothing to copy).
    std::optional<ReplicaCatchUp> catchUp = {};
    bool inSync = false; // a joining replica that has caught up: the move completes soon
    bool operator==(const MovingReplica &) const = default;
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
    // One per broker column while the partition's replicas move; empty otherwise (and where
    // the connection cannot tell a move, as over librdkafka 2.0).
    std::vector<MovingReplica> moves;
    bool offline = false; // no leader
    bool underReplicated = false;
    [[nodiscard]] bool isHeader() const { return partition < 0; }
    [[nodiscard]] QString label() const;
    [[nodiscard]] bool moving() const { return !moves.empty(); }
    // The column's part in the move; None when the partition does not move.
    [[nodiscard]] ReplicaMove moveAt(std::size_t column) const
    {
        return column < moves.size() ? moves[column].move : ReplicaMove::None;
    }
    bool operator==(const DiagramRow &) const = default;
};

struct DiagramData {
    std::vector<DiagramBroker> brokers; // in id order: the diagram's columns
    std::vector<DiagramRow> rows;       // topics by name (internal ones last), partitions in order
    std::vector<LinkState> links;       // links with a fault
    bool controllerRunning = true;
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
