#include "ui/security/acls_panel.h"

#include "ui/fitted_columns.h"
#include "ui/layout_memory.h"
#include "ui/security/acl_dialog.h"
#include "ui/security/rows_model.h"
#include "ui/security/security_commands.h"
#include "ui/security/security_text.h"
#include "ui/security/security_toolbar.h"
#include "ui/table_context_menu.h"
#include "ui/topics/inline_problem_label.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace es {

namespace {

using security::AclBinding;

constexpr int kAnyData = -1;

security::AclBindingFilter exactFilter(const AclBinding &b)
{
    return {b.pattern.type, b.pattern.name,    b.pattern.patternType, b.entry.principal,
            b.entry.host,   b.entry.operation, b.entry.permission};
}

} // namespace

AclsPanel::AclsPanel(SecurityCommands &commands, QWidget *parent) : QWidget(parent), m_commands(commands)
{
    m_add = new QAction(tr("&Add ACL…"), this);
    m_add->setObjectName(QStringLiteral("addAcl"));
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteAcls"));
    connect(m_add, &QAction::triggered, this, [this] { openAddDialog(AclBinding{}); });
    connect(m_delete, &QAction::triggered, this, &AclsPanel::deleteSelected);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("aclFilter"));
    m_filter->setPlaceholderText(tr("Filter by principal or resource"));
    m_filter->setAccessibleName(tr("Filter ACLs"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 14);
    m_resourceType = new QComboBox(this);
    m_resourceType->setObjectName(QStringLiteral("aclResourceTypeFilter"));
    m_resourceType->setAccessibleName(tr("Resource type"));
    m_resourceType->addItem(tr("All resources"), kAnyData);
    for (const auto type : {security::ResourceType::Topic, security::ResourceType::Group,
                            security::ResourceType::Cluster, security::ResourceType::TransactionalId,
                            security::ResourceType::DelegationToken, security::ResourceType::User})
        m_resourceType->addItem(kafkaText(security::resourceTypeName(type)), static_cast<int>(type));
    m_permission = new QComboBox(this);
    m_permission->setObjectName(QStringLiteral("aclPermissionFilter"));
    m_permission->setAccessibleName(tr("Permission"));
    m_permission->addItem(tr("Allow and deny"), kAnyData);
    m_permission->addItem(tr("Allow"), static_cast<int>(security::AclPermission::Allow));
    m_permission->addItem(tr("Deny"), static_cast<int>(security::AclPermission::Deny));
    connect(m_filter, &QLineEdit::textChanged, this, &AclsPanel::showAcls);
    connect(m_resourceType, &QComboBox::currentIndexChanged, this, &AclsPanel::showAcls);
    connect(m_permission, &QComboBox::currentIndexChanged, this, &AclsPanel::showAcls);

    m_model = new RowsModel({tr("Principal"), tr("Host"), tr("Resource type"), tr("Pattern"), tr("Resource"),
                             tr("Operation"), tr("Permission")},
                            this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("aclsTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Principal, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("ACLs"));
    keepColumnsFitted(m_table);
    LayoutMemory::rememberColumns(m_table, QStringLiteral("security/acls"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AclsPanel::updateActions);
    TableContextMenu::install(m_table,
                              [this](QMenu &menu, const QModelIndex &) { menu.addAction(m_delete); });

    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("aclsProblem"));

    auto *top = new QHBoxLayout;
    top->addWidget(securityToolbar(QStringLiteral("aclActions"), {m_add, m_delete}, this));
    top->addWidget(m_filter, 1);
    top->addWidget(m_resourceType);
    top->addWidget(m_permission);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    updateActions();
}

void AclsPanel::setReading(const SecurityReading &reading)
{
    m_reading = reading;
    showAcls();
}

void AclsPanel::showAcls()
{
    const QString text = m_filter->text().trimmed();
    const int type = m_resourceType->currentData().toInt();
    const int permission = m_permission->currentData().toInt();
    std::vector<RowsModel::Row> rows;
    for (const AclBinding &b : m_reading.acls) {
        const QString principal = QString::fromStdString(b.entry.principal);
        const QString name = QString::fromStdString(b.pattern.name);
        if (!text.isEmpty() && !principal.contains(text, Qt::CaseInsensitive) &&
            !name.contains(text, Qt::CaseInsensitive))
            continue;
        if (type != kAnyData && type != static_cast<int>(b.pattern.type))
            continue;
        if (permission != kAnyData && permission != static_cast<int>(b.entry.permission))
            continue;
        rows.push_back({{principal, QString::fromStdString(b.entry.host),
                         kafkaText(security::resourceTypeName(b.pattern.type)),
                         kafkaText(security::patternTypeName(b.pattern.patternType)), name,
                         kafkaText(security::aclOperationName(b.entry.operation)),
                         kafkaText(security::aclPermissionName(b.entry.permission))},
                        aclKey(b),
                        aclKey(b)});
    }
    setRowsKeepingView(m_model, m_table, std::move(rows));
    if (!m_pendingSelection.isEmpty() && selectKeys(m_table, m_pendingSelection, true))
        m_pendingSelection.clear();
    updateActions();
}

bool AclsPanel::selectAcl(const AclBinding &binding)
{
    const QString key = aclKey(binding);
    if (m_model->rowOf(key) < 0) {
        // Hidden by the filters? Show every ACL, then look again.
        m_filter->clear();
        m_resourceType->setCurrentIndex(0);
        m_permission->setCurrentIndex(0);
    }
    return selectKeys(m_table, {key}, true);
}

void AclsPanel::updateActions()
{
    const QString readOnly = m_commands.readOnlyText();
    m_add->setEnabled(readOnly.isEmpty());
    m_delete->setEnabled(readOnly.isEmpty() && !selectedKeys(m_table).isEmpty());
    m_add->setToolTip(readOnly.isEmpty() ? tr("Allow or deny a principal an operation on a resource")
                                         : readOnly);
    m_delete->setToolTip(readOnly.isEmpty() ? tr("Delete the selected ACLs") : readOnly);
}

QWidget *AclsPanel::openAddDialog(const AclBinding &prefill)
{
    AclDialog::Context context;
    for (const ScramUserDescription &u : m_reading.users)
        context.principals << QStringLiteral("User:") + QString::fromStdString(u.user);
    context.acls = m_reading.acls;
    if (m_reading.description)
        context.options = {m_reading.description->superUsers,
                           m_reading.description->allowEveryoneIfNoAclFound};
    context.requests = m_reading.requests;
    context.previewable = m_reading.abilities.denials && m_reading.description.has_value();
    auto *dialog = new AclDialog(std::move(context), prefill, this);
    dialog->setObjectName(QStringLiteral("addAclDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AclDialog::submitted, this, [this, dialog] {
        const std::vector<AclBinding> bindings = dialog->bindings();
        QStringList keys;
        for (const AclBinding &b : bindings)
            keys << aclKey(b);
        m_commands.change(
            dialog,
            [bindings](SecurityAdmin &a) {
                Result<std::vector<Status>> results = a.createAcls(bindings);
                if (!results.isOk())
                    return results.status();
                for (const Status &s : *results)
                    if (!s.isOk())
                        return s;
                return Status::ok();
            },
            [this, dialog, keys](const QString &error) {
                dialog->finish(error);
                if (error.isEmpty()) {
                    m_problem->setProblem({});
                    m_pendingSelection = keys;
                }
            });
    });
    dialog->open();
    return dialog;
}

void AclsPanel::deleteSelected()
{
    const QStringList keys = selectedKeys(m_table);
    std::vector<security::AclBindingFilter> filters;
    for (const AclBinding &b : m_reading.acls)
        if (keys.contains(aclKey(b)))
            filters.push_back(exactFilter(b));
    if (filters.empty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete ACLs"),
                    filters.size() == 1
                        ? tr("Delete this ACL?\n%1").arg(keys.front())
                        : tr("Delete these %n ACLs?", nullptr, static_cast<int>(filters.size())),
                    QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("deleteAclsQuestion"));
    box.exec();
    if (box.clickedButton() != remove)
        return;
    m_commands.change(
        this,
        [filters](SecurityAdmin &a) {
            Result<std::vector<AclBinding>> deleted = a.deleteAcls(filters);
            return deleted.isOk() ? Status::ok() : deleted.status();
        },
        [this](const QString &error) { m_problem->setProblem(error); });
}

} // namespace es
