#pragma once

#include <QLabel>

namespace es {

// The line under a form that says why it cannot be submitted yet (or why the engine said
// no), in a colour that reads as a warning in light and dark themes. Hidden when empty.
class InlineProblemLabel : public QLabel {
    Q_OBJECT

public:
    explicit InlineProblemLabel(QWidget *parent = nullptr);
    void setProblem(const QString &problem);
};

} // namespace es
