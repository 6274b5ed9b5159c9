// A remote connection uses its settings' security for everything it opens: over SASL_SSL
// with SCRAM-SHA-512 and the cluster's CA, it reads the cluster (topics), writes records
// and reads them back; with a wrong password it reads nothing and says why.

#ifndef Q_MOC_RUN
#include "remote/remote_connection.h"
#include "remote/secure_remote_fixture.h"
#endif

#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::test;
using security::SecurityProtocol;

namespace {

// The topic's record count in the connection's latest reading, -1 when it is not there.
std::int64_t recordsOf(RemoteConnection &remote, const std::string &name)
{
    remote.refresh();
    if (const auto snap = remote.snapshot())
        for (const auto &t : snap->topics)
            if (t.name == name)
                return t.records;
    return -1;
}

} // namespace

class TestRemoteSecureConnection : public QObject {
    Q_OBJECT

private slots:
    void saslSslReadsTopicsAndRecords();
    void aWrongPasswordReadsNothingAndSaysWhy();
};

void TestRemoteSecureConnection::saslSslReadsTopicsAndRecords()
{
    QTemporaryDir dir;
    QTemporaryDir catalogDir;
    auto w = startSecureRemoteCluster(
        dir, {SecurityProtocol::SaslSsl},
        {.scramUsers = {{"alice", "alice-secret"}}, .allowEveryoneIfNoAclFound = true});
    CreateTopicSpec spec;
    spec.name = "orders";
    spec.partitions = 1;
    spec.replicationFactor = 1;
    QVERIFY(w.cluster->createTopic(spec).ok());

    auto remote = RemoteConnection::open(w.settings(SecurityProtocol::SaslSsl, "alice", "alice-secret"),
                                         catalogDir.filePath("catalog").toStdString());
    QVERIFY2(remote, remote ? "" : remote.status().toString().c_str());
    QVERIFY2(eventually([&] { return recordsOf(**remote, "orders") >= 0; }), (*remote)->problem().c_str());

    auto writer = (*remote)->openWriter(ProducerConfig{});
    QVERIFY2(writer, writer ? "" : writer.status().toString().c_str());
    for (int i = 0; i < 3; ++i) {
        ProducerRecord record;
        record.topic = "orders";
        record.partition = 0;
        record.key = bytesOf("k" + std::to_string(i));
        record.value = bytesOf("v" + std::to_string(i));
        const DeliveryReport report = (*writer)->send(std::move(record), nullptr).get();
        QVERIFY2(report.ok(), report.message.c_str());
    }
    QVERIFY((*writer)->close(std::chrono::seconds(5)));

    auto reader = (*remote)->openReader();
    auto records = reader->read({"orders", 0}, 0, 10);
    QVERIFY2(records, records ? "" : records.status().toString().c_str());
    QCOMPARE(records->size(), std::size_t{3});
    QCOMPARE((*records)[2].value, std::optional<Bytes>(bytesOf("v2")));
    QVERIFY(eventually([&] { return recordsOf(**remote, "orders") == 3; }));
}

void TestRemoteSecureConnection::aWrongPasswordReadsNothingAndSaysWhy()
{
    QTemporaryDir dir;
    QTemporaryDir catalogDir;
    auto w = startSecureRemoteCluster(
        dir, {SecurityProtocol::SaslSsl},
        {.scramUsers = {{"alice", "alice-secret"}}, .allowEveryoneIfNoAclFound = true});
    auto remote = RemoteConnection::open(w.settings(SecurityProtocol::SaslSsl, "alice", "wrong"),
                                         catalogDir.filePath("catalog").toStdString());
    QVERIFY2(remote, remote ? "" : remote.status().toString().c_str());
    QCOMPARE(recordsOf(**remote, "orders"), std::int64_t{-1});
    QVERIFY(eventually([&] {
        (*remote)->refresh();
        return !(*remote)->problem().empty();
    }));
    QVERIFY2((*remote)->problem().find("uthentication") != std::string::npos, (*remote)->problem().c_str());
}

QTEST_GUILESS_MAIN(TestRemoteSecureConnection)
#include "test_remote_secure_connection.moc"
