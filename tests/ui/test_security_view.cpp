// The Security view on a cluster whose security a SecurityAdmin tells: the listeners with
// the client settings to copy, a user added through the form, an ACL added through the form
// after its preview named the refused request it would allow, a denial selecting the ACL
// that decided it, and an ACL deleted. The view reaches the admin through the bridge's
// worker, as it would the embedded cluster's.

#include "fake_security_admin.h"
#include "view_test_cluster.h"

#include "app/translations.h"
#include "ui/theme.h"

#include "ui/security/acl_dialog.h"
#include "ui/security/acl_preview.h"
#include "ui/security/acls_panel.h"
#include "ui/security/denials_panel.h"
#include "ui/security/listeners_panel.h"
#include "ui/security/security_view.h"
#include "ui/security/user_dialog.h"
#include "ui/security/users_panel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
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

QStringList texts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

// Clicks `button` in the question box that is about to open (exec() blocks the test).
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

security::AclBinding acl(const char *principal, security::AclOperation operation, const char *topic,
                         security::AclPermission permission)
{
    security::AclBinding b;
    b.pattern = {security::ResourceType::Topic, topic, security::PatternType::Literal};
    b.entry.principal = principal;
    b.entry.operation = operation;
    b.entry.permission = permission;
    return b;
}

} // namespace

class TestSecurityView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The screenshots' language, before the view makes its texts.
        if (const QString language = qEnvironmentVariable("ES_SCREENSHOT_LANGUAGE");
            !language.isEmpty() && !qEnvironmentVariableIsEmpty("ES_SCREENSHOT_DIR"))
            installTranslations(QLocale(language));
        m_bridge = test::startBridge(m_dir, 1);
        QVERIFY(m_bridge);
        m_view = std::make_unique<SecurityView>(*m_bridge, nullptr,
                                                [admin = m_admin](Connection &) { return admin.get(); });
        m_view->resize(1100, 700);
        m_view->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->available(), 10000);
    }

    // The preview decides each recent request with and without the new ACLs, as the
    // authorizer would: a prefix allow lets a refused request through, a deny stops an
    // allowed one, and the rest are counted as unchanged.
    void previewDecidesAgain()
    {
        const auto request = [](const char *principal, security::AclOperation operation, const char *topic) {
            security::RecentAuthorization r;
            r.who = {principal, "10.0.0.7", "SASL_SSL"};
            r.action = {operation, security::ResourceType::Topic, topic};
            return r;
        };
        const std::vector<security::AclBinding> current = {
            acl("User:carol", security::AclOperation::Read, "orders", security::AclPermission::Allow)};
        const std::vector<security::RecentAuthorization> requests = {
            request("User:dave", security::AclOperation::Write, "pay-eu"),
            request("User:carol", security::AclOperation::Read, "orders"),
            request("User:dave", security::AclOperation::Write, "orders")};
        security::AclBinding prefix =
            acl("User:dave", security::AclOperation::Write, "pay", security::AclPermission::Allow);
        prefix.pattern.patternType = security::PatternType::Prefixed;
        AclPreview preview = previewAcls(current, {prefix}, {{}, false}, requests);
        QCOMPARE(preview.nowAllowed.size(), std::size_t{1});
        QCOMPARE(preview.nowAllowed.front().action.resourceName, std::string("pay-eu"));
        QVERIFY(preview.nowDenied.empty());
        QCOMPARE(preview.unchanged, 2);
        preview = previewAcls(
            current, {acl("User:*", security::AclOperation::All, "orders", security::AclPermission::Deny)},
            {{}, false}, requests);
        QCOMPARE(preview.nowDenied.size(), std::size_t{1});
        QCOMPARE(preview.nowDenied.front().who.principal, std::string("User:carol"));
        // A super user stays allowed whatever is denied.
        preview = previewAcls(
            current, {acl("User:*", security::AclOperation::All, "orders", security::AclPermission::Deny)},
            {{"User:carol"}, false}, requests);
        QVERIFY(preview.nowDenied.empty());
    }

    void unavailableWithoutAdmin()
    {
        SecurityView none(*m_bridge, nullptr, [](Connection &) -> SecurityAdmin * { return nullptr; });
        QSignalSpy availability(&none, &SecurityView::availabilityChanged);
        QTRY_COMPARE_WITH_TIMEOUT(availability.size(), 1, 10000);
        QCOMPARE(availability.front().front().toBool(), false);
        QVERIFY(!none.available());
    }

    void listenersAndClientSettings()
    {
        QTableView *table = m_view->listeners()->table();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 5000);
        const int sasl = rowWith(table->model(), 0, QStringLiteral("SASL_SSL"));
        QVERIFY(sasl >= 0);
        QCOMPARE(table->model()->index(sasl, 1).data().toString(), QStringLiteral("SASL_SSL"));
        QVERIFY(table->model()->index(sasl, 3).data().toString().contains(QStringLiteral("9193")));
        // The CA a client trusts, with its fingerprint, as a listener uses TLS.
        m_view->tabs()->setCurrentWidget(m_view->listeners());
        auto *ca = m_view->findChild<QGroupBox *>(QStringLiteral("caBox"));
        QVERIFY(ca && ca->isVisible());
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("caFile"))->text(),
                 QStringLiteral("/data/tls/ca.pem"));
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("caFingerprint"))->text(),
                 QStringLiteral("AB:CD:EF:01"));
        QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("caHint"))
                    ->text()
                    .contains(QStringLiteral("ssl.ca.location=/data/tls/ca.pem")));
        // The selected listener's client settings, as a client's config takes them.
        table->selectRow(sasl);
        const QString settings = m_view->listeners()->settingsText();
        QVERIFY2(settings.contains(QStringLiteral("bootstrap.servers=127.0.0.1:9192,127.0.0.1:9193")),
                 qPrintable(settings));
        QVERIFY(settings.contains(QStringLiteral("security.protocol=SASL_SSL")));
        QVERIFY(settings.contains(QStringLiteral("sasl.mechanism=SCRAM-SHA-512")));
        QVERIFY(settings.contains(QStringLiteral("ssl.ca.location=/data/tls/ca.pem")));
        m_view->findChild<QPushButton *>(QStringLiteral("copyClientSettings"))->click();
        QCOMPARE(QApplication::clipboard()->text(), settings);
        // A plaintext listener needs neither SASL nor the CA.
        table->selectRow(rowWith(table->model(), 0, QStringLiteral("PLAINTEXT")));
        QVERIFY(!m_view->listeners()->settingsText().contains(QStringLiteral("sasl.")));
        QVERIFY(!m_view->listeners()->settingsText().contains(QStringLiteral("ssl.ca")));
    }

    void addUserThroughTheForm()
    {
        m_view->tabs()->setCurrentWidget(m_view->users());
        m_view->users()->addAction()->trigger();
        auto *dialog = m_view->findChild<UserDialog *>(QStringLiteral("addUserDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("userName"))->setText(QStringLiteral("alice"));
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("secret-1"));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordRepeat"))->setText(QStringLiteral("secret-2"));
        QVERIFY(!dialog->okButton()->isEnabled()); // the two passwords differ
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordRepeat"))->setText(QStringLiteral("secret-1"));
        QVERIFY(dialog->okButton()->isEnabled());
        QCOMPARE(dialog->iterations(), 4096);
        dialog->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->findChild<UserDialog *>(QStringLiteral("addUserDialog")), 5000);
        QTableView *users = m_view->users()->table();
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(users->model(), 0, QStringLiteral("alice")) >= 0, 5000);
        const int row = rowWith(users->model(), 0, QStringLiteral("alice"));
        QCOMPARE(users->model()->index(row, 1).data().toString(),
                 QStringLiteral("SCRAM-SHA-256 (4096 iterations), SCRAM-SHA-512 (4096 iterations)"));
        // A second alice is refused in the form.
        m_view->users()->addAction()->trigger();
        dialog = m_view->findChild<UserDialog *>(QStringLiteral("addUserDialog"));
        dialog->findChild<QLineEdit *>(QStringLiteral("userName"))->setText(QStringLiteral("alice"));
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("x"));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordRepeat"))->setText(QStringLiteral("x"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QStringLiteral("alice")));
        dialog->reject();
    }

    void addAclPreviewsTheRefusedRequest()
    {
        // alice was refused a read of orders: no ACL allows it.
        m_admin->decide("User:alice", security::AclOperation::Read, security::ResourceType::Topic, "orders",
                        "Fetch", 1'000);
        m_admin->decide("User:bob", security::AclOperation::Write, security::ResourceType::Topic, "payments",
                        "Produce", 2'000);
        refreshed();
        m_view->tabs()->setCurrentWidget(m_view->acls()->parentWidget());
        m_view->acls()->addAction()->trigger();
        auto *dialog = m_view->findChild<AclDialog *>(QStringLiteral("addAclDialog"));
        QVERIFY(dialog);
        // The known users are offered.
        auto *principal = dialog->findChild<QComboBox *>(QStringLiteral("principal"));
        QVERIFY(principal->findText(QStringLiteral("User:alice")) >= 0);
        principal->setCurrentText(QStringLiteral("User:alice"));
        dialog->findChild<QLineEdit *>(QStringLiteral("resourceName"))->setText(QStringLiteral("orders"));
        // Read and Describe: two ACLs.
        auto *operations = dialog->findChild<QListWidget *>(QStringLiteral("operations"));
        operations->findItems(QStringLiteral("Describe"), Qt::MatchExactly)
            .front()
            ->setCheckState(Qt::Checked);
        QCOMPARE(dialog->bindings().size(), std::size_t{2});
        const QStringList preview = texts(dialog->findChild<QListWidget *>(QStringLiteral("preview")));
        QCOMPARE(preview.size(), 1);
        QVERIFY2(preview.front().startsWith(QStringLiteral("Would now be allowed: User:alice")),
                 qPrintable(preview.front()));
        QVERIFY(preview.front().contains(QStringLiteral("Topic:orders")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("previewSummary"))
                    ->text()
                    .contains(QStringLiteral("1 would be decided otherwise and 1 stay the same")));
        // A deny instead would change nothing that was refused.
        auto *permission = dialog->findChild<QComboBox *>(QStringLiteral("permission"));
        permission->setCurrentIndex(permission->findText(QStringLiteral("Deny")));
        QVERIFY(texts(dialog->findChild<QListWidget *>(QStringLiteral("preview"))).isEmpty());
        permission->setCurrentIndex(permission->findText(QStringLiteral("Allow")));

        dialog->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->findChild<AclDialog *>(QStringLiteral("addAclDialog")), 5000);
        QCOMPARE(m_admin->aclCount(), std::size_t{2});
        QTableView *acls = m_view->acls()->table();
        QTRY_COMPARE_WITH_TIMEOUT(acls->model()->rowCount(), 2, 5000);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(acls->model()->index(row, AclsPanel::Principal).data().toString(),
                     QStringLiteral("User:alice"));
            QCOMPARE(acls->model()->index(row, AclsPanel::ResourceName).data().toString(),
                     QStringLiteral("orders"));
            QCOMPARE(acls->model()->index(row, AclsPanel::Permission).data().toString(),
                     QStringLiteral("Allow"));
        }
        // The ACLs just added are the ones selected.
        QCOMPARE(acls->selectionModel()->selectedRows().size(), 2);
        // The filter keeps the rows it names.
        m_view->acls()->filter()->setText(QStringLiteral("bob"));
        QCOMPARE(acls->model()->rowCount(), 0);
        m_view->acls()->filter()->clear();
        QCOMPARE(acls->model()->rowCount(), 2);
    }

    void denialSelectsItsDecidingAcl()
    {
        const security::AclBinding deny =
            acl("User:bob", security::AclOperation::Write, "payments", security::AclPermission::Deny);
        m_admin->addAcl(deny);
        m_admin->decide("User:bob", security::AclOperation::Write, security::ResourceType::Topic, "payments",
                        "Produce", 3'000);
        refreshed();
        QTableView *denials = m_view->denials()->table();
        QCOMPARE(denials->model()->rowCount(), 3);
        // Newest first: bob refused by the deny.
        QCOMPARE(denials->model()->index(0, 1).data().toString(), QStringLiteral("User:bob"));
        QCOMPARE(denials->model()->index(0, 3).data().toString(), QStringLiteral("Produce"));
        denials->selectRow(0);
        QTableView *acls = m_view->acls()->table();
        const QModelIndexList selected = acls->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.front().siblingAtColumn(AclsPanel::Principal).data().toString(),
                 QStringLiteral("User:bob"));
        QCOMPARE(selected.front().siblingAtColumn(AclsPanel::Permission).data().toString(),
                 QStringLiteral("Deny"));
        QVERIFY(
            m_view->denials()->explanation().startsWith(QStringLiteral("Denied by the ACL selected above")));
        // The oldest, alice's read before her ACLs: no ACL decided it.
        denials->selectRow(2);
        QVERIFY(m_view->denials()->explanation().startsWith(QStringLiteral("No ACL allows this")));
        // The selection stays through a refresh.
        refreshed();
        QCOMPARE(denials->selectionModel()->selectedRows().front().row(), 2);
        // Allow this… opens the form filled in for that request.
        QVERIFY(m_view->denials()->allowAction()->isEnabled());
        m_view->denials()->allowAction()->trigger();
        auto *dialog = m_view->findChild<AclDialog *>(QStringLiteral("addAclDialog"));
        QVERIFY(dialog);
        const std::vector<security::AclBinding> prefilled = dialog->bindings();
        QCOMPARE(prefilled.size(), std::size_t{1});
        QVERIFY(prefilled.front() ==
                acl("User:alice", security::AclOperation::Read, "orders", security::AclPermission::Allow));
        dialog->reject();
    }

    // Run by hand under xvfb-run with ES_SCREENSHOT_DIR set (ES_SCREENSHOT_LANGUAGE=de,
    // ES_SCREENSHOT_SIZE=900x600 as for take_screenshots): the ACLs with a denial selected,
    // the listeners, the users and the Add ACL form's preview, light and dark.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ES_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ES_SCREENSHOT_DIR to take the screenshots");
        const QString language = qEnvironmentVariable("ES_SCREENSHOT_LANGUAGE");
        const QString prefix = language.isEmpty() ? QString() : language + QLatin1Char('-');
        QSize size(1100, 700);
        if (const QStringList wh = qEnvironmentVariable("ES_SCREENSHOT_SIZE").split(QLatin1Char('x'));
            wh.size() == 2)
            size = QSize(wh[0].toInt(), wh[1].toInt());
        m_view->resize(size);
        // alice now tries to write orders, which her ACLs do not allow: the form previews that.
        m_admin->decide("User:alice", security::AclOperation::Write, security::ResourceType::Topic, "orders",
                        "Produce", 4'000);
        refreshed();
        const auto save = [&](QWidget &w, const QString &name, const QString &suffix) {
            QTest::qWait(300);
            QVERIFY(w.grab().save(dir + QStringLiteral("/%1%2%3.png").arg(prefix, name, suffix)));
        };
        for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
            Theme::apply(theme);
            const QString suffix = theme == ThemeChoice::Dark ? QStringLiteral("-dark") : QString();
            m_view->tabs()->setCurrentWidget(m_view->acls()->parentWidget());
            m_view->denials()->table()->selectRow(1); // bob, refused by the deny
            save(*m_view, QStringLiteral("security"), suffix);
            m_view->tabs()->setCurrentWidget(m_view->listeners());
            m_view->listeners()->table()->selectRow(1);
            save(*m_view, QStringLiteral("security-listeners"), suffix);
            m_view->tabs()->setCurrentWidget(m_view->users());
            save(*m_view, QStringLiteral("security-users"), suffix);
            m_view->tabs()->setCurrentWidget(m_view->acls()->parentWidget());
            m_view->denials()->table()->selectRow(0); // alice's write
            m_view->denials()->allowAction()->trigger();
            auto *form = m_view->findChild<AclDialog *>(QStringLiteral("addAclDialog"));
            QVERIFY(form);
            save(*form, QStringLiteral("security-add-acl"), suffix);
            form->reject();
        }
        Theme::apply(ThemeChoice::Light);
    }

    void deleteSelectedAcl()
    {
        QTableView *acls = m_view->acls()->table();
        const int row = rowWith(acls->model(), AclsPanel::Principal, QStringLiteral("User:bob"));
        QVERIFY(row >= 0);
        acls->selectRow(row);
        QVERIFY(m_view->acls()->deleteAction()->isEnabled());
        answerNextQuestion(QStringLiteral("Delete"));
        m_view->acls()->deleteAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_admin->aclCount(), std::size_t{2}, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(acls->model()->rowCount(), 2, 5000);
        QCOMPARE(rowWith(acls->model(), AclsPanel::Principal, QStringLiteral("User:bob")), -1);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_bridge.reset();
    }

private:
    // Waits for the view to show what the admin holds now.
    void refreshed()
    {
        QSignalSpy spy(m_view.get(), &SecurityView::refreshed);
        m_view->refresh();
        QVERIFY(spy.wait(5000));
        // A read already on its way may have been from before: one more.
        spy.clear();
        m_view->refresh();
        QVERIFY(spy.wait(5000));
    }

    QTemporaryDir m_dir;
    std::shared_ptr<test::FakeSecurityAdmin> m_admin = std::make_shared<test::FakeSecurityAdmin>();
    std::unique_ptr<ClusterBridge> m_bridge;
    std::unique_ptr<SecurityView> m_view;
};

QTEST_MAIN(TestSecurityView)
#include "test_security_view.moc"
