#include "catalog_fixture.h"

#include "security/scram_credential.h"

#include <QTest>

using namespace es;
using namespace es::test;
using namespace es::security;
namespace fs = std::filesystem;

namespace {

SavedSecurity sample()
{
    SavedSecurity saved;
    for (const ScramMechanism mechanism : {ScramMechanism::Sha256, ScramMechanism::Sha512}) {
        auto credential = makeScramCredential(mechanism, "alice-secret", 8192);
        if (!credential)
            qFatal("cannot make a credential: %s", credential.status().toString().c_str());
        saved.state.users["alice"][mechanism] = *credential;
    }
    // Written in this order, which is not the order of their columns.
    saved.state.acls = {
        AclBinding{
            .pattern = {.type = ResourceType::Topic, .name = "orders", .patternType = PatternType::Prefixed},
            .entry = {.principal = "User:alice",
                      .host = "*",
                      .operation = AclOperation::IdempotentWrite,
                      .permission = AclPermission::Allow}},
        AclBinding{.pattern = {.type = ResourceType::Cluster,
                               .name = "kafka-cluster",
                               .patternType = PatternType::Literal},
                   .entry = {.principal = "User:bob",
                             .host = "10.0.0.7",
                             .operation = AclOperation::Alter,
                             .permission = AclPermission::Deny}},
        AclBinding{
            .pattern = {.type = ResourceType::Group, .name = "billing", .patternType = PatternType::Literal},
            .entry = {.principal = "User:*",
                      .host = "*",
                      .operation = AclOperation::Read,
                      .permission = AclPermission::Allow}},
    };
    saved.state.options.superUsers = {"User:admin", "User:CN=ops,O=Example"};
    saved.state.options.allowEveryoneIfNoAclFound = false;
    saved.allowEveryoneChosen = true;
    return saved;
}

} // namespace

class TestSecurityTables : public QObject, CatalogFiles {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aNewCatalogHasNoSecurity()
    {
        auto catalog = openOrFail(newFile());
        QVERIFY(catalog);
        Result<SavedSecurity> loaded = catalog->loadSecurity();
        QVERIFY(loaded);
        QVERIFY(loaded->state.users.empty());
        QVERIFY(loaded->state.acls.empty());
        QVERIFY(loaded->state.options.superUsers.empty());
        QVERIFY(!loaded->allowEveryoneChosen);
    }

    void securitySurvivesReopen()
    {
        const fs::path file = newFile();
        const SavedSecurity saved = sample();
        {
            auto catalog = openOrFail(file);
            QVERIFY(catalog);
            QCOMPARE(catalog->saveSecurity(saved), Status::ok());
            QVERIFY(catalog->loadSecurity().value() == saved); // visible at once
        }
        auto catalog = openOrFail(file);
        QVERIFY(catalog);
        Result<SavedSecurity> loaded = catalog->loadSecurity();
        QVERIFY(loaded);
        QVERIFY(loaded->state.users == saved.state.users);
        QVERIFY(loaded->state.acls == saved.state.acls); // in the order they were saved
        QVERIFY(loaded->state.options == saved.state.options);
        QVERIFY(loaded->allowEveryoneChosen);
        QCOMPARE(countRows(file, "SELECT count(*) FROM scram_credentials"), 2);
        QCOMPARE(countRows(file, "SELECT count(*) FROM scram_credentials WHERE mechanism = 'SCRAM-SHA-512' "
                                 "AND iterations = 8192 AND length(salt) > 0"),
                 1);
    }

    void aSaveReplacesEverything()
    {
        const fs::path file = newFile();
        auto catalog = openOrFail(file);
        QVERIFY(catalog);
        QCOMPARE(catalog->saveSecurity(sample()), Status::ok());
        SavedSecurity fewer;
        fewer.state.acls = {sample().state.acls.back()};
        QCOMPARE(catalog->saveSecurity(fewer), Status::ok());
        QVERIFY(catalog->loadSecurity().value() == fewer);
        QCOMPARE(countRows(file, "SELECT count(*) FROM scram_credentials"), 0);
        QCOMPARE(countRows(file, "SELECT count(*) FROM security_options"), 0); // not chosen: not kept
    }

    void listenersStayUntilReplaced()
    {
        const fs::path file = newFile();
        auto catalog = openOrFail(file);
        QVERIFY(catalog);
        SavedSecurity saved = sample();
        saved.listeners = {*security::parseListener("SASL_SSL://127.0.0.1:9192"),
                           *security::parseListener("PLAINTEXT://127.0.0.1:9092")};
        saved.tls.clientAuth = security::ClientAuth::Requested;
        QCOMPARE(catalog->saveSecurity(saved), Status::ok());
        QCOMPARE(catalog->saveSecurity(saved), Status::ok()); // the same again: replaced, not added
        QVERIFY(catalog->loadSecurity().value() == saved);

        // A save of users and ACLs alone keeps the listeners.
        SavedSecurity usersOnly = saved;
        usersOnly.listeners = {};
        usersOnly.tls = {};
        QCOMPARE(catalog->saveSecurity(usersOnly), Status::ok());
        QVERIFY(catalog->loadSecurity().value() == saved);

        const std::vector<security::ListenerConfig> next = {*security::parseListener("SSL://127.0.0.1:9292")};
        QCOMPARE(catalog->saveListeners(next, {}), Status::ok());
        const SavedSecurity loaded = catalog->loadSecurity().value();
        QVERIFY(loaded.listeners == next);
        QVERIFY(loaded.tls == security::TlsSettings{});
        QVERIFY(loaded.state == saved.state);
    }

    // A name of the user's own keeps its protocol across a reopen; a catalog of a build
    // before such names (no listener.security.protocol.map row) still loads.
    void customListenerNamesSurviveAReopen()
    {
        const fs::path file = newFile();
        const std::vector<ListenerConfig> listeners = {ListenerConfig{.name = "CLIENTS",
                                                                      .protocol = SecurityProtocol::SaslSsl,
                                                                      .host = "127.0.0.1",
                                                                      .basePort = 9192},
                                                       ListenerConfig{.name = "REPLICATION",
                                                                      .protocol = SecurityProtocol::Plaintext,
                                                                      .host = "127.0.0.1",
                                                                      .basePort = 9292},
                                                       *parseListener("SSL://127.0.0.1:9392")};
        {
            auto catalog = openOrFail(file);
            QVERIFY(catalog);
            QCOMPARE(catalog->saveListeners(listeners, {}), Status::ok());
        }
        {
            auto catalog = openOrFail(file);
            QVERIFY(catalog);
            QVERIFY(catalog->loadSecurity().value().listeners == listeners);
        }
        QVERIFY(execSql(file, "UPDATE security_options SET value = 'SSL://127.0.0.1:9392' WHERE name = "
                              "'listeners'"));
        QVERIFY(execSql(file, "DELETE FROM security_options WHERE name = 'listener.security.protocol.map'"));
        auto catalog = openOrFail(file);
        QVERIFY(catalog);
        QVERIFY(catalog->loadSecurity().value().listeners == std::vector<ListenerConfig>{listeners.back()});
    }

    void anUnknownNameIsCorruption()
    {
        const fs::path file = newFile();
        {
            auto catalog = openOrFail(file);
            QVERIFY(catalog);
            QCOMPARE(catalog->saveSecurity(sample()), Status::ok());
        }
        QVERIFY(execSql(file, "UPDATE acls SET operation = 'Teleport' WHERE position = 0"));
        auto catalog = openOrFail(file);
        QVERIFY(catalog);
        Result<SavedSecurity> loaded = catalog->loadSecurity();
        QVERIFY(!loaded);
        QCOMPARE(loaded.status().code(), StatusCode::Corruption);
        QVERIFY2(loaded.status().message().find("Teleport") != std::string::npos,
                 loaded.status().message().c_str());
    }

    void aFailedSaveSaysSoAndKeepsThePreviousState()
    {
        const fs::path file = newFile();
        const SavedSecurity saved = sample();
        {
            auto catalog = openOrFail(file);
            QVERIFY(catalog);
            QCOMPARE(catalog->saveSecurity(saved), Status::ok());
        }
        {
            auto catalog = openOrFail(file);
            QVERIFY(catalog);
            QCOMPARE(catalog->flush(), Status::ok()); // its first pruning pass is done
            // Another program holds the write lock (SQLite gives up after its busy timeout),
            // as a full disk would stop the commit.
            sqlite3 *other = nullptr;
            QCOMPARE(sqlite3_open(file.c_str(), &other), SQLITE_OK);
            QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
            const Status failed = catalog->saveSecurity(SavedSecurity{});
            sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
            sqlite3_close(other);
            QVERIFY(!failed.isOk());
            QVERIFY2(failed.message().find(file.string()) != std::string::npos, failed.message().c_str());
            QVERIFY(catalog->loadSecurity().value() == saved);
        }
        auto catalog = openOrFail(file);
        QVERIFY(catalog);
        QVERIFY(catalog->loadSecurity().value() == saved);
    }

    void aClosedCatalogRefusesToSave()
    {
        auto catalog = openOrFail(newFile());
        QVERIFY(catalog);
        QCOMPARE(catalog->close(), Status::ok());
        QCOMPARE(catalog->saveSecurity(sample()).code(), StatusCode::IOError);
    }
};

QTEST_GUILESS_MAIN(TestSecurityTables)
#include "test_security_tables.moc"
