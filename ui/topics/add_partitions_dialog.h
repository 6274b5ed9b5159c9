#pragma once

#include "ui/topics/submit_dialog.h"

class QSpinBox;

namespace es {

// Asks for a topic's new partition count. Kafka only grows a topic, and keys hash onto
// the new count from then on, which the dialog says before the user commits.
class AddPartitionsDialog : public SubmitDialog {
    Q_OBJECT

public:
    AddPartitionsDialog(const QString &topic, int currentPartitions, QWidget *parent = nullptr);

    [[nodiscard]] int totalPartitions() const;

protected:
    [[nodiscard]] QString problem() const override;

private:
    int m_current = 0;
    QSpinBox *m_total = nullptr;
};

} // namespace es
