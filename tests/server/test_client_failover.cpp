// A real client (librdkafka through confluent-kafka-python) produces while a leader
// crashes, losing what it had not flushed, and comes straight back: every record the
// client saw acknowledged is in the log once, where the acknowledgement said.
#ifndef Q_MOC_RUN
#include "server/wire_fixture.h"
#endif

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>

using namespace es;
using namespace es::test;

class TestClientFailover : public QObject {
    Q_OBJECT

private slots:
    void acknowledgedRecordsSurviveALeaderCrashAndRestart()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir);
        CreateTopicSpec spec;
        spec.name = "orders";
        spec.partitions = 6;
        spec.replicationFactor = 3;
        QVERIFY(w.cluster->createTopic(spec).ok());
        QVERIFY(w.cluster->waitUntilReady(std::chrono::seconds(10)));

        const QString bootstrap = QStringLiteral("127.0.0.1:%1,127.0.0.1:%2,127.0.0.1:%3")
                                      .arg(w.port(1))
                                      .arg(w.port(2))
                                      .arg(w.port(3));
        QProcess client;
        client.start(QStringLiteral(ES_PYTHON),
                     {QStringLiteral("-B"), QStringLiteral(ES_CLIENT_FAILOVER_SCRIPT), bootstrap,
                      QStringLiteral("orders"), QStringLiteral("60000")});
        QVERIFY(client.waitForStarted());

        // Mid-stream: the leader of orders-0 crashes and is back before its session ends.
        QTest::qWait(1500);
        const std::int32_t victim = w.cluster->metadata()->partition({"orders", 0})->leader;
        QVERIFY(w.cluster->crashBroker(victim, true).isOk());
        const Status restarted = w.cluster->restartBroker(victim);
        QVERIFY2(restarted.isOk(), restarted.toString().c_str());

        QVERIFY(client.waitForFinished(150000));
        if (client.exitCode() == 77)
            QSKIP("confluent-kafka-python is not installed");
        const QByteArray out = client.readAllStandardOutput();
        QVERIFY2(client.exitCode() == 0, client.readAllStandardError().right(2000).constData());
        const QJsonObject r = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        QVERIFY2(!r.isEmpty(), out.constData());
        QVERIFY2(r.value("acknowledged").toInt() == 60000, out.constData());
        QVERIFY2(r.value("failed").toInt() == 0, out.constData());
        QVERIFY2(r.value("unfinished").toInt() == 0, out.constData());
        QVERIFY2(r.value("missing").toInt() == 0, out.constData());
        QVERIFY2(r.value("moved").toInt() == 0, out.constData());
        QVERIFY2(r.value("duplicates").toInt() == 0, out.constData());
    }
};

QTEST_GUILESS_MAIN(TestClientFailover)
#include "test_client_failover.moc"
