#include "ui/delete_many.h"

#include "ui/cluster_bridge.h"
#include "ui/read_only_text.h"
#include "ui/row_copy.h"
#include "ui/topics/admin_error_text.h"

#include "connection/connection.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>
#include <vector>

namespace es {

DeleteMany *DeleteMany::install(ClusterBridge &bridge, QAbstractItemView *table, Kind kind, int nameRole)
{
    return new DeleteMany(bridge, table, kind, nameRole);
}

DeleteMany *DeleteMany::of(const QAbstractItemView *table)
{
    return table ? table->findChild<DeleteMany *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

DeleteMany::DeleteMany(ClusterBridge &bridge, QAbstractItemView *table, Kind kind, int nameRole)
    : QObject(table), m_bridge(bridge), m_table(table), m_kind(kind), m_nameRole(nameRole)
{
    m_action = new QAction(this);
    m_action->setObjectName(kind == Kind::Topics ? QStringLiteral("deleteTopics")
                                                 : QStringLiteral("deleteGroups"));
    m_action->setShortcut(QKeySequence::Delete);
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table->addAction(m_action);
    connect(m_action, &QAction::triggered, this, &DeleteMany::confirmAndRun);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeleteMany::update);
    update();
}

QStringList DeleteMany::selectedNames() const
{
    QStringList names;
    for (const QModelIndex &row : RowCopy::selectedRowIndexes(*m_table))
        names << row.data(m_nameRole).toString();
    return names;
}

void DeleteMany::update()
{
    // The count is of those it deletes: the cluster's own topics are left out.
    const QStringList selected = selectedNames();
    int n = 0;
    for (const QString &name : selected)
        n += isInternalTopic(name) ? 0 : 1;
    if (m_kind == Kind::Topics)
        m_action->setText(n == 1 ? tr("&Delete 1 topic…") : tr("&Delete %n topics…", nullptr, n));
    else
        m_action->setText(n == 1 ? tr("&Delete 1 group…") : tr("&Delete %n groups…", nullptr, n));
    if (m_bridge.capabilities().readOnly) {
        m_action->setEnabled(false);
        m_action->setToolTip(readOnlyToolTip(m_bridge.connectionName()));
        return;
    }
    // One row is the single Delete action's.
    m_action->setEnabled(selected.size() >= 2 && n >= 1);
    m_action->setToolTip(m_kind == Kind::Topics
                             ? tr("Delete the selected topics and all their records, after one confirmation")
                             : tr("Delete the selected consumer groups and their committed offsets, after "
                                  "one confirmation (Kafka deletes only empty groups)"));
}

bool DeleteMany::isInternalTopic(const QString &name) const
{
    const ClusterSnapshotPtr snapshot = m_bridge.snapshot();
    if (!snapshot || m_kind != Kind::Topics)
        return false;
    const std::string wanted = name.toStdString();
    for (const auto &t : snapshot->topics)
        if (t.name == wanted)
            return t.internal;
    return false;
}

int DeleteMany::membersOf(const QString &group) const
{
    const ClusterSnapshotPtr snapshot = m_bridge.snapshot();
    if (!snapshot || m_kind != Kind::Groups)
        return 0;
    const std::string wanted = group.toStdString();
    for (const GroupView &g : snapshot->groups)
        if (g.group.groupId == wanted)
            return static_cast<int>(g.group.members.size());
    return 0;
}

void DeleteMany::confirmAndRun()
{
    if (!m_action->isEnabled())
        return;
    QStringList names;
    QStringList internal;
    for (const QString &name : selectedNames())
        (isInternalTopic(name) ? internal : names) << name;
    const bool topics = m_kind == Kind::Topics;
    const int n = static_cast<int>(names.size());

    QDialog dialog(m_table->window());
    dialog.setObjectName(QStringLiteral("deleteManyDialog"));
    dialog.setWindowTitle(topics ? tr("Delete topics") : tr("Delete consumer groups"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *question = new QLabel(
        topics ? tr("Delete these topics with all their partitions and records? This cannot be undone.")
               : tr("Delete these consumer groups with their committed offsets? Consumers that join a group "
                    "of the same name again start from their auto.offset.reset position. This cannot be "
                    "undone."),
        &dialog);
    question->setWordWrap(true);
    layout->addWidget(question);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("deleteManyList"));
    for (const QString &name : names) {
        const int members = membersOf(name);
        if (members == 0)
            list->addItem(name);
        else if (members == 1)
            list->addItem(tr("%1 (has a member: Kafka refuses to delete it)").arg(name));
        else
            list->addItem(tr("%1 (has %n members: Kafka refuses to delete it)", nullptr, members).arg(name));
    }
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setToolTip(list->item(i)->text());
    // Wide enough for a name with Kafka's refusal beside it; many names scroll.
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 64);
    list->setMaximumHeight(list->sizeHintForRow(0) * 10 + 2 * list->frameWidth());
    layout->addWidget(list);
    if (!internal.isEmpty()) {
        auto *left = new QLabel(
            tr("Left out, as the cluster's own: %1.").arg(internal.join(QStringLiteral(", "))), &dialog);
        left->setObjectName(QStringLiteral("deleteManyLeftOut"));
        left->setWordWrap(true);
        layout->addWidget(left);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *confirm = buttons->addButton(m_action->text().remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                              QDialogButtonBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("deleteManyConfirm"));
    confirm->setEnabled(n > 0);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(confirm, &QPushButton::clicked, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || names.isEmpty())
        return;

    std::vector<std::string> wanted;
    for (const QString &name : names)
        wanted.push_back(name.toStdString());
    m_bridge.run(
        this,
        [wanted, topics](Connection &c) {
            // One after another, each answered on its own: a refusal stops none of the others.
            std::vector<std::pair<std::string, AdminResult>> outcomes;
            for (const std::string &name : wanted)
                outcomes.emplace_back(name, topics ? c.deleteTopic(name) : c.deleteGroup(name));
            return outcomes;
        },
        [this, topics, n](const std::vector<std::pair<std::string, AdminResult>> &outcomes) {
            QStringList deleted;
            QStringList failures;
            for (const auto &[name, r] : outcomes) {
                const QString text = QString::fromStdString(name);
                if (r.ok())
                    deleted << text;
                else
                    failures << tr("%1: %2").arg(text, adminErrorText(r.error, r.message));
            }
            QString problem;
            if (!failures.isEmpty())
                problem = (topics ? tr("Deleted %1 of %2 topics. Not deleted: %3")
                                  : tr("Deleted %1 of %2 groups. Not deleted: %3"))
                              .arg(deleted.size())
                              .arg(n)
                              .arg(failures.join(QStringLiteral("; ")));
            emit finished(deleted, problem);
        });
}

} // namespace es
