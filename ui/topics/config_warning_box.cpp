#include "ui/topics/config_warning_box.h"

#include "ui/topics/inline_problem_label.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace es {

ConfigWarningBox::ConfigWarningBox(const QString &confirmText, QWidget *parent) : QWidget(parent)
{
    m_text = new InlineProblemLabel(this);
    m_text->setObjectName(QStringLiteral("configWarning"));
    m_confirm = new QCheckBox(confirmText, this);
    m_confirm->setObjectName(QStringLiteral("confirmWarning"));
    m_confirm->setVisible(false);
    connect(m_confirm, &QCheckBox::toggled, this, &ConfigWarningBox::confirmationChanged);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_confirm);
}

void ConfigWarningBox::setWarnings(const QStringList &warnings)
{
    if (warnings == m_warnings)
        return;
    m_warnings = warnings;
    m_confirm->setChecked(false); // a new warning is confirmed afresh
    m_text->setProblem(warnings.join(QLatin1Char('\n')));
    m_confirm->setVisible(!warnings.isEmpty());
}

bool ConfigWarningBox::confirmed() const { return m_warnings.isEmpty() || m_confirm->isChecked(); }

} // namespace es
