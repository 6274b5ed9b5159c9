#include "ui/security/denials_panel.h"

#include "ui/fitted_columns.h"
#include "ui/layout_memory.h"
#include "ui/security/rows_model.h"
#include "ui/security/security_text.h"
#include "ui/security/security_toolbar.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace es {

namespace {

// Denials have no id: the time and the request tell one from another.
QString denialKey(const security::AuthorizationDenial &d)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(d.timeMs)
        .arg(QString::fromStdString(d.who.principal), QString::fromStdString(d.who.host),
             QString::fromStdString(d.api), resourceText(d.action.resourceType, d.action.resourceName));
}

} // namespace

DenialsPanel::DenialsPanel(QWidget *parent) : QWidget(parent)
{
    m_allow = new QAction(tr("A&llow this…"), this);
    m_allow->setObjectName(QStringLiteral("allowDenied"));
    connect(m_allow, &QAction::triggered, this, [this] {
        const security::AuthorizationDenial *d = selected();
        if (!d)
            return;
        security::AclBinding prefill;
        prefill.entry.principal = d->who.principal;
        prefill.entry.operation = d->action.operation;
        prefill.entry.permission = security::AclPermission::Allow;
        prefill.pattern.type = d->action.resourceType;
        prefill.pattern.name = d->action.resourceName;
        emit allowRequested(prefill);
    });

    auto *title = new QLabel(tr("Recent denials"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_model = new RowsModel(
        {tr("Time"), tr("Principal"), tr("Host"), tr("Request"), tr("Operation"), tr("Resource")}, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("denialsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Recent denials"));
    keepColumnsFitted(m_table);
    LayoutMemory::rememberColumns(m_table, QStringLiteral("security/denials"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DenialsPanel::onSelection);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("denialExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(securityToolbar(QStringLiteral("denialActions"), {m_allow}, this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_explanation);
    onSelection();
}

void DenialsPanel::setDenials(const std::vector<security::AuthorizationDenial> &denials)
{
    m_denials.assign(denials.rbegin(), denials.rend());
    std::vector<RowsModel::Row> rows;
    for (const security::AuthorizationDenial &d : m_denials)
        rows.push_back(
            {{QDateTime::fromMSecsSinceEpoch(d.timeMs).toString(QStringLiteral("HH:mm:ss")),
              QString::fromStdString(d.who.principal), QString::fromStdString(d.who.host),
              QString::fromStdString(d.api), kafkaText(security::aclOperationName(d.action.operation)),
              resourceText(d.action.resourceType, d.action.resourceName)},
             denialKey(d)});
    setRowsKeepingView(m_model, m_table, std::move(rows));
}

const security::AuthorizationDenial *DenialsPanel::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.front().row() >= static_cast<int>(m_denials.size()))
        return nullptr;
    return &m_denials[static_cast<std::size_t>(rows.front().row())];
}

void DenialsPanel::setAllowDisabled(const QString &why)
{
    m_allowDisabled = why;
    onSelection();
}

void DenialsPanel::setExplanation(const QString &text) { m_explanation->setText(text); }

QString DenialsPanel::explanation() const { return m_explanation->text(); }

void DenialsPanel::onSelection()
{
    const security::AuthorizationDenial *d = selected();
    m_allow->setEnabled(d && m_allowDisabled.isEmpty());
    m_allow->setToolTip(m_allowDisabled.isEmpty() ? tr("Add an ACL that allows the selected request")
                                                  : m_allowDisabled);
    if (!d) {
        m_shown.clear();
        m_explanation->setText(tr("Select a denial to see which ACL decided it."));
        return;
    }
    // A refresh that selects the same denial again leaves the ACL table as the user left it.
    const QString key = denialKey(*d);
    if (key == std::exchange(m_shown, key))
        return;
    emit decided(d->decidingAcl);
}

} // namespace es
