#pragma once

#include "ui/security/security_reading.h"

#include <QWidget>

class QAction;
class QTableView;

namespace es {

class InlineProblemLabel;
class RowsModel;
class SecurityCommands;

// The Security view's SCRAM users: each with its mechanisms and iteration counts; Add
// user…, Change password… and Remove (after a question), the cluster's refusal shown under
// the toolbar. Writes are off, saying why, on a read-only connection. GUI thread only.
class UsersPanel : public QWidget {
    Q_OBJECT

public:
    UsersPanel(SecurityCommands &commands, QWidget *parent = nullptr);
    void setUsers(const std::vector<ScramUserDescription> &users);

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QAction *addAction() const { return m_add; }
    [[nodiscard]] QAction *changeAction() const { return m_change; }
    [[nodiscard]] QAction *removeAction() const { return m_remove; }

private:
    [[nodiscard]] QString selectedUser() const;
    void updateActions();
    void addUser();
    void changePassword();
    void removeUser();

    SecurityCommands &m_commands;
    std::vector<ScramUserDescription> m_users;
    RowsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    InlineProblemLabel *m_problem = nullptr;
    QAction *m_add = nullptr;
    QAction *m_change = nullptr;
    QAction *m_remove = nullptr;
    QString m_pendingSelection; // a user just added, selected once the list has it
};

} // namespace es
