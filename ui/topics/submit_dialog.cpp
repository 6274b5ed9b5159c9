#include "ui/topics/submit_dialog.h"

#include "ui/topics/inline_problem_label.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace es {

SubmitDialog::SubmitDialog(const QString &okText, QWidget *parent) : QDialog(parent)
{
    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubmitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SubmitDialog::reject);
    setMinimumWidth(440);
}

QPushButton *SubmitDialog::okButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

void SubmitDialog::setForm(QLayout *form)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
}

void SubmitDialog::revalidate()
{
    if (m_waiting)
        return;
    const QString why = problem();
    m_problem->setProblem(why);
    okButton()->setEnabled(why.isEmpty() && ready());
}

void SubmitDialog::accept()
{
    if (m_waiting || !problem().isEmpty() || !ready())
        return;
    m_waiting = true;
    okButton()->setEnabled(false);
    m_problem->setProblem({});
    emit submitted();
}

void SubmitDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter on a refused form does nothing, rather than falling through to another button
    // (Cancel) and losing what was typed; the reason is already on screen.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !okButton()->isEnabled()) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void SubmitDialog::finish(const QString &error)
{
    m_waiting = false;
    if (error.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_problem->setProblem(error);
    okButton()->setEnabled(true);
}

} // namespace es
