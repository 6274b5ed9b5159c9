// A remote cluster's ACLs through librdkafka's Admin API, as the Security view changes them:
// created, described with filters (MATCH included), deleted, as the cluster itself then holds
// them; refused to a user who is not a super user with the cluster's own words; refused on a
// read-only connection. What the protocol or librdkafka 2.0 cannot tell (users, listeners,
// refusals) is said to be missing rather than answered empty.

#ifndef Q_MOC_RUN
#include "remote/remote_connection.h"
#include "remote/secure_remote_fixture.h"
#include "security/security_store.h"
#endif

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace es;
using namespace es::test;
using security::AclBinding;
using security::AclBindingFilter;
using security::SecurityProtocol;

namespace {

AclBinding binding(security::ResourceType type, std::string name, security::PatternType pattern,
                   std::string principal, security::AclOperation operation,
                   security::AclPermission permission)
{
    return {{type, std::move(name), pattern}, {std::move(principal), "*", operation, permission}};
}

const AclBinding kReadOrders =
    binding(security::ResourceType::Topic, "orders", security::PatternType::Literal, "User:bob",
            security::AclOperation::Read, security::AclPermission::Allow);
const AclBinding kWriteOrd =
    binding(security::ResourceType::Topic, "ord", security::PatternType::Prefixed, "User:bob",
            security::AclOperation::Write, security::AclPermission::Allow);
const AclBinding kDenyBilling =
    binding(security::ResourceType::Group, "billing", security::PatternType::Literal, "User:carol",
            security::AclOperation::Read, security::AclPermission::Deny);

std::vector<AclBinding> sorted(std::vector<AclBinding> bindings)
{
    std::sort(bindings.begin(), bindings.end());
    return bindings;
}

} // namespace

class TestRemoteSecurityAdmin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void saysWhatItCannotTell();
    void createsDescribesAndDeletesAcls();
    void bindingsThisClientCannotSendAreRefusedAlone();
    void aUserWhoIsNotASuperUserIsRefused();
    void aReadOnlyConnectionChangesNoAcls();

private:
    std::unique_ptr<RemoteConnection> connect(const std::string &user, const std::string &password,
                                              bool readOnly = false);

    QTemporaryDir m_dir;
    QTemporaryDir m_catalogs;
    SecureRemoteCluster m_cluster;
    int m_connections = 0;
};

void TestRemoteSecurityAdmin::initTestCase()
{
    m_cluster = startSecureRemoteCluster(m_dir, {SecurityProtocol::SaslPlaintext},
                                         {.scramUsers = {{"admin", "admin-secret"}, {"bob", "bob-secret"}},
                                          .superUsers = {"User:admin"},
                                          .allowEveryoneIfNoAclFound = false});
}

std::unique_ptr<RemoteConnection> TestRemoteSecurityAdmin::connect(const std::string &user,
                                                                   const std::string &password, bool readOnly)
{
    RemoteSettings s = m_cluster.settings(SecurityProtocol::SaslPlaintext, user, password);
    s.readOnly = readOnly;
    auto remote =
        RemoteConnection::open(s, m_catalogs.filePath(QString("c%1").arg(++m_connections)).toStdString());
    if (!remote)
        qFatal("cannot open the connection: %s", remote.status().toString().c_str());
    return std::move(*remote);
}

void TestRemoteSecurityAdmin::saysWhatItCannotTell()
{
    auto remote = connect("admin", "admin-secret");
    SecurityAdmin *admin = remote->securityAdmin();
    QVERIFY(admin);
    const SecurityAdminAbilities abilities = admin->abilities();
    QVERIFY(abilities.acls);
    QVERIFY(!abilities.users);
    QVERIFY(!abilities.listeners);
    QVERIFY(!abilities.denials);
    QCOMPARE(abilities.missingFromClient, std::string("librdkafka 2.0.2"));

    QCOMPARE(admin->describeUsers().status().code(), StatusCode::Unsupported);
    QVERIFY(admin->describeUsers().status().message().find("librdkafka 2.2") != std::string::npos);
    QCOMPARE(admin->setUserPassword("bob", security::ScramMechanism::Sha512, "x", 4096).code(),
             StatusCode::Unsupported);
    QCOMPARE(admin->deleteUser("bob", std::nullopt).code(), StatusCode::Unsupported);
    QCOMPARE(admin->describeSecurity().status().code(), StatusCode::Unsupported);
    QCOMPARE(admin->recentDenials().status().code(), StatusCode::Unsupported);
    QCOMPARE(admin->recentRequests().status().code(), StatusCode::Unsupported);
}

void TestRemoteSecurityAdmin::createsDescribesAndDeletesAcls()
{
    auto remote = connect("admin", "admin-secret");
    SecurityAdmin *admin = remote->securityAdmin();

    auto created = admin->createAcls({kReadOrders, kWriteOrd, kDenyBilling});
    QVERIFY2(created, created ? "" : created.status().toString().c_str());
    QCOMPARE(created->size(), std::size_t{3});
    for (const Status &s : *created)
        QVERIFY2(s.isOk(), s.toString().c_str());
    QCOMPARE(sorted(m_cluster.cluster->security().describeAcls({})),
             sorted({kReadOrders, kWriteOrd, kDenyBilling}));

    auto all = admin->describeAcls({});
    QVERIFY2(all, all ? "" : all.status().toString().c_str());
    QCOMPARE(sorted(*all), sorted({kReadOrders, kWriteOrd, kDenyBilling}));

    AclBindingFilter topics;
    topics.resourceType = security::ResourceType::Topic;
    QCOMPARE(sorted(*admin->describeAcls(topics)), sorted({kReadOrders, kWriteOrd}));

    // MATCH: what applies to the topic "orders", its literal ACL and the prefix "ord".
    AclBindingFilter match;
    match.resourceType = security::ResourceType::Topic;
    match.resourceName = "orders";
    match.patternType = security::PatternType::Match;
    QCOMPARE(sorted(*admin->describeAcls(match)), sorted({kReadOrders, kWriteOrd}));
    match.resourceName = "payments";
    QVERIFY(admin->describeAcls(match)->empty());

    AclBindingFilter carol;
    carol.principal = "User:carol";
    QCOMPARE(*admin->describeAcls(carol), std::vector<AclBinding>{kDenyBilling});

    AclBindingFilter prefixed;
    prefixed.patternType = security::PatternType::Prefixed;
    auto removed = admin->deleteAcls({prefixed});
    QVERIFY2(removed, removed ? "" : removed.status().toString().c_str());
    QCOMPARE(*removed, std::vector<AclBinding>{kWriteOrd});
    QCOMPARE(sorted(*admin->describeAcls({})), sorted({kReadOrders, kDenyBilling}));
    QCOMPARE(sorted(m_cluster.cluster->security().describeAcls({})), sorted({kReadOrders, kDenyBilling}));

    QCOMPARE(admin->deleteAcls({AclBindingFilter{}})->size(), std::size_t{2});
    QVERIFY(admin->describeAcls({})->empty());
}

void TestRemoteSecurityAdmin::bindingsThisClientCannotSendAreRefusedAlone()
{
    auto remote = connect("admin", "admin-secret");
    SecurityAdmin *admin = remote->securityAdmin();
    const AclBinding transactional =
        binding(security::ResourceType::TransactionalId, "tx", security::PatternType::Literal, "User:bob",
                security::AclOperation::Write, security::AclPermission::Allow);
    AclBinding anyOperation = kReadOrders;
    anyOperation.entry.operation = security::AclOperation::Any;
    auto created = admin->createAcls({transactional, kReadOrders, anyOperation});
    QVERIFY2(created, created ? "" : created.status().toString().c_str());
    QCOMPARE(created->size(), std::size_t{3});
    QCOMPARE((*created)[0].code(), StatusCode::Unsupported);
    QVERIFY2((*created)[0].message().find("TransactionalId") != std::string::npos,
             (*created)[0].message().c_str());
    QVERIFY((*created)[1].isOk());
    QCOMPARE((*created)[2].code(), StatusCode::InvalidArgument);
    QCOMPARE(m_cluster.cluster->security().describeAcls({}), std::vector<AclBinding>{kReadOrders});
    QVERIFY(admin->deleteAcls({AclBindingFilter{}}));
}

void TestRemoteSecurityAdmin::aUserWhoIsNotASuperUserIsRefused()
{
    auto remote = connect("bob", "bob-secret");
    SecurityAdmin *admin = remote->securityAdmin();
    auto created = admin->createAcls({kReadOrders});
    QVERIFY2(created, created ? "" : created.status().toString().c_str());
    QCOMPARE(created->size(), std::size_t{1});
    QVERIFY(!(*created)[0].isOk());
    QVERIFY2((*created)[0].message().find(errorMessage(ErrorCode::ClusterAuthorizationFailed)) !=
                 std::string::npos,
             (*created)[0].message().c_str());
    QVERIFY(m_cluster.cluster->security().describeAcls({}).empty());

    // librdkafka 2.0 drops DescribeAcls' error code: the refusal arrives as an empty listing.
    auto described = admin->describeAcls({});
    QVERIFY(described);
    QVERIFY(described->empty());
}

void TestRemoteSecurityAdmin::aReadOnlyConnectionChangesNoAcls()
{
    auto remote = connect("admin", "admin-secret", true);
    SecurityAdmin *admin = remote->securityAdmin();
    auto created = admin->createAcls({kReadOrders});
    QCOMPARE(created.status().code(), StatusCode::Unsupported);
    QVERIFY(created.status().message().find("read-only") != std::string::npos);
    QCOMPARE(admin->deleteAcls({AclBindingFilter{}}).status().code(), StatusCode::Unsupported);
    QVERIFY(m_cluster.cluster->security().describeAcls({}).empty());
    QVERIFY(admin->describeAcls({}));
}

QTEST_GUILESS_MAIN(TestRemoteSecurityAdmin)
#include "test_remote_security_admin.moc"
