#include "ui/topics/move_replicas_dialog.h"

#include "ui/topics/admin_error_text.h"
#include "ui/topics/replica_move_text.h"
#include "ui/topics/replica_target_text.h"

#include "connection/replica_balance_plan.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>
#include <string>

namespace es {

namespace {

enum Column { PartitionColumn, NowColumn, TargetColumn, ColumnCount };

} // namespace

MoveReplicasDialog::MoveReplicasDialog(const ClusterSnapshotPtr &snapshot, const TopicSnapshot &topic,
                                       QWidget *parent)
    : SubmitDialog(tr("Move replicas"), parent), m_topic(QString::fromStdString(topic.name))
{
    setWindowTitle(tr("Move replicas of %1").arg(m_topic));

    auto *note = new QLabel(tr("Type the brokers each partition is to be on, the first its preferred leader. "
                               "New replicas copy the log; the old ones leave once they have caught up."),
                            this);
    note->setWordWrap(true);

    m_table = new QTableWidget(static_cast<int>(topic.partitions.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("moveTable"));
    m_table->setHorizontalHeaderLabels({tr("Partition"), tr("Replicas now"), tr("New replicas")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(PartitionColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NowColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const PartitionSnapshot &p = topic.partitions[static_cast<std::size_t>(row)];
        m_partitions.push_back(p.partition);
        auto *number = new QTableWidgetItem(QString::number(p.partition));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, PartitionColumn, number);
        m_table->setItem(row, NowColumn, new QTableWidgetItem);
        auto *target = new QLineEdit(replicaTargetsText(replicasAfterMove(p)), m_table);
        target->setObjectName(QStringLiteral("target%1").arg(p.partition));
        target->setFrame(false);
        target->setAccessibleName(tr("New replicas of partition %1").arg(p.partition));
        m_table->setCellWidget(row, TargetColumn, target);
        m_targets.push_back(target);
        connect(target, &QLineEdit::textChanged, this, [this] {
            m_preview->clear();
            revalidate();
        });
    }

    m_rebalance = new QPushButton(tr("&Rebalance across brokers"), this);
    m_rebalance->setObjectName(QStringLiteral("rebalance"));
    m_rebalance->setToolTip(tr("Fill in the lists that spread this topic's replicas and preferred leaders "
                               "evenly over the running brokers, moving as few replicas as possible."));
    connect(m_rebalance, &QPushButton::clicked, this, &MoveReplicasDialog::rebalance);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);

    auto *layout = new QVBoxLayout;
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_rebalance);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_preview);
    setForm(layout);
    setMinimumSize(520, 360);

    setTopic(snapshot, &topic);
}

void MoveReplicasDialog::setTopic(const ClusterSnapshotPtr &snapshot, const TopicSnapshot *topic)
{
    m_snapshot = snapshot;
    m_brokers.clear();
    if (snapshot)
        for (const auto &b : snapshot->brokers)
            m_brokers.insert(b.id);
    if (topic)
        showCurrent(*topic);
    m_rebalance->setEnabled(topic != nullptr);
    recheck();
}

void MoveReplicasDialog::showCurrent(const TopicSnapshot &topic)
{
    m_headed.assign(m_partitions.size(), {});
    for (std::size_t row = 0; row < m_partitions.size(); ++row)
        for (const auto &p : topic.partitions)
            if (p.partition == m_partitions[row]) {
                m_headed[row] = replicasAfterMove(p);
                QTableWidgetItem *now = m_table->item(static_cast<int>(row), NowColumn);
                now->setText(replicasText(p));
                now->setToolTip(replicaMoveExplained(p));
            }
}

void MoveReplicasDialog::rebalance()
{
    if (!m_snapshot)
        return;
    const ReplicaBalancePlan plan = planReplicaBalance(*m_snapshot, m_topic.toStdString());
    std::map<std::int32_t, const ReplicaMove *> byPartition;
    for (const ReplicaMove &m : plan.moves)
        byPartition[m.tp.partition] = &m;
    for (std::size_t row = 0; row < m_partitions.size(); ++row) {
        const auto found = byPartition.find(m_partitions[row]);
        const std::vector<std::int32_t> &to = found != byPartition.end() ? found->second->to : m_headed[row];
        const QSignalBlocker quiet(m_targets[row]);
        m_targets[row]->setText(replicaTargetsText(to));
    }
    revalidate();
    if (!plan.skippedTopics.empty())
        m_preview->setText(
            tr("%1 has more replicas per partition than brokers run: it cannot be spread.").arg(m_topic));
    else if (plan.empty())
        m_preview->setText(tr("Already balanced: nothing to move."));
    else
        m_preview->setText(tr("Moves replicas of %1, copies %2; partitions unchanged: %3.")
                               .arg(tr("%n partition(s)", nullptr, static_cast<int>(plan.moves.size())),
                                    tr("%n log(s)", nullptr, static_cast<int>(plan.copies())))
                               .arg(m_partitions.size() - plan.moves.size()));
}

ReplicaMoves MoveReplicasDialog::moves() const
{
    ReplicaMoves out;
    const std::string topic = m_topic.toStdString();
    for (std::size_t row = 0; row < m_partitions.size(); ++row) {
        ReplicaTargetText typed = parseReplicaTargets(m_targets[row]->text(), m_brokers);
        if (typed.problem.isEmpty() && typed.brokers != m_headed[row])
            out[TopicPartition{topic, m_partitions[row]}] = std::move(typed.brokers);
    }
    return out;
}

QString MoveReplicasDialog::problem() const
{
    for (std::size_t row = 0; row < m_partitions.size(); ++row) {
        const QString why = parseReplicaTargets(m_targets[row]->text(), m_brokers).problem;
        if (!why.isEmpty())
            return tr("Partition %1: %2.").arg(m_partitions[row]).arg(why);
    }
    return {};
}

bool MoveReplicasDialog::ready() const { return !moves().empty(); }

QString MoveReplicasDialog::outcomeText(const Result<std::vector<ReassignmentResult>> &outcome)
{
    if (!outcome)
        return tr("Could not move replicas: %1").arg(QString::fromStdString(outcome.status().message()));
    QStringList failed;
    int started = 0;
    for (const ReassignmentResult &r : *outcome) {
        if (r.error == ErrorCode::None)
            ++started;
        else
            failed << tr("Partition %1: %2").arg(r.tp.partition).arg(adminErrorText(r.error, r.message));
    }
    if (failed.isEmpty())
        return {};
    if (started > 0)
        failed.prepend(tr("The moves of %n partition(s) started, but not these:", nullptr, started));
    return failed.join(QLatin1Char('\n'));
}

} // namespace es
