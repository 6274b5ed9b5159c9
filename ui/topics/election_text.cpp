#include "ui/topics/election_text.h"

#include "ui/read_only_text.h"
#include "ui/topics/admin_error_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace es {

namespace {

const ReplicaSnapshot *replicaOn(const PartitionSnapshot &p, std::int32_t broker)
{
    const auto r = std::find_if(p.replicas.begin(), p.replicas.end(),
                                [broker](const ReplicaSnapshot &s) { return s.broker == broker; });
    return r == p.replicas.end() ? nullptr : &*r;
}

bool anyInSyncReplicaRuns(const PartitionSnapshot &p)
{
    return std::any_of(p.replicas.begin(), p.replicas.end(),
                       [](const ReplicaSnapshot &r) { return r.inSync && r.online; });
}

QString noInSyncReplica()
{
    return QCoreApplication::translate(
        "ElectionText", "No in-sync replica is available; only an unclean election can choose a leader");
}

QString elected(ElectionType type, std::int32_t leader, const PartitionSnapshot *before)
{
    const ReplicaSnapshot *chosen = before ? replicaOn(*before, leader) : nullptr;
    if (type == ElectionType::Unclean && chosen && !chosen->inSync)
        return QCoreApplication::translate("ElectionText",
                                           "Broker %1 leads it now, though it was out of sync: records it "
                                           "had not copied are lost")
            .arg(leader);
    return QCoreApplication::translate("ElectionText", "Leader moved to broker %1").arg(leader);
}

QString notNeeded(ElectionType type, const PartitionSnapshot *before)
{
    if (type == ElectionType::Preferred)
        return QCoreApplication::translate("ElectionText", "Already led by its preferred replica");
    if (before && before->leader >= 0)
        return QCoreApplication::translate("ElectionText", "Broker %1 leads it and runs: no election needed")
            .arg(before->leader);
    return QCoreApplication::translate("ElectionText", "It has a running leader: no election needed");
}

QString preferredUnavailable(const PartitionSnapshot *before)
{
    if (!before || before->replicas.empty())
        return QCoreApplication::translate("ElectionText",
                                           "Its preferred replica is not running or not in sync");
    if (before->leader < 0 && !anyInSyncReplicaRuns(*before))
        return noInSyncReplica();
    const ReplicaSnapshot &preferred = before->replicas.front();
    if (!preferred.online)
        return QCoreApplication::translate("ElectionText", "Its preferred replica, broker %1, is not running")
            .arg(preferred.broker);
    if (!preferred.inSync)
        return QCoreApplication::translate(
                   "ElectionText",
                   "Its preferred replica, broker %1, is not in sync yet; try again once it has caught up")
            .arg(preferred.broker);
    return QCoreApplication::translate("ElectionText", "Its preferred replica, broker %1, cannot lead it now")
        .arg(preferred.broker);
}

} // namespace

ElectionOutcome electionOutcome(const ElectionResult &result)
{
    switch (result.error) {
    case ErrorCode::None: return ElectionOutcome::Moved;
    case ErrorCode::ElectionNotNeeded: return ElectionOutcome::Unchanged;
    default: return ElectionOutcome::Refused;
    }
}

QString electionResultText(ElectionType type, const ElectionResult &result, const PartitionSnapshot *before)
{
    switch (result.error) {
    case ErrorCode::None: return elected(type, result.leader, before);
    case ErrorCode::ElectionNotNeeded: return notNeeded(type, before);
    case ErrorCode::PreferredLeaderNotAvailable: return preferredUnavailable(before);
    case ErrorCode::EligibleLeadersNotAvailable:
        if (type == ElectionType::Preferred)
            return noInSyncReplica();
        return QCoreApplication::translate(
            "ElectionText", "None of its replicas is running: no leader can be elected until one starts");
    case ErrorCode::UnknownTopicOrPartition:
        return QCoreApplication::translate("ElectionText", "There is no such partition any more");
    default: return adminErrorText(result.error, result.message);
    }
}

QString electionUnavailableText(const ConnectionCapabilities &capabilities, const QString &connectionName)
{
    if (capabilities.readOnly)
        return readOnlyToolTip(connectionName);
    if (capabilities.leaderElections.available)
        return {};
    if (!capabilities.leaderElections.missingFromClient.empty())
        return QCoreApplication::translate(
                   "ElectionText",
                   "Electing leaders needs a newer client library than the %1 this program is built with.")
            .arg(QString::fromStdString(capabilities.leaderElections.missingFromClient));
    return QCoreApplication::translate("ElectionText", "This connection cannot elect partition leaders.");
}

} // namespace es
