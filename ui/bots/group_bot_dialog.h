#pragma once

#ifndef Q_MOC_RUN
#include "bots/consumer_group_bot.h"
#endif

#include <QDialog>
#include <QStringList>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace es {

class InlineProblemLabel;

// Asks for a new consumer-group bot: group id, topics, members, processing time per record
// and error rate. GUI thread only.
class GroupBotDialog : public QDialog {
    Q_OBJECT

public:
    GroupBotDialog(const QStringList &topics, QWidget *parent = nullptr);

    [[nodiscard]] ConsumerGroupBotConfig config() const;

    void accept() override;

private:
    QLineEdit *m_group = nullptr;
    QListWidget *m_topics = nullptr;
    QSpinBox *m_members = nullptr;
    QDoubleSpinBox *m_processing = nullptr;
    QDoubleSpinBox *m_errors = nullptr;
    InlineProblemLabel *m_problem = nullptr;
};

} // namespace es
