#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLayout;
class QPushButton;

namespace es {

class InlineProblemLabel;

// The pattern every topic dialog shares: the form is checked as the user types, OK stays
// disabled with the reason shown inline until it passes, and OK does not close the dialog
// but emits submitted() and waits for finish() with the engine's answer, so an engine
// error appears here, beside what caused it, and the user can correct and try again.
class SubmitDialog : public QDialog {
    Q_OBJECT

public:
    void accept() override;
    [[nodiscard]] QPushButton *okButton() const;

public slots:
    // The engine's answer: empty closes the dialog, anything else is shown.
    void finish(const QString &error);

signals:
    void submitted();

protected:
    SubmitDialog(const QString &okText, QWidget *parent);
    void keyPressEvent(QKeyEvent *event) override;
    // Puts `form` above the problem line and the buttons.
    void setForm(QLayout *form);
    // Checks again (call when an input changes).
    void revalidate();
    // Empty when the form can be submitted; otherwise why not, in one sentence.
    [[nodiscard]] virtual QString problem() const = 0;
    // False keeps OK disabled without a reason to show (e.g. nothing edited yet).
    [[nodiscard]] virtual bool ready() const { return true; }
    [[nodiscard]] bool waiting() const { return m_waiting; }

private:
    bool m_waiting = false;
    InlineProblemLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace es
