#pragma once

// The one interface through which the views see a cluster (DESIGN.md, "Connections"): its
// snapshots, its admin commands, its event timeline and metrics history, and, where the
// cluster runs in this process, control over its brokers and links. The embedded cluster
// is one implementation (embedded_connection.h); a Kafka cluster reached over the network
// is to be another. What a connection cannot do, capabilities() says, and the view leaves
// it out rather than fake it.
//
// Thread-safety: every method may be called from any thread but the engine's own loops.
// Commands and queries block until the cluster answers, so the GUI calls them from a
// worker thread, never its own.

#include "catalog/catalog_types.h"
#include "catalog/lag_history.h"
#include "catalog/metrics_query.h"
#include "client/record_reader.h"
#include "cluster/cluster_snapshot.h"
#include "cluster/controller.h"
#include "cluster/network.h"
#include "common/status.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace es {

struct ConnectionCapabilities {
    // Stop, crash, pause, resume, restart and add brokers; slow, lossy or cut links.
    bool brokerControl = false;
    // Log end offsets, segments and sizes of partitions (what Kafka's protocol does not tell).
    bool logDetails = false;
    // Per-broker request rates and latencies, and records fetched by consumers: what only a
    // cluster in this process measures.
    bool brokerMetrics = false;
    // Every write (topics, configs, records, offsets) is refused: the user chose to only look.
    bool readOnly = false;
};

// Control over the brokers and links of a cluster that runs in this process.
class BrokerControl {
public:
    virtual ~BrokerControl() = default;
    virtual Status stopBroker(std::int32_t id) = 0;
    virtual Status crashBroker(std::int32_t id, bool loseUnflushed) = 0;
    virtual Status pauseBroker(std::int32_t id) = 0;
    virtual Status resumeBroker(std::int32_t id) = 0;
    virtual Status restartBroker(std::int32_t id) = 0;
    virtual Result<std::int32_t> addBroker() = 0;
    virtual void setLink(NodeId a, NodeId b, LinkFault fault) = 0;
    virtual void healLinks() = 0;
};

class Connection {
public:
    virtual ~Connection() = default;

    [[nodiscard]] virtual ConnectionCapabilities capabilities() const = 0;

    // -- observing ---------------------------------------------------------------------------
    // The latest snapshot (null before the first). Observers get each new snapshot and each
    // timeline event on the connection's own thread; they must hand them over and return.
    [[nodiscard]] virtual ClusterSnapshotPtr snapshot() const = 0;
    virtual void addObserver(ClusterObserver *observer) = 0;
    virtual void removeObserver(ClusterObserver *observer) = 0;

    // -- admin -------------------------------------------------------------------------------
    virtual AdminResult createTopic(const CreateTopicSpec &spec) = 0;
    virtual AdminResult deleteTopic(const std::string &name) = 0;
    virtual AdminResult createPartitions(const std::string &name, int totalCount) = 0;
    virtual AdminResult
    alterTopicConfigs(const std::string &name,
                      const std::map<std::string, std::optional<std::string>> &changes) = 0;

    // -- records -----------------------------------------------------------------------------
    // A reader of any partition's records (browsing, searching, exporting, re-publishing).
    // Each call makes a new one (never null); it must not outlive the connection.
    virtual std::unique_ptr<RecordReader> openReader() = 0;
    // How many partitions `topic` has now; NotFound when there is no such topic.
    virtual Result<std::int32_t> partitionCount(const std::string &topic) = 0;

    // -- history -----------------------------------------------------------------------------
    // The timeline, newest first, as EventQuery chooses.
    virtual Result<std::vector<EventRecord>> events(const EventQuery &query) const = 0;
    virtual MetricsResult metrics(const MetricsRequest &request) const = 0;
    // `cancel` (may be null) is checked between series.
    virtual LagHistory lagHistory(const LagHistoryRequest &request,
                                  const std::atomic<bool> *cancel) const = 0;

    // -- brokers -----------------------------------------------------------------------------
    // Null unless capabilities().brokerControl.
    virtual BrokerControl *brokerControl() = 0;
};

} // namespace es
