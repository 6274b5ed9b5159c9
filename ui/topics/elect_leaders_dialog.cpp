#include "ui/topics/elect_leaders_dialog.h"

#include "ui/cluster_bridge.h"
#include "ui/theme.h"
#include "ui/topics/election_text.h"
#include "ui/topics/inline_problem_label.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>
#include <utility>

namespace es {

namespace {

QString brokerList(const std::vector<std::int32_t> &ids)
{
    QStringList parts;
    for (auto id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

std::vector<std::int32_t> inSyncBrokers(const PartitionSnapshot &p)
{
    std::vector<std::int32_t> ids;
    for (const auto &r : p.replicas)
        if (r.inSync)
            ids.push_back(r.broker);
    return ids;
}

} // namespace

ElectLeadersDialog::ElectLeadersDialog(ClusterBridge &bridge, ElectionScope scope, QWidget *parent)
    : QDialog(parent), m_bridge(bridge), m_scope(std::move(scope))
{
    setObjectName(QStringLiteral("electLeadersDialog"));
    setWindowTitle(m_scope.topic.isEmpty() ? tr("Elect leaders of every partition")
                                           : tr("Elect leaders of %1").arg(m_scope.topic));

    m_scopeLabel = new QLabel(scopeText(), this);
    m_scopeLabel->setObjectName(QStringLiteral("scope"));
    m_scopeLabel->setWordWrap(true);

    m_preferred = new QRadioButton(
        tr("&Preferred leader: each partition's first replica, where it runs and is in sync"), this);
    m_preferred->setObjectName(QStringLiteral("preferredElection"));
    m_preferred->setChecked(true);
    m_unclean = new QRadioButton(
        tr("&Unclean: any running replica, for a partition whose in-sync replicas are all gone"), this);
    m_unclean->setObjectName(QStringLiteral("uncleanElection"));
    m_warning =
        new QLabel(tr("An unclean election can lose acknowledged records: a replica that is out of sync "
                      "becomes leader, and whatever it had not copied from the old leader is gone for "
                      "good. Use it only when the in-sync replicas will not come back."),
                   this);
    m_warning->setObjectName(QStringLiteral("uncleanWarning"));
    m_warning->setWordWrap(true);
    connect(m_unclean, &QRadioButton::toggled, this, &ElectLeadersDialog::updateWarning);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("electionTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Partition"), tr("Leader"), tr("Preferred"), tr("In sync"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    for (int column = PartitionColumn; column < ResultColumn; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Not the accept role: electing leaves the dialog open with the results.
    m_elect = buttons->addButton(tr("&Elect"), QDialogButtonBox::ActionRole);
    m_elect->setObjectName(QStringLiteral("elect"));
    m_elect->setDefault(true);
    connect(m_elect, &QPushButton::clicked, this, &ElectLeadersDialog::elect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scopeLabel);
    layout->addWidget(m_preferred);
    layout->addWidget(m_unclean);
    layout->addWidget(m_warning);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumSize(560, 380);

    updateWarning();
    connect(&m_bridge, &ClusterBridge::snapshotChanged, this, &ElectLeadersDialog::showSnapshot);
    showSnapshot(m_bridge.snapshot());
}

ElectionType ElectLeadersDialog::electionType() const
{
    return m_unclean->isChecked() ? ElectionType::Unclean : ElectionType::Preferred;
}

void ElectLeadersDialog::setElectionType(ElectionType type)
{
    (type == ElectionType::Unclean ? m_unclean : m_preferred)->setChecked(true);
}

QString ElectLeadersDialog::scopeText() const
{
    if (m_scope.topic.isEmpty())
        return tr("Every partition of every topic, the cluster's internal topics too. Partitions that need "
                  "no election are left as they are.");
    if (m_scope.partitions.empty())
        return tr("Every partition of the topic %1.").arg(m_scope.topic);
    return tr("Partition(s) %1 of the topic %2.", nullptr, static_cast<int>(m_scope.partitions.size()))
        .arg(brokerList(m_scope.partitions), m_scope.topic);
}

void ElectLeadersDialog::updateWarning()
{
    // The warning's colour says it is one, in either theme.
    m_warning->setStyleSheet(QStringLiteral("color: %1").arg(Theme::bad(palette()).name()));
    m_warning->setVisible(m_unclean->isChecked());
}

void ElectLeadersDialog::showSnapshot(const ClusterSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = snapshot;
    if (m_rows.empty()) {
        listPartitions(*snapshot);
        m_table->resizeRowsToContents();
    }
    std::map<TopicPartition, const PartitionSnapshot *> partitions;
    for (const auto &t : snapshot->topics)
        for (const auto &p : t.partitions)
            partitions[TopicPartition{t.name, p.partition}] = &p;
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        const auto found = partitions.find(m_rows[row]);
        showPartition(static_cast<int>(row), found == partitions.end() ? nullptr : found->second);
    }
}

void ElectLeadersDialog::listPartitions(const ClusterSnapshot &snapshot)
{
    const std::string topic = m_scope.topic.toStdString();
    if (!m_scope.topic.isEmpty() && !m_scope.partitions.empty()) {
        for (auto p : m_scope.partitions)
            rowOf({topic, p});
        return;
    }
    for (const auto &t : snapshot.topics)
        if (m_scope.topic.isEmpty() || t.name == topic)
            for (const auto &p : t.partitions)
                rowOf({t.name, p.partition});
}

int ElectLeadersDialog::rowOf(const TopicPartition &tp)
{
    if (const auto found = m_rowOf.find(tp); found != m_rowOf.end())
        return found->second;
    const int row = m_table->rowCount();
    m_rows.push_back(tp);
    m_rowOf.emplace(tp, row);
    m_table->insertRow(row);
    // Within one topic the partition number says it; across topics, Kafka's "orders-0".
    const QString name =
        m_scope.topic.isEmpty() ? QString::fromStdString(tp.toString()) : QString::number(tp.partition);
    auto *partition = new QTableWidgetItem(name);
    if (!m_scope.topic.isEmpty())
        partition->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, PartitionColumn, partition);
    for (int column = LeaderColumn; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    return row;
}

void ElectLeadersDialog::showPartition(int row, const PartitionSnapshot *p)
{
    const QString none = QStringLiteral("–");
    QString leader = none;
    QString preferred = none;
    QString inSync = none;
    if (p) {
        leader = p->leader >= 0 ? QString::number(p->leader) : tr("none (offline)");
        if (!p->replicas.empty())
            preferred = QString::number(p->replicas.front().broker);
        inSync = brokerList(inSyncBrokers(*p));
    }
    m_table->item(row, LeaderColumn)->setText(leader);
    m_table->item(row, PreferredColumn)->setText(preferred);
    m_table->item(row, InSyncColumn)->setText(inSync);
}

void ElectLeadersDialog::elect()
{
    if (m_running)
        return;
    m_running = true;
    m_ranType = electionType();
    for (QWidget *w : std::initializer_list<QWidget *>{m_elect, m_preferred, m_unclean})
        w->setEnabled(false);
    m_problem->setProblem({});
    m_summary->setText(tr("Electing…"));
    m_before.clear();
    if (m_snapshot)
        for (const auto &t : m_snapshot->topics)
            for (const auto &p : t.partitions)
                m_before.emplace(TopicPartition{t.name, p.partition}, p);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        m_table->item(row, ResultColumn)->setText({});
        m_table->item(row, ResultColumn)->setToolTip({});
    }
    // A topic's partitions are named one by one, so each gets its answer; every partition
    // of the cluster is Kafka's null list, which leaves out those that need no election.
    std::vector<TopicPartition> named;
    if (!m_scope.topic.isEmpty())
        named = m_rows;
    m_bridge.run(
        this, [type = m_ranType, named](Connection &c) { return c.electLeaders(type, named); },
        [this](const Result<std::vector<ElectionResult>> &outcome) { showResults(outcome); });
}

void ElectLeadersDialog::showResults(const Result<std::vector<ElectionResult>> &outcome)
{
    m_running = false;
    for (QWidget *w : std::initializer_list<QWidget *>{m_elect, m_preferred, m_unclean})
        w->setEnabled(true);
    if (!outcome) {
        m_summary->clear();
        m_problem->setProblem(
            tr("Could not elect leaders: %1").arg(QString::fromStdString(outcome.status().message())));
        emit electionFinished();
        return;
    }
    std::map<TopicPartition, ElectionResult> byPartition;
    for (const ElectionResult &r : *outcome)
        byPartition[r.tp] = r;
    for (const auto &[tp, r] : byPartition)
        rowOf(tp);
    std::array<int, 3> counts{}; // by ElectionOutcome
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        const TopicPartition &tp = m_rows[row];
        const auto found = byPartition.find(tp);
        // Left out of Kafka's answer for every partition: it needed no election.
        const ElectionResult r = found != byPartition.end()
                                     ? found->second
                                     : ElectionResult{tp, ErrorCode::ElectionNotNeeded, {}, -1};
        const auto before = m_before.find(tp);
        const QString text =
            electionResultText(m_ranType, r, before == m_before.end() ? nullptr : &before->second);
        const ElectionOutcome kind = electionOutcome(r);
        ++counts[static_cast<std::size_t>(kind)];
        QTableWidgetItem *cell = m_table->item(static_cast<int>(row), ResultColumn);
        cell->setText(text);
        cell->setToolTip(text);
        if (kind == ElectionOutcome::Moved)
            cell->setForeground(Theme::good(palette()));
        else if (kind == ElectionOutcome::Refused)
            cell->setForeground(Theme::bad(palette()));
        else
            cell->setForeground(palette().color(QPalette::Text));
    }
    m_table->resizeRowsToContents();
    m_summary->setText(tr("Leaders moved: %1. Already in place: %2. Not possible: %3.")
                           .arg(counts[static_cast<std::size_t>(ElectionOutcome::Moved)])
                           .arg(counts[static_cast<std::size_t>(ElectionOutcome::Unchanged)])
                           .arg(counts[static_cast<std::size_t>(ElectionOutcome::Refused)]));
    emit electionFinished();
}

} // namespace es
