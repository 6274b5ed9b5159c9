#pragma once

#include "ui/topics/submit_dialog.h"

#ifndef Q_MOC_RUN
#include "connection/security_admin.h"
#endif

#include <QStringList>

#include <vector>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace es {

// Adds a SCRAM user, or changes an existing user's password: the name, the password typed
// twice, the mechanisms (SCRAM-SHA-256, -512 or both) and the iteration count within
// Kafka's bounds. OK emits submitted(); the view sets the password and calls finish() with
// the cluster's answer. GUI thread only.
class UserDialog : public SubmitDialog {
    Q_OBJECT

public:
    // Add: `user` empty, `existing` the names already taken. Change password: `user` set.
    UserDialog(const QString &user, QStringList existing, QWidget *parent);

    [[nodiscard]] QString user() const;
    [[nodiscard]] QString password() const;
    [[nodiscard]] std::vector<security::ScramMechanism> mechanisms() const;
    [[nodiscard]] int iterations() const;

    // Kafka's default (kafka-configs --add-config), as --scram-user uses.
    static constexpr int kDefaultIterations = 4096;

protected:
    [[nodiscard]] QString problem() const override;

private:
    bool m_adding;
    QStringList m_existing;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QComboBox *m_mechanism = nullptr;
    QSpinBox *m_iterations = nullptr;
};

} // namespace es
