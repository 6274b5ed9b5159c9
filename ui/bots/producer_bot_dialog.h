#pragma once

#ifndef Q_MOC_RUN
#include "bots/producer_bot.h"
#endif

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace es {

class InlineProblemLabel;

// Asks for a new producer bot: topic, rate, key distribution and value template. The
// template is checked on OK (the error shows under it). GUI thread only.
class ProducerBotDialog : public QDialog {
    Q_OBJECT

public:
    ProducerBotDialog(const QStringList &topics, QWidget *parent = nullptr);

    [[nodiscard]] ProducerBotConfig config() const;

    void accept() override;

private:
    void updateKeys();

    QLineEdit *m_name = nullptr;
    QComboBox *m_topic = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QComboBox *m_keys = nullptr;
    QSpinBox *m_keyCount = nullptr;
    QLineEdit *m_value = nullptr;
    InlineProblemLabel *m_problem = nullptr;
};

} // namespace es
