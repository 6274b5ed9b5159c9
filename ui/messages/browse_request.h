#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QCoreApplication>
#include <QString>

#include <optional>
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

// One partition's share: rows are offsets [start, end); `end` is the high watermark when
// resolved (following moves it on).
struct PartitionRange {
    std::int32_t partition = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
};

// Turns a request into offset ranges using the newest snapshot. Timestamps need the
// partitions' time indexes: those ranges come back with `needsTimestampLookup` set and the
// caller asks the reader (RecordReader::offsetForTimestamp) for each start.
// Thread-safety: pure, any thread.
class BrowseResolver {
    Q_DECLARE_TR_FUNCTIONS(es::BrowseResolver)

public:
    struct Resolved {
        std::vector<PartitionRange> ranges;
        bool needsTimestampLookup = false;
        QString note; // e.g. partitions where the group has no committed offset
    };
    // An error in words when the topic or a partition does not exist, or a partition has
    // no leader right now.
    static std::optional<Resolved> resolve(const ClusterSnapshot &snapshot, const BrowseRequest &request,
                                           QString *error);
    // Parses "0, 2, 5-7" (empty: all partitions); an error in words otherwise.
    static std::optional<std::vector<std::int32_t>> parsePartitions(const QString &text, QString *error);
};

} // namespace es
