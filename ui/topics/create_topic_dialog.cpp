#include "ui/topics/create_topic_dialog.h"

#include "ui/topics/config_cross_checks.h"
#include "ui/topics/config_warning_box.h"
#include "ui/topics/topic_terms.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

namespace es {

namespace {
// Kafka caps neither, but a local cluster with more is a typo rather than a plan.
constexpr int kMaxPartitions = 10'000;
constexpr int kMaxReplication = 32;
} // namespace

CreateTopicDialog::CreateTopicDialog(QStringList existingTopics, int liveBrokers,
                                     ConfigEditor::Options configOptions, QWidget *parent)
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

    m_configsToggle = new QToolButton(this);
    m_configsToggle->setObjectName(QStringLiteral("showConfigs"));
    m_configsToggle->setText(tr("&Configs (optional)"));
    m_configsToggle->setToolTip(tr("Set retention, cleanup, durability and other configs of the new topic; "
                                   "those not set follow the cluster's defaults"));
    m_configsToggle->setCheckable(true);
    m_configsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_configsToggle->setAutoRaise(true);
    m_configsToggle->setArrowType(Qt::RightArrow);
    configOptions.readOnly = false;
    configOptions.pinned = {"cleanup.policy", "retention.ms", "min.insync.replicas", "compression.type"};
    m_configs = new ConfigEditor({}, configOptions, this);
    m_configs->setObjectName(QStringLiteral("configEditor"));
    m_configs->setVisible(false);
    m_warnings = new ConfigWarningBox(tr("Create an&yway"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Partitions:"), m_partitions);
    form->addRow(tr("&Replication factor:"), m_replication);
    auto *column = new QVBoxLayout;
    column->addLayout(form);
    column->addWidget(m_configsToggle, 0, Qt::AlignLeft);
    column->addWidget(m_configs, 1);
    column->addWidget(m_warnings);
    setForm(column);
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->setStretch(0, 1);

    connect(m_name, &QLineEdit::textChanged, this, &CreateTopicDialog::revalidate);
    connect(m_partitions, &QSpinBox::valueChanged, this, &CreateTopicDialog::revalidate);
    connect(m_replication, &QSpinBox::valueChanged, this, &CreateTopicDialog::onConfigsEdited);
    connect(m_configs, &ConfigEditor::changed, this, &CreateTopicDialog::onConfigsEdited);
    connect(m_warnings, &ConfigWarningBox::confirmationChanged, this, &CreateTopicDialog::recheck);
    connect(m_configsToggle, &QToolButton::toggled, this, &CreateTopicDialog::showConfigs);
    onConfigsEdited();
}

void CreateTopicDialog::showConfigs(bool shown)
{
    m_configsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_configs->setVisible(shown);
    layout()->activate();
    if (shown)
        resize(std::max(width(), 800), std::max(height(), 540));
    else
        resize(width(), minimumSizeHint().height());
}

void CreateTopicDialog::onConfigsEdited()
{
    m_warnings->setWarnings(ConfigCrossChecks::warnings(m_configs->model(), m_replication->value()));
    revalidate();
}

CreateTopicCheck::Input CreateTopicDialog::input() const
{
    return {m_name->text(), m_partitions->value(), m_replication->value()};
}

std::map<std::string, std::string> CreateTopicDialog::configs() const
{
    return m_configs->model().overrides();
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
    const QString topic = CreateTopicCheck::problem(input(), m_liveBrokers, m_existing);
    return topic.isEmpty() ? m_configs->model().problem() : topic;
}

bool CreateTopicDialog::ready() const { return m_warnings->confirmed(); }

} // namespace es
