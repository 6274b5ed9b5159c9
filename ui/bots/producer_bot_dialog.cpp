#include "ui/bots/producer_bot_dialog.h"

#include "ui/topics/inline_problem_label.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace es {

ProducerBotDialog::ProducerBotDialog(const QStringList &topics, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add producer bot"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("botName"));
    m_name->setPlaceholderText(tr("optional"));
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("botTopic"));
    m_topic->setEditable(true);
    m_topic->addItems(topics);
    m_topic->setToolTip(
        tr("The topic to write to; a topic that does not exist is created with the defaults."));
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("botRate"));
    m_rate->setRange(0, ProducerBot::kMaxRatePerSecond);
    m_rate->setDecimals(1);
    m_rate->setValue(50);
    m_rate->setSuffix(tr(" records/s"));
    m_keys = new QComboBox(this);
    m_keys->setObjectName(QStringLiteral("botKeys"));
    m_keys->addItem(tr("No key (spread by the sticky partitioner)"), static_cast<int>(KeyDistribution::None));
    m_keys->addItem(tr("Sequential over K keys"), static_cast<int>(KeyDistribution::Sequential));
    m_keys->addItem(tr("Random over K keys"), static_cast<int>(KeyDistribution::Random));
    m_keys->addItem(tr("Hot key (80% on one key)"), static_cast<int>(KeyDistribution::HotKey));
    m_keys->setToolTip(tr("Records with the same key always go to the same partition."));
    m_keyCount = new QSpinBox(this);
    m_keyCount->setRange(1, 1'000'000);
    m_keyCount->setValue(10);
    m_value = new QLineEdit(QString::fromStdString(ProducerBotConfig{}.valueTemplate), this);
    m_value->setObjectName(QStringLiteral("botValue"));
    m_value->setToolTip(
        tr("Placeholders: {{seq}}, {{uuid}}, {{now}}, {{now_iso}}, {{int A B}}, {{pick a|b|c}}, "
           "{{words N}}"));
    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("botProblem"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Rate:"), m_rate);
    form->addRow(tr("&Keys:"), m_keys);
    form->addRow(tr("Number of keys (&K):"), m_keyCount);
    form->addRow(tr("&Value template:"), m_value);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_keys, &QComboBox::currentIndexChanged, this, &ProducerBotDialog::updateKeys);
    updateKeys();
    resize(520, sizeHint().height());
}

void ProducerBotDialog::updateKeys()
{
    m_keyCount->setEnabled(m_keys->currentData().toInt() != static_cast<int>(KeyDistribution::None));
}

ProducerBotConfig ProducerBotDialog::config() const
{
    ProducerBotConfig c;
    c.name = m_name->text().trimmed().toStdString();
    c.topic = m_topic->currentText().trimmed().toStdString();
    c.ratePerSecond = m_rate->value();
    c.keys = static_cast<KeyDistribution>(m_keys->currentData().toInt());
    c.keyCount = m_keyCount->value();
    c.valueTemplate = m_value->text().toStdString();
    return c;
}

void ProducerBotDialog::accept()
{
    QString problem;
    if (m_topic->currentText().trimmed().isEmpty())
        problem = tr("Choose or type a topic.");
    else if (auto parsed = RecordTemplate::parse(m_value->text().toStdString()); !parsed)
        problem =
            tr("The value template is not valid: %1").arg(QString::fromStdString(parsed.status().message()));
    if (!problem.isEmpty()) {
        m_problem->setProblem(problem);
        return;
    }
    QDialog::accept();
}

} // namespace es
