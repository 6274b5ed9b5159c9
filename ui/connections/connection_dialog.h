#pragma once

#include "ui/connections/connection_profile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace es {

// Adds or edits a connection to a Kafka cluster: its name, bootstrap servers, security
// settings and colour, read-only (on by default) and whether to save it. "Test connection"
// reaches the cluster off the GUI thread and says within 5 s what it found. Accepting
// means "connect". GUI thread only.
class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectionDialog(const ConnectionProfile &profile, QWidget *parent = nullptr);

    // The profile as edited (its id kept).
    [[nodiscard]] ConnectionProfile profile() const;
    // Whether the user wants it saved.
    [[nodiscard]] bool saveRequested() const;
    // Shown under the form (e.g. the keyring could not give the password).
    void setNote(const QString &note);

signals:
    // The user asked to forget this saved connection.
    void removeRequested(const QString &id);

private:
    void updateEnabled();
    void test();
    QLineEdit *fileField(const QString &objectName, const QString &title);

    QString m_id;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_bootstrap = nullptr;
    QComboBox *m_protocol = nullptr;
    QComboBox *m_mechanism = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_keyPassword = nullptr;
    QToolButton *m_colour = nullptr;
    QColor m_chosenColour;
    QCheckBox *m_readOnly = nullptr;
    QCheckBox *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_note = nullptr;
    int m_testsRunning = 0;
};

} // namespace es
