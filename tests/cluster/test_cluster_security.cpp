#include "catalog/catalog.h"
#include "cluster/cluster.h"
#include "cluster_fixture.h"
#include "connection/embedded_security_admin.h"
#include "security/security_store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::test;
using namespace es::security;

namespace {

AclBinding aliceReadsOrders()
{
    return AclBinding{
        .pattern = {.type = ResourceType::Topic, .name = "orders", .patternType = PatternType::Literal},
        .entry = {.principal = "User:alice",
                  .host = "*",
                  .operation = AclOperation::Read,
                  .permission = AclPermission::Allow}};
}

ClusterConfig saslConfig(const QTemporaryDir &dir)
{
    ClusterConfig config = fastConfig(dir, 1);
    config.listeners = {*parseListener("SASL_PLAINTEXT://127.0.0.1:19192")};
    config.scramUsers = {{"alice", "alice-secret"}};
    return config;
}

std::unique_ptr<Cluster> create(const ClusterConfig &config)
{
    auto cluster = Cluster::create(config);
    if (!cluster)
        qFatal("cannot create the cluster: %s", cluster.status().toString().c_str());
    return std::move(*cluster);
}

} // namespace

class TestClusterSecurity : public QObject {
    Q_OBJECT

private slots:
    void usersAndAclsSurviveARestart()
    {
        QTemporaryDir dir;
        const ClusterConfig config = saslConfig(dir);
        ScramCredential first;
        {
            auto cluster = startCluster(config);
            for (ScramMechanism m : {ScramMechanism::Sha256, ScramMechanism::Sha512}) {
                const auto credential = cluster->security().credential("alice", m);
                QVERIFY(credential);
                QCOMPARE(credential->iterations, kScramUserIterations);
                QVERIFY(scramPasswordMatches(*credential, "alice-secret"));
            }
            first = *cluster->security().credential("alice", ScramMechanism::Sha512);
            QVERIFY(cluster->security().createAcls({aliceReadsOrders()})[0].isOk());
            cluster->stop();
        }
        auto cluster = startCluster(config);
        const auto credential = cluster->security().credential("alice", ScramMechanism::Sha512);
        QVERIFY(credential);
        // The same password at the next start keeps the credential rather than salting anew.
        QVERIFY(*credential == first);
        const auto acls = cluster->security().acls()->acls();
        QCOMPARE(acls.size(), std::size_t(1));
        QVERIFY(acls.front() == aliceReadsOrders());
        cluster->stop();
    }

    void aNewPasswordReplacesTheCredential()
    {
        QTemporaryDir dir;
        ClusterConfig config = saslConfig(dir);
        create(config);
        config.scramUsers = {{"alice", "changed"}};
        auto cluster = create(config);
        QVERIFY(scramPasswordMatches(*cluster->security().credential("alice", ScramMechanism::Sha256),
                                     "changed"));
        config.scramUsers.clear(); // users stay without the option, as Kafka's stay in its metadata
        cluster.reset();
        cluster = create(config);
        QVERIFY(cluster->security().credential("alice", ScramMechanism::Sha256));
    }

    void allowEveryoneFollowsTheListenersUntilChosen()
    {
        QTemporaryDir dir;
        ClusterConfig plain = fastConfig(dir, 1);
        QVERIFY(create(plain)->security().acls()->options().allowEveryoneIfNoAclFound);
        ClusterConfig sasl = saslConfig(dir);
        QVERIFY(!create(sasl)->security().acls()->options().allowEveryoneIfNoAclFound);
        // Not chosen: the plaintext cluster's default did not stay.
        QVERIFY(create(plain)->security().acls()->options().allowEveryoneIfNoAclFound);

        sasl.allowEveryoneIfNoAclFound = true;
        QVERIFY(create(sasl)->security().acls()->options().allowEveryoneIfNoAclFound);
        sasl.allowEveryoneIfNoAclFound.reset();
        QVERIFY(create(sasl)->security().acls()->options().allowEveryoneIfNoAclFound); // the choice stays

        // A choice made through the store stays as well.
        auto cluster = create(sasl);
        QVERIFY(
            cluster->security().setOptions({.superUsers = {}, .allowEveryoneIfNoAclFound = false}).isOk());
        cluster.reset();
        QVERIFY(!create(plain)->security().acls()->options().allowEveryoneIfNoAclFound);
    }

    void superUsersGivenReplaceTheSavedOnes()
    {
        QTemporaryDir dir;
        ClusterConfig config = fastConfig(dir, 1);
        config.superUsers = {"User:admin"};
        create(config);
        config.superUsers.clear();
        QVERIFY(create(config)->security().state().options.superUsers == std::set<std::string>{"User:admin"});
        config.superUsers = {"User:ops"};
        QVERIFY(create(config)->security().state().options.superUsers == std::set<std::string>{"User:ops"});
    }

    void refusedListenersFailTheCreate()
    {
        QTemporaryDir dir;
        ClusterConfig config = fastConfig(dir, 1);
        config.bindAddress = "0.0.0.0";
        auto cluster = Cluster::create(config);
        QVERIFY(!cluster);
        QVERIFY2(cluster.status().message().find("without authentication") != std::string::npos,
                 cluster.status().message().c_str());
    }

    void aStartNamingNoListenersRunsWithTheSavedOnes()
    {
        QTemporaryDir dir;
        ClusterConfig first = saslConfig(dir);
        // A name of the user's own (listener.security.protocol.map) is kept with its protocol.
        first.listeners.push_back(
            *parseListener("INTERNAL://127.0.0.1:19292", {{"INTERNAL", SecurityProtocol::Ssl}}));
        first.tls.clientAuth = ClientAuth::Required;
        create(first);

        ClusterConfig again = fastConfig(dir, 1);
        again.useSavedListeners = true;
        auto cluster = create(again);
        QVERIFY(cluster->config().listeners == first.listeners);
        QVERIFY(cluster->config().tls.clientAuth == ClientAuth::Required);
        QVERIFY(cluster->tlsMaterial());
        cluster.reset();

        // Listeners named at a start replace the saved ones, for that start and the next.
        ClusterConfig plain = fastConfig(dir, 1);
        auto replaced = create(plain);
        QVERIFY(replaced->config().listeners.empty());
        replaced.reset();
        auto last = create(again);
        QCOMPARE(last->config().listeners.size(), std::size_t(1));
        QCOMPARE(last->config().listeners.front().protocol, SecurityProtocol::Plaintext);
        QCOMPARE(last->config().listeners.front().basePort, plain.basePort);
    }

    void listenersSavedForTheNextStartOutliveOtherChanges()
    {
        QTemporaryDir dir;
        auto cluster = create(saslConfig(dir));
        EmbeddedSecurityAdmin admin(*cluster);
        const Status refused = admin.saveListeners({*parseListener("PLAINTEXT://0.0.0.0:19392")}, {});
        QCOMPARE(refused.code(), StatusCode::InvalidArgument);
        QVERIFY2(refused.message().find("0.0.0.0") != std::string::npos, refused.message().c_str());

        const std::vector<ListenerConfig> next = {*parseListener("SASL_SSL://127.0.0.1:19392")};
        QVERIFY(admin.saveListeners(next, {}).isOk());
        // This start keeps its listeners; a change of users and ACLs keeps the saved ones.
        QCOMPARE(cluster->config().listeners.front().protocol, SecurityProtocol::SaslPlaintext);
        QVERIFY(cluster->security().createAcls({aliceReadsOrders()})[0].isOk());
        cluster.reset();

        ClusterConfig again = fastConfig(dir, 1);
        again.useSavedListeners = true;
        auto restarted = create(again);
        QVERIFY(restarted->config().listeners == next);
        QVERIFY(restarted->tlsMaterial());
        QCOMPARE(restarted->security().acls()->acls().size(), std::size_t(1));
    }

    void noTlsMaterialWithoutATlsListener()
    {
        QTemporaryDir dir;
        QVERIFY(!create(saslConfig(dir))->tlsMaterial());
        QVERIFY(!std::filesystem::exists(std::filesystem::path(dir.path().toStdString()) / "tls"));
    }

    void aTlsListenerGetsTheLocalCa()
    {
        QTemporaryDir dir;
        ClusterConfig config = saslConfig(dir);
        config.listeners = {*parseListener("SASL_SSL://127.0.0.1:19192")};
        auto cluster = create(config);
        const auto &tls = cluster->tlsMaterial();
        QVERIFY(tls);
        QVERIFY(std::filesystem::exists(tls->caCertificate));
        QVERIFY(!tls->caFingerprint.empty());
        QVERIFY(!tls->ownCertificate);
    }

    void unreadableTlsFilesFailTheCreate()
    {
        QTemporaryDir dir;
        ClusterConfig config = saslConfig(dir);
        config.listeners = {*parseListener("SSL://127.0.0.1:19193")};
        config.tls.certificateFile = dir.filePath("missing.pem").toStdString();
        config.tls.keyFile = dir.filePath("missing-key.pem").toStdString();
        auto cluster = Cluster::create(config);
        QVERIFY(!cluster);
        QVERIFY2(cluster.status().message().find("missing") != std::string::npos,
                 cluster.status().message().c_str());
    }
};

QTEST_GUILESS_MAIN(TestClusterSecurity)
#include "test_cluster_security.moc"
