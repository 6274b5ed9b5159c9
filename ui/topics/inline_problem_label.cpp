#include "ui/topics/inline_problem_label.h"

namespace es {

InlineProblemLabel::InlineProblemLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("color: #d32f2f;"));
    setVisible(false);
}

void InlineProblemLabel::setProblem(const QString &problem)
{
    setText(problem);
    setVisible(!problem.isEmpty());
}

} // namespace es
