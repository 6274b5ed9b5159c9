#include "ui/security/acl_dialog.h"

#include "ui/security/acl_preview.h"
#include "ui/security/security_text.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace es {

namespace {

using security::AclOperation;
using security::ResourceType;

constexpr ResourceType kResourceTypes[] = {ResourceType::Topic,           ResourceType::Group,
                                           ResourceType::Cluster,         ResourceType::TransactionalId,
                                           ResourceType::DelegationToken, ResourceType::User};
constexpr AclOperation kOperations[] = {AclOperation::All,
                                        AclOperation::Read,
                                        AclOperation::Write,
                                        AclOperation::Create,
                                        AclOperation::Delete,
                                        AclOperation::Alter,
                                        AclOperation::Describe,
                                        AclOperation::ClusterAction,
                                        AclOperation::DescribeConfigs,
                                        AclOperation::AlterConfigs,
                                        AclOperation::IdempotentWrite,
                                        AclOperation::CreateTokens,
                                        AclOperation::DescribeTokens};

QString requestText(const security::RecentAuthorization &r)
{
    return QCoreApplication::translate("AclDialog", "%1 from %2: %3 %4 (%5)")
        .arg(QString::fromStdString(r.who.principal), QString::fromStdString(r.who.host),
             kafkaText(security::aclOperationName(r.action.operation)),
             resourceText(r.action.resourceType, r.action.resourceName), QString::fromStdString(r.api));
}

} // namespace

AclDialog::AclDialog(Context context, const security::AclBinding &prefill, QWidget *parent)
    : SubmitDialog(tr("Add ACL"), parent), m_context(std::move(context))
{
    setWindowTitle(tr("Add ACLs"));
    m_principal = new QComboBox(this);
    m_principal->setObjectName(QStringLiteral("principal"));
    m_principal->setEditable(true);
    m_principal->addItems(m_context.principals);
    m_principal->addItem(kafkaText(security::kWildcardPrincipal));
    m_principal->setCurrentText(QString::fromStdString(prefill.entry.principal));
    m_principal->setToolTip(
        tr("Who: User:name for a SCRAM user or a certificate's name, User:* for everyone"));
    m_host = new QLineEdit(QString::fromStdString(prefill.entry.host), this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setToolTip(tr("The client's IP address, or * for any"));
    m_resourceType = new QComboBox(this);
    m_resourceType->setObjectName(QStringLiteral("resourceType"));
    for (const ResourceType type : kResourceTypes)
        m_resourceType->addItem(kafkaText(security::resourceTypeName(type)), static_cast<int>(type));
    m_resourceType->setCurrentIndex(m_resourceType->findData(static_cast<int>(prefill.pattern.type)));
    m_patternType = new QComboBox(this);
    m_patternType->setObjectName(QStringLiteral("patternType"));
    m_patternType->addItem(tr("Literal: this name (* for every one)"),
                           static_cast<int>(security::PatternType::Literal));
    m_patternType->addItem(tr("Prefixed: every name that starts with it"),
                           static_cast<int>(security::PatternType::Prefixed));
    m_patternType->setCurrentIndex(m_patternType->findData(static_cast<int>(prefill.pattern.patternType)));
    m_name = new QLineEdit(QString::fromStdString(prefill.pattern.name), this);
    m_name->setObjectName(QStringLiteral("resourceName"));
    m_operations = new QListWidget(this);
    m_operations->setObjectName(QStringLiteral("operations"));
    m_operations->setToolTip(tr("Each operation checked adds one ACL"));
    for (const AclOperation operation : kOperations) {
        auto *item = new QListWidgetItem(kafkaText(security::aclOperationName(operation)), m_operations);
        item->setData(Qt::UserRole, static_cast<int>(operation));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(operation == prefill.entry.operation ? Qt::Checked : Qt::Unchecked);
    }
    m_operations->setMaximumHeight(m_operations->sizeHintForRow(0) * 5 + 2 * m_operations->frameWidth());
    m_permission = new QComboBox(this);
    m_permission->setObjectName(QStringLiteral("permission"));
    m_permission->addItem(tr("Allow"), static_cast<int>(security::AclPermission::Allow));
    m_permission->addItem(tr("Deny"), static_cast<int>(security::AclPermission::Deny));
    m_permission->setCurrentIndex(m_permission->findData(static_cast<int>(prefill.entry.permission)));

    m_previewSummary = new QLabel(this);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    m_preview = new QListWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setVisible(m_context.previewable);

    auto *form = new QFormLayout;
    form->addRow(tr("&Principal:"), m_principal);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("Resource &type:"), m_resourceType);
    form->addRow(tr("P&attern:"), m_patternType);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Operations:"), m_operations);
    form->addRow(tr("Pe&rmission:"), m_permission);
    auto *layout = new QVBoxLayout;
    layout->addLayout(form);
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_preview, 1);
    setForm(layout);
    setMinimumWidth(520);

    connect(m_principal, &QComboBox::currentTextChanged, this, &AclDialog::onInput);
    connect(m_host, &QLineEdit::textChanged, this, &AclDialog::onInput);
    connect(m_name, &QLineEdit::textChanged, this, &AclDialog::onInput);
    connect(m_operations, &QListWidget::itemChanged, this, &AclDialog::onInput);
    for (QComboBox *combo : {m_resourceType, m_patternType, m_permission})
        connect(combo, &QComboBox::currentIndexChanged, this, &AclDialog::onInput);
    // The cluster resource has one name.
    connect(m_resourceType, &QComboBox::currentIndexChanged, this, [this] {
        if (static_cast<ResourceType>(m_resourceType->currentData().toInt()) == ResourceType::Cluster)
            m_name->setText(kafkaText(security::kClusterResourceName));
    });
    onInput();
}

std::vector<security::AclBinding> AclDialog::bindings() const
{
    security::AclBinding base;
    base.pattern.type = static_cast<ResourceType>(m_resourceType->currentData().toInt());
    base.pattern.patternType = static_cast<security::PatternType>(m_patternType->currentData().toInt());
    base.pattern.name = m_name->text().trimmed().toStdString();
    base.entry.principal = m_principal->currentText().trimmed().toStdString();
    base.entry.host = m_host->text().trimmed().toStdString();
    base.entry.permission = static_cast<security::AclPermission>(m_permission->currentData().toInt());
    std::vector<security::AclBinding> out;
    for (int i = 0; i < m_operations->count(); ++i) {
        const QListWidgetItem *item = m_operations->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        security::AclBinding binding = base;
        binding.entry.operation = static_cast<AclOperation>(item->data(Qt::UserRole).toInt());
        out.push_back(std::move(binding));
    }
    return out;
}

bool AclDialog::ready() const { return !bindings().empty(); }

QString AclDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the resource's name, or * for every one.");
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the client's host, or * for any.");
    for (const security::AclBinding &binding : bindings())
        if (const Status valid = security::validateAclBinding(binding); !valid.isOk())
            return QString::fromStdString(valid.message());
    return {};
}

void AclDialog::onInput()
{
    revalidate();
    updatePreview();
}

void AclDialog::updatePreview()
{
    m_preview->clear();
    if (!m_context.previewable) {
        m_previewSummary->setText(tr("This connection does not tell which requests it decided lately, so the "
                                     "new ACLs cannot be previewed."));
        return;
    }
    const std::vector<security::AclBinding> added = bindings();
    if (!problem().isEmpty() || added.empty()) {
        m_previewSummary->setText(tr("Complete the form to preview what the new ACLs change."));
        return;
    }
    const AclPreview preview = previewAcls(m_context.acls, added, m_context.options, m_context.requests);
    for (const security::RecentAuthorization &r : preview.nowAllowed) {
        auto *item = new QListWidgetItem(tr("Would now be allowed: %1").arg(requestText(r)), m_preview);
        item->setForeground(Theme::good(palette())); // the words say it too
        item->setData(Qt::UserRole, true);
    }
    for (const security::RecentAuthorization &r : preview.nowDenied) {
        auto *item = new QListWidgetItem(tr("Would now be denied: %1").arg(requestText(r)), m_preview);
        item->setForeground(Theme::bad(palette()));
        item->setData(Qt::UserRole, false);
    }
    const int changed = static_cast<int>(preview.nowAllowed.size() + preview.nowDenied.size());
    m_previewSummary->setText(changed == 0 && preview.unchanged == 0
                                  ? tr("No requests were decided lately to preview the new ACLs against.")
                                  : tr("Of the kinds of request decided lately, %1 would be decided "
                                       "otherwise and %2 stay the same.")
                                        .arg(changed)
                                        .arg(preview.unchanged));
}

} // namespace es
