// The "Edit listeners" dialog keeps each listener's name: a name of the user's own survives
// the dialog and a change of protocol, a generated one follows the protocol, and names the
// cluster would refuse (twice the same, characters Kafka's names do not have) keep OK off
// with the reason.

#include "ui/security/listeners_dialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace es;
using security::ListenerConfig;
using security::SecurityProtocol;

namespace {

const std::vector<ListenerConfig> kListeners = {
    {"CLIENTS", SecurityProtocol::SaslSsl, "127.0.0.1", 9192},
    {"PLAINTEXT", SecurityProtocol::Plaintext, "127.0.0.1", 9092},
};

QString nameAt(const ListenersDialog &dialog, int row)
{
    return dialog.table()->item(row, ListenersDialog::NameColumn)->text();
}

void setName(const ListenersDialog &dialog, int row, const QString &name)
{
    dialog.table()->item(row, ListenersDialog::NameColumn)->setText(name);
}

void setProtocol(const ListenersDialog &dialog, int row, const QString &protocol)
{
    auto *combo = qobject_cast<QComboBox *>(dialog.table()->cellWidget(row, ListenersDialog::ProtocolColumn));
    QVERIFY(combo);
    combo->setCurrentText(protocol);
}

QString problemText(const ListenersDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("problem"))->text();
}

} // namespace

class TestListenersDialog : public QObject {
    Q_OBJECT

private slots:
    void customNamesSurviveTheDialog()
    {
        ListenersDialog dialog(kListeners, {}, nullptr);
        QCOMPARE(dialog.table()->horizontalHeaderItem(ListenersDialog::NameColumn)->text(),
                 QStringLiteral("Name"));
        QCOMPARE(nameAt(dialog, 0), QStringLiteral("CLIENTS"));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.listeners(), kListeners);

        // A name of one's own stays when the protocol changes; one named after its protocol
        // follows the new protocol.
        setProtocol(dialog, 0, QStringLiteral("SASL_PLAINTEXT"));
        setProtocol(dialog, 1, QStringLiteral("SSL"));
        QCOMPARE(nameAt(dialog, 0), QStringLiteral("CLIENTS"));
        QCOMPARE(nameAt(dialog, 1), QStringLiteral("SSL"));
        std::vector<ListenerConfig> listeners = dialog.listeners();
        QCOMPARE(listeners[0].name, std::string("CLIENTS"));
        QCOMPARE(listeners[0].protocol, SecurityProtocol::SaslPlaintext);
        QCOMPARE(listeners[1].name, std::string("SSL"));

        // Typed names are upper-cased, as Kafka compares them.
        setName(dialog, 1, QStringLiteral(" internal-2 "));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.listeners()[1].name, std::string("INTERNAL-2"));
    }

    void anEmptyNameIsNamedAfterItsProtocol()
    {
        ListenersDialog dialog(kListeners, {}, nullptr);
        setName(dialog, 0, QString());
        setProtocol(dialog, 0, QStringLiteral("PLAINTEXT"));
        QVERIFY(dialog.okButton()->isEnabled());
        // Row 1 keeps the name PLAINTEXT it was given; row 0 takes the next one free.
        std::vector<ListenerConfig> listeners = dialog.listeners();
        QCOMPARE(listeners[0].name, std::string("PLAINTEXT_2"));
        QCOMPARE(listeners[1].name, std::string("PLAINTEXT"));

        // A new listener gets a free name at once.
        dialog.addListener();
        QCOMPARE(nameAt(dialog, 2), QStringLiteral("PLAINTEXT_2"));
    }

    void namesTheClusterWouldRefuseKeepOkOff()
    {
        ListenersDialog dialog(kListeners, {}, nullptr);
        setName(dialog, 1, QStringLiteral("clients"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(problemText(dialog),
                 QStringLiteral("Two listeners are named CLIENTS; give each its own name."));

        setName(dialog, 1, QStringLiteral("clients.internal"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(
            problemText(dialog),
            QStringLiteral("The listener name CLIENTS.INTERNAL may hold only letters, digits, '_' and '-'."));

        setName(dialog, 1, QStringLiteral("internal"));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(problemText(dialog).isEmpty());
    }
};

QTEST_MAIN(TestListenersDialog)
#include "test_listeners_dialog.moc"
