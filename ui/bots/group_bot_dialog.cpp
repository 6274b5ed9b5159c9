#include "ui/bots/group_bot_dialog.h"

#include "ui/topics/inline_problem_label.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace es {

GroupBotDialog::GroupBotDialog(const QStringList &topics, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add consumer group bot"));
    m_group = new QLineEdit(this);
    m_group->setObjectName(QStringLiteral("botGroup"));
    m_group->setToolTip(tr("Consumers with the same group id share the topics' partitions between them."));
    m_topics = new QListWidget(this);
    m_topics->setObjectName(QStringLiteral("botTopics"));
    for (const QString &t : topics) {
        auto *item = new QListWidgetItem(t, m_topics);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_topics->setMaximumHeight(140);
    m_members = new QSpinBox(this);
    m_members->setObjectName(QStringLiteral("botMembers"));
    m_members->setRange(1, ConsumerGroupBot::kMaxMembers);
    m_members->setValue(2);
    m_processing = new QDoubleSpinBox(this);
    m_processing->setObjectName(QStringLiteral("botProcessing"));
    m_processing->setRange(0, ConsumerGroupBot::kMaxProcessingMs);
    m_processing->setDecimals(1);
    m_processing->setValue(5);
    m_processing->setSuffix(tr(" ms per record"));
    m_processing->setToolTip(
        tr("Simulated work per record: more than the producers leave time for makes lag grow."));
    m_errors = new QDoubleSpinBox(this);
    m_errors->setObjectName(QStringLiteral("botErrors"));
    m_errors->setRange(0, 99);
    m_errors->setDecimals(1);
    m_errors->setSuffix(tr(" %"));
    m_errors->setToolTip(
        tr("The share of records whose processing fails; each is retried after half a second."));
    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("botProblem"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Group id:"), m_group);
    form->addRow(tr("&Topics:"), m_topics);
    form->addRow(tr("&Members:"), m_members);
    form->addRow(tr("&Processing time:"), m_processing);
    form->addRow(tr("&Error rate:"), m_errors);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

ConsumerGroupBotConfig GroupBotDialog::config() const
{
    ConsumerGroupBotConfig c;
    c.groupId = m_group->text().trimmed().toStdString();
    for (int i = 0; i < m_topics->count(); ++i)
        if (m_topics->item(i)->checkState() == Qt::Checked)
            c.topics.push_back(m_topics->item(i)->text().toStdString());
    c.members = m_members->value();
    c.processingMs = m_processing->value();
    c.errorRate = m_errors->value() / 100.0;
    return c;
}

void GroupBotDialog::accept()
{
    QString problem;
    if (m_group->text().trimmed().isEmpty())
        problem = tr("Type a group id.");
    else if (config().topics.empty())
        problem = tr("Tick at least one topic.");
    if (!problem.isEmpty()) {
        m_problem->setProblem(problem);
        return;
    }
    QDialog::accept();
}

} // namespace es
