// Edit configs against a real cluster: a min.insync.replicas that no partition can meet is
// warned about and applied only once confirmed, figures in milliseconds and bytes are shown
// in words, and an applied change is confirmed in the view with its new value.

#include "view_test_cluster.h"

#include "ui/topics/config_value_words.h"
#include "ui/topics/topic_actions.h"
#include "ui/topics/topic_configs_dialog.h"
#include "ui/topics/topics_view.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace es;

class TestTopicConfigs : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;
    std::unique_ptr<TopicsView> m_view;

    TopicConfigsDialog *openDialog()
    {
        m_view->showTopic(QStringLiteral("orders"));
        if (!QTest::qWaitFor([this] { return m_view->actions()->editConfigs()->isEnabled(); }, 5000))
            return nullptr;
        m_view->actions()->editConfigs()->trigger();
        auto *dialog = m_view->findChild<TopicConfigsDialog *>(QStringLiteral("topicConfigsDialog"));
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    static QString visibleText(const QWidget &parent, const QString &name)
    {
        const auto *label = parent.findChild<QLabel *>(name);
        return label && label->isVisible() ? label->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bridge = test::startBridge(m_dir);
        QVERIFY2(m_bridge, "the cluster did not start");
        const auto created = test::runAndWaitOnConnection(
            *m_bridge,
            [](Connection &c) {
                CreateTopicSpec spec;
                spec.name = "orders";
                spec.partitions = 2;
                spec.replicationFactor = 3;
                return c.createTopic(spec).ok();
            },
            10000);
        QVERIFY(created && *created);
        m_view = std::make_unique<TopicsView>(*m_bridge);
        m_view->resize(900, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_bridge.reset();
    }

    void millisecondsAndBytesReadAsDaysAndGibibytes()
    {
        QCOMPARE(configValueInWords("retention.ms", QStringLiteral("604800000")),
                 QCoreApplication::translate("es::ConfigValueWords", "%n day(s)", nullptr, 7));
        QVERIFY(configValueInWords("segment.bytes", QStringLiteral("1073741824"))
                    .contains(QStringLiteral("GiB")));
        QVERIFY(
            configValueInWords("segment.bytes", QStringLiteral("1073741824")).startsWith(QLatin1Char('1')));
        QVERIFY(!configValueInWords("retention.bytes", QStringLiteral("-1")).isEmpty());
        QVERIFY(configValueInWords("min.insync.replicas", QStringLiteral("2")).isEmpty());
        QVERIFY(configValueInWords("retention.ms", QStringLiteral("abc")).isEmpty());
    }

    void minInsyncAboveTheReplicationFactorWarnsAndAsksForConfirmation()
    {
        TopicConfigsDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *retention = dialog->findChild<QLineEdit *>(QStringLiteral("retention.ms"));
        QVERIFY(retention);
        retention->setText(QStringLiteral("604800000"));
        QCOMPARE(visibleText(*dialog, QStringLiteral("retention.msWords")),
                 configValueInWords("retention.ms", QStringLiteral("604800000")));

        auto *minInsync = dialog->findChild<QLineEdit *>(QStringLiteral("min.insync.replicas"));
        QVERIFY(minInsync);
        minInsync->setText(QStringLiteral("4"));
        const QString warning = visibleText(*dialog, QStringLiteral("configWarning"));
        QVERIFY2(warning.contains(QStringLiteral("acks=all")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("3")), qPrintable(warning));
        auto *confirm = dialog->findChild<QCheckBox *>(QStringLiteral("confirmWarning"));
        QVERIFY(confirm && confirm->isVisible());
        QVERIFY(!dialog->okButton()->isEnabled()); // not until confirmed
        confirm->setChecked(true);
        QVERIFY(dialog->okButton()->isEnabled());

        minInsync->setText(QStringLiteral("3")); // as many as the replicas: no warning
        QVERIFY(visibleText(*dialog, QStringLiteral("configWarning")).isEmpty());
        QVERIFY(!confirm->isVisible());
        QVERIFY(dialog->okButton()->isEnabled());
        minInsync->setText(QStringLiteral("5")); // warned again: confirmed again
        QVERIFY(!visibleText(*dialog, QStringLiteral("configWarning")).isEmpty());
        QVERIFY(!dialog->okButton()->isEnabled());
        minInsync->setText(QStringLiteral("4"));
        QVERIFY(!dialog->okButton()->isEnabled());

        // Kafka accepts it, so the engine does too, once the user has confirmed.
        confirm->setChecked(true);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<TopicConfigsDialog *>() == nullptr, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<QLabel *>(QStringLiteral("topicOverrides"))
                                     ->text()
                                     .contains(QStringLiteral("min.insync.replicas 4")),
                                 5000);
    }

    void anAppliedChangeIsConfirmedAndShown()
    {
        TopicConfigsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("min.insync.replicas"))->clear();
        auto *segment = dialog->findChild<QLineEdit *>(QStringLiteral("segment.bytes"));
        QVERIFY(segment);
        segment->setText(QStringLiteral("1073741824"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<TopicConfigsDialog *>() == nullptr, 10000);

        const QString notice = visibleText(*m_view, QStringLiteral("actionNotice"));
        QVERIFY2(notice.contains(QStringLiteral("segment.bytes 1073741824")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("orders")), qPrintable(notice));
        const auto *overrides = m_view->findChild<QLabel *>(QStringLiteral("topicOverrides"));
        QTRY_VERIFY_WITH_TIMEOUT(overrides->text().contains(QStringLiteral("segment.bytes 1073741824")),
                                 5000);
        QVERIFY(!overrides->text().contains(QStringLiteral("min.insync.replicas")));
    }
};

QTEST_MAIN(TestTopicConfigs)
#include "test_topic_configs.moc"
