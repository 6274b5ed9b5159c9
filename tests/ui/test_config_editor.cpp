// The config editor apart from a cluster: figures typed with units, where each value comes
// from and what a reset falls back to, the cross-checks, the field each kind of config
// gets, the filter, configs without effect marked, and a read-only dialog that only shows.

#include "ui/topics/config_cross_checks.h"
#include "ui/topics/config_descriptions.h"
#include "ui/topics/config_editor.h"
#include "ui/topics/config_editor_model.h"
#include "ui/topics/config_value_input.h"
#include "ui/topics/config_value_words.h"
#include "ui/topics/topic_configs_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace es;

namespace {

// retention.ms set on the topic over a broker's log.retention.ms, segment.bytes from the
// broker's log.segment.bytes, everything else at Kafka's defaults.
std::vector<ConfigEntry> describedTopic()
{
    std::vector<ConfigEntry> out;
    out.push_back({.name = "retention.ms",
                   .value = "3600000",
                   .isDefault = false,
                   .documentation = {},
                   .source = ConfigSource::DynamicTopic,
                   .synonyms = {{"retention.ms", "3600000", ConfigSource::DynamicTopic},
                                {"log.retention.ms", "86400000", ConfigSource::StaticBroker}}});
    out.push_back({.name = "segment.bytes",
                   .value = "1048576",
                   .isDefault = true,
                   .documentation = {},
                   .source = ConfigSource::StaticBroker,
                   .synonyms = {{"log.segment.bytes", "1048576", ConfigSource::StaticBroker}}});
    return out;
}

} // namespace

class TestConfigEditor : public QObject {
    Q_OBJECT

private slots:
    void figuresAreTypedWithUnits()
    {
        QCOMPARE(configValueFromInput("retention.ms", QStringLiteral("2 days")), std::string("172800000"));
        QCOMPARE(configValueFromInput("retention.ms", QStringLiteral("12h")), std::string("43200000"));
        QCOMPARE(configValueFromInput("segment.ms", QStringLiteral("1.5 min")), std::string("90000"));
        QCOMPARE(configValueFromInput("retention.ms", QStringLiteral("604800000")), std::string("604800000"));
        QCOMPARE(configValueFromInput("segment.bytes", QStringLiteral("1 GiB")), std::string("1073741824"));
        QCOMPARE(configValueFromInput("retention.bytes", QStringLiteral("500 MB")), std::string("500000000"));
        QCOMPARE(configValueFromInput("retention.bytes", QStringLiteral("unlimited")), std::string("-1"));
        QVERIFY(!configValueFromInput("retention.ms", QStringLiteral("2 GiB")));
        QVERIFY(!configValueFromInput("segment.bytes", QStringLiteral("7 days")));
        QVERIFY(!configValueFromInput("retention.ms", QStringLiteral("soon")));
        QCOMPARE(configValueFromInput("cleanup.policy", QStringLiteral(" compact ")), std::string("compact"));
        // What the editor shows can be typed back.
        for (const char *ms : {"604800000", "3600000", "90000", "86400000"})
            QCOMPARE(configValueFromInput("retention.ms",
                                          configValueInWords("retention.ms", QString::fromLatin1(ms))),
                     std::string(ms));
    }

    void everyConfigHasADescription()
    {
        for (const TopicConfigSpec &spec : topicConfigSpecs())
            QVERIFY2(!configDescription(spec.name).isEmpty(), spec.name.data());
    }

    void originsAndWhatAResetFallsBackTo()
    {
        ConfigEditorModel model(describedTopic());
        QCOMPARE(model.rows().size(), topicConfigSpecs().size());
        const auto *retention = model.row("retention.ms");
        QCOMPARE(ConfigEditorModel::origin(*retention), ConfigOrigin::TopicOverride);
        QCOMPARE(ConfigEditorModel::origin(*model.row("segment.bytes")), ConfigOrigin::BrokerSetting);
        QCOMPARE(ConfigEditorModel::inheritedFrom(*model.row("segment.bytes")),
                 std::string("log.segment.bytes"));
        QCOMPARE(ConfigEditorModel::origin(*model.row("cleanup.policy")), ConfigOrigin::Default);
        QCOMPARE(model.effective("cleanup.policy"), std::string("delete"));
        QVERIFY(model.changes().empty());

        model.reset("retention.ms");
        QCOMPARE(model.effective("retention.ms"), std::string("86400000")); // the broker's
        QCOMPARE(ConfigEditorModel::origin(*retention), ConfigOrigin::BrokerSetting);
        QCOMPARE(ConfigEditorModel::inheritedFrom(*retention), std::string("log.retention.ms"));
        const auto changes = model.changes();
        QCOMPARE(changes.size(), std::size_t{1});
        QVERIFY(changes.contains("retention.ms") && !changes.at("retention.ms"));

        model.setText("segment.bytes", QStringLiteral("14 bytes"));
        QVERIFY(model.problem().isEmpty());
        model.setText("segment.bytes", QStringLiteral("13"));
        QVERIFY(model.problem().contains(QStringLiteral("segment.bytes")));
        model.setText("segment.bytes", QStringLiteral("a lot"));
        QVERIFY(model.problem().contains(QStringLiteral("segment.bytes")));
        model.setText("segment.bytes", QString());
        QVERIFY(model.problem().isEmpty());
        QVERIFY(!model.changes().contains("segment.bytes"));
    }

    void crossChecksWarnWhereKafkaWould()
    {
        ConfigEditorModel model({});
        QVERIFY(ConfigCrossChecks::warnings(model, 3).isEmpty());
        model.setText("min.insync.replicas", QStringLiteral("3"));
        QVERIFY(ConfigCrossChecks::warnings(model, 3).isEmpty());
        QCOMPARE(ConfigCrossChecks::warnings(model, 2).size(), 1);
        QVERIFY(
            ConfigCrossChecks::warnings(model, 2).first().contains(QStringLiteral("min.insync.replicas")));
        model.reset("min.insync.replicas");

        model.setText("retention.bytes", QStringLiteral("1 MiB"));
        QCOMPARE(ConfigCrossChecks::warnings(model, 3).size(), 1); // below the 1 GiB segment
        model.setText("segment.bytes", QStringLiteral("512 KiB"));
        QVERIFY(ConfigCrossChecks::warnings(model, 3).isEmpty());

        model.setText("min.compaction.lag.ms", QStringLiteral("2 days"));
        QVERIFY(ConfigCrossChecks::warnings(model, 3).isEmpty()); // nothing is compacted
        model.setValue("cleanup.policy", "compact,delete");
        model.setText("retention.ms", QStringLiteral("1 day"));
        QCOMPARE(ConfigCrossChecks::warnings(model, 3).size(), 1);
        model.setText("max.compaction.lag.ms", QStringLiteral("1 h"));
        QCOMPARE(ConfigCrossChecks::warnings(model, 3).size(), 2);
    }

    void eachKindOfConfigGetsItsFieldAndTheFilterFinds()
    {
        ConfigEditor editor(describedTopic(), {.markNoEffect = true});
        editor.resize(800, 500);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.findChild<QComboBox *>(QStringLiteral("cleanup.policy")));
        QVERIFY(editor.findChild<QComboBox *>(QStringLiteral("compression.type")));
        QVERIFY(editor.findChild<QCheckBox *>(QStringLiteral("unclean.leader.election.enable")));
        QVERIFY(editor.findChild<QLineEdit *>(QStringLiteral("retention.ms")));
        QVERIFY(editor.findChild<QLabel *>(QStringLiteral("preallocateNoEffect")));
        QVERIFY(!editor.findChild<QLabel *>(QStringLiteral("retention.msNoEffect")));

        editor.findChild<QCheckBox *>(QStringLiteral("unclean.leader.election.enable"))->setChecked(true);
        QCOMPARE(editor.model().changes().at("unclean.leader.election.enable"),
                 std::optional<std::string>("true"));

        editor.findChild<QLineEdit *>(QStringLiteral("configFilter"))->setText(QStringLiteral("compaction"));
        QVERIFY(editor.findChild<QWidget *>(QStringLiteral("max.compaction.lag.msRow"))->isVisible());
        QVERIFY(!editor.findChild<QWidget *>(QStringLiteral("retention.msRow"))->isVisible());
        editor.findChild<QLineEdit *>(QStringLiteral("configFilter"))->clear();
        editor.findChild<QCheckBox *>(QStringLiteral("onlyOverridden"))->setChecked(true);
        QVERIFY(editor.findChild<QWidget *>(QStringLiteral("retention.msRow"))->isVisible());
        QVERIFY(!editor.findChild<QWidget *>(QStringLiteral("segment.bytesRow"))->isVisible());
    }

    void aReadOnlyDialogOnlyShows()
    {
        TopicConfigsDialog dialog(QStringLiteral("orders"), describedTopic(), 3, {.readOnly = true});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.okButton()->isVisible());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("retention.ms"))->isReadOnly());
        QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("cleanup.policy"))->isEnabled());
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("retention.msReset"))->isVisible());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("retention.msWords"))->text(),
                 configValueInWords("retention.ms", QStringLiteral("3600000")));
    }
};

QTEST_MAIN(TestConfigEditor)
#include "test_config_editor.moc"
