#include "ui/events/event_message.h"

#include <QRegularExpression>

#include <functional>
#include <vector>

namespace es {

namespace {

using Captures = QStringList; // the pattern's groups, from 1

struct Sentence {
    QRegularExpression pattern; // anchored at both ends
    std::function<QString(const Captures &)> say;
};

// "controller", "clients" and "broker 3" as the engine names a link's ends.
QString nodeName(const QString &node)
{
    if (node == QLatin1String("controller"))
        return EventMessage::tr("controller");
    if (node == QLatin1String("clients"))
        return EventMessage::tr("clients");
    if (node.startsWith(QLatin1String("broker ")))
        return EventMessage::tr("broker %1").arg(node.mid(7));
    return node;
}

// Why a broker was fenced, or a member left: the engine's phrases.
QString reason(const QString &why)
{
    if (why == QLatin1String("missed heartbeats for longer than the session timeout"))
        return EventMessage::tr("missed heartbeats for longer than the session timeout");
    if (why == QLatin1String("the broker was stopped"))
        return EventMessage::tr("the broker was stopped");
    return why;
}

QString linkState(const QString &what)
{
    if (what == QLatin1String("healed"))
        return EventMessage::tr("healed");
    if (what == QLatin1String("cut"))
        return EventMessage::tr("cut");
    static const QRegularExpression fault(QStringLiteral("^latency (\\d+) ms, loss (\\d+)%$"));
    const auto m = fault.match(what);
    return m.hasMatch() ? EventMessage::tr("latency %1 ms, loss %2%").arg(m.captured(1), m.captured(2))
                        : what;
}

Sentence sentence(const char *pattern, std::function<QString(const Captures &)> say)
{
    return {QRegularExpression(QLatin1Char('^') + QLatin1String(pattern) + QLatin1Char('$')), std::move(say)};
}

const std::vector<Sentence> &sentences()
{
    static const std::vector<Sentence> all{
        // -- brokers --------------------------------------------------------------------
        sentence(
            "broker (\\d+) started on (\\S+)",
            [](const Captures &c) { return EventMessage::tr("Broker %1 started on %2.").arg(c[1], c[2]); }),
        sentence("broker (\\d+) stopped gracefully after handing over its leadership",
                 [](const Captures &c) {
                     return EventMessage::tr(
                                "Broker %1 stopped gracefully after handing over its leadership.")
                         .arg(c[1]);
                 }),
        sentence("broker (\\d+) crashed, losing what it had not flushed to disk",
                 [](const Captures &c) {
                     return EventMessage::tr("Broker %1 crashed, losing what it had not flushed to disk.")
                         .arg(c[1]);
                 }),
        sentence("broker (\\d+) crashed",
                 [](const Captures &c) { return EventMessage::tr("Broker %1 crashed.").arg(c[1]); }),
        sentence("broker (\\d+) paused: its thread is frozen and its session will expire",
                 [](const Captures &c) {
                     return EventMessage::tr(
                                "Broker %1 paused: its thread is frozen and its session will expire.")
                         .arg(c[1]);
                 }),
        sentence("broker (\\d+) resumed",
                 [](const Captures &c) { return EventMessage::tr("Broker %1 resumed.").arg(c[1]); }),
        sentence("broker (\\d+) added",
                 [](const Captures &c) { return EventMessage::tr("Broker %1 added.").arg(c[1]); }),
        sentence("broker (\\d+) registered again and is no longer fenced",
                 [](const Captures &c) {
                     return EventMessage::tr("Broker %1 registered again and is no longer fenced.").arg(c[1]);
                 }),
        sentence("broker (\\d+) fenced: (.+)",
                 [](const Captures &c) {
                     return EventMessage::tr("Broker %1 fenced: %2.").arg(c[1], reason(c[2]));
                 }),
        // -- links ----------------------------------------------------------------------
        sentence("link (controller|clients|broker \\d+) <-> (controller|clients|broker \\d+): (.+)",
                 [](const Captures &c) {
                     return EventMessage::tr("Link %1 ↔ %2: %3.")
                         .arg(nodeName(c[1]), nodeName(c[2]), linkState(c[3]));
                 }),
        sentence("every link healed",
                 [](const Captures &) { return EventMessage::tr("Every link healed."); }),
        // -- partitions -----------------------------------------------------------------
        sentence("(\\S+): leader (-?\\d+) -> (-?\\d+) \\(epoch (\\d+)\\)",
                 [](const Captures &c) {
                     return EventMessage::tr("%1: leader %2 → %3 (epoch %4).").arg(c[1], c[2], c[3], c[4]);
                 }),
        sentence(
            "(\\S+): broker (\\d+) elected leader \\(epoch (\\d+)\\)",
            [](const Captures &c) {
                return EventMessage::tr("%1: broker %2 elected leader (epoch %3).").arg(c[1], c[2], c[3]);
            }),
        sentence("(\\S+): leadership back to preferred broker (\\d+) \\(was (-?\\d+)\\)",
                 [](const Captures &c) {
                     return EventMessage::tr("%1: leadership back to the preferred broker %2 (was %3).")
                         .arg(c[1], c[2], c[3]);
                 }),
        sentence(
            "(\\S+) is offline: no in-sync replica is alive to lead it",
            [](const Captures &c) {
                return EventMessage::tr("%1 is offline: no in-sync replica is alive to lead it.").arg(c[1]);
            }),
        sentence("ISR of (\\S+) shrank to (\\[[^\\]]*\\]): broker (\\d+) is fenced",
                 [](const Captures &c) {
                     return EventMessage::tr("ISR of %1 shrank to %2: broker %3 is fenced.").arg(c[1], c[2], c[3]);
                 }),
        sentence("ISR of (\\S+) shrank to (\\[[^\\]]*\\]): broker (\\d+) is shutting down",
                 [](const Captures &c) {
                     return EventMessage::tr("ISR of %1 shrank to %2: broker %3 is shutting down.")
                         .arg(c[1], c[2], c[3]);
                 }),
        // Written by earlier versions for both; kept so that stored timelines still read.
        sentence(
            "ISR of (\\S+) shrank to (\\[[^\\]]*\\]): broker (\\d+) is down",
            [](const Captures &c) {
                return EventMessage::tr("ISR of %1 shrank to %2: broker %3 is down.").arg(c[1], c[2], c[3]);
            }),
        sentence("ISR of (\\S+) grew from (\\[[^\\]]*\\]) to (\\[[^\\]]*\\])",
                 [](const Captures &c) {
                     return EventMessage::tr("ISR of %1 grew from %2 to %3.").arg(c[1], c[2], c[3]);
                 }),
        sentence("ISR of (\\S+) shrank from (\\[[^\\]]*\\]) to (\\[[^\\]]*\\])",
                 [](const Captures &c) {
                     return EventMessage::tr("ISR of %1 shrank from %2 to %3.").arg(c[1], c[2], c[3]);
                 }),
        sentence("records below offset (\\d+) of (\\S+) deleted",
                 [](const Captures &c) {
                     return EventMessage::tr("Records of %2 below offset %1 deleted.").arg(c[1], c[2]);
                 }),
        sentence("retention deleted (\\d+) segment\\(s\\), log start (\\d+) -> (\\d+)",
                 [](const Captures &c) {
                     return EventMessage::tr("Retention deleted %n segment(s); log start %1 → %2.", nullptr,
                                             c[1].toInt())
                         .arg(c[2], c[3]);
                 }),
        sentence("compaction kept (\\d+) of (\\d+) records",
                 [](const Captures &c) {
                     return EventMessage::tr("Compaction kept %1 of %2 records.").arg(c[1], c[2]);
                 }),
        // -- topics ---------------------------------------------------------------------
        sentence("topic (\\S+) created with (\\d+) partition\\(s\\), replication factor (\\d+)",
                 [](const Captures &c) {
                     return EventMessage::tr("Topic %1 created with %n partition(s), replication factor %2.",
                                             nullptr, c[2].toInt())
                         .arg(c[1], c[3]);
                 }),
        sentence("topic (\\S+) deleted",
                 [](const Captures &c) { return EventMessage::tr("Topic %1 deleted.").arg(c[1]); }),
        sentence("topic (\\S+) grew from (\\d+) to (\\d+) partitions",
                 [](const Captures &c) {
                     return EventMessage::tr("Topic %1 grew from %2 to %3 partitions.").arg(c[1], c[2], c[3]);
                 }),
        sentence("topic (\\S+) config changed: (.+)",
                 [](const Captures &c) {
                     return EventMessage::tr("Topic %1 config changed: %2.").arg(c[1], c[2]);
                 }),
        // -- consumer groups ------------------------------------------------------------
        sentence("member (\\S+) \\(client (.*), (\\S*)\\) joined",
                 [](const Captures &c) {
                     return EventMessage::tr("Member %1 (client %2, %3) joined.").arg(c[1], c[2], c[3]);
                 }),
        sentence("member (\\S+) joined",
                 [](const Captures &c) { return EventMessage::tr("Member %1 joined.").arg(c[1]); }),
        sentence(
            "static member (\\S+) rejoined as (\\S+) \\(was (\\S+)\\)",
            [](const Captures &c) {
                return EventMessage::tr("Static member %1 rejoined as %2 (was %3).").arg(c[1], c[2], c[3]);
            }),
        sentence("static member (\\S+) rejoined during CompletingRebalance",
                 [](const Captures &c) {
                     return EventMessage::tr("Static member %1 rejoined while the rebalance was completing.")
                         .arg(c[1]);
                 }),
        sentence(
            "member (\\S+) did not rejoin within the rebalance timeout",
            [](const Captures &c) {
                return EventMessage::tr("Member %1 did not rejoin within the rebalance timeout.").arg(c[1]);
            }),
        sentence("member (\\S+) did not send SyncGroup within the rebalance timeout",
                 [](const Captures &c) {
                     return EventMessage::tr("Member %1 did not send SyncGroup within the rebalance timeout.")
                         .arg(c[1]);
                 }),
        sentence(
            "member (\\S+) no heartbeat within the session timeout",
            [](const Captures &c) {
                return EventMessage::tr("Member %1 sent no heartbeat within the session timeout.").arg(c[1]);
            }),
        sentence("member (\\S+) was removed by its instance id",
                 [](const Captures &c) {
                     return EventMessage::tr("Member %1 was removed by its instance id.").arg(c[1]);
                 }),
        sentence("member (\\S+) left the group",
                 [](const Captures &c) { return EventMessage::tr("Member %1 left the group.").arg(c[1]); }),
        sentence("members did not sync in time",
                 [](const Captures &) { return EventMessage::tr("Members did not sync in time."); }),
        sentence("the rebalance ended with no members",
                 [](const Captures &) { return EventMessage::tr("The rebalance ended with no members."); }),
        sentence("(\\d+) members joined with protocol (\\S+)",
                 [](const Captures &c) {
                     return EventMessage::tr("%n member(s) joined with the %1 assignor.", nullptr,
                                             c[1].toInt())
                         .arg(c[2]);
                 }),
        sentence("leader (\\S+) assigned generation (\\d+)",
                 [](const Captures &c) {
                     return EventMessage::tr("Leader %1 assigned generation %2.").arg(c[1], c[2]);
                 }),
        sentence("storing the assignment failed: (\\S+)",
                 [](const Captures &c) {
                     return EventMessage::tr("Storing the assignment failed: %1.").arg(c[1]);
                 }),
        sentence("offsets of (\\d+) partitions reset",
                 [](const Captures &c) {
                     return EventMessage::tr("Committed offsets of %n partition(s) reset.", nullptr,
                                             c[1].toInt());
                 }),
        sentence("its last offsets were deleted",
                 [](const Captures &) { return EventMessage::tr("Its last offsets were deleted."); }),
        sentence("empty with no committed offsets left",
                 [](const Captures &) { return EventMessage::tr("Empty, with no committed offsets left."); }),
        sentence("deleted", [](const Captures &) { return EventMessage::tr("Deleted."); }),
    };
    return all;
}

} // namespace

QString EventMessage::translated(const QString &message)
{
    for (const Sentence &s : sentences()) {
        const QRegularExpressionMatch m = s.pattern.match(message);
        if (m.hasMatch())
            return s.say(m.capturedTexts());
    }
    return message;
}

} // namespace es
