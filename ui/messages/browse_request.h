#pragma once

#ifndef Q_MOC_RUN
#include "browse/partition_range.h"
#include "client/record_reader.h"
#include "cluster/cluster_snapshot.h"
#include "common/status.h"
#endif

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <stop_token>
#include <vector>

namespace es {

// Where browsing starts in each chosen partition.
enum class StartKind { Earliest, LatestN, Offset, Timestamp, GroupPosition, LiveTail };

// What the user asked to browse: a topic, its partitions (empty: all), where to start, and
// whether to follow new records as they arrive.
struct BrowseRequest {
    QString topic;
    std::vector<std::int32_t> partitions;
    StartKind start = StartKind::Earliest;
    std::int64_t count = 100;     // LatestN: per partition
    std::int64_t offset = 0;      // Offset
    std::int64_t timestampMs = 0; // Timestamp
    QString group;                // GroupPosition
    bool follow = false;          // LiveTail always follows
};

// Whether two requests show the same rows: the fields their start does not use are ignored.
[[nodiscard]] bool showsTheSame(const BrowseRequest &a, const BrowseRequest &b);

// Turns a request into offset ranges in two steps. plan() checks it against the newest
// snapshot: the topic, its partitions and the group exist, and what the group committed.
// ranges() then reads each partition's bounds (and for a Timestamp start the offset of that
// time) through the RecordReader: a snapshot's bounds are as old as its refresh interval
// (seconds on a remote connection), so a record produced just before would be missing.
class BrowseResolver {
    Q_DECLARE_TR_FUNCTIONS(es::BrowseResolver)

public:
    // A partition to open; for a GroupPosition start, the group's committed offset (-1: none).
    struct Target {
        std::int32_t partition = 0;
        std::int64_t committed = -1;
    };
    struct Plan {
        std::vector<Target> targets;
        QString note; // e.g. partitions where the group has no committed offset
    };
    // An error in words when the topic, a partition or the group does not exist.
    // Thread-safety: pure, any thread.
    static std::optional<Plan> plan(const ClusterSnapshot &snapshot, const BrowseRequest &request,
                                    QString *error);
    // The range of each target, from its bounds read now; the first failing read's status
    // when one fails. Blocks: a worker thread (PageLoader::post), never
    // the GUI thread; ends with Cancelled when `stop` is requested.
    static Result<std::vector<PartitionRange>> ranges(RecordReader &reader, const BrowseRequest &request,
                                                      const std::vector<Target> &targets,
                                                      std::stop_token stop = {});
    // The range of one target whose partition has `bounds`; `timeOffset` is the first offset
    // at or after the request's time (Timestamp starts only). Thread-safety: pure, any thread.
    static PartitionRange rangeFor(const BrowseRequest &request, const Target &target,
                                   const PartitionBounds &bounds, std::int64_t timeOffset = -1);
    // Parses "0, 2, 5-7" (empty: all partitions); an error in words otherwise.
    static std::optional<std::vector<std::int32_t>> parsePartitions(const QString &text, QString *error);
};

} // namespace es
