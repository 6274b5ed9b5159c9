#pragma once

#include <QDialog>

class QCheckBox;

namespace es {

// Asks before crashing a broker, and whether it should lose what it has not flushed yet.
class CrashDialog : public QDialog {
    Q_OBJECT

public:
    explicit CrashDialog(int brokerId, QWidget *parent = nullptr);

    [[nodiscard]] int brokerId() const { return m_brokerId; }
    [[nodiscard]] bool loseUnflushed() const;

private:
    int m_brokerId;
    QCheckBox *m_loseUnflushed = nullptr;
};

} // namespace es
