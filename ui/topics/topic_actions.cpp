#include "ui/topics/topic_actions.h"

#include "ui/cluster_bridge.h"
#include "ui/read_only_text.h"
#include "ui/topics/add_partitions_dialog.h"
#include "ui/topics/admin_error_text.h"
#include "ui/topics/config_value_words.h"
#include "ui/topics/create_topic_dialog.h"
#include "ui/topics/delete_records_dialog.h"
#include "ui/topics/elect_leaders_dialog.h"
#include "ui/topics/election_text.h"
#include "ui/topics/move_replicas_dialog.h"
#include "ui/topics/topic_configs_dialog.h"

#include "connection/connection.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>
#include <QWidget>

namespace es {

namespace {

QString errorOf(const AdminResult &r) { return adminErrorText(r.error, r.message); }

// "Configs of orders applied: retention.ms 604800000 (7 days), flush.ms default."
QString appliedText(const QString &topic, const std::map<std::string, std::optional<std::string>> &changes)
{
    QStringList parts;
    for (const auto &[name, value] : changes) {
        const QString config = QString::fromStdString(name);
        if (!value) {
            parts << TopicActions::tr("%1 back to its default").arg(config);
            continue;
        }
        const QString text = QString::fromStdString(*value);
        const QString words = configValueInWords(name, text);
        parts << (words.isEmpty() ? TopicActions::tr("%1 %2").arg(config, text)
                                  : TopicActions::tr("%1 %2 (%3)").arg(config, text, words));
    }
    return TopicActions::tr("Configs of %1 applied: %2.").arg(topic, parts.join(QStringLiteral(", ")));
}

} // namespace

TopicActions::TopicActions(ClusterBridge &bridge, QWidget *dialogParent)
    : QObject(dialogParent), m_bridge(bridge), m_dialogParent(dialogParent)
{
    m_create = new QAction(tr("&Create topic…"), this);
    m_create->setObjectName(QStringLiteral("createTopic"));
    m_create->setShortcut(QKeySequence::New);
    m_create->setToolTip(tr("Create a topic (Ctrl+N)"));
    connect(m_create, &QAction::triggered, this, &TopicActions::openCreate);

    m_remove = new QAction(tr("&Delete…"), this);
    m_remove->setObjectName(QStringLiteral("deleteTopic"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setToolTip(tr("Delete the selected topic and all its records (Delete)"));
    connect(m_remove, &QAction::triggered, this, &TopicActions::confirmRemove);

    m_addPartitions = new QAction(tr("Add &partitions…"), this);
    m_addPartitions->setObjectName(QStringLiteral("addPartitions"));
    m_addPartitions->setToolTip(tr("Give the selected topic more partitions"));
    connect(m_addPartitions, &QAction::triggered, this, &TopicActions::openAddPartitions);

    m_moveReplicas = new QAction(tr("&Move replicas…"), this);
    m_moveReplicas->setObjectName(QStringLiteral("moveReplicas"));
    m_moveReplicas->setToolTip(
        tr("Move the selected topic's replicas to other brokers, or spread them evenly"));
    connect(m_moveReplicas, &QAction::triggered, this, &TopicActions::openMoveReplicas);

    m_editConfigs = new QAction(tr("Edit &configs…"), this);
    m_editConfigs->setObjectName(QStringLiteral("editConfigs"));
    m_editConfigs->setToolTip(
        tr("Change retention, segment, cleanup and durability settings of the selected topic"));
    connect(m_editConfigs, &QAction::triggered, this, &TopicActions::openEditConfigs);

    m_deleteRecords = new QAction(tr("Delete &records…"), this);
    m_deleteRecords->setObjectName(QStringLiteral("deleteRecords"));
    m_deleteRecords->setToolTip(tr("Delete records of the selected topic, all of them or those below an "
                                   "offset of one partition; the topic itself stays"));
    connect(m_deleteRecords, &QAction::triggered, this, &TopicActions::openDeleteRecords);

    for (QAction *a : {m_create, m_remove, m_addPartitions, m_moveReplicas, m_editConfigs, m_deleteRecords}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (m_bridge.capabilities().readOnly)
            a->setToolTip(readOnlyToolTip(m_bridge.connectionName()));
    }
    if (m_bridge.capabilities().readOnly)
        m_editConfigs->setToolTip(tr("View the configs of the selected topic; the connection is read-only, "
                                     "so they cannot be changed"));
    if (!m_bridge.capabilities().readOnly && !m_bridge.capabilities().replicaMoves)
        m_moveReplicas->setToolTip(tr("This client cannot move replicas of this cluster's partitions."));

    m_electLeaders = new QAction(tr("E&lect leaders…"), this);
    m_electLeaders->setObjectName(QStringLiteral("electLeaders"));
    m_electLeaders->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_electionsUnavailable = electionUnavailableText(m_bridge.capabilities(), m_bridge.connectionName());
    m_electLeaders->setToolTip(
        m_electionsUnavailable.isEmpty()
            ? tr("Give the selected topic's partitions back to their preferred leaders, "
                 "or elect a leader where the in-sync replicas are all gone")
            : m_electionsUnavailable);
    connect(m_electLeaders, &QAction::triggered, this, [this] { openElectLeaders(m_topic, {}); });
    setCurrent(nullptr, {});
}

void TopicActions::setCurrent(const ClusterSnapshotPtr &snapshot, const QString &topic)
{
    m_snapshot = snapshot;
    m_topic = topic;
    const TopicSnapshot *t = currentTopic();
    const bool writable = !m_bridge.capabilities().readOnly;
    m_create->setEnabled(writable && snapshot != nullptr);
    // The cluster's own topics are not the user's to delete or reshape.
    const bool editable = writable && t && !t->internal;
    m_remove->setEnabled(editable);
    m_addPartitions->setEnabled(editable);
    m_moveReplicas->setEnabled(editable && m_bridge.capabilities().replicaMoves);
    // Read-only connections and the cluster's own topics show their configs without editing.
    m_editConfigs->setEnabled(t != nullptr);
    m_deleteRecords->setEnabled(editable);
    // Elections move no records: the cluster's own topics may have their leaders moved too.
    m_electLeaders->setEnabled(t && m_electionsUnavailable.isEmpty());
    if (m_createDialog)
        m_createDialog->setClusterFacts(topicNames(), liveBrokers());
    if (m_deleteRecordsDialog)
        m_deleteRecordsDialog->setTopic(snapshot, topicNamed(m_deleteRecordsDialog->topicName()));
    if (m_moveReplicasDialog)
        m_moveReplicasDialog->setTopic(snapshot, topicNamed(m_moveReplicasDialog->topicName()));
}

const TopicSnapshot *TopicActions::currentTopic() const { return topicNamed(m_topic); }

const TopicSnapshot *TopicActions::topicNamed(const QString &name) const
{
    if (!m_snapshot || name.isEmpty())
        return nullptr;
    const std::string wanted = name.toStdString();
    for (const auto &t : m_snapshot->topics)
        if (t.name == wanted)
            return &t;
    return nullptr;
}

int TopicActions::liveBrokers() const
{
    int live = 0;
    if (m_snapshot)
        for (const auto &b : m_snapshot->brokers)
            live += b.state == BrokerState::Running ? 1 : 0;
    return live;
}

QStringList TopicActions::topicNames() const
{
    QStringList names;
    if (m_snapshot)
        for (const auto &t : m_snapshot->topics)
            names << QString::fromStdString(t.name);
    return names;
}

void TopicActions::openCreate()
{
    if (m_createDialog) {
        m_createDialog->raise();
        m_createDialog->activateWindow();
        return;
    }
    auto *dialog = new CreateTopicDialog(
        topicNames(), liveBrokers(), {.markNoEffect = m_bridge.capabilities().brokerControl}, m_dialogParent);
    dialog->setObjectName(QStringLiteral("createTopicDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_createDialog = dialog;
    connect(dialog, &SubmitDialog::submitted, this, [this, dialog] {
        const CreateTopicCheck::Input in = dialog->input();
        CreateTopicSpec spec;
        spec.name = in.name.toStdString();
        spec.partitions = in.partitions;
        spec.replicationFactor = in.replicationFactor;
        spec.configs = dialog->configs();
        m_bridge.run(
            dialog, [spec](Connection &c) { return c.createTopic(spec); },
            [this, dialog, name = in.name](const AdminResult &r) {
                dialog->finish(errorOf(r));
                if (r.ok())
                    emit created(name);
            });
    });
    dialog->open();
}

void TopicActions::confirmRemove()
{
    const TopicSnapshot *t = currentTopic();
    if (!t || t->internal)
        return;
    const QString name = m_topic;
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Delete topic"),
        tr("Delete the topic \"%1\" with all its partitions (%2) and records (%3)? This cannot be undone.")
            .arg(name)
            .arg(t->partitions.size())
            .arg(QLocale().toString(static_cast<qlonglong>(t->records))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_bridge.run(
        this, [n = name.toStdString()](Connection &c) { return c.deleteTopic(n); },
        [this, name](const AdminResult &r) {
            if (r.ok())
                emit removed(name);
            else
                emit failed(tr("Could not delete %1: %2").arg(name, errorOf(r)));
        });
}

void TopicActions::openAddPartitions()
{
    const TopicSnapshot *t = currentTopic();
    if (!t)
        return;
    auto *dialog = new AddPartitionsDialog(m_topic, static_cast<int>(t->partitions.size()), m_dialogParent);
    dialog->setObjectName(QStringLiteral("addPartitionsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubmitDialog::submitted, this, [this, dialog, name = m_topic] {
        m_bridge.run(
            dialog,
            [n = name.toStdString(), total = dialog->totalPartitions()](Connection &c) {
                return c.createPartitions(n, total);
            },
            [dialog](const AdminResult &r) { dialog->finish(errorOf(r)); });
    });
    dialog->open();
}

void TopicActions::openMoveReplicas()
{
    const TopicSnapshot *t = currentTopic();
    if (!t || t->internal || !m_bridge.capabilities().replicaMoves)
        return;
    auto *dialog = new MoveReplicasDialog(m_snapshot, *t, m_dialogParent);
    dialog->setObjectName(QStringLiteral("moveReplicasDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_moveReplicasDialog = dialog;
    connect(dialog, &SubmitDialog::submitted, this, [this, dialog] {
        m_bridge.run(
            dialog, [moves = dialog->moves()](Connection &c) { return c.reassignPartitions(moves); },
            [dialog](const Result<std::vector<ReassignmentResult>> &outcome) {
                dialog->finish(MoveReplicasDialog::outcomeText(outcome));
            });
    });
    dialog->open();
}

void TopicActions::openElectLeaders(const QString &topic, const std::vector<std::int32_t> &partitions)
{
    if (topic.isEmpty() || !m_electionsUnavailable.isEmpty())
        return;
    auto *dialog = new ElectLeadersDialog(m_bridge, {topic, partitions}, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TopicActions::openEditConfigs()
{
    const TopicSnapshot *t = currentTopic();
    if (!t)
        return;
    const ConfigEditor::Options options{.readOnly = m_bridge.capabilities().readOnly || t->internal,
                                        .markNoEffect = m_bridge.capabilities().brokerControl};
    auto *dialog = new TopicConfigsDialog(m_topic, t->configs, t->replicationFactor, options, m_dialogParent);
    dialog->setObjectName(QStringLiteral("topicConfigsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubmitDialog::submitted, this, [this, dialog, name = m_topic] {
        const auto changes = dialog->changes();
        m_bridge.run(
            dialog,
            [n = name.toStdString(), changes](Connection &c) { return c.alterTopicConfigs(n, changes); },
            [this, dialog, name, changes](const AdminResult &r) {
                const QString error = errorOf(r);
                dialog->finish(error);
                if (error.isEmpty())
                    emit configsApplied(appliedText(name, changes));
            });
    });
    dialog->open();
}

void TopicActions::openDeleteRecords()
{
    const TopicSnapshot *t = currentTopic();
    if (!t || t->internal)
        return;
    auto *dialog = new DeleteRecordsDialog(m_snapshot, *t, m_dialogParent);
    dialog->setObjectName(QStringLiteral("deleteRecordsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_deleteRecordsDialog = dialog;
    connect(dialog, &SubmitDialog::submitted, this, [this, dialog] {
        m_bridge.run(
            dialog, [plan = dialog->plan()](Connection &c) { return runDeleteRecords(c, plan); },
            [dialog](const std::vector<DeleteRecordsOutcome> &outcomes) {
                dialog->finish(DeleteRecordsDialog::outcomeText(outcomes));
            });
    });
    dialog->open();
}

} // namespace es
