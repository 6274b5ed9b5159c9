// Edit configs against a real cluster: every config Kafka defines is listed with where its
// value comes from, a min.insync.replicas that no partition can meet is warned about and
// applied only once confirmed, figures in milliseconds and bytes are shown in words and may
// be typed in them, an override can be reset to the default, an applied change is confirmed
// in the view with its new value, and a topic is created with the configs set for it.

#include "view_test_cluster.h"

#include "ui/topics/config_editor_row.h"
#include "ui/topics/config_value_words.h"
#include "ui/topics/create_topic_dialog.h"
#include "ui/topics/topic_actions.h"
#include "ui/topics/topic_configs_dialog.h"
#include "ui/topics/topics_view.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#ifndef Q_MOC_RUN
#include "cluster/topic_config_specs.h"
#endif

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

    // The config as the bridge's latest snapshot has it; null when the topic is not there.
    const ConfigEntry *configOf(const std::string &topic, const std::string &name) const
    {
        const ClusterSnapshotPtr snap = m_bridge->snapshot();
        if (!snap)
            return nullptr;
        for (const auto &t : snap->topics)
            if (t.name == topic)
                for (const auto &c : t.configs)
                    if (c.name == name)
                        return &c;
        return nullptr;
    }

    bool snapshotHas(const std::string &topic, const std::string &name, const std::string &value,
                     bool overridden)
    {
        return QTest::qWaitFor(
            [&] {
                const ConfigEntry *c = configOf(topic, name);
                return c && c->value == value && c->isDefault == !overridden;
            },
            10000);
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

    void everyConfigIsListedWithWhereItsValueComesFrom()
    {
        const auto altered = test::runAndWaitOnConnection(
            *m_bridge,
            [](Connection &c) {
                return c
                    .alterTopicConfigs(
                        "orders",
                        {{"segment.bytes", "1048576"}, {"retention.ms", {}}, {"min.insync.replicas", {}}})
                    .ok();
            },
            10000);
        QVERIFY(altered && *altered);
        QVERIFY(snapshotHas("orders", "segment.bytes", "1048576", true));
        QVERIFY(snapshotHas("orders", "retention.ms", "604800000", false));
        TopicConfigsDialog *dialog = openDialog();
        QVERIFY(dialog);
        for (const TopicConfigSpec &spec : topicConfigSpecs()) {
            const QString name = QString::fromUtf8(spec.name.data(), static_cast<int>(spec.name.size()));
            QVERIFY2(dialog->findChild<QWidget *>(name + QStringLiteral("Row")), qPrintable(name));
        }
        QCOMPARE(visibleText(*dialog, QStringLiteral("segment.bytesOrigin")),
                 ConfigEditorRow::tr("overridden"));
        QCOMPARE(visibleText(*dialog, QStringLiteral("retention.msOrigin")), ConfigEditorRow::tr("default"));
        QCOMPARE(visibleText(*dialog, QStringLiteral("min.insync.replicasOrigin")),
                 ConfigEditorRow::tr("default"));
        QCOMPARE(visibleText(*dialog, QStringLiteral("segment.bytesWords")),
                 configValueInWords("segment.bytes", QStringLiteral("1048576")));

        dialog->findChild<QCheckBox *>(QStringLiteral("onlyOverridden"))->setChecked(true);
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("segment.bytesRow"))->isVisible());
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("retention.msRow"))->isVisible());
        dialog->reject();
    }

    void retentionTypedAsTwoDaysIsSentInMilliseconds()
    {
        TopicConfigsDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("retention.ms"))->setText(QStringLiteral("2 days"));
        QCOMPARE(visibleText(*dialog, QStringLiteral("retention.msWords")),
                 configValueInWords("retention.ms", QStringLiteral("172800000")));
        QCOMPARE(visibleText(*dialog, QStringLiteral("retention.msOrigin")),
                 ConfigEditorRow::tr("overridden"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<TopicConfigsDialog *>() == nullptr, 10000);
        QVERIFY(snapshotHas("orders", "retention.ms", "172800000", true));
    }

    void resetToDefaultRemovesTheOverride()
    {
        QVERIFY(snapshotHas("orders", "retention.ms", "172800000", true));
        TopicConfigsDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *reset = dialog->findChild<QToolButton *>(QStringLiteral("retention.msReset"));
        QVERIFY(reset && reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("retention.ms"))->text().isEmpty());
        QCOMPARE(visibleText(*dialog, QStringLiteral("retention.msOrigin")), ConfigEditorRow::tr("default"));
        QVERIFY(!reset->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<TopicConfigsDialog *>() == nullptr, 10000);
        QVERIFY(snapshotHas("orders", "retention.ms", "604800000", false));
    }

    void aTopicIsCreatedWithTheConfigsSetForIt()
    {
        m_view->actions()->create()->trigger();
        auto *dialog = m_view->findChild<CreateTopicDialog *>(QStringLiteral("createTopicDialog"));
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("compacted"));
        auto *editor = dialog->findChild<QWidget *>(QStringLiteral("configEditor"));
        QVERIFY(!editor->isVisible()); // folded away until asked for
        dialog->findChild<QToolButton *>(QStringLiteral("showConfigs"))->click();
        QVERIFY(editor->isVisible());
        dialog->findChild<QComboBox *>(QStringLiteral("cleanup.policy"))
            ->setCurrentText(QStringLiteral("compact"));
        dialog->findChild<QLineEdit *>(QStringLiteral("min.insync.replicas"))->setText(QStringLiteral("2"));

        // Fewer replicas than min.insync.replicas: warned, and created only once confirmed.
        dialog->findChild<QSpinBox *>(QStringLiteral("replicationFactor"))->setValue(1);
        QVERIFY(visibleText(*dialog, QStringLiteral("configWarning")).contains(QStringLiteral("acks=all")));
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->findChild<QSpinBox *>(QStringLiteral("replicationFactor"))->setValue(3);
        QVERIFY(visibleText(*dialog, QStringLiteral("configWarning")).isEmpty());

        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<CreateTopicDialog *>() == nullptr, 10000);
        QVERIFY(snapshotHas("compacted", "cleanup.policy", "compact", true));
        QVERIFY(snapshotHas("compacted", "min.insync.replicas", "2", true));
        QVERIFY(snapshotHas("compacted", "retention.ms", "604800000", false));
    }
};

QTEST_MAIN(TestTopicConfigs)
#include "test_topic_configs.moc"
