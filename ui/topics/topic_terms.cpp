#include "ui/topics/topic_terms.h"

namespace es {

QString TopicTerms::leader()
{
    return tr("The broker that takes every write and read for this partition; the others copy from it.");
}

QString TopicTerms::replicas()
{
    return tr("The brokers that keep a copy of this partition, the preferred leader first.");
}

QString TopicTerms::isr()
{
    return tr(
        "In-sync replicas: the copies that are caught up with the leader and may take over if it fails.");
}

QString TopicTerms::logStartOffset()
{
    return tr("Log start offset: the oldest offset still stored; retention moves it forward.");
}

QString TopicTerms::highWatermark()
{
    return tr("High watermark: the offset up to which every in-sync replica has the records, so consumers "
              "may read below it.");
}

QString TopicTerms::logEndOffset()
{
    return tr("Log end offset: the offset the leader will give the next record it appends.");
}

QString TopicTerms::segments()
{
    return tr("The files a partition's log is split into; retention deletes whole segments, oldest first.");
}

QString TopicTerms::replicationFactor() { return tr("How many brokers keep a copy of each partition."); }

QString TopicTerms::underReplicated()
{
    return tr("Partitions with fewer in-sync replicas than replicas: a broker is down or falling behind.");
}

QString TopicTerms::committedOffset()
{
    return tr(
        "A consumer group's committed offset: the next record the group will read from this partition.");
}

} // namespace es
