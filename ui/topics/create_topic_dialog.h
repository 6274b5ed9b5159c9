#pragma once

#include "ui/topics/create_topic_check.h"
#include "ui/topics/submit_dialog.h"

class QLineEdit;
class QSpinBox;

namespace es {

// Asks for a new topic's name, partitions and replication factor, checked as the user
// types against Kafka's rules and the cluster's live brokers (CreateTopicCheck).
class CreateTopicDialog : public SubmitDialog {
    Q_OBJECT

public:
    CreateTopicDialog(QStringList existingTopics, int liveBrokers, QWidget *parent = nullptr);

    [[nodiscard]] CreateTopicCheck::Input input() const;

public slots:
    // The cluster changed while the dialog is open: check against the new facts.
    void setClusterFacts(const QStringList &existingTopics, int liveBrokers);

protected:
    [[nodiscard]] QString problem() const override;

private:
    QStringList m_existing;
    int m_liveBrokers = 0;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_partitions = nullptr;
    QSpinBox *m_replication = nullptr;
};

} // namespace es
