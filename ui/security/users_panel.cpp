#include "ui/security/users_panel.h"

#include "ui/fitted_columns.h"
#include "ui/layout_memory.h"
#include "ui/security/rows_model.h"
#include "ui/security/security_commands.h"
#include "ui/security/security_text.h"
#include "ui/security/security_toolbar.h"
#include "ui/security/user_dialog.h"
#include "ui/topics/inline_problem_label.h"

#include <QAction>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace es {

UsersPanel::UsersPanel(SecurityCommands &commands, QWidget *parent) : QWidget(parent), m_commands(commands)
{
    m_add = new QAction(tr("&Add user…"), this);
    m_add->setObjectName(QStringLiteral("addUser"));
    m_change = new QAction(tr("&Change password…"), this);
    m_change->setObjectName(QStringLiteral("changePassword"));
    m_remove = new QAction(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeUser"));
    connect(m_add, &QAction::triggered, this, &UsersPanel::addUser);
    connect(m_change, &QAction::triggered, this, &UsersPanel::changePassword);
    connect(m_remove, &QAction::triggered, this, &UsersPanel::removeUser);

    m_model = new RowsModel({tr("User"), tr("Mechanisms")}, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("SCRAM users"));
    keepColumnsFitted(m_table);
    LayoutMemory::rememberColumns(m_table, QStringLiteral("security/users"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPanel::updateActions);
    connect(m_table, &QTableView::activated, this, &UsersPanel::changePassword);

    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("usersProblem"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(securityToolbar(QStringLiteral("userActions"), {m_add, m_change, m_remove}, this));
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    updateActions();
}

void UsersPanel::setUsers(const std::vector<ScramUserDescription> &users)
{
    m_users = users;
    std::vector<RowsModel::Row> rows;
    for (const ScramUserDescription &u : users) {
        const QString name = QString::fromStdString(u.user);
        rows.push_back({{name, credentialsText(u)}, name});
    }
    setRowsKeepingView(m_model, m_table, std::move(rows));
    if (!m_pendingSelection.isEmpty() && m_model->rowOf(m_pendingSelection) >= 0)
        selectKeys(m_table, {std::exchange(m_pendingSelection, {})}, true);
    updateActions();
}

QString UsersPanel::selectedUser() const
{
    const QStringList keys = selectedKeys(m_table);
    return keys.isEmpty() ? QString() : keys.front();
}

void UsersPanel::updateActions()
{
    const QString readOnly = m_commands.readOnlyText();
    const bool selected = !selectedUser().isEmpty();
    m_add->setEnabled(readOnly.isEmpty());
    m_change->setEnabled(readOnly.isEmpty() && selected);
    m_remove->setEnabled(readOnly.isEmpty() && selected);
    m_add->setToolTip(readOnly.isEmpty() ? tr("Add a user who logs in with SCRAM") : readOnly);
    m_change->setToolTip(readOnly.isEmpty() ? tr("Set a new password for the selected user") : readOnly);
    m_remove->setToolTip(
        readOnly.isEmpty() ? tr("Remove the selected user: clients logging in as it are refused") : readOnly);
}

void UsersPanel::addUser()
{
    QStringList existing;
    for (const ScramUserDescription &u : m_users)
        existing << QString::fromStdString(u.user);
    auto *dialog = new UserDialog({}, existing, this);
    dialog->setObjectName(QStringLiteral("addUserDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::submitted, this, [this, dialog] {
        const std::string user = dialog->user().toStdString();
        const std::string password = dialog->password().toStdString();
        m_commands.change(
            dialog,
            [user, password, mechanisms = dialog->mechanisms(),
             iterations = dialog->iterations()](SecurityAdmin &a) {
                for (const security::ScramMechanism m : mechanisms)
                    if (Status s = a.setUserPassword(user, m, password, iterations); !s.isOk())
                        return s;
                return Status::ok();
            },
            [dialog, this, name = dialog->user()](const QString &error) {
                dialog->finish(error);
                if (error.isEmpty()) {
                    m_problem->setProblem({});
                    m_pendingSelection = name;
                }
            });
    });
    dialog->open();
}

void UsersPanel::changePassword()
{
    const QString user = selectedUser();
    if (user.isEmpty() || !m_change->isEnabled())
        return;
    auto *dialog = new UserDialog(user, {}, this);
    dialog->setObjectName(QStringLiteral("changePasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::submitted, this, [this, dialog] {
        const std::string name = dialog->user().toStdString();
        const std::string password = dialog->password().toStdString();
        m_commands.change(
            dialog,
            [name, password, mechanisms = dialog->mechanisms(),
             iterations = dialog->iterations()](SecurityAdmin &a) {
                for (const security::ScramMechanism m : mechanisms)
                    if (Status s = a.setUserPassword(name, m, password, iterations); !s.isOk())
                        return s;
                return Status::ok();
            },
            [dialog](const QString &error) { dialog->finish(error); });
    });
    dialog->open();
}

void UsersPanel::removeUser()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    QMessageBox box(
        QMessageBox::Warning, tr("Remove user"),
        tr("Remove the user %1? Clients that log in as %1 are refused from then on; its ACLs stay.")
            .arg(user),
        QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("removeUserQuestion"));
    box.exec();
    if (box.clickedButton() != remove)
        return;
    m_commands.change(
        this, [name = user.toStdString()](SecurityAdmin &a) { return a.deleteUser(name, std::nullopt); },
        [this](const QString &error) { m_problem->setProblem(error); });
}

} // namespace es
