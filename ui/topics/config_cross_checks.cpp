#include "ui/topics/config_cross_checks.h"

#include "ui/topics/config_editor_model.h"
#include "ui/topics/config_value_words.h"

#include <QLocale>

#include <optional>

namespace es {

namespace {

std::optional<qint64> number(const ConfigEditorModel &model, const char *name)
{
    bool ok = false;
    const qint64 v = QString::fromStdString(model.effective(name)).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

QString shown(const char *name, qint64 value)
{
    const QString words = configValueInWords(name, QString::number(value));
    return words.isEmpty() ? QLocale().toString(value) : words;
}

} // namespace

QStringList ConfigCrossChecks::warnings(const ConfigEditorModel &model, int replicationFactor)
{
    QStringList out;
    const auto minInsync = number(model, "min.insync.replicas");
    if (minInsync && replicationFactor > 0 && *minInsync > replicationFactor)
        // In the context the Edit configs dialog gave it first, whose translations it keeps.
        out << QCoreApplication::translate(
                   "es::TopicConfigsDialog",
                   "min.insync.replicas %1 is more than the topic's %2 replicas: every send with acks=all "
                   "(the default of most producers) will wait for its timeout and then fail with "
                   "NOT_ENOUGH_REPLICAS. Producers with acks=0 or 1 are not affected.")
                   .arg(*minInsync)
                   .arg(replicationFactor);

    const QString policy = QString::fromStdString(model.effective("cleanup.policy"));
    const bool deletes = policy.contains(QLatin1String("delete"));
    const bool compacts = policy.contains(QLatin1String("compact"));
    const auto retentionBytes = number(model, "retention.bytes");
    const auto segmentBytes = number(model, "segment.bytes");
    if (deletes && retentionBytes && segmentBytes && *retentionBytes >= 0 && *retentionBytes < *segmentBytes)
        out << tr("retention.bytes (%1) is less than segment.bytes (%2): only closed segments are deleted, "
                  "so "
                  "each partition still keeps up to a whole segment, more than retention.bytes.")
                   .arg(shown("retention.bytes", *retentionBytes), shown("segment.bytes", *segmentBytes));

    const auto minLag = number(model, "min.compaction.lag.ms");
    const auto maxLag = number(model, "max.compaction.lag.ms");
    if (minLag && maxLag && *minLag > *maxLag)
        out << tr("min.compaction.lag.ms (%1) is more than max.compaction.lag.ms (%2): Kafka refuses this "
                  "pair of settings.")
                   .arg(shown("min.compaction.lag.ms", *minLag), shown("max.compaction.lag.ms", *maxLag));
    const auto retentionMs = number(model, "retention.ms");
    if (compacts && deletes && minLag && retentionMs && *retentionMs >= 0 && *minLag > *retentionMs)
        out << tr("min.compaction.lag.ms (%1) is more than retention.ms (%2): records are deleted by "
                  "retention before they may be compacted, so compaction never runs on them.")
                   .arg(shown("min.compaction.lag.ms", *minLag), shown("retention.ms", *retentionMs));
    return out;
}

} // namespace es
