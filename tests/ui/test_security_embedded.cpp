// The Security view on the embedded cluster with a SASL_PLAINTEXT listener beside the
// PLAINTEXT one: a user added through the form appears; a client logged in as that user is
// refused; the Add ACL form's preview names that refusal as one the new ACL would allow,
// and the ACL appears once added; a deny ACL's refusal selects that ACL; the ACL is deleted.
// The refused client is the remote connection (librdkafka) logged in over SCRAM.
// Edit listeners… saves a new set in the cluster's catalog for its next start and asks to
// restart without the command line's listener options; a set the cluster would refuse stays
// in the dialog with the reason.

#include "view_test_cluster.h"

#include "catalog/catalog.h"
#include "client/record_reader.h"
#include "ui/app_restart.h"
#include "ui/main_window.h"
#include "ui/security/acl_dialog.h"
#include "ui/security/acls_panel.h"
#include "ui/security/denials_panel.h"
#include "ui/security/listeners_dialog.h"
#include "ui/security/listeners_panel.h"
#include "ui/security/security_view.h"
#include "ui/security/user_dialog.h"
#include "ui/security/users_panel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace es;

namespace {

int rowWith(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}

void answerNextQuestion(const QString &button)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *b : box->buttons())
            if (b->text() == button)
                b->click();
        timer->deleteLater();
    });
    timer->start(20);
}

} // namespace

class TestSecurityEmbedded : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ClusterSettings settings;
        settings.dataDir = m_dir.path();
        settings.brokerCount = 1;
        settings.basePort = test::viewTestBasePort();
        m_saslPort = settings.basePort + 5;
        settings.listeners = {
            {"PLAINTEXT", security::SecurityProtocol::Plaintext, "127.0.0.1", settings.basePort},
            {"SASL_PLAINTEXT", security::SecurityProtocol::SaslPlaintext, "127.0.0.1", m_saslPort}};
        settings.superUsers = {QStringLiteral("User:admin")};
        settings.allowEveryoneIfNoAclFound = false;
        m_window = std::make_unique<MainWindow>(
            std::make_unique<ClusterBridge>(settings, test::fastConfig(m_dir, settings.brokerCount)));
        m_window->resize(1200, 800);
        m_window->show();
        m_window->startCluster();
        m_view = m_window->findChild<SecurityView *>();
        QVERIFY(m_view);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->available(), 15000);
        m_window->bridge().run(
            this,
            [](Connection &c) {
                CreateTopicSpec spec;
                spec.name = "orders";
                spec.partitions = 1;
                spec.replicationFactor = 1;
                return c.createTopic(spec);
            },
            [](const AdminResult &) {});
    }

    void listedWithItsListeners()
    {
        auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        const auto items = sidebar->findItems(QStringLiteral("Security"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QVERIFY(!items.front()->isHidden());
        sidebar->setCurrentItem(items.front());
        QTableView *listeners = m_view->listeners()->table();
        QTRY_COMPARE_WITH_TIMEOUT(listeners->model()->rowCount(), 2, 5000);
        const int sasl = rowWith(listeners->model(), 0, QStringLiteral("SASL_PLAINTEXT"));
        QVERIFY(sasl >= 0);
        listeners->selectRow(sasl);
        QVERIFY(m_view->listeners()->settingsText().contains(
            QStringLiteral("bootstrap.servers=127.0.0.1:%1").arg(m_saslPort)));
    }

    void addUserThroughTheForm()
    {
        m_view->users()->addAction()->trigger();
        auto *dialog = m_view->findChild<UserDialog *>(QStringLiteral("addUserDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("userName"))->setText(QStringLiteral("bob"));
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("bob-secret"));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordRepeat"))
            ->setText(QStringLiteral("bob-secret"));
        dialog->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->findChild<UserDialog *>(QStringLiteral("addUserDialog")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(m_view->users()->table()->model(), 0, QStringLiteral("bob")) >= 0,
                                 5000);
    }

    void previewNamesTheRefusalTheNewAclAllows()
    {
        // bob logs in over SCRAM and is refused what no ACL allows him.
        startBob();
        askBobFor("orders");
        QTRY_VERIFY_WITH_TIMEOUT(refusedBob(security::AclOperation::Describe, "orders"), 15000);
        m_view->acls()->addAction()->trigger();
        auto *dialog = m_view->findChild<AclDialog *>(QStringLiteral("addAclDialog"));
        QVERIFY(dialog);
        dialog->findChild<QComboBox *>(QStringLiteral("principal"))
            ->setCurrentText(QStringLiteral("User:bob"));
        dialog->findChild<QLineEdit *>(QStringLiteral("resourceName"))->setText(QStringLiteral("orders"));
        auto *operations = dialog->findChild<QListWidget *>(QStringLiteral("operations"));
        for (int i = 0; i < operations->count(); ++i)
            operations->item(i)->setCheckState(
                operations->item(i)->text() == QStringLiteral("Describe") ? Qt::Checked : Qt::Unchecked);
        auto *preview = dialog->findChild<QListWidget *>(QStringLiteral("preview"));
        QStringList lines;
        for (int i = 0; i < preview->count(); ++i)
            lines << preview->item(i)->text();
        QVERIFY2(lines.filter(QStringLiteral("Would now be allowed: User:bob"))
                         .filter(QStringLiteral("Topic:orders"))
                         .size() == 1,
                 qPrintable(lines.join(QLatin1Char('\n'))));
        dialog->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->findChild<AclDialog *>(QStringLiteral("addAclDialog")), 5000);
        QTableView *acls = m_view->acls()->table();
        QTRY_COMPARE_WITH_TIMEOUT(acls->model()->rowCount(), 1, 5000);
        QCOMPARE(acls->model()->index(0, AclsPanel::Principal).data().toString(), QStringLiteral("User:bob"));
        QCOMPARE(acls->model()->index(0, AclsPanel::Operation).data().toString(), QStringLiteral("Describe"));
    }

    void denialSelectsItsDenyAcl()
    {
        // A deny on orders wins over the allow: bob is refused again, by that ACL.
        m_view->acls()->openAddDialog([] {
            security::AclBinding b;
            b.pattern = {security::ResourceType::Topic, "orders", security::PatternType::Literal};
            b.entry = {"User:bob", "*", security::AclOperation::Describe, security::AclPermission::Deny};
            return b;
        }());
        auto *dialog = m_view->findChild<AclDialog *>(QStringLiteral("addAclDialog"));
        QVERIFY(dialog && dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        QTableView *acls = m_view->acls()->table();
        QTRY_COMPARE_WITH_TIMEOUT(acls->model()->rowCount(), 2, 5000);
        QTableView *denials = m_view->denials()->table();
        askBobFor("orders");
        QTRY_VERIFY_WITH_TIMEOUT(denialByDeny(denials) >= 0, 15000);
        denials->selectRow(denialByDeny(denials));
        const QModelIndexList selected = acls->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.front().siblingAtColumn(AclsPanel::Permission).data().toString(),
                 QStringLiteral("Deny"));
        QVERIFY(
            m_view->denials()->explanation().startsWith(QStringLiteral("Denied by the ACL selected above")));
    }

    void deleteTheDenyAcl()
    {
        QTableView *acls = m_view->acls()->table();
        acls->selectRow(rowWith(acls->model(), AclsPanel::Permission, QStringLiteral("Deny")));
        answerNextQuestion(QStringLiteral("Delete"));
        m_view->acls()->deleteAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(acls->model()->rowCount(), 1, 5000);
        QCOMPARE(acls->model()->index(0, AclsPanel::Permission).data().toString(), QStringLiteral("Allow"));
    }

    void refusedListenersStayInTheDialog()
    {
        const std::vector<security::ListenerConfig> before = savedListeners();
        ListenersDialog *dialog = openListenersDialog();
        QVERIFY(dialog);
        QTableWidget *table = dialog->table();
        QCOMPARE(table->rowCount(), 2);
        // A second listener on the first one's ports: the cluster could not start with both.
        dialog->addListener();
        portOf(table, 2)->setValue(portOf(table, 0)->value());
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(QStringLiteral("share ports")), 5000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(savedListeners(), before);
        QVERIFY(m_restarts.isEmpty());
        dialog->reject();
    }

    void savedListenersApplyAfterARestart()
    {
        ListenersDialog *dialog = openListenersDialog();
        QVERIFY(dialog);
        QTableWidget *table = dialog->table();
        table->selectRow(0);
        dialog->findChild<QPushButton *>(QStringLiteral("removeListener"))->click();
        QCOMPARE(table->rowCount(), 1);
        const int newPort = m_saslPort + 10;
        portOf(table, 0)->setValue(newPort);
        answerNextQuestion(QStringLiteral("&Restart now"));
        const QPointer<ListenersDialog> closed = dialog;
        dialog->okButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_restarts.size(), 1, 5000);
        QCOMPARE(m_restarts.front(), AppRestart::Options::DropListenerOptions);
        QVERIFY(!closed || !closed->isVisible());
        const std::vector<security::ListenerConfig> expected = {
            {"SASL_PLAINTEXT", security::SecurityProtocol::SaslPlaintext, "127.0.0.1", newPort}};
        QCOMPARE(savedListeners(), expected);
    }

    void cleanupTestCase()
    {
        AppRestart::setHookForTests({});
        m_bob.reset();
        m_window.reset();
    }

private:
    ListenersDialog *openListenersDialog()
    {
        if (m_restarts.isEmpty())
            AppRestart::setHookForTests([this](AppRestart::Options o) { m_restarts << o; });
        m_view->tabs()->setCurrentWidget(m_view->listeners());
        QPushButton *edit = m_view->listeners()->editButton();
        if (!edit->isVisible())
            return nullptr;
        edit->click();
        // A dialog closed before may wait for its deletion still: the one shown is the new one.
        for (auto *dialog : m_view->findChildren<ListenersDialog *>(QStringLiteral("listenersDialog")))
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }

    static QSpinBox *portOf(QTableWidget *table, int row)
    {
        return qobject_cast<QSpinBox *>(table->cellWidget(row, ListenersDialog::PortColumn));
    }

    // The listeners the cluster's catalog keeps for its next start.
    std::vector<security::ListenerConfig> savedListeners()
    {
        return test::runAndWaitOnConnection(
                   m_window->bridge(),
                   [](Connection &c) {
                       auto saved = test::embeddedCluster(nullptr, c).catalog()->loadSecurity();
                       return saved ? saved->listeners : std::vector<security::ListenerConfig>{};
                   },
                   5000)
            .value_or(std::vector<security::ListenerConfig>{});
    }

    void startBob()
    {
        RemoteSettings remote;
        remote.name = "bob";
        remote.bootstrapServers = "127.0.0.1:" + std::to_string(m_saslPort);
        remote.securityProtocol = security::SecurityProtocol::SaslPlaintext;
        remote.saslMechanism = SaslMechanism::ScramSha512;
        remote.username = "bob";
        remote.password = "bob-secret";
        remote.readOnly = true;
        remote.refreshIntervalMs = 300;
        remote.requestTimeoutMs = 3000;
        m_bob = std::make_unique<ClusterBridge>(remote, m_dir.path() + QStringLiteral("/bob.sqlite"));
        m_bob->start();
    }

    // bob's connection asks for `topic` by name: the offsets of its first partition, as the
    // Messages view does before it reads. As Kafka, a topic left out of an all-topics
    // listing is not a refusal worth recording; one named and refused is.
    void askBobFor(const char *topic)
    {
        test::runAndWaitOnConnection(
            *m_bob, [topic](Connection &c) { return c.openReader()->bounds({topic, 0}).isOk(); }, 10000);
    }

    // Whether the view lists a refusal of bob's `operation` on topic `topic`.
    [[nodiscard]] bool refusedBob(security::AclOperation operation, const char *topic) const
    {
        m_view->refresh();
        const QAbstractItemModel *model = m_view->denials()->table()->model();
        const QString op = QString::fromUtf8(security::aclOperationName(operation).data());
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 1).data().toString() == QStringLiteral("User:bob") &&
                model->index(row, 4).data().toString() == op &&
                model->index(row, 5).data().toString() == QStringLiteral("Topic:") + QLatin1String(topic))
                return true;
        return false;
    }

    // The first refusal of bob that a deny ACL decided, or -1. Selecting each tells.
    [[nodiscard]] int denialByDeny(QTableView *denials) const
    {
        m_view->refresh();
        for (int row = 0; row < denials->model()->rowCount(); ++row) {
            if (denials->model()->index(row, 1).data().toString() != QStringLiteral("User:bob"))
                continue;
            denials->selectRow(row);
            if (m_view->denials()->explanation().startsWith(QStringLiteral("Denied by the ACL")))
                return row;
        }
        return -1;
    }

    QTemporaryDir m_dir;
    int m_saslPort = 0;
    std::unique_ptr<MainWindow> m_window;
    SecurityView *m_view = nullptr;
    std::unique_ptr<ClusterBridge> m_bob;
    QList<AppRestart::Options> m_restarts;
};

QTEST_MAIN(TestSecurityEmbedded)
#include "test_security_embedded.moc"
