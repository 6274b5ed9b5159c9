#include "ui/topics/config_descriptions.h"

#include <QCoreApplication>

namespace es {

namespace {

struct Description {
    std::string_view config;
    const char *text;
};

// In name order, one for each config of the engine's spec table (a test checks both agree).
const Description kDescriptions[] = {
    {"cleanup.policy",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "What happens to old records: deleted by age and size, or compacted to the "
                       "latest record of each key, or both.")},
    {"compression.type",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "The codec the broker stores batches in; producer keeps the one each "
                       "producer chose.")},
    {"delete.retention.ms",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "How long a tombstone (a record with no value) stays in a compacted "
                       "topic, so that consumers see the delete.")},
    {"file.delete.delay.ms", QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                                               "How long a broker waits before deleting a segment file it no "
                                               "longer needs.")},
    {"flush.messages",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "After how many records the log is forced to disk; 1 forces every batch.")},
    {"flush.ms",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions", "How often records not yet on disk are forced there.")},
    {"follower.replication.throttled.replicas",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions", "The replicas whose copying by followers is "
                                                 "held to the replication throttle.")},
    {"index.interval.bytes",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "How many bytes of records lie between two entries of the offset "
                       "index.")},
    {"leader.replication.throttled.replicas",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions", "The replicas whose sending to followers is held "
                                                 "to the replication throttle.")},
    {"local.retention.bytes",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "With tiered storage: the most bytes a partition keeps on the "
                       "broker's own disk.")},
    {"local.retention.ms",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "With tiered storage: how long records stay on the broker's own disk.")},
    {"max.compaction.lag.ms",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "The longest a record may stay uncompacted in a compacted topic.")},
    {"max.message.bytes", QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                                            "The largest record batch the topic accepts from a producer.")},
    {"message.downconversion.enable",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions", "Whether consumers of old protocol versions get records "
                                                 "converted to the old format.")},
    {"message.format.version",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "The record format of old Kafka versions; ignored since Kafka 3.0.")},
    {"message.timestamp.difference.max.ms",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions", "How far a producer's timestamp may lie from the "
                                                 "broker's clock before the record is refused.")},
    {"message.timestamp.type",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "Which time a record keeps: the producer's (CreateTime) or the "
                       "broker's when it was written (LogAppendTime).")},
    {"min.cleanable.dirty.ratio",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "The share of a log not yet compacted at which it is compacted "
                       "again.")},
    {"min.compaction.lag.ms", QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                                                "The youngest a record may be and still be compacted away.")},
    {"min.insync.replicas",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "How many in-sync replicas must have a record before a send with "
                       "acks=all succeeds.")},
    {"preallocate", QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                                      "Whether a new segment file is given its full size on disk at once.")},
    {"remote.storage.enable",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions", "Whether old segments move to tiered (remote) storage.")},
    {"retention.bytes",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "The most bytes a partition keeps before its oldest segments are deleted.")},
    {"retention.ms", QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                                       "How long records are kept before their segment is deleted.")},
    {"segment.bytes",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "The size at which a partition's active segment is closed and a new one "
                       "begun.")},
    {"segment.index.bytes",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions", "The size of each segment's offset and time index files.")},
    {"segment.jitter.ms",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "A random amount taken off segment.ms, so that partitions do not all "
                       "roll at once.")},
    {"segment.ms",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions",
                       "The age at which the active segment is closed even when it is not full.")},
    {"unclean.leader.election.enable",
     QT_TRANSLATE_NOOP("es::ConfigDescriptions", "Whether a replica that is out of sync may become leader, "
                                                 "losing the records it lacks.")},
};

} // namespace

QString configDescription(std::string_view config)
{
    for (const Description &d : kDescriptions)
        if (d.config == config)
            return QCoreApplication::translate("es::ConfigDescriptions", d.text);
    return {};
}

QString configNoEffectExplanation()
{
    return QCoreApplication::translate(
        "es::ConfigDescriptions", "This cluster accepts and checks the setting as Kafka does, so that "
                                  "tools and scripts written for Kafka work, but nothing in it depends on "
                                  "the value.");
}

} // namespace es
