#include "ui/cluster/broker_configs_dialog.h"

#include "ui/cluster/broker_configs_model.h"
#include "ui/cluster_bridge.h"
#include "ui/read_only_text.h"
#include "ui/topics/admin_error_text.h"
#include "ui/topics/config_value_input.h"
#include "ui/topics/inline_problem_label.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace es {

BrokerConfigsDialog::BrokerConfigsDialog(ClusterBridge &bridge, QWidget *parent)
    : QDialog(parent), m_bridge(bridge), m_readOnly(bridge.capabilities().readOnly)
{
    setObjectName(QStringLiteral("brokerConfigsDialog"));
    setWindowTitle(tr("Broker settings"));

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->addItem(tr("All brokers"), -1);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by name or description"));
    m_filter->setClearButtonEnabled(true);
    auto *top = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Settings of:"), this);
    scopeLabel->setBuddy(m_scope);
    top->addWidget(scopeLabel);
    top->addWidget(m_scope);
    top->addWidget(m_filter, 1);

    m_model = new BrokerConfigsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("brokerConfigsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    auto *header = m_table->horizontalHeader();
    for (int column :
         {BrokerConfigsModel::NameColumn, BrokerConfigsModel::ValueColumn, BrokerConfigsModel::SourceColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BrokerConfigsModel::DescriptionColumn, QHeaderView::Stretch);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString name =
                    current.isValid() ? current.data(BrokerConfigsModel::NameRole).toString() : QString();
                // The same config selected again after a reload keeps what was said of it.
                if (name != m_selected) {
                    m_problem->setProblem({});
                    m_refused.clear();
                }
                m_selected = name;
                showCurrent();
            });

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("editedName"));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setPlaceholderText(tr("New value, e.g. 2 days or 1 GiB"));
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_reset = new QPushButton(tr("&Reset"), this);
    m_reset->setObjectName(QStringLiteral("reset"));
    connect(m_apply, &QPushButton::clicked, this, &BrokerConfigsDialog::apply);
    connect(m_value, &QLineEdit::returnPressed, this, &BrokerConfigsDialog::apply);
    connect(m_value, &QLineEdit::textEdited, this, [this] { m_refused.clear(); });
    connect(m_reset, &QPushButton::clicked, this, &BrokerConfigsDialog::reset);
    auto *edit = new QHBoxLayout;
    edit->addWidget(m_name);
    edit->addWidget(m_value, 1);
    edit->addWidget(m_apply);
    edit->addWidget(m_reset);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = new InlineProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(edit);
    layout->addWidget(m_problem);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);
    resize(760, 520);

    addBrokers(m_bridge.snapshot());
    connect(&m_bridge, &ClusterBridge::snapshotChanged, this, &BrokerConfigsDialog::addBrokers);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_notice->clear();
        m_problem->setProblem({});
        m_refused.clear();
        load();
    });
    showCurrent();
    load();
}

std::optional<std::int32_t> BrokerConfigsDialog::scope() const
{
    const int id = m_scope->currentData().toInt();
    return id < 0 ? std::nullopt : std::optional<std::int32_t>(id);
}

void BrokerConfigsDialog::setScope(std::optional<std::int32_t> broker)
{
    const int index = m_scope->findData(broker ? *broker : -1);
    if (index >= 0)
        m_scope->setCurrentIndex(index);
}

bool BrokerConfigsDialog::selectConfig(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void BrokerConfigsDialog::addBrokers(const ClusterSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    for (const BrokerSnapshot &b : snapshot->brokers)
        if (m_scope->findData(b.id) < 0)
            m_scope->addItem(tr("Broker %1").arg(b.id), b.id);
}

QString BrokerConfigsDialog::scopeWords() const
{
    const auto broker = scope();
    return broker ? tr("for broker %1").arg(*broker) : tr("for all brokers");
}

void BrokerConfigsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_scope->setEnabled(!busy);
    showCurrent();
}

void BrokerConfigsDialog::load()
{
    setBusy(true);
    m_bridge.run(
        this, [broker = scope()](Connection &c) { return c.describeBrokerConfigs(broker); },
        [this](const Result<std::vector<BrokerConfigDescription>> &configs) {
            if (configs) {
                m_model->setConfigs(*configs, scope().has_value());
                m_table->resizeColumnsToContents();
            } else {
                m_model->setConfigs({}, false);
                m_problem->setProblem(tr("Could not read the broker settings: %1")
                                          .arg(QString::fromStdString(configs.status().message())));
            }
            if (!m_selected.isEmpty() && !selectConfig(m_selected))
                m_selected.clear();
            setBusy(false);
            emit configsShown();
        });
}

void BrokerConfigsDialog::showCurrent()
{
    const BrokerConfigDescription *c = m_model->config(m_model->rowOf(m_selected));
    m_name->setText(c ? QString::fromStdString(c->name) : tr("Select a setting to change it."));
    const bool editable = c && !c->readOnly && !m_readOnly;
    const ConfigSource own = scope() ? ConfigSource::DynamicBroker : ConfigSource::DynamicDefaultBroker;
    if (c && !m_refused.isEmpty())
        m_value->setText(m_refused);
    else if (c && !m_value->hasFocus())
        m_value->setText(c->value && !c->sensitive ? QString::fromStdString(*c->value) : QString());
    m_value->setEnabled(editable && !m_busy);
    m_apply->setEnabled(editable && !m_busy);
    m_reset->setEnabled(editable && !m_busy && c->source == own);
    QString why;
    if (m_readOnly)
        why = readOnlyToolTip(m_bridge.connectionName());
    else if (c && c->readOnly)
        why = m_model->data(m_model->index(m_model->rowOf(m_selected), 0), Qt::ToolTipRole).toString();
    m_value->setToolTip(why);
    m_apply->setToolTip(why.isEmpty() ? tr("Set this value %1.").arg(scopeWords()) : why);
    m_reset->setToolTip(
        why.isEmpty() ? tr("Remove the value set %1, so the next one in line counts again.").arg(scopeWords())
                      : why);
}

void BrokerConfigsDialog::apply()
{
    const BrokerConfigDescription *c = m_model->config(m_model->rowOf(m_selected));
    if (!c || c->readOnly || m_readOnly || m_busy)
        return;
    const auto value = configValueFromInput(c->name, m_value->text());
    if (!value || value->empty()) {
        m_refused = m_value->text();
        m_problem->setProblem(tr("%1 needs a value such as %2.")
                                  .arg(QString::fromStdString(c->name),
                                       c->value ? QString::fromStdString(*c->value) : QStringLiteral("1")));
        return;
    }
    send(c->name, value);
}

void BrokerConfigsDialog::reset()
{
    const BrokerConfigDescription *c = m_model->config(m_model->rowOf(m_selected));
    if (c && !m_readOnly && !m_busy)
        send(c->name, std::nullopt);
}

void BrokerConfigsDialog::send(const std::string &name, const std::optional<std::string> &value)
{
    m_problem->setProblem({});
    m_notice->clear();
    // Kept in the field while the cluster answers, and after a refusal.
    m_refused = value ? m_value->text() : QString();
    setBusy(true);
    const QString words = scopeWords();
    m_bridge.run(
        this,
        [broker = scope(), changes = BrokerConfigChanges{{name, value}}](Connection &c) {
            return c.alterBrokerConfigs(broker, changes, false);
        },
        [this, name, value, words](const AdminResult &result) {
            const QString config = QString::fromStdString(name);
            m_value->clearFocus();
            if (result.ok())
                m_refused.clear(); // the value shown is the cluster's again
            if (!result.ok()) {
                m_problem->setProblem(
                    tr("%1 was not changed: %2").arg(config, adminErrorText(result.error, result.message)));
            } else if (value) {
                BrokerConfigDescription shown;
                shown.name = name;
                shown.value = value;
                shown.unit = configUnitOf(name);
                m_notice->setText(
                    tr("%1 set to %2 %3.").arg(config, BrokerConfigsModel::valueText(shown), words));
            } else {
                m_notice->setText(tr("%1 reset %2.").arg(config, words));
            }
            load();
        });
}

} // namespace es
