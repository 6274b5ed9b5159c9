#pragma once

#include "ui/topics/submit_dialog.h"

#ifndef Q_MOC_RUN
#include "connection/security_admin.h"
#endif

#include <QStringList>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace es {

// Edits the embedded cluster's listeners for its next start: each listener's name, protocol,
// host and base port (broker i listens on base port + i - 1), at least one; and the TLS settings
// of its SSL and SASL_SSL listeners: the user's own certificate and key or the local CA's,
// the CA client certificates must chain to, and whether SSL listeners ask clients for one.
// OK emits submitted(); the view saves the set and calls finish() with the cluster's answer
// (a set it would refuse to start with stays here with the reason). GUI thread only.
class ListenersDialog : public SubmitDialog {
    Q_OBJECT

public:
    ListenersDialog(const std::vector<security::ListenerConfig> &listeners, const security::TlsSettings &tls,
                    QWidget *parent);

    // The table's columns, in order.
    enum Column { NameColumn, ProtocolColumn, HostColumn, PortColumn };

    // Named as in the Name column, upper-cased as Kafka compares names; a listener without a
    // name is named after its protocol, with "_2" and so on when another listener has that name.
    [[nodiscard]] std::vector<security::ListenerConfig> listeners() const;
    [[nodiscard]] security::TlsSettings tls() const;

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    // Appends a row: PLAINTEXT on 127.0.0.1, on a port after the last row's.
    void addListener();

protected:
    [[nodiscard]] QString problem() const override;

private:
    void addRow(const security::ListenerConfig &listener);
    // A row's protocol changed: a name that was only its old protocol's follows the new one.
    void renameAfterProtocol(const QComboBox *protocol);
    // Each row's name as typed, trimmed and upper-cased; empty where none is given.
    [[nodiscard]] QStringList chosenNames() const;
    void removeListener();
    // A path field with a Browse… button beside it, in `row`.
    QLineEdit *fileField(const QString &name, const QString &caption, QWidget **row);
    void showOwnCertificate();

    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QCheckBox *m_ownCertificate = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_key = nullptr;
    QWidget *m_certificateRow = nullptr;
    QWidget *m_keyRow = nullptr;
    QLineEdit *m_clientCa = nullptr;
    QComboBox *m_clientAuth = nullptr;
};

} // namespace es
