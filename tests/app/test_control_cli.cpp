// The control API as users meet it: `eventscope --headless --control-port 0` prints where it
// listens and answers with the token of the data directory, and `eventscope ctl` drives the
// cluster as typed in a terminal, each command's effect read back from the API's status.

#include "common/json.h"
#include "server/wire_client.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>

#include <sys/stat.h>

namespace {

QString binary()
{
#ifdef ES_EVENTSCOPE_BINARY
    return QStringLiteral(ES_EVENTSCOPE_BINARY);
#else
    return {};
#endif
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `eventscope args...` to its end, as a shell would.
Run eventscope(const QStringList &args)
{
    QProcess p;
    p.start(binary(), args);
    Run run;
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(run.exitCode).arg(run.out, run.err);
}

// The JSON of `path` read with the data directory's token; null on any failure.
es::JsonValue get(const QString &url, const std::string &token, const std::string &path)
{
    httplib::Client client(url.toStdString());
    client.set_bearer_token_auth(token);
    const auto result = client.Get(path);
    if (!result || result->status != 200) {
        qWarning("GET %s: %s", path.c_str(),
                 (result ? std::to_string(result->status) + " " + result->body
                         : httplib::to_string(result.error()))
                     .c_str());
        return {};
    }
    auto json = es::parseJson(result->body);
    return json ? *json : es::JsonValue();
}

std::string readToken(const QString &dataDir)
{
    QFile file(dataDir + QStringLiteral("/control-token"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed().toStdString();
}

QString brokerState(const es::JsonValue &status, int id)
{
    if (const es::JsonValue *brokers = status.find("brokers"); brokers && brokers->isArray())
        for (const es::JsonValue &b : brokers->asArray())
            if (b.find("id") && b.find("id")->asNumber() == id)
                return QString::fromStdString(b.find("state")->asString());
    return {};
}

} // namespace

class TestControlCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (binary().isEmpty())
            QSKIP("the eventscope application is not part of this build");
    }

    void badControlPortIsExplained()
    {
        QTemporaryDir dir;
        const Run run = eventscope({QStringLiteral("--headless"), QStringLiteral("--data-dir"), dir.path(),
                                    QStringLiteral("--control-port"), QStringLiteral("http")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--control-port takes a port number")) &&
                     run.err.contains(QStringLiteral("'http'")),
                 qPrintable(describe(run)));
    }

    // No server for the data directory: one sentence that says what to do, exit status 3,
    // whether no server ever ran there or the one that did has gone.
    void ctlWithoutServerSaysSo()
    {
        QTemporaryDir dir;
        const QString expected = QStringLiteral("eventscope ctl: no control API is running for %1 (start "
                                                "eventscope with --control-port)\n")
                                     .arg(dir.path());
        Run run = eventscope(
            {QStringLiteral("ctl"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err, expected);

        const int closedPort = es::test::freeBasePort(1);
        QFile url(dir.path() + QStringLiteral("/control-url"));
        QVERIFY(url.open(QIODevice::WriteOnly));
        url.write(QStringLiteral("http://127.0.0.1:%1\n").arg(closedPort).toUtf8());
        url.close();
        QFile token(dir.path() + QStringLiteral("/control-token"));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(QByteArray(64, 'a'));
        token.close();
        run = eventscope({QStringLiteral("ctl"), QStringLiteral("--data-dir"), dir.path(),
                          QStringLiteral("crash"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.err, expected);
    }

    void ctlExplainsBadCommands()
    {
        const Run help = eventscope({QStringLiteral("ctl"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"status", "brokers", "crash N [--keep-unflushed]", "pause N", "resume N",
                                    "restart N", "crash controller | restart controller", "add-broker",
                                    "link A B", "heal [A B]", "topics",
                                    "create-topic", "delete-topic", "demo on|off", "events [--follow]"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);

        const Run unknown = eventscope({QStringLiteral("ctl"), QStringLiteral("explode")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.startsWith(QStringLiteral("eventscope ctl: unknown command 'explode'")),
                 qPrintable(describe(unknown)));
        const Run latency =
            eventscope({QStringLiteral("ctl"), QStringLiteral("link"), QStringLiteral("1"),
                        QStringLiteral("2"), QStringLiteral("--latency"), QStringLiteral("soon")});
        QCOMPARE(latency.exitCode, 2);
        QVERIFY2(latency.err.contains(QStringLiteral("'soon'")), qPrintable(describe(latency)));
    }

    void headlessServesAndCtlDrivesIt()
    {
        QTemporaryDir dir;
        const QString data = dir.path();
        const int base = es::test::freeBasePort(3);
        QProcess server;
        server.start(binary(),
                     {QStringLiteral("--headless"), QStringLiteral("--brokers"), QStringLiteral("3"),
                      QStringLiteral("--port"), QString::number(base), QStringLiteral("--data-dir"), data,
                      QStringLiteral("--log-level"), QStringLiteral("warn"), QStringLiteral("--control-port"),
                      QStringLiteral("0")});
        QVERIFY(server.waitForStarted(10000));

        // The control line comes right after the cluster's ready lines.
        QByteArray out;
        const QDeadlineTimer deadline(60000);
        while (!out.contains("control ready:") || !out.endsWith('\n')) {
            QVERIFY2(server.waitForReadyRead(int(deadline.remainingTime())),
                     qPrintable(out + server.readAllStandardError()));
            out += server.readAllStandardOutput();
        }
        const QStringList lines = QString::fromUtf8(out).trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 3, qPrintable(out));
        QVERIFY(lines.first().startsWith(QStringLiteral("cluster ready: ")));
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^control ready: (http://127\\.0\\.0\\.1:(\\d+))$"))
                .match(lines.last());
        QVERIFY2(match.hasMatch(), qPrintable(lines.last()));
        const QString url = match.captured(1);
        QVERIFY(match.captured(2).toInt() > 0);

        // The token is the data directory's, readable by its owner only.
        const std::string token = readToken(data);
        QCOMPARE(token.size(), std::size_t(64));
        struct stat info {};
        QCOMPARE(::stat(qPrintable(data + QStringLiteral("/control-token")), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        {
            httplib::Client anonymous(url.toStdString());
            const auto refused = anonymous.Get("/v1/status");
            QVERIFY(refused);
            QCOMPARE(refused->status, 401);
        }
        es::JsonValue status = get(url, token, "/v1/status");
        QVERIFY(status.isObject());
        QCOMPARE(status.find("brokers")->asArray().size(), std::size_t(3));

        auto ctl = [&data](QStringList args) {
            args.prepend(data);
            args.prepend(QStringLiteral("--data-dir"));
            args.prepend(QStringLiteral("ctl"));
            return eventscope(args);
        };

        Run run = ctl({QStringLiteral("status")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QStringLiteral("BROKER")) &&
                     run.out.contains(QStringLiteral("127.0.0.1:%1").arg(base + 1)) &&
                     run.out.contains(QStringLiteral("running")),
                 qPrintable(run.out));

        run = ctl({QStringLiteral("crash"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.out, QStringLiteral("broker 2: crashed\n"));
        // The API's status is the cluster's latest snapshot, published ten times a second.
        QTRY_COMPARE_WITH_TIMEOUT(brokerState(get(url, token, "/v1/status"), 2), QStringLiteral("crashed"),
                                  5000);

        run = ctl({QStringLiteral("crash"), QStringLiteral("7")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("eventscope ctl: ")) &&
                     run.err.contains(QStringLiteral("7")),
                 qPrintable(describe(run)));

        run = ctl({QStringLiteral("crash"), QStringLiteral("controller")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.out, QStringLiteral("controller: crashed\n"));
        run = ctl({QStringLiteral("status")});
        QVERIFY2(run.out.contains(QStringLiteral("(crashed), bootstrap")), qPrintable(run.out));
        run = ctl({QStringLiteral("crash"), QStringLiteral("controller"), QStringLiteral("--keep-unflushed")});
        QCOMPARE(run.exitCode, 2);
        run = ctl({QStringLiteral("restart"), QStringLiteral("controller")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.out, QStringLiteral("controller: running\n"));

        run = ctl({QStringLiteral("link"), QStringLiteral("1"), QStringLiteral("2"),
                   QStringLiteral("--latency"), QStringLiteral("200ms")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.out, QStringLiteral("link 1 - 2: latency 200 ms\n"));
        auto latency = [&] {
            const es::JsonValue links = get(url, token, "/v1/links");
            return links.isArray() && links.asArray().size() == 1
                       ? links.asArray()[0].find("latencyMs")->asNumber()
                       : -1.0;
        };
        QTRY_COMPARE_WITH_TIMEOUT(latency(), 200.0, 5000);

        run = ctl({QStringLiteral("heal")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.out, QStringLiteral("every link healed\n"));
        QTRY_VERIFY_WITH_TIMEOUT(get(url, token, "/v1/links") == es::JsonValue(es::JsonValue::Array{}), 5000);

        run = ctl({QStringLiteral("demo"), QStringLiteral("on")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.out.startsWith(QStringLiteral("demo running: topics ")), qPrintable(run.out));
        es::JsonValue demo = get(url, token, "/v1/demo");
        QVERIFY2(demo.find("running") && demo.find("running")->asBool(), es::toJson(demo).c_str());
        QTRY_VERIFY2_WITH_TIMEOUT((run = ctl({QStringLiteral("topics")})).exitCode == 0 &&
                                      run.out.contains(QStringLiteral("orders")) &&
                                      run.out.contains(QStringLiteral("clicks")),
                                  qPrintable(describe(run)), 5000);

        run = ctl({QStringLiteral("demo"), QStringLiteral("off")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.out, QStringLiteral("demo stopped\n"));
        demo = get(url, token, "/v1/demo");
        QVERIFY2(demo.find("running") && !demo.find("running")->asBool(), es::toJson(demo).c_str());

        // --json hands scripts the API's own answer.
        run = ctl({QStringLiteral("--json"), QStringLiteral("brokers")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        auto brokers = es::parseJson(run.out.toStdString());
        QVERIFY2(brokers && brokers->isArray() && brokers->asArray().size() == 3, qPrintable(run.out));

        server.terminate(); // SIGTERM: the control API stops, then the cluster
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);

        run = ctl({QStringLiteral("status")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("no control API is running for")),
                 qPrintable(describe(run)));
    }
};

QTEST_GUILESS_MAIN(TestControlCli)
#include "test_control_cli.moc"
