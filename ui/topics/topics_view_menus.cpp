// The Topics view's context menus: a topic's (or several topics') in the list, and a
// partition's in the detail.

#include "ui/topics/topics_view.h"

#include "ui/cluster_bridge.h"
#include "ui/delete_many.h"
#include "ui/read_only_text.h"
#include "ui/row_copy.h"
#include "ui/topics/partitions_model.h"
#include "ui/topics/topic_actions.h"
#include "ui/topics/topic_detail.h"
#include "ui/topics/topics_model.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QTableView>

#include <algorithm>

namespace es {

void TopicsView::fillListMenu(QMenu &menu)
{
    // The toolbar's own actions, enabled as there (for one topic, and writes not when read-only).
    menu.addActions({m_browse, m_produce, m_copyNames});
    menu.addSeparator();
    menu.addActions({m_actions->editConfigs(), m_actions->addPartitions(), m_actions->moveReplicas(),
                     m_actions->electLeaders()});
    menu.addSeparator();
    // Several topics selected: one confirmation deletes them all.
    auto *many = DeleteMany::of(m_table);
    menu.addActions({m_actions->deleteRecords(),
                     many->selectedNames().size() > 1 ? many->action() : m_actions->remove()});
}

void TopicsView::copyNames()
{
    QStringList names;
    for (const QModelIndex &row : RowCopy::selectedRowIndexes(*m_table))
        names << row.data(TopicsModel::NameRole).toString();
    if (names.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(names.join(QLatin1Char('\n')));
    RowCopy::tell(*this, tr("Copied %n topic name(s).", nullptr, static_cast<int>(names.size())));
}

void TopicsView::fillPartitionMenu(QMenu &menu, const QModelIndex &row)
{
    const auto *model = static_cast<const PartitionsModel *>(m_detail->partitionsTable()->model());
    const PartitionSnapshot *p = model->partition(row.row());
    if (!p)
        return;
    const QString topic = m_detail->topic();
    const int partition = p->partition;
    const qint64 start = std::max<qint64>(0, p->logStartOffset);
    const int leader = p->leader;

    QAction *browse = menu.addAction(tr("&Browse this partition"));
    browse->setObjectName(QStringLiteral("browsePartition"));
    browse->setToolTip(tr("Open partition %1 in the Messages view from its log start (offset %2).")
                           .arg(partition)
                           .arg(start));
    connect(browse, &QAction::triggered, this,
            [this, topic, partition, start] { emit browsePartitionRequested(topic, partition, start); });

    QAction *produce = menu.addAction(tr("&Produce to this partition"));
    produce->setObjectName(QStringLiteral("producePartition"));
    // Producing writes into the cluster: not on a read-only connection (as "Produce to topic").
    if (m_bridge.capabilities().readOnly) {
        produce->setEnabled(false);
        produce->setToolTip(readOnlyToolTip(m_bridge.connectionName()));
    } else {
        produce->setToolTip(tr("Publish test records to partition %1 in the Produce view.").arg(partition));
    }
    connect(produce, &QAction::triggered, this,
            [this, topic, partition] { emit producePartitionRequested(topic, partition); });

    QAction *goToLeader =
        menu.addAction(leader >= 0 ? tr("Go to &leader, broker %1").arg(leader) : tr("Go to &leader"));
    goToLeader->setObjectName(QStringLiteral("goToLeader"));
    if (leader < 0) {
        goToLeader->setEnabled(false);
        goToLeader->setToolTip(tr("The partition has no leader now: it is offline."));
    }
    connect(goToLeader, &QAction::triggered, this, [this, leader] { emit brokerRequested(leader); });

    addElectionItem(menu, topic);
}

void TopicsView::addElectionItem(QMenu &menu, const QString &topic)
{
    // The partitions selected (the right-clicked one among them), as the election names them.
    std::vector<std::int32_t> partitions;
    const auto *model = static_cast<const PartitionsModel *>(m_detail->partitionsTable()->model());
    for (const QModelIndex &row : RowCopy::selectedRowIndexes(*m_detail->partitionsTable()))
        if (const PartitionSnapshot *p = model->partition(row.row()))
            partitions.push_back(p->partition);
    std::sort(partitions.begin(), partitions.end());
    menu.addSeparator();
    QAction *elect = menu.addAction(
        tr("E&lect leaders of the selected partition(s)…", nullptr, static_cast<int>(partitions.size())));
    elect->setObjectName(QStringLiteral("electPartitionLeaders"));
    // Disabled, with the same reason, where the topic's "Elect leaders" is.
    QAction *topicWide = m_actions->electLeaders();
    elect->setEnabled(topicWide->isEnabled() && !partitions.empty());
    elect->setToolTip(topicWide->isEnabled()
                          ? tr("Elect the leaders of these partitions: preferred or unclean.")
                          : topicWide->toolTip());
    connect(elect, &QAction::triggered, this,
            [this, topic, partitions] { m_actions->openElectLeaders(topic, partitions); });
}

} // namespace es
