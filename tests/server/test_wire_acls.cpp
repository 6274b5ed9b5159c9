// Authorization on the wire, on a SASL_PLAINTEXT broker with allow.everyone.if.no.acl.found
// off and admin a super user: what alice and bob may do follows their ACLs, with Kafka's
// error codes; the ACL admin APIs (DescribeAcls, CreateAcls, DeleteAcls) round trip; and a
// denial is kept with the ACL that decided it.

#ifndef Q_MOC_RUN
#include "protocol/api/describe_cluster.h"
#include "server/sasl_login.h"
#include "server/secure_wire_fixture.h"

#include "security/scram_credential.h"
#include "security/security_store.h"
#include "storage/record_batch_builder.h"
#endif

#include <QObject>

using namespace es;
using namespace es::test;
using security::AclOperation;
using security::AclPermission;
using security::PatternType;
using security::ResourceType;

namespace {

security::AclBinding acl(ResourceType type, std::string name, PatternType pattern, std::string principal,
                         AclOperation operation, AclPermission permission = AclPermission::Allow)
{
    return {{type, std::move(name), pattern}, {std::move(principal), "*", operation, permission}};
}

Bytes oneRecord()
{
    RecordBatchBuilder builder;
    const Bytes key = bytesOf("k"), value = bytesOf("v");
    builder.append(ByteView(key), ByteView(value), {}, 1700000000000);
    return *builder.build();
}

protocol::ProduceRequest produce(const std::string &topic)
{
    protocol::ProduceRequest req;
    req.acks = -1;
    req.timeoutMs = 10000;
    req.topicData.push_back({topic, {{0, oneRecord()}}});
    return req;
}

protocol::FetchRequest fetch(const std::string &topic)
{
    protocol::FetchRequest req;
    req.maxWaitMs = 0;
    req.minBytes = 0;
    req.maxBytes = 1 << 20;
    req.topics.push_back({topic, {{0, -1, 0, -1, -1, 1 << 20}}});
    return req;
}

protocol::MetadataRequest metadataOf(std::vector<std::string> topics, bool autoCreate = false)
{
    protocol::MetadataRequest req;
    req.allowAutoTopicCreation = autoCreate;
    if (!topics.empty()) {
        req.topics.emplace();
        for (auto &t : topics)
            req.topics->push_back({{}, std::move(t)});
    }
    return req;
}

ErrorCode partitionError(const std::optional<protocol::ProduceResponse> &r)
{
    return r && !r->responses.empty() && !r->responses[0].partitionResponses.empty()
               ? r->responses[0].partitionResponses[0].errorCode
               : ErrorCode::UnknownServerError;
}

ErrorCode partitionError(const std::optional<protocol::FetchResponse> &r)
{
    return r && !r->responses.empty() && !r->responses[0].partitions.empty()
               ? r->responses[0].partitions[0].errorCode
               : ErrorCode::UnknownServerError;
}

std::optional<ErrorCode> topicError(const protocol::MetadataResponse &r, const std::string &name)
{
    for (const auto &t : r.topics)
        if (t.name == name)
            return t.errorCode;
    return std::nullopt;
}

} // namespace

class TestWireAcls : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SecureWireCluster m_wire;

    security::SecurityStore &store() { return m_wire.cluster->security(); }

    std::unique_ptr<WireClient> as(const std::string &user)
    {
        auto client = std::make_unique<WireClient>(m_wire.port(0));
        if (!plainLogin(*client, user, user + "-secret"))
            return nullptr;
        return client;
    }

    void allow(const std::vector<security::AclBinding> &acls)
    {
        for (const Status &s : store().createAcls(acls))
            QVERIFY2(s.isOk(), s.toString().c_str());
    }

    bool deniedWith(const std::string &api, AclOperation operation, const std::string &topic,
                    const std::optional<security::AclBinding> &deciding)
    {
        for (const auto &d : store().recentDenials())
            if (d.api == api && d.who.principal == "User:alice" && d.action.operation == operation &&
                d.action.resourceName == topic && d.decidingAcl == deciding && d.who.host == "127.0.0.1")
                return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        m_wire = startSecureWireCluster(m_dir, {security::SecurityProtocol::SaslPlaintext});
        for (const std::string user : {"alice", "bob", "admin"}) {
            auto credential =
                security::makeScramCredential(security::ScramMechanism::Sha256, user + "-secret", 4096);
            QVERIFY(credential);
            QVERIFY(store().upsertCredential(user, *credential).isOk());
        }
        QVERIFY(store().setOptions({{"User:admin"}, false}).isOk());
        for (const std::string topic : {"payments", "orders-eu", "order", "hidden", "secret"})
            QVERIFY(m_wire.cluster->createTopic({topic, 1, 1, {}, false, false}).ok());
        allow(
            {acl(ResourceType::Topic, "payments", PatternType::Literal, "User:alice", AclOperation::Write),
             acl(ResourceType::Topic, "orders-", PatternType::Prefixed, "User:alice", AclOperation::Describe),
             acl(ResourceType::Topic, "secret", PatternType::Literal, "User:alice", AclOperation::Read),
             acl(ResourceType::Topic, "secret", PatternType::Literal, "User:alice", AclOperation::Read,
                 AclPermission::Deny)});
    }
    void cleanupTestCase() { m_wire.cluster.reset(); }

    void writeWithoutReadProducesButCannotFetch()
    {
        auto alice = as("alice");
        QVERIFY(alice);
        QCOMPARE(partitionError(alice->call(produce("payments"), 8)), ErrorCode::None);
        QCOMPARE(partitionError(alice->call(fetch("payments"), 11)), ErrorCode::TopicAuthorizationFailed);
        // No ACL allowed the read: the denial has no deciding ACL.
        QVERIFY(deniedWith("Fetch", AclOperation::Read, "payments", std::nullopt));
        // Nothing allows writing elsewhere.
        QCOMPARE(partitionError(alice->call(produce("hidden"), 8)), ErrorCode::TopicAuthorizationFailed);
    }

    void prefixedAllowCoversOnlyItsPrefix()
    {
        auto alice = as("alice");
        QVERIFY(alice);
        auto md = alice->call(metadataOf({"orders-eu", "order"}), 9);
        QVERIFY(md);
        QCOMPARE(topicError(*md, "orders-eu"), std::optional(ErrorCode::None));
        QCOMPARE(topicError(*md, "order"), std::optional(ErrorCode::TopicAuthorizationFailed));
    }

    void denyBeatsAllow()
    {
        auto alice = as("alice");
        QVERIFY(alice);
        QCOMPARE(partitionError(alice->call(fetch("secret"), 11)), ErrorCode::TopicAuthorizationFailed);
        // The denial names the deny that decided it.
        QVERIFY(deniedWith("Fetch", AclOperation::Read, "secret",
                           acl(ResourceType::Topic, "secret", PatternType::Literal, "User:alice",
                               AclOperation::Read, AclPermission::Deny)));
        // Recorded among the recent authorizations too, for the Security view's preview.
        const auto recent = store().recentAuthorizations().list();
        QVERIFY(std::any_of(recent.begin(), recent.end(), [](const auto &r) {
            return r.api == "Fetch" && r.action.resourceName == "secret" && !r.allowed;
        }));
    }

    void metadataHidesWhatCannotBeDescribed()
    {
        auto alice = as("alice");
        QVERIFY(alice);
        auto all = alice->call(metadataOf({}), 9);
        QVERIFY(all);
        // Write and Read imply Describe; orders-eu by the prefix; nothing for hidden or order.
        QVERIFY(topicError(*all, "payments"));
        QVERIFY(topicError(*all, "orders-eu"));
        QVERIFY(topicError(*all, "secret"));
        QVERIFY(!topicError(*all, "hidden"));
        QVERIFY(!topicError(*all, "order"));
        // Leaving a topic out is no refusal; naming it is.
        QVERIFY(!deniedWith("Metadata", AclOperation::Describe, "hidden", std::nullopt));
        auto named = alice->call(metadataOf({"hidden"}), 9);
        QVERIFY(named);
        QCOMPARE(topicError(*named, "hidden"), std::optional(ErrorCode::TopicAuthorizationFailed));
        QVERIFY(deniedWith("Metadata", AclOperation::Describe, "hidden", std::nullopt));
        // A topic alice may describe but not create is not created for her.
        auto create = alice->call(metadataOf({"orders-new"}, true), 9);
        QVERIFY(create);
        QCOMPARE(topicError(*create, "orders-new"), std::optional(ErrorCode::TopicAuthorizationFailed));
        // The super user sees everything.
        auto admin = as("admin");
        QVERIFY(admin);
        auto everything = admin->call(metadataOf({}), 9);
        QVERIFY(everything);
        QVERIFY(topicError(*everything, "hidden"));
    }

    void authorizedOperationsAnswerWhatThePrincipalMayDo()
    {
        const auto bit = [](AclOperation op) { return std::int32_t{1} << static_cast<int>(op); };
        auto alice = as("alice");
        QVERIFY(alice);
        auto request = metadataOf({"payments", "orders-eu"});
        request.includeTopicAuthorizedOperations = true;
        request.includeClusterAuthorizedOperations = true;
        auto md = alice->call(request, 9);
        QVERIFY(md);
        const auto operationsOf = [&](const std::string &name) {
            for (const auto &t : md->topics)
                if (t.name == name)
                    return t.topicAuthorizedOperations;
            return std::int32_t{-1};
        };
        // Write on payments implies Describe there; the prefix allows only Describe.
        QCOMPARE(operationsOf("payments"), bit(AclOperation::Write) | bit(AclOperation::Describe));
        QCOMPARE(operationsOf("orders-eu"), bit(AclOperation::Describe));
        QCOMPARE(md->clusterAuthorizedOperations, 0);
        // Not asked: Kafka's "not requested" value.
        auto plain = alice->call(metadataOf({"payments"}), 9);
        QVERIFY(plain);
        QCOMPARE(plain->topics.at(0).topicAuthorizedOperations, protocol::kNoAuthorizedOperations);
        // The super user may do everything the cluster resource supports.
        auto admin = as("admin");
        QVERIFY(admin);
        protocol::DescribeClusterRequest describe;
        describe.includeClusterAuthorizedOperations = true;
        auto cluster = admin->call(describe, 0);
        QVERIFY(cluster);
        const std::int32_t clusterOperations =
            bit(AclOperation::Create) | bit(AclOperation::ClusterAction) | bit(AclOperation::DescribeConfigs) |
            bit(AclOperation::AlterConfigs) | bit(AclOperation::IdempotentWrite) | bit(AclOperation::Alter) |
            bit(AclOperation::Describe);
        QCOMPARE(cluster->clusterAuthorizedOperations, clusterOperations);
        // Asking is not doing: no denial recorded for alice's question about the cluster.
        QVERIFY(!deniedWith("Metadata", AclOperation::Create, "kafka-cluster", std::nullopt));
    }

    void consumerWithoutGroupReadIsRefused()
    {
        auto bob = as("bob");
        QVERIFY(bob);
        protocol::FindCoordinatorRequest find;
        find.key = "billing";
        auto coordinator = bob->call(find, 3);
        QVERIFY(coordinator);
        QCOMPARE(coordinator->errorCode, ErrorCode::GroupAuthorizationFailed);
        protocol::JoinGroupRequest join;
        join.groupId = "billing";
        join.sessionTimeoutMs = 10000;
        join.rebalanceTimeoutMs = 10000;
        join.protocolType = "consumer";
        join.protocols.push_back({"range", {}});
        auto joined = bob->call(join, 5);
        QVERIFY(joined);
        QCOMPARE(joined->errorCode, ErrorCode::GroupAuthorizationFailed);
    }

    void idempotentProducerNeedsWriteSomewhere()
    {
        // Kafka 3.x: IdempotentWrite on the cluster, or Write on some topic.
        auto alice = as("alice");
        QVERIFY(alice);
        auto allowed = alice->call(protocol::InitProducerIdRequest{}, 4);
        QVERIFY(allowed);
        QCOMPARE(allowed->errorCode, ErrorCode::None);
        QVERIFY(allowed->producerId >= 0);
        auto bob = as("bob");
        QVERIFY(bob);
        auto refused = bob->call(protocol::InitProducerIdRequest{}, 4);
        QVERIFY(refused);
        QCOMPARE(refused->errorCode, ErrorCode::ClusterAuthorizationFailed);
    }

    void describeConfigsNeedsDescribeConfigs()
    {
        auto alice = as("alice");
        QVERIFY(alice);
        protocol::DescribeConfigsRequest req;
        req.resources.push_back({2, "payments", std::nullopt}); // Write does not imply DescribeConfigs
        req.resources.push_back({4, "1", std::nullopt});
        auto r = alice->call(req, 4);
        QVERIFY(r);
        QCOMPARE(r->results.size(), std::size_t{2});
        QCOMPARE(r->results[0].errorCode, ErrorCode::TopicAuthorizationFailed);
        QVERIFY(r->results[0].configs.empty());
        QCOMPARE(r->results[1].errorCode, ErrorCode::ClusterAuthorizationFailed);
    }

    void createTopicsNeedsCreate()
    {
        allow(
            {acl(ResourceType::Topic, "alice-", PatternType::Prefixed, "User:alice", AclOperation::Create)});
        auto alice = as("alice");
        QVERIFY(alice);
        protocol::CreateTopicsRequest req;
        req.timeoutMs = 10000;
        req.topics.push_back({"alice-made", 1, 1, {}, {}});
        req.topics.push_back({"bobs-topic", 1, 1, {}, {}});
        auto r = alice->call(req, 7);
        QVERIFY(r);
        QCOMPARE(r->topics.size(), std::size_t{2});
        QCOMPARE(r->topics[0].errorCode, ErrorCode::None);
        // Created, but its configs are not told without DescribeConfigs on it.
        QCOMPARE(r->topics[0].topicConfigErrorCode, ErrorCode::TopicAuthorizationFailed);
        QVERIFY(!r->topics[0].configs || r->topics[0].configs->empty());
        QCOMPARE(r->topics[1].errorCode, ErrorCode::TopicAuthorizationFailed);
        QVERIFY(m_wire.cluster->metadata()->topic("alice-made"));
        QVERIFY(!m_wire.cluster->metadata()->topic("bobs-topic"));
    }

    void createAclsNeedsAlterOnTheCluster()
    {
        auto alice = as("alice");
        QVERIFY(alice);
        protocol::CreateAclsRequest create;
        create.creations.push_back({2, "payments", 3, "User:alice", "*", 3, 3});
        auto refused = alice->call(create, 3);
        QVERIFY(refused);
        QCOMPARE(refused->results.size(), std::size_t{1});
        QCOMPARE(refused->results[0].errorCode, ErrorCode::ClusterAuthorizationFailed);
        protocol::DescribeAclsRequest describe;
        describe.resourceTypeFilter = 1;
        describe.patternTypeFilter = 1;
        describe.operation = 1;
        describe.permissionType = 1;
        auto described = alice->call(describe, 3);
        QVERIFY(described);
        QCOMPARE(described->errorCode, ErrorCode::ClusterAuthorizationFailed);
        QVERIFY(described->resources.empty());
        // The ACLs are unchanged.
        const auto acls = store().state().acls;
        QVERIFY(!std::any_of(acls.begin(), acls.end(), [](const auto &a) {
            return a.pattern.name == "payments" && a.entry.operation == AclOperation::Read;
        }));
    }

    void adminRoundTripsAcls()
    {
        auto admin = as("admin");
        QVERIFY(admin);
        protocol::CreateAclsRequest create;
        create.creations.push_back({2, "audit", 3, "User:bob", "*", 3, 3});   // Read, Allow, literal
        create.creations.push_back({2, "audit-", 4, "User:bob", "*", 8, 3});  // Describe, prefixed
        create.creations.push_back({3, "billing", 3, "User:bob", "*", 3, 3}); // group Read
        create.creations.push_back({2, "audit", 3, "bob", "*", 3, 3});        // no principal type
        auto created = admin->call(create, 3);
        QVERIFY(created);
        QCOMPARE(created->results.size(), std::size_t{4});
        for (int i = 0; i < 3; ++i)
            QCOMPARE(created->results[static_cast<std::size_t>(i)].errorCode, ErrorCode::None);
        QCOMPARE(created->results[3].errorCode, ErrorCode::InvalidRequest);
        QVERIFY(created->results[3].errorMessage && !created->results[3].errorMessage->empty());

        // MATCH on "audit-2024": the literal "audit" does not match, the prefix does.
        protocol::DescribeAclsRequest match;
        match.resourceTypeFilter = 2;
        match.resourceNameFilter = "audit-2024";
        match.patternTypeFilter = 2;
        match.operation = 1;
        match.permissionType = 1;
        auto matched = admin->call(match, 3);
        QVERIFY(matched);
        QCOMPARE(matched->errorCode, ErrorCode::None);
        QCOMPARE(matched->resources.size(), std::size_t{1});
        QCOMPARE(matched->resources[0].resourceName, std::string("audit-"));
        QCOMPARE(matched->resources[0].patternType, std::int8_t{4});
        QCOMPARE(matched->resources[0].acls.size(), std::size_t{1});
        QCOMPARE(matched->resources[0].acls[0].principal, std::string("User:bob"));

        // The new group ACL lets bob join.
        auto bob = as("bob");
        QVERIFY(bob);
        protocol::FindCoordinatorRequest find;
        find.key = "billing";
        auto coordinator = bob->call(find, 3);
        QVERIFY(coordinator);
        QVERIFY(coordinator->errorCode != ErrorCode::GroupAuthorizationFailed);

        // Delete bob's topic ACLs by principal; the group ACL stays.
        protocol::DeleteAclsRequest remove;
        remove.filters.push_back({2, std::nullopt, 1, "User:bob", std::nullopt, 1, 1});
        auto removed = admin->call(remove, 3);
        QVERIFY(removed);
        QCOMPARE(removed->filterResults.size(), std::size_t{1});
        QCOMPARE(removed->filterResults[0].errorCode, ErrorCode::None);
        QCOMPARE(removed->filterResults[0].matchingAcls.size(), std::size_t{2});
        protocol::DescribeAclsRequest bobs;
        bobs.resourceTypeFilter = 1;
        bobs.patternTypeFilter = 1;
        bobs.principalFilter = "User:bob";
        bobs.operation = 1;
        bobs.permissionType = 1;
        auto left = admin->call(bobs, 3);
        QVERIFY(left);
        QCOMPARE(left->resources.size(), std::size_t{1});
        QCOMPARE(left->resources[0].resourceName, std::string("billing"));
    }
};

QTEST_GUILESS_MAIN(TestWireAcls)
#include "test_wire_acls.moc"
