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
    // Enter cancels instead of submitting: for a dialog whose OK destroys what cannot be
    // brought back, and that asks no further question.
    void makeCancelDefault();
    // Checks again (call when an input changes); the engine's last answer goes.
    void revalidate();
    // Checks again when what the form is checked against changes (a new snapshot), not the
    // form: the engine's last answer stays unless the form now has a problem of its own.
    void recheck();
    // Empty when the form can be submitted; otherwise why not, in one sentence.
    [[nodiscard]] virtual QString problem() const = 0;
    // False keeps OK disabled without a reason to show (e.g. nothing edited yet).
    [[nodiscard]] virtual bool ready() const { return true; }
    [[nodiscard]] bool waiting() const { return m_waiting; }

private:
    void showProblem(const QString &problem);

    bool m_waiting = false;
    QString m_answer; // the engine's refusal shown since the last submit, until an input changes
    InlineProblemLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace es
