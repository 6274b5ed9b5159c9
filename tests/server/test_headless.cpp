// `eventscope --headless` as users and the interoperability tests run it: the ready line,
// real clients (kcat, where installed), a port in use, and a clean stop on SIGTERM.

#include "server/wire_client.h"

#include <QObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString addresses(int base, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("127.0.0.1:%1").arg(base + i);
    return list.join(QLatin1Char(','));
}

// Starts eventscope --headless and waits for its `cluster ready:` line; empty on failure.
QString startHeadless(QProcess &process, const QString &dataDir, int basePort)
{
#ifdef ES_EVENTSCOPE_BINARY
    process.setProgram(QStringLiteral(ES_EVENTSCOPE_BINARY));
#endif
    process.setArguments({QStringLiteral("--headless"), QStringLiteral("--brokers"), QStringLiteral("3"),
                          QStringLiteral("--port"), QString::number(basePort), QStringLiteral("--data-dir"),
                          dataDir, QStringLiteral("--log-level"), QStringLiteral("warn")});
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    QByteArray out;
    while (!out.contains('\n')) {
        if (!process.waitForReadyRead(60000))
            return {};
        out += process.readAllStandardOutput();
    }
    // The first line; a `listener ready:` line per listener follows it.
    return QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed();
}

QString runKcat(const QString &kcat, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(kcat, args);
    if (!p.waitForStarted(5000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestHeadless : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
#ifndef ES_EVENTSCOPE_BINARY
        QSKIP("the eventscope application is not part of this build");
#endif
    }

    void runsAnswersAndStopsCleanly()
    {
        QTemporaryDir dir;
        const int base = es::test::freeBasePort(3);
        QProcess process;
        const QString ready = startHeadless(process, dir.path(), base);
        QCOMPARE(ready, QStringLiteral("cluster ready: ") + addresses(base, 3));

        {
            es::test::WireClient client(base + 1);
            QVERIFY(client.call(es::protocol::ApiVersionsRequest{}, 3));
        }

        const QString kcat = QStandardPaths::findExecutable(QStringLiteral("kcat"));
        if (kcat.isEmpty()) {
            qInfo("kcat is not installed: skipping the kcat checks");
        } else {
            const QString bootstrap = addresses(base, 3);
            const QString metadata = runKcat(kcat, {QStringLiteral("-L"), QStringLiteral("-b"), bootstrap,
                                                    QStringLiteral("-m"), QStringLiteral("10")});
            QVERIFY2(metadata.contains(QStringLiteral("3 brokers:")), qPrintable(metadata));
            runKcat(kcat,
                    {QStringLiteral("-P"), QStringLiteral("-b"), bootstrap, QStringLiteral("-t"),
                     QStringLiteral("headless"), QStringLiteral("-K:"), QStringLiteral("-m"),
                     QStringLiteral("20")},
                    "k1:v1\nk2:v2\n");
            const QString consumed =
                runKcat(kcat, {QStringLiteral("-C"), QStringLiteral("-b"), bootstrap, QStringLiteral("-t"),
                               QStringLiteral("headless"), QStringLiteral("-o"), QStringLiteral("beginning"),
                               QStringLiteral("-e"), QStringLiteral("-K:"), QStringLiteral("-m"),
                               QStringLiteral("20")});
            QVERIFY2(consumed.contains(QStringLiteral("k1:v1")) && consumed.contains(QStringLiteral("k2:v2")),
                     qPrintable(consumed));
        }

        // A second cluster on the same ports fails, naming the port.
        QTemporaryDir other;
        QProcess second;
        QVERIFY(startHeadless(second, other.path(), base).isEmpty());
        second.waitForFinished(30000);
        QVERIFY(second.exitCode() != 0);
        const QString error = QString::fromUtf8(second.readAllStandardError());
        QVERIFY2(error.contains(QString::number(base)), qPrintable(error));

        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "test_headless.moc"
