#include "ui/topics/delete_records_dialog.h"

#include "ui/topics/delete_records_model.h"
#include "ui/topics/topic_terms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace es {

namespace {

QString number(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }

// "0, 1, 2" or "0, 1, … and 40 more": a partition list that stays one line.
QString partitionList(const std::vector<std::int32_t> &partitions)
{
    constexpr std::size_t kShown = 8;
    QStringList ids;
    for (std::size_t i = 0; i < partitions.size() && i < kShown; ++i)
        ids << QString::number(partitions[i]);
    QString list = ids.join(QStringLiteral(", "));
    if (partitions.size() > kShown)
        list =
            DeleteRecordsDialog::tr("%1 and %n more", nullptr, static_cast<int>(partitions.size() - kShown))
                .arg(list);
    return list;
}

} // namespace

DeleteRecordsDialog::DeleteRecordsDialog(const ClusterSnapshotPtr &snapshot, const TopicSnapshot &topic,
                                         QWidget *parent)
    : SubmitDialog(tr("Delete records"), parent),
      m_name(QString::fromStdString(topic.name)),
      m_snapshot(snapshot),
      m_topic(&topic)
{
    setWindowTitle(tr("Delete records of %1").arg(m_name));

    auto *intro = new QLabel(tr("Kafka moves each partition's log start offset up to the chosen offset: the "
                                "records below it are gone for every consumer, and no one can bring them "
                                "back. The topic, its partitions and its configs stay."),
                             this);
    intro->setWordWrap(true);

    m_all = new QRadioButton(tr("&All records: every partition up to its high watermark"), this);
    m_all->setObjectName(QStringLiteral("deleteAll"));
    m_all->setToolTip(TopicTerms::highWatermark());
    m_below = new QRadioButton(tr("Records of &one partition below an offset"), this);
    m_below->setObjectName(QStringLiteral("deleteBelow"));
    m_all->setChecked(true);

    m_partition = new QComboBox(this);
    m_partition->setObjectName(QStringLiteral("partition"));
    m_offset = new QLineEdit(this);
    m_offset->setObjectName(QStringLiteral("offset"));
    m_offset->setPlaceholderText(tr("e.g. 1200"));
    m_offset->setToolTip(tr("Records at lower offsets are deleted; the record at this offset stays."));
    m_range = new QLabel(this);
    m_range->setObjectName(QStringLiteral("partitionRange"));
    auto *partitionLabel = new QLabel(tr("&Partition:"), this);
    partitionLabel->setBuddy(m_partition);
    auto *offsetLabel = new QLabel(tr("&Below offset:"), this);
    offsetLabel->setBuddy(m_offset);

    auto *below = new QGridLayout;
    below->setContentsMargins(24, 0, 0, 0);
    below->addWidget(partitionLabel, 0, 0);
    below->addWidget(m_partition, 0, 1);
    below->addWidget(m_range, 0, 2);
    below->addWidget(offsetLabel, 1, 0);
    below->addWidget(m_offset, 1, 1);
    below->setColumnStretch(2, 1);

    m_model = new DeleteRecordsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deleteRecordsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deleteSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_confirm = new QCheckBox(tr("I understand that the deleted records cannot be &restored"), this);
    m_confirm->setObjectName(QStringLiteral("confirm"));

    auto *layout = new QVBoxLayout;
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_all);
    layout->addWidget(m_below);
    layout->addLayout(below);
    layout->addSpacing(6);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(m_confirm);
    setForm(layout);
    setMinimumWidth(560);

    fillPartitions();
    const auto inputChanged = [this] {
        showPlan();
        revalidate();
    };
    connect(m_all, &QRadioButton::toggled, this, inputChanged);
    connect(m_partition, &QComboBox::currentIndexChanged, this, inputChanged);
    connect(m_offset, &QLineEdit::textChanged, this, inputChanged);
    connect(m_confirm, &QCheckBox::toggled, this, &DeleteRecordsDialog::revalidate);
    // Typing an offset chooses the partition mode.
    connect(m_offset, &QLineEdit::textEdited, m_below, [this] { m_below->setChecked(true); });
    connect(m_partition, &QComboBox::activated, m_below, [this] { m_below->setChecked(true); });
    inputChanged();
}

void DeleteRecordsDialog::setTopic(const ClusterSnapshotPtr &snapshot, const TopicSnapshot *topic)
{
    m_snapshot = snapshot;
    m_topic = topic;
    fillPartitions();
    showPlan();
    recheck();
}

void DeleteRecordsDialog::fillPartitions()
{
    QList<int> ids;
    if (m_topic)
        for (const PartitionSnapshot &p : m_topic->partitions)
            ids << p.partition;
    QList<int> shown;
    for (int i = 0; i < m_partition->count(); ++i)
        shown << m_partition->itemData(i).toInt();
    if (ids == shown)
        return;
    const QVariant chosen = m_partition->currentData();
    const QSignalBlocker block(m_partition);
    m_partition->clear();
    for (int id : ids)
        m_partition->addItem(QString::number(id), id);
    m_partition->setCurrentIndex(std::max(0, m_partition->findData(chosen)));
}

const PartitionSnapshot *DeleteRecordsDialog::chosenPartition() const
{
    if (!m_topic || m_partition->currentIndex() < 0)
        return nullptr;
    const int id = m_partition->currentData().toInt();
    for (const PartitionSnapshot &p : m_topic->partitions)
        if (p.partition == id)
            return &p;
    return nullptr;
}

std::optional<std::int64_t> DeleteRecordsDialog::offset() const
{
    const QString text = m_offset->text().trimmed();
    bool ok = false;
    qlonglong value = text.toLongLong(&ok);
    if (!ok)
        value = QLocale().toLongLong(text, &ok); // "1,200" as the tables write it
    if (!ok || value < 0)
        return std::nullopt;
    return static_cast<std::int64_t>(value);
}

DeleteRecordsPlan DeleteRecordsDialog::plan() const
{
    if (!m_topic)
        return {m_name.toStdString(), {}};
    if (m_all->isChecked())
        return deleteAllRecordsPlan(*m_topic);
    const PartitionSnapshot *p = chosenPartition();
    const std::optional<std::int64_t> below = offset();
    if (!p || !below)
        return {m_name.toStdString(), {}};
    return deleteRecordsBelowPlan(*m_topic, p->partition, *below);
}

void DeleteRecordsDialog::showPlan()
{
    const PartitionSnapshot *p = chosenPartition();
    m_range->setText(p ? tr("log start %1, high watermark %2")
                             .arg(p->logStartOffset < 0 ? tr("unknown") : number(p->logStartOffset),
                                  p->highWatermark < 0 ? tr("unknown") : number(p->highWatermark))
                       : QString());
    const DeleteRecordsPlan now = plan();
    m_summary->setText(summary(now));
    m_model->setPlan(now);
}

QString DeleteRecordsDialog::summary(const DeleteRecordsPlan &plan) const
{
    if (plan.steps.empty() || !problem().isEmpty())
        return {};
    const std::int64_t records = plan.records();
    // English needs the singular spelt out; translations give their own forms for the count.
    const int plural = static_cast<int>(std::min<std::int64_t>(records, 1000));
    const QString count =
        records == 1 ? tr("1 record") : tr("%1 records", nullptr, plural).arg(number(records));
    if (m_all->isChecked()) {
        if (records < 0)
            return tr("Every record of the topic will be deleted; the cluster does not tell how many there "
                      "are.");
        return tr("%1 will be deleted, with any produced before Kafka deletes them.").arg(count);
    }
    const DeleteRecordsStep &s = plan.steps.front();
    if (records < 0)
        return tr("The records of partition %1 below offset %2 will be deleted.")
            .arg(s.partition)
            .arg(number(s.offset));
    return tr("%1 of partition %2 will be deleted: offsets %3 to %4.")
        .arg(count)
        .arg(s.partition)
        .arg(number(s.logStart), number(s.offset - 1));
}

bool DeleteRecordsDialog::ready() const
{
    if (!m_confirm->isChecked())
        return false;
    return m_all->isChecked() || !m_offset->text().trimmed().isEmpty();
}

QString DeleteRecordsDialog::problem() const
{
    if (!m_topic)
        return tr("The topic %1 no longer exists.").arg(m_name);
    if (m_all->isChecked())
        return plan().records() == 0 ? tr("The topic holds no records now: there is nothing to delete.")
                                     : QString();
    const PartitionSnapshot *p = chosenPartition();
    if (!p)
        return tr("Choose a partition.");
    if (m_offset->text().trimmed().isEmpty())
        return {};
    const std::optional<std::int64_t> below = offset();
    if (!below)
        return tr("\"%1\" is not an offset: enter a whole number, 0 or more.")
            .arg(m_offset->text().trimmed());
    if (p->highWatermark >= 0 && *below > p->highWatermark)
        return tr("Kafka deletes only below the high watermark, which is %1 in partition %2: enter at most "
                  "%1.")
            .arg(number(p->highWatermark))
            .arg(p->partition);
    if (p->logStartOffset >= 0 && *below <= p->logStartOffset)
        return tr("Partition %1 starts at offset %2 already: no record below %3 is left to delete.")
            .arg(p->partition)
            .arg(number(p->logStartOffset), number(*below));
    return {};
}

QString DeleteRecordsDialog::outcomeText(const std::vector<DeleteRecordsOutcome> &outcomes)
{
    std::map<std::string, std::vector<std::int32_t>> failedBecause;
    int deleted = 0;
    for (const DeleteRecordsOutcome &o : outcomes) {
        if (o.status.isOk())
            ++deleted;
        else
            failedBecause[o.status.message()].push_back(o.partition);
    }
    if (failedBecause.empty())
        return {};
    QStringList lines;
    if (deleted > 0)
        lines << (deleted == 1
                      ? tr("The records of 1 partition were deleted, but not those of the others:")
                      : tr("The records of %n partitions were deleted, but not those of the others:", nullptr,
                           deleted));
    for (const auto &[why, partitions] : failedBecause)
        lines << (partitions.size() == 1 ? tr("Could not delete the records of partition %1: %2")
                                         : tr("Could not delete the records of partitions %1: %2"))
                     .arg(partitionList(partitions), QString::fromStdString(why));
    return lines.join(QLatin1Char('\n'));
}

} // namespace es
