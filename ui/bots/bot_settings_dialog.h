#pragma once

#ifndef Q_MOC_RUN
#include "bots/bot_status.h"
#endif

#include <QDialog>

class QDoubleSpinBox;

namespace es {

// Changes a running bot: a producer's rate, or a group's processing time and error rate,
// starting from the bot's current values. GUI thread only.
class BotSettingsDialog : public QDialog {
    Q_OBJECT

public:
    BotSettingsDialog(const BotStatus &bot, QWidget *parent = nullptr);

    [[nodiscard]] double rate() const;         // producers: records per second
    [[nodiscard]] double processingMs() const; // groups
    [[nodiscard]] double errorRate() const;    // groups: 0 to below 1

private:
    QDoubleSpinBox *m_rate = nullptr;
    QDoubleSpinBox *m_processing = nullptr;
    QDoubleSpinBox *m_errors = nullptr;
};

} // namespace es
