#include "ui/bots/bot_settings_dialog.h"

#ifndef Q_MOC_RUN
#include "bots/consumer_group_bot.h"
#include "bots/producer_bot.h"
#endif

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QVBoxLayout>

namespace es {

BotSettingsDialog::BotSettingsDialog(const BotStatus &bot, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Change %1").arg(QString::fromStdString(bot.name)));
    auto *form = new QFormLayout;
    if (bot.kind == BotKind::Producer) {
        m_rate = new QDoubleSpinBox(this);
        m_rate->setObjectName(QStringLiteral("botRate"));
        m_rate->setRange(0, ProducerBot::kMaxRatePerSecond);
        m_rate->setDecimals(1);
        m_rate->setSuffix(tr(" records/s"));
        m_rate->setValue(bot.configuredRate);
        form->addRow(tr("&Rate:"), m_rate);
    } else {
        m_processing = new QDoubleSpinBox(this);
        m_processing->setObjectName(QStringLiteral("botProcessing"));
        m_processing->setRange(0, ConsumerGroupBot::kMaxProcessingMs);
        m_processing->setDecimals(1);
        m_processing->setSuffix(tr(" ms per record"));
        m_processing->setValue(bot.processingMs);
        m_errors = new QDoubleSpinBox(this);
        m_errors->setObjectName(QStringLiteral("botErrors"));
        m_errors->setRange(0, 99);
        m_errors->setDecimals(1);
        m_errors->setSuffix(tr(" %"));
        m_errors->setValue(bot.errorRate * 100);
        form->addRow(tr("&Processing time:"), m_processing);
        form->addRow(tr("&Error rate:"), m_errors);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

double BotSettingsDialog::rate() const { return m_rate ? m_rate->value() : 0; }

double BotSettingsDialog::processingMs() const { return m_processing ? m_processing->value() : 0; }

double BotSettingsDialog::errorRate() const { return m_errors ? m_errors->value() / 100.0 : 0; }

} // namespace es
