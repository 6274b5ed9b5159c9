#pragma once

#include "ui/security/security_reading.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableView;

namespace es {

class RowsModel;

// The Security view's recent denials, newest first: when, who from where, which request
// and what it asked for. Selecting one says what decided it (decided() carries the deny
// ACL, for the ACL table to select, or nullopt when no ACL allows it); "Allow this…" asks
// for the Add ACL form filled in to allow exactly that. GUI thread only.
class DenialsPanel : public QWidget {
    Q_OBJECT

public:
    explicit DenialsPanel(QWidget *parent = nullptr);
    void setDenials(const std::vector<security::AuthorizationDenial> &denials);
    // Writes are off (a read-only connection, or no ACLs to add): Allow this… says `why`.
    void setAllowDisabled(const QString &why);
    // Shown under the table: what decided the selected denial.
    void setExplanation(const QString &text);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QAction *allowAction() const { return m_allow; }
    [[nodiscard]] QString explanation() const;

signals:
    // The selected denial's deciding ACL, nullopt when no ACL allowed it.
    void decided(const std::optional<security::AclBinding> &acl);
    void allowRequested(const security::AclBinding &prefill);

private:
    [[nodiscard]] const security::AuthorizationDenial *selected() const;
    void onSelection();

    std::vector<security::AuthorizationDenial> m_denials; // newest first, as the rows
    RowsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_explanation = nullptr;
    QAction *m_allow = nullptr;
    QString m_allowDisabled;
    QString m_shown; // the denial whose deciding ACL was last shown
};

} // namespace es
