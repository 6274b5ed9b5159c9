// "Broker settings" against a real cluster of three brokers: the dialog lists every broker
// config with its value in words and where it comes from; a value set through it for all
// brokers, or for one broker alone, is what the cluster then describes, and only for that
// scope; Reset removes it; a value the cluster refuses is shown in words and changes nothing.
// On a read-only connection it only shows.

#include "connection_steps.h"
#include "view_test_cluster.h"

#include "app/translations.h"
#include "ui/cluster/broker_configs_dialog.h"
#include "ui/cluster/broker_configs_model.h"
#include "ui/cluster/cluster_view.h"
#include "ui/read_only_text.h"
#include "ui/theme.h"
#include "ui/topics/config_value_words.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace es;

namespace {

// The config as the connection describes it for `broker` (nullopt: all brokers).
std::optional<BrokerConfigDescription> described(ClusterBridge &bridge, std::optional<std::int32_t> broker,
                                                 const std::string &name)
{
    const auto r =
        test::runAndWait(bridge, [broker](Connection &c) { return c.describeBrokerConfigs(broker); });
    if (!r || !*r)
        return std::nullopt;
    for (const auto &c : **r)
        if (c.name == name)
            return c;
    return std::nullopt;
}

QString cell(const BrokerConfigsDialog &dialog, const QString &name, int column)
{
    const auto *table = dialog.findChild<QTableView *>(QStringLiteral("brokerConfigsTable"));
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == name)
            return model->index(row, column).data().toString();
    return QStringLiteral("(no row for %1)").arg(name);
}

QString shownText(const BrokerConfigsDialog &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestBrokerSettings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;

    // Opens the dialog and waits for its first configs.
    std::unique_ptr<BrokerConfigsDialog> open()
    {
        auto dialog = std::make_unique<BrokerConfigsDialog>(*m_bridge);
        QSignalSpy shown(dialog.get(), &BrokerConfigsDialog::configsShown);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()) || !(shown.count() > 0 || shown.wait(15000)))
            return nullptr;
        return dialog;
    }

    // Switches the dialog's scope and waits for its configs.
    static bool showScope(BrokerConfigsDialog &dialog, std::optional<std::int32_t> broker)
    {
        QSignalSpy shown(&dialog, &BrokerConfigsDialog::configsShown);
        if (dialog.scope() == broker)
            return true;
        dialog.setScope(broker);
        return dialog.scope() == broker && (shown.count() > 0 || shown.wait(15000));
    }

    // Types `text` for the config and clicks `button` ("apply" or "reset"); waits for the
    // configs shown again after the change.
    static bool change(BrokerConfigsDialog &dialog, const QString &config, const QString &text,
                       const char *button = "apply")
    {
        if (!dialog.selectConfig(config))
            return false;
        auto *push = dialog.findChild<QPushButton *>(QString::fromLatin1(button));
        if (!push->isEnabled())
            return false;
        if (QLatin1String(button) == QLatin1String("apply"))
            dialog.findChild<QLineEdit *>(QStringLiteral("value"))->setText(text);
        QSignalSpy shown(&dialog, &BrokerConfigsDialog::configsShown);
        QTest::mouseClick(push, Qt::LeftButton);
        return shown.wait(15000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The screenshots' language, before the dialogs make their texts.
        if (const QString language = qEnvironmentVariable("ES_SCREENSHOT_LANGUAGE");
            !language.isEmpty() && !qEnvironmentVariableIsEmpty("ES_SCREENSHOT_DIR"))
            installTranslations(QLocale(language));
        m_bridge = test::startBridge(m_dir, 3);
        QVERIFY2(m_bridge, "the cluster did not start");
        QVERIFY(m_bridge->capabilities().brokerConfigs);
        QTRY_VERIFY_WITH_TIMEOUT(m_bridge->snapshot() && m_bridge->snapshot()->brokers.size() == 3, 10000);
    }

    void cleanupTestCase() { m_bridge.reset(); }

    // Run by hand under xvfb-run with ES_SCREENSHOT_DIR set (ES_SCREENSHOT_LANGUAGE=de for
    // German): the dialog at 900x600 after a value was set, and after a refusal, in the
    // light and the dark theme.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ES_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ES_SCREENSHOT_DIR to take the screenshots");
        const QString language = qEnvironmentVariable("ES_SCREENSHOT_LANGUAGE");
        const QString prefix = language.isEmpty() ? QString() : language + QLatin1Char('-');
        for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
            Theme::apply(theme);
            const QString suffix = theme == ThemeChoice::Dark ? QStringLiteral("-dark") : QString();
            auto dialog = open();
            QVERIFY(dialog);
            dialog->resize(900, 600);
            QVERIFY(change(*dialog, QStringLiteral("log.retention.ms"), QStringLiteral("2 days")));
            QTest::qWait(200);
            QVERIFY(
                dialog->grab().save(dir + QStringLiteral("/%1broker-settings%2.png").arg(prefix, suffix)));
            QVERIFY(change(*dialog, QStringLiteral("min.insync.replicas"), QStringLiteral("0")));
            QTest::qWait(200);
            QVERIFY(dialog->grab().save(
                dir + QStringLiteral("/%1broker-settings-refused%2.png").arg(prefix, suffix)));
            QVERIFY(change(*dialog, QStringLiteral("log.retention.ms"), {}, "reset"));
            // Where it opens: the Cluster view's broker actions.
            ClusterView view(*m_bridge);
            view.resize(900, 600);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QTest::qWait(500);
            QVERIFY(
                view.grab().save(dir + QStringLiteral("/%1broker-settings-view%2.png").arg(prefix, suffix)));
        }
    }

    void theTableListsEveryConfigWithItsDefault()
    {
        auto dialog = open();
        QVERIFY(dialog);
        QCOMPARE(cell(*dialog, QStringLiteral("log.retention.ms"), BrokerConfigsModel::SourceColumn),
                 QStringLiteral("default"));
        // Unset, it is Kafka's log.retention.hours of 168: 7 days.
        QCOMPARE(cell(*dialog, QStringLiteral("log.retention.ms"), BrokerConfigsModel::ValueColumn),
                 QStringLiteral("%1 (by log.retention.hours)").arg(configValueInWords("x.ms", "604800000")));
        // The filter leaves only the configs that name it.
        dialog->findChild<QLineEdit *>(QStringLiteral("filter"))->setText(QStringLiteral("retention.ms"));
        const auto *table = dialog->findChild<QTableView *>(QStringLiteral("brokerConfigsTable"));
        QVERIFY(table->model()->rowCount() > 0);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()->index(row, 0).data().toString().contains(QStringLiteral("retention")) ||
                    table->model()
                        ->index(row, BrokerConfigsModel::DescriptionColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("retention.ms")));
        // Every broker of the snapshot is a scope.
        auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scope"));
        QCOMPARE(scope->count(), 4);
        QCOMPARE(scope->itemText(2), QStringLiteral("Broker 2"));
    }

    void aValueForAllBrokersThenForOneThenReset()
    {
        auto dialog = open();
        QVERIFY(dialog);
        QVERIFY(change(*dialog, QStringLiteral("log.retention.ms"), QStringLiteral("2 days")));
        QCOMPARE(shownText(*dialog, "problem"), QString());
        QCOMPARE(shownText(*dialog, "notice"), QStringLiteral("log.retention.ms set to %1 for all brokers.")
                                                   .arg(configValueInWords("x.ms", "172800000")));
        auto all = described(*m_bridge, std::nullopt, "log.retention.ms");
        QVERIFY(all);
        QCOMPARE(all->value, std::optional<std::string>("172800000"));
        QCOMPARE(all->source, ConfigSource::DynamicDefaultBroker);
        QCOMPARE(cell(*dialog, QStringLiteral("log.retention.ms"), BrokerConfigsModel::SourceColumn),
                 QStringLiteral("all brokers"));

        QVERIFY(showScope(*dialog, 2));
        QVERIFY(change(*dialog, QStringLiteral("log.retention.ms"), QStringLiteral("3 h")));
        QCOMPARE(shownText(*dialog, "notice"), QStringLiteral("log.retention.ms set to %1 for broker 2.")
                                                   .arg(configValueInWords("x.ms", "10800000")));
        const auto two = described(*m_bridge, 2, "log.retention.ms");
        QVERIFY(two);
        QCOMPARE(two->value, std::optional<std::string>("10800000"));
        QCOMPARE(two->source, ConfigSource::DynamicBroker);
        QCOMPARE(cell(*dialog, QStringLiteral("log.retention.ms"), BrokerConfigsModel::SourceColumn),
                 QStringLiteral("this broker"));
        const auto one = described(*m_bridge, 1, "log.retention.ms");
        QVERIFY(one);
        QCOMPARE(one->value, std::optional<std::string>("172800000"));
        QCOMPARE(one->source, ConfigSource::DynamicDefaultBroker);

        // Reset at broker 2 leaves the all-brokers value in force there.
        QVERIFY(change(*dialog, QStringLiteral("log.retention.ms"), {}, "reset"));
        QCOMPARE(shownText(*dialog, "notice"), QStringLiteral("log.retention.ms reset for broker 2."));
        QCOMPARE(described(*m_bridge, 2, "log.retention.ms")->source, ConfigSource::DynamicDefaultBroker);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("reset"))->isEnabled());

        QVERIFY(showScope(*dialog, std::nullopt));
        QVERIFY(change(*dialog, QStringLiteral("log.retention.ms"), {}, "reset"));
        all = described(*m_bridge, std::nullopt, "log.retention.ms");
        QVERIFY(all);
        QCOMPARE(all->source, ConfigSource::Default);
        QCOMPARE(cell(*dialog, QStringLiteral("log.retention.ms"), BrokerConfigsModel::SourceColumn),
                 QStringLiteral("default"));
    }

    void aRefusedValueIsShownAndChangesNothing()
    {
        auto dialog = open();
        QVERIFY(dialog);
        const auto before = described(*m_bridge, std::nullopt, "min.insync.replicas");
        QVERIFY(before);
        for (const QString &refused : {QStringLiteral("0"), QStringLiteral("many")}) {
            QVERIFY(change(*dialog, QStringLiteral("min.insync.replicas"), refused));
            QVERIFY2(shownText(*dialog, "problem")
                         .startsWith(QStringLiteral("min.insync.replicas was not changed: ")),
                     qPrintable(refused + QStringLiteral(": ") + shownText(*dialog, "problem") +
                                QStringLiteral(" / ") + shownText(*dialog, "notice")));
            QCOMPARE(shownText(*dialog, "notice"), QString());
            // What was typed stays in the field, beside the refusal, to be corrected.
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("value"))->text(), refused);
        }
        const auto after = described(*m_bridge, std::nullopt, "min.insync.replicas");
        QVERIFY(after);
        QCOMPARE(after->value, before->value);
        QCOMPARE(after->source, before->source);
    }

    void readOnlyConfigsCannotBeEdited()
    {
        auto dialog = open();
        QVERIFY(dialog);
        QVERIFY(dialog->selectConfig(QStringLiteral("auto.create.topics.enable")));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("apply"))->isEnabled());
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("apply"))
                    ->toolTip()
                    .startsWith(QStringLiteral("Read-only")));
    }

    void readOnlyConnectionsOnlyShow()
    {
        QTemporaryDir dir;
        RemoteSettings settings;
        settings.name = "watched";
        settings.bootstrapServers = "127.0.0.1:1";
        settings.readOnly = true;
        ClusterBridge bridge(settings, dir.filePath(QStringLiteral("catalog.sqlite")));
        BrokerConfigsDialog dialog(bridge);
        for (const char *name : {"apply", "reset"}) {
            auto *button = dialog.findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY(!button->isEnabled());
        }
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("value"))->isEnabled());
        ClusterView view(bridge);
        auto *action = view.findChild<QAction *>(QStringLiteral("brokerSettingsAction"));
        QVERIFY(action);
        QCOMPARE(action->toolTip(), readOnlyToolTip(QStringLiteral("watched")));
    }
};

QTEST_MAIN(TestBrokerSettings)
#include "test_broker_settings.moc"
