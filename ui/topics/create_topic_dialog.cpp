#include "ui/topics/create_topic_dialog.h"

#include "ui/topics/topic_terms.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>

namespace es {

namespace {
// Kafka caps neither, but a local cluster with more is a typo rather than a plan.
constexpr int kMaxPartitions = 10'000;
constexpr int kMaxReplication = 32;
} // namespace

CreateTopicDialog::CreateTopicDialog(QStringList existingTopics, int liveBrokers, QWidget *parent)
    : SubmitDialog(tr("Create"), parent), m_existing(std::move(existingTopics)), m_liveBrokers(liveBrokers)
{
    setWindowTitle(tr("Create topic"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. orders"));
    m_name->setToolTip(tr("Up to 249 letters, digits, '.', '_' and '-'."));

    m_partitions = new QSpinBox(this);
    m_partitions->setObjectName(QStringLiteral("partitions"));
    m_partitions->setRange(1, kMaxPartitions);
    m_partitions->setValue(3);
    m_partitions->setToolTip(
        tr("How many independent, ordered logs the topic is split into; more partitions let "
           "more consumers of a group read in parallel."));

    m_replication = new QSpinBox(this);
    m_replication->setObjectName(QStringLiteral("replicationFactor"));
    m_replication->setRange(1, kMaxReplication);
    m_replication->setValue(std::clamp(liveBrokers, 1, 3));
    m_replication->setToolTip(TopicTerms::replicationFactor());

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Partitions:"), m_partitions);
    form->addRow(tr("&Replication factor:"), m_replication);
    setForm(form);

    connect(m_name, &QLineEdit::textChanged, this, &CreateTopicDialog::revalidate);
    connect(m_partitions, &QSpinBox::valueChanged, this, &CreateTopicDialog::revalidate);
    connect(m_replication, &QSpinBox::valueChanged, this, &CreateTopicDialog::revalidate);
    revalidate();
}

CreateTopicCheck::Input CreateTopicDialog::input() const
{
    return {m_name->text(), m_partitions->value(), m_replication->value()};
}

void CreateTopicDialog::setClusterFacts(const QStringList &existingTopics, int liveBrokers)
{
    if (existingTopics == m_existing && liveBrokers == m_liveBrokers)
        return;
    m_existing = existingTopics;
    m_liveBrokers = liveBrokers;
    recheck();
}

QString CreateTopicDialog::problem() const
{
    return CreateTopicCheck::problem(input(), m_liveBrokers, m_existing);
}

} // namespace es
