#include "ui/security/user_dialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace es {

namespace {

// The mechanism combo's entries.
enum MechanismChoice { Both, Sha256, Sha512 };

} // namespace

UserDialog::UserDialog(const QString &user, QStringList existing, QWidget *parent)
    : SubmitDialog(user.isEmpty() ? tr("Add user") : tr("Change password"), parent),
      m_adding(user.isEmpty()),
      m_existing(std::move(existing))
{
    setWindowTitle(m_adding ? tr("Add a SCRAM user") : tr("Change the password of %1").arg(user));
    m_name = new QLineEdit(user, this);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setReadOnly(!m_adding);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("passwordRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_mechanism = new QComboBox(this);
    m_mechanism->setObjectName(QStringLiteral("mechanism"));
    m_mechanism->insertItem(Both, tr("SCRAM-SHA-256 and SCRAM-SHA-512"));
    m_mechanism->insertItem(Sha256, QStringLiteral("SCRAM-SHA-256"));
    m_mechanism->insertItem(Sha512, QStringLiteral("SCRAM-SHA-512"));
    m_mechanism->setToolTip(
        tr("The mechanisms the user may log in with; a client names one in sasl.mechanism."));
    m_iterations = new QSpinBox(this);
    m_iterations->setObjectName(QStringLiteral("iterations"));
    m_iterations->setRange(security::kMinScramIterations, security::kMaxScramIterations);
    m_iterations->setValue(kDefaultIterations);
    m_iterations->setToolTip(tr("How often the password is hashed: more is slower to guess and to log in "
                                "(Kafka accepts %1 to %2).")
                                 .arg(security::kMinScramIterations)
                                 .arg(security::kMaxScramIterations));

    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(tr("&Mechanism:"), m_mechanism);
    form->addRow(tr("&Iterations:"), m_iterations);
    setForm(form);

    for (QLineEdit *edit : {m_name, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &UserDialog::revalidate);
    revalidate();
    (m_adding ? m_name : m_password)->setFocus();
}

QString UserDialog::user() const { return m_name->text().trimmed(); }
QString UserDialog::password() const { return m_password->text(); }
int UserDialog::iterations() const { return m_iterations->value(); }

std::vector<security::ScramMechanism> UserDialog::mechanisms() const
{
    switch (m_mechanism->currentIndex()) {
    case Sha256: return {security::ScramMechanism::Sha256};
    case Sha512: return {security::ScramMechanism::Sha512};
    default: return {security::ScramMechanism::Sha256, security::ScramMechanism::Sha512};
    }
}

QString UserDialog::problem() const
{
    if (user().isEmpty())
        return tr("Enter the user's name.");
    if (m_adding && m_existing.contains(user()))
        return tr("There is a user %1 already: select it and change its password.").arg(user());
    if (password().isEmpty())
        return tr("Enter a password.");
    if (m_repeat->text() != password())
        return tr("The two passwords differ.");
    return {};
}

} // namespace es
