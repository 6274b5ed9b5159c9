#include "ui/groups/delete_group_offsets_dialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace es {

namespace {

QString number(std::int64_t n)
{
    return n < 0 ? QStringLiteral("–") : QLocale().toString(static_cast<qlonglong>(n));
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

DeleteGroupOffsetsDialog::DeleteGroupOffsetsDialog(const ClusterSnapshotPtr &snapshot, const GroupView &group,
                                                   QWidget *parent)
    : SubmitDialog(tr("Delete offsets"), parent),
      m_groupId(QString::fromStdString(group.group.groupId)),
      m_snapshot(snapshot),
      m_group(&group)
{
    setWindowTitle(tr("Delete committed offsets of %1").arg(m_groupId));

    auto *intro = new QLabel(
        tr("The group forgets where it stopped reading the topic: its consumers start these partitions over "
           "from their auto.offset.reset position (earliest or latest) the next time they are assigned them. "
           "This cannot be undone. Kafka refuses while members of the group consume the topic."),
        this);
    intro->setWordWrap(true);

    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_topic->setToolTip(tr("The topics this group has committed offsets for."));

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("offsetsTable"));
    m_table->setHorizontalHeaderLabels({tr("Partition"), tr("Committed offset"), tr("Lag")});
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);

    auto *form = new QFormLayout;
    form->addRow(tr("&Topic:"), m_topic);

    auto *layout = new QVBoxLayout;
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    setForm(layout);
    setMinimumWidth(520);
    makeCancelDefault();

    fillTopics();
    connect(m_topic, &QComboBox::currentIndexChanged, this, [this] {
        fillTable();
        revalidate();
    });
    fillTable();
    revalidate();
}

void DeleteGroupOffsetsDialog::setGroup(const ClusterSnapshotPtr &snapshot, const GroupView *group)
{
    m_snapshot = snapshot;
    m_group = group;
    fillTopics();
    fillTable();
    recheck();
}

QString DeleteGroupOffsetsDialog::topic() const { return m_topic->currentData().toString(); }

void DeleteGroupOffsetsDialog::fillTopics()
{
    QStringList topics;
    if (m_group)
        for (const auto &[tp, committed] : m_group->group.offsets)
            if (topics.isEmpty() || topics.back() != QString::fromStdString(tp.topic))
                topics << QString::fromStdString(tp.topic); // the map is sorted by topic
    QStringList shown;
    for (int i = 0; i < m_topic->count(); ++i)
        shown << m_topic->itemData(i).toString();
    if (topics == shown)
        return;
    const QString chosen = topic();
    const QSignalBlocker block(m_topic);
    m_topic->clear();
    for (const QString &t : topics)
        m_topic->addItem(t, t);
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(chosen)));
}

void DeleteGroupOffsetsDialog::fillTable()
{
    struct Row {
        std::int32_t partition;
        std::int64_t committed;
        std::int64_t lag;
    };
    std::vector<Row> rows;
    const std::string chosen = topic().toStdString();
    if (m_group) {
        std::map<std::int32_t, std::int64_t> lags;
        for (const PartitionLag &l : m_group->lag)
            if (l.tp.topic == chosen)
                lags[l.tp.partition] = l.lag;
        for (const auto &[tp, committed] : m_group->group.offsets)
            if (tp.topic == chosen) {
                auto lag = lags.find(tp.partition);
                rows.push_back({tp.partition, committed.offset, lag == lags.end() ? -1 : lag->second});
            }
    }
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const Row &row = rows[static_cast<std::size_t>(r)];
        m_table->setItem(r, 0, cell(QString::number(row.partition)));
        m_table->setItem(r, 1, cell(number(row.committed)));
        m_table->setItem(r, 2, cell(number(row.lag)));
    }
}

std::vector<TopicPartition> DeleteGroupOffsetsDialog::partitions() const
{
    std::set<TopicPartition> out;
    const std::string chosen = topic().toStdString();
    if (chosen.empty())
        return {};
    if (m_group)
        for (const auto &[tp, committed] : m_group->group.offsets)
            if (tp.topic == chosen)
                out.insert(tp);
    if (m_snapshot)
        for (const TopicSnapshot &t : m_snapshot->topics)
            if (t.name == chosen)
                for (const PartitionSnapshot &p : t.partitions)
                    out.insert(TopicPartition{chosen, p.partition});
    return {out.begin(), out.end()};
}

QString DeleteGroupOffsetsDialog::problem() const
{
    if (!m_group)
        return tr("The group %1 no longer exists.").arg(m_groupId);
    if (m_topic->count() == 0)
        return tr("The group has no committed offsets left.");
    return {};
}

} // namespace es
