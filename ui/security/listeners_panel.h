#pragma once

#include "ui/security/security_reading.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QWidget;

namespace es {

class RowsModel;

// The Security view's listeners: each with its protocol, host and every broker's port; the
// certificate authority clients trust when a listener uses TLS (its file and fingerprint,
// to copy); and the client settings that reach the selected listener, to copy into a
// client's config. Where they can be changed (setEditable()), Edit listeners… asks the view
// for the dialog (editRequested()). GUI thread only.
class ListenersPanel : public QWidget {
    Q_OBJECT

public:
    explicit ListenersPanel(QWidget *parent = nullptr);
    void setDescription(const SecurityDescription &description);
    // Shows Edit listeners…: for the embedded cluster, when the user may write.
    void setEditable(bool editable);

    [[nodiscard]] const SecurityDescription &description() const { return m_description; }
    [[nodiscard]] QPushButton *editButton() const { return m_edit; }

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString settingsText() const;

signals:
    void editRequested();

private:
    void showSettings();
    void copy(const QString &text, const QString &note);

    SecurityDescription m_description;
    RowsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QWidget *m_tls = nullptr;
    QLabel *m_caFile = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_caHint = nullptr;
    QLabel *m_settingsTitle = nullptr;
    QPlainTextEdit *m_settings = nullptr;
    QLabel *m_copied = nullptr;
};

} // namespace es
