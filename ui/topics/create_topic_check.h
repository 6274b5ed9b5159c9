#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace es {

// What the Create topic dialog checks as the user types, apart from the widgets so it can
// be tested alone: Kafka's name rules (the engine's own check, so both agree), names that
// exist or collide, at least one partition, and no more replicas than live brokers.
class CreateTopicCheck {
    Q_DECLARE_TR_FUNCTIONS(CreateTopicCheck)

public:
    struct Input {
        QString name;
        int partitions = 1;
        int replicationFactor = 1;
    };

    // Empty when the topic can be created; otherwise the reason in one sentence.
    static QString problem(const Input &input, int liveBrokers, const QStringList &existingTopics);
};

} // namespace es
