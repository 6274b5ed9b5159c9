#pragma once

#include "ui/security/security_reading.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;

namespace es {

class InlineProblemLabel;
class RowsModel;
class SecurityCommands;

// The Security view's ACLs: a table filtered by text (principal or resource), resource
// type and permission; Add ACL… (AclDialog, with its preview against the recent
// requests) and Delete of the selected ACLs (after a question, each by an exact filter).
// Writes are off, saying why, on a read-only connection. GUI thread only.
class AclsPanel : public QWidget {
    Q_OBJECT

public:
    enum Column { Principal, Host, ResourceType, PatternType, ResourceName, Operation, Permission };

    AclsPanel(SecurityCommands &commands, QWidget *parent = nullptr);
    void setReading(const SecurityReading &reading);

    // Selects the ACL's row (clearing the filters that hide it); false when there is none.
    bool selectAcl(const security::AclBinding &binding);
    // Opens the Add ACL form as `prefill` says; returns it (it deletes itself when closed).
    QWidget *openAddDialog(const security::AclBinding &prefill);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QAction *addAction() const { return m_add; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }
    [[nodiscard]] QLineEdit *filter() const { return m_filter; }

private:
    void showAcls();
    void updateActions();
    void deleteSelected();

    SecurityCommands &m_commands;
    SecurityReading m_reading;
    RowsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_resourceType = nullptr;
    QComboBox *m_permission = nullptr;
    InlineProblemLabel *m_problem = nullptr;
    QAction *m_add = nullptr;
    QAction *m_delete = nullptr;
    QStringList m_pendingSelection; // ACLs just added, selected once the table has them
};

} // namespace es
