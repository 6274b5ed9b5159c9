#include "ui/topics/topic_configs_dialog.h"

#include "ui/topics/config_cross_checks.h"
#include "ui/topics/config_warning_box.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace es {

TopicConfigsDialog::TopicConfigsDialog(const QString &topic, const std::vector<ConfigEntry> &configs,
                                       int replicationFactor, const ConfigEditor::Options &options,
                                       QWidget *parent)
    : SubmitDialog(tr("Apply"), parent), m_replicationFactor(replicationFactor), m_readOnly(options.readOnly)
{
    setWindowTitle(options.readOnly ? tr("Configs of %1 (read-only)").arg(topic)
                                    : tr("Configs of %1").arg(topic));
    m_editor = new ConfigEditor(configs, options, this);
    m_editor->setObjectName(QStringLiteral("configEditor"));
    m_warnings = new ConfigWarningBox(tr("Apply an&yway"), this);
    connect(m_editor, &ConfigEditor::changed, this, &TopicConfigsDialog::onEdited);
    connect(m_warnings, &ConfigWarningBox::confirmationChanged, this, &TopicConfigsDialog::recheck);
    auto *form = new QVBoxLayout;
    form->addWidget(m_editor, 1);
    form->addWidget(m_warnings);
    setForm(form);
    // The rows take the room the dialog has, not the stretch below the form.
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->setStretch(0, 1);
    if (options.readOnly) {
        m_warnings->hide(); // nothing to confirm
        okButton()->hide();
        if (auto *buttons = findChild<QDialogButtonBox *>())
            buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
    resize(820, 520);
    onEdited();
}

void TopicConfigsDialog::onEdited()
{
    if (!m_readOnly)
        m_warnings->setWarnings(ConfigCrossChecks::warnings(m_editor->model(), m_replicationFactor));
    revalidate();
}

std::map<std::string, std::optional<std::string>> TopicConfigsDialog::changes() const
{
    return m_editor->model().changes();
}

QString TopicConfigsDialog::problem() const { return m_editor->model().problem(); }

bool TopicConfigsDialog::ready() const
{
    return !m_readOnly && !changes().empty() && m_warnings->confirmed();
}

} // namespace es
