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
    // The buttons were made before the form: move them after it in the tab order, so that
    // the dialog opens in its first field, not on OK. (Qt leaves widgets that take no focus
    // out of setTabOrder.)
    QWidget *last = this;
    for (QWidget *w = nextInFocusChain(); w != this; w = w->nextInFocusChain())
        if (w->focusPolicy() != Qt::NoFocus && !m_buttons->isAncestorOf(w))
            last = w;
    if (last == this)
        return;
    for (QAbstractButton *b : m_buttons->buttons()) {
        setTabOrder(last, b);
        last = b;
    }
}

void SubmitDialog::makeCancelDefault()
{
    okButton()->setAutoDefault(false);
    okButton()->setDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
}

void SubmitDialog::revalidate()
{
    if (m_waiting)
        return;
    m_answer.clear();
    recheck();
}

void SubmitDialog::recheck()
{
    if (m_waiting)
        return;
    const QString why = problem();
    showProblem(why.isEmpty() ? m_answer : why);
    okButton()->setEnabled(why.isEmpty() && ready());
}

void SubmitDialog::accept()
{
    if (m_waiting || !problem().isEmpty() || !ready())
        return;
    m_waiting = true;
    m_answer.clear();
    okButton()->setEnabled(false);
    m_problem->setProblem({});
    emit submitted();
}

void SubmitDialog::showProblem(const QString &problem)
{
    if (problem == m_problem->text() && m_problem->isVisible() == !problem.isEmpty())
        return;
    m_problem->setProblem(problem);
    if (!isVisible() || !layout())
        return; // the dialog takes its size from the layout when it opens
    // A dialog that is open does not grow by itself for a line that wraps: without this a
    // long answer from the engine would be squeezed into one line and cut.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalMinimumSize().height();
    if (needed > height())
        resize(width(), needed);
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
    m_answer = error;
    showProblem(error);
    okButton()->setEnabled(true);
}

} // namespace es
