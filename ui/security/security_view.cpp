#include "ui/security/security_view.h"

#include "ui/app_restart.h"
#include "ui/cluster_bridge.h"
#include "ui/layout_memory.h"
#include "ui/security/acls_panel.h"
#include "ui/security/denials_panel.h"
#include "ui/security/listeners_dialog.h"
#include "ui/security/listeners_panel.h"
#include "ui/security/security_text.h"
#include "ui/security/users_panel.h"
#include "ui/topics/inline_problem_label.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace es {

namespace {

enum Tab { ListenersTab, UsersTab, AclsTab };

} // namespace

SecurityView::SecurityView(ClusterBridge &bridge, QWidget *parent, SecurityCommands::AdminSource source)
    : QWidget(parent), m_bridge(bridge)
{
    m_commands = new SecurityCommands(bridge, std::move(source), this);
    connect(m_commands, &SecurityCommands::changed, this, &SecurityView::refresh);

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("securityMissing"));
    m_missing->setWordWrap(true);
    m_missing->hide();
    m_error = new InlineProblemLabel(this);
    m_error->setObjectName(QStringLiteral("securityError"));

    m_listeners = new ListenersPanel(this);
    connect(m_listeners, &ListenersPanel::editRequested, this, &SecurityView::editListeners);
    m_users = new UsersPanel(*m_commands, this);
    m_acls = new AclsPanel(*m_commands, this);
    m_denials = new DenialsPanel(this);
    connect(m_denials, &DenialsPanel::decided, this, &SecurityView::showDeciding);
    connect(m_denials, &DenialsPanel::allowRequested, m_acls, &AclsPanel::openAddDialog);

    // The ACLs above the requests they refused: a denial selects the ACL that decided it.
    m_aclSplit = new QSplitter(Qt::Vertical, this);
    m_aclSplit->setObjectName(QStringLiteral("aclSplit"));
    m_aclSplit->addWidget(m_acls);
    m_aclSplit->addWidget(m_denials);
    m_aclSplit->setChildrenCollapsible(false);
    m_aclSplit->setSizes({500, 300});
    LayoutMemory::rememberSplitter(m_aclSplit, QStringLiteral("security/split"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("securityTabs"));
    m_tabs->insertTab(ListenersTab, m_listeners, tr("&Listeners"));
    m_tabs->insertTab(UsersTab, m_users, tr("&Users"));
    m_tabs->insertTab(AclsTab, m_aclSplit, tr("&ACLs and denials"));
    m_tabs->setTabToolTip(ListenersTab, tr("Where clients connect, and the settings they need"));
    m_tabs->setTabToolTip(UsersTab, tr("The users who log in with SCRAM"));
    m_tabs->setTabToolTip(AclsTab, tr("Who may do what, and the requests refused lately"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_missing);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &SecurityView::refresh);

    connect(&m_bridge, &ClusterBridge::started, this, &SecurityView::probe);
    if (m_bridge.running())
        probe();
}

void SecurityView::probe()
{
    m_commands->probe(this, [this](std::optional<SecurityAdminAbilities> abilities) {
        m_available = abilities.has_value();
        if (abilities)
            showAbilities(*abilities);
        emit availabilityChanged(m_available);
        if (m_available && isVisible())
            refresh();
    });
}

void SecurityView::showAbilities(const SecurityAdminAbilities &a)
{
    m_tabs->setTabVisible(ListenersTab, a.listeners);
    // Only the embedded cluster keeps listeners for its next start.
    m_listeners->setEditable(a.listeners && m_bridge.isEmbedded() && !m_commands->readOnly());
    m_tabs->setTabVisible(UsersTab, a.users);
    m_tabs->setTabVisible(AclsTab, a.acls || a.denials);
    m_acls->setVisible(a.acls);
    m_denials->setVisible(a.denials);
    const QString readOnly = m_commands->readOnlyText();
    m_denials->setAllowDisabled(!readOnly.isEmpty() ? readOnly
                                : a.acls            ? QString()
                                                    : tr("This connection cannot add ACLs."));
    const bool partial = !(a.listeners && a.users && a.acls && a.denials);
    m_missing->setVisible(partial && !a.missingFromClient.empty());
    if (m_missing->isVisible())
        m_missing->setText(tr("Some of the cluster's security is not shown: it needs a newer client library "
                              "than the %1 this program is built with.")
                               .arg(QString::fromStdString(a.missingFromClient)));
}

void SecurityView::refresh()
{
    if (!m_available || m_reading)
        return;
    m_reading = true;
    m_commands->read(this, [this](std::optional<SecurityReading> reading) {
        m_reading = false;
        if (reading)
            showReading(*reading);
    });
}

void SecurityView::showReading(const SecurityReading &reading)
{
    const bool abilitiesChanged = reading.abilities.listeners != m_last.abilities.listeners ||
                                  reading.abilities.users != m_last.abilities.users ||
                                  reading.abilities.acls != m_last.abilities.acls ||
                                  reading.abilities.denials != m_last.abilities.denials;
    m_last = reading;
    if (abilitiesChanged)
        showAbilities(reading.abilities);
    m_error->setProblem(
        reading.error.empty()
            ? QString()
            : tr("The cluster did not answer everything: %1").arg(QString::fromStdString(reading.error)));
    if (reading.description)
        m_listeners->setDescription(*reading.description);
    m_users->setUsers(reading.users);
    m_acls->setReading(reading);
    m_denials->setDenials(reading.denials);
    emit refreshed();
}

void SecurityView::showDeciding(const std::optional<security::AclBinding> &acl)
{
    if (!acl) {
        m_denials->setExplanation(
            tr("No ACL allows this. Allow this… adds one that does (preview it before you add it)."));
        return;
    }
    const QString text = QString::fromStdString(security::describeAcl(*acl));
    m_denials->setExplanation(m_acls->selectAcl(*acl)
                                  ? tr("Denied by the ACL selected above: %1").arg(text)
                                  : tr("Denied by an ACL that is gone now: %1").arg(text));
}

void SecurityView::editListeners()
{
    std::vector<security::ListenerConfig> current;
    for (const ListenerDescription &l : m_listeners->description().listeners) {
        security::ListenerConfig config{l.name, l.protocol, l.host, 0};
        // Broker i listens on the base port + i - 1.
        if (!l.brokerPorts.empty())
            config.basePort = l.brokerPorts.front().second - (l.brokerPorts.front().first - 1);
        current.push_back(std::move(config));
    }
    auto *dialog = new ListenersDialog(current, m_bridge.settings().tls, this);
    dialog->setObjectName(QStringLiteral("listenersDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ListenersDialog::submitted, this, [this, dialog] {
        m_commands->change(
            dialog,
            [listeners = dialog->listeners(), tls = dialog->tls()](SecurityAdmin &a) {
                return a.saveListeners(listeners, tls);
            },
            [this, dialog](const QString &error) {
                dialog->finish(error);
                if (error.isEmpty())
                    offerRestart();
            });
    });
    dialog->open();
}

void SecurityView::offerRestart()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Listeners"),
                                tr("The cluster uses the new listeners after a restart. Restart now? The "
                                   "cluster stops and starts again with its topics, records and groups."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("listenersRestart"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *now = box->addButton(tr("&Restart now"), QMessageBox::AcceptRole);
    now->setObjectName(QStringLiteral("restartNow"));
    box->addButton(tr("&Later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("later"));
    box->setDefaultButton(now);
    connect(box, &QMessageBox::finished, this, [box, now] {
        if (box->clickedButton() == now)
            AppRestart::request(AppRestart::Options::DropListenerOptions);
    });
    box->open();
}

void SecurityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_poll->start();
    refresh();
}

void SecurityView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll->stop();
}

} // namespace es
