#include "ui/topics/replica_target_text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace es {

ReplicaTargetText parseReplicaTargets(const QString &text, const std::set<std::int32_t> &known)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    ReplicaTargetText out;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int id = word.toInt(&ok);
        if (!ok) {
            out.problem =
                QCoreApplication::translate("ReplicaTargetText", "\"%1\" is not a broker id").arg(word);
            return out;
        }
        if (!known.contains(id)) {
            out.problem = QCoreApplication::translate("ReplicaTargetText", "there is no broker %1").arg(id);
            return out;
        }
        if (std::find(out.brokers.begin(), out.brokers.end(), id) != out.brokers.end()) {
            out.problem =
                QCoreApplication::translate("ReplicaTargetText", "broker %1 is listed twice").arg(id);
            return out;
        }
        out.brokers.push_back(id);
    }
    if (out.brokers.empty())
        out.problem = QCoreApplication::translate("ReplicaTargetText", "list at least one broker");
    return out;
}

QString replicaTargetsText(const std::vector<std::int32_t> &brokers)
{
    QStringList ids;
    for (std::int32_t id : brokers)
        ids << QString::number(id);
    return ids.join(QStringLiteral(", "));
}

} // namespace es
