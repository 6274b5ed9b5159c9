#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace es {

class ConfigEditorModel;

// Settings that each pass their own check but together do not do what the user expects, or
// that Kafka refuses together, in words: min.insync.replicas above the replication factor
// (every acks=all send fails), retention.bytes below segment.bytes (only whole segments are
// deleted), and the compaction lags against each other and against retention.ms.
class ConfigCrossChecks {
    Q_DECLARE_TR_FUNCTIONS(ConfigCrossChecks)

public:
    // The warnings for what `model` would apply to a topic of `replicationFactor` replicas
    // (0: unknown, not checked), one sentence each; empty when nothing would surprise.
    static QStringList warnings(const ConfigEditorModel &model, int replicationFactor);
};

} // namespace es
