// A restart after listeners were saved must not pass the listener options again (they would
// replace the saved listeners); every other argument is kept as it was.

#include "ui/app_restart.h"

#include <QTest>

using namespace es;

class TestAppRestart : public QObject {
    Q_OBJECT

private slots:
    void dropsListenerOptionsInBothForms()
    {
        const QStringList given = {QStringLiteral("--data-dir"),
                                   QStringLiteral("/d"),
                                   QStringLiteral("--listener"),
                                   QStringLiteral("SASL_PLAINTEXT://127.0.0.1:9192"),
                                   QStringLiteral("--listener=PLAINTEXT://127.0.0.1:9092"),
                                   QStringLiteral("--port=9000"),
                                   QStringLiteral("--bind"),
                                   QStringLiteral("0.0.0.0"),
                                   QStringLiteral("--brokers=3"),
                                   QStringLiteral("--tls-cert"),
                                   QStringLiteral("c.pem"),
                                   QStringLiteral("--tls-key=k.pem"),
                                   QStringLiteral("--tls-client-ca"),
                                   QStringLiteral("ca.pem"),
                                   QStringLiteral("--tls-client-auth=required"),
                                   QStringLiteral("--log-level"),
                                   QStringLiteral("debug")};
        QCOMPARE(
            AppRestart::withoutListenerOptions(given),
            QStringList({QStringLiteral("--data-dir"), QStringLiteral("/d"), QStringLiteral("--brokers=3"),
                         QStringLiteral("--log-level"), QStringLiteral("debug")}));
    }

    void keepsOptionsThatOnlyStartAlike()
    {
        // --ports is not --port; after "--" nothing is an option.
        const QStringList given = {QStringLiteral("--ports"), QStringLiteral("--"), QStringLiteral("--port"),
                                   QStringLiteral("9000")};
        QCOMPARE(AppRestart::withoutListenerOptions(given), given);
    }

    void sameArgumentsByDefault()
    {
        QList<AppRestart::Options> requests;
        AppRestart::setHookForTests([&requests](AppRestart::Options o) { requests << o; });
        AppRestart::request();
        AppRestart::request(AppRestart::Options::DropListenerOptions);
        AppRestart::setHookForTests({});
        QCOMPARE(requests, QList<AppRestart::Options>({AppRestart::Options::SameArguments,
                                                       AppRestart::Options::DropListenerOptions}));
        const QStringList given = {QStringLiteral("--port"), QStringLiteral("9000")};
        QCOMPARE(AppRestart::arguments(given), given);
    }
};

QTEST_GUILESS_MAIN(TestAppRestart)
#include "test_app_restart.moc"
