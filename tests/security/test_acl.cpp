// Kafka's ACL model: names as Kafka's tools write them, what CreateAcls refuses and how
// DescribeAcls/DeleteAcls filters match.

#include "security/acl.h"

#include <QTest>

using namespace es::security;

namespace {

AclBinding binding(ResourceType type, std::string name, PatternType patternType,
                   std::string principal = "User:alice", AclOperation operation = AclOperation::Read,
                   AclPermission permission = AclPermission::Allow, std::string host = "*")
{
    return AclBinding{ResourcePattern{type, std::move(name), patternType},
                      AccessControlEntry{std::move(principal), std::move(host), operation, permission}};
}

AclBinding topic(std::string name, PatternType patternType = PatternType::Literal)
{
    return binding(ResourceType::Topic, std::move(name), patternType);
}

AclBindingFilter nameFilter(std::optional<std::string> name, PatternType patternType)
{
    AclBindingFilter filter;
    filter.resourceType = ResourceType::Topic;
    filter.resourceName = std::move(name);
    filter.patternType = patternType;
    return filter;
}

QString refusal(const AclBinding &acl) { return QString::fromStdString(validateAclBinding(acl).message()); }

} // namespace

class TestAcl : public QObject {
    Q_OBJECT

private slots:
    void namesRoundTrip()
    {
        for (int code = 0; code <= 7; ++code) {
            const auto type = static_cast<ResourceType>(code);
            QCOMPARE(parseResourceType(resourceTypeName(type)), type);
        }
        for (int code = 0; code <= 4; ++code) {
            const auto type = static_cast<PatternType>(code);
            QCOMPARE(parsePatternType(patternTypeName(type)), type);
        }
        for (int code = 0; code <= 14; ++code) {
            const auto operation = static_cast<AclOperation>(code);
            QCOMPARE(parseAclOperation(aclOperationName(operation)), operation);
        }
        for (int code = 0; code <= 3; ++code) {
            const auto permission = static_cast<AclPermission>(code);
            QCOMPARE(parseAclPermission(aclPermissionName(permission)), permission);
        }
    }

    void namesAreKafkas()
    {
        QCOMPARE(resourceTypeName(ResourceType::TransactionalId), "TransactionalId");
        QCOMPARE(patternTypeName(PatternType::Prefixed), "Prefixed");
        QCOMPARE(aclOperationName(AclOperation::IdempotentWrite), "IdempotentWrite");
        QCOMPARE(aclOperationName(AclOperation::DescribeConfigs), "DescribeConfigs");
        QCOMPARE(aclPermissionName(AclPermission::Allow), "Allow");
    }

    void parsingAcceptsKafkasUpperCaseFormsAndIgnoresCase()
    {
        QCOMPARE(parsePatternType("PREFIXED"), PatternType::Prefixed);
        QCOMPARE(parsePatternType("literal"), PatternType::Literal);
        QCOMPARE(parseAclOperation("IDEMPOTENT_WRITE"), AclOperation::IdempotentWrite);
        QCOMPARE(parseAclOperation("describe_configs"), AclOperation::DescribeConfigs);
        QCOMPARE(parseAclOperation("CLUSTER_ACTION"), AclOperation::ClusterAction);
        QCOMPARE(parseAclOperation("alterconfigs"), AclOperation::AlterConfigs);
        QCOMPARE(parseResourceType("TRANSACTIONAL_ID"), ResourceType::TransactionalId);
        QCOMPARE(parseResourceType("DELEGATION_TOKEN"), ResourceType::DelegationToken);
        QCOMPARE(parseResourceType("topic"), ResourceType::Topic);
        QCOMPARE(parseAclPermission("DENY"), AclPermission::Deny);
    }

    void parsingRefusesWhatIsNoName()
    {
        QCOMPARE(parseAclOperation("Reed"), std::nullopt);
        QCOMPARE(parseAclOperation(""), std::nullopt);
        QCOMPARE(parseAclOperation("IDEMPOTENT__WRITE"), std::nullopt);
        QCOMPARE(parseResourceType("Topics"), std::nullopt);
        QCOMPARE(parsePatternType("Prefix"), std::nullopt);
        QCOMPARE(parseAclPermission("Permit"), std::nullopt);
    }

    void validBindingsAreAccepted()
    {
        QVERIFY(validateAclBinding(topic("orders")).isOk());
        QVERIFY(validateAclBinding(topic("orders-", PatternType::Prefixed)).isOk());
        QVERIFY(validateAclBinding(topic("*")).isOk());
        QVERIFY(validateAclBinding(binding(ResourceType::Cluster, "kafka-cluster", PatternType::Literal,
                                           "User:CN=app,O=Example", AclOperation::ClusterAction))
                    .isOk());
        // Like Kafka's broker (unlike kafka-acls.sh), an operation that never applies to the
        // resource type is stored.
        QVERIFY(validateAclBinding(binding(ResourceType::Group, "g", PatternType::Literal, "User:*",
                                           AclOperation::Write, AclPermission::Deny))
                    .isOk());
    }

    void refusalsCarryKafkasMessages()
    {
        QCOMPARE(refusal(binding(ResourceType::Cluster, "my-cluster", PatternType::Literal)),
                 "The only valid name for the CLUSTER resource is kafka-cluster");
        QCOMPARE(refusal(topic("")), "Invalid empty resource name");
        QCOMPARE(refusal(binding(ResourceType::Any, "t", PatternType::Literal)), "Invalid resourceType ANY");
        QCOMPARE(refusal(binding(ResourceType::Unknown, "t", PatternType::Literal)),
                 "Invalid resourceType UNKNOWN");
        QCOMPARE(refusal(topic("t", PatternType::Match)), "Invalid patternType MATCH");
        QCOMPARE(refusal(topic("t", PatternType::Any)), "Invalid patternType ANY");
        QCOMPARE(
            refusal(binding(ResourceType::Topic, "t", PatternType::Literal, "User:a", AclOperation::Any)),
            "Invalid operation ANY");
        QCOMPARE(
            refusal(binding(ResourceType::Topic, "t", PatternType::Literal, "User:a", AclOperation::Unknown)),
            "Invalid operation UNKNOWN");
        QCOMPARE(refusal(binding(ResourceType::Topic, "t", PatternType::Literal, "User:a", AclOperation::Read,
                                 AclPermission::Any)),
                 "Invalid permissionType ANY");
        QCOMPARE(refusal(binding(ResourceType::Topic, "t", PatternType::Literal, "alice")),
                 "Could not parse principal from `alice` (no colon is present separating the principal type "
                 "from the principal name)");
        QVERIFY(refusal(binding(ResourceType::Topic, "t", PatternType::Literal, "User:"))
                    .startsWith("Could not parse"));
        QVERIFY(refusal(binding(ResourceType::Topic, "t", PatternType::Literal, ":alice"))
                    .startsWith("Could not parse"));
        QCOMPARE(validateAclBinding(topic("")).code(), es::StatusCode::InvalidArgument);
    }

    void emptyFilterMatchesEverything()
    {
        const AclBindingFilter all;
        QVERIFY(all.matches(topic("orders")));
        QVERIFY(all.matches(binding(ResourceType::Group, "g", PatternType::Prefixed, "User:bob",
                                    AclOperation::All, AclPermission::Deny, "10.0.0.1")));
    }

    void resourceTypeFilter()
    {
        AclBindingFilter groups;
        groups.resourceType = ResourceType::Group;
        QVERIFY(groups.matches(binding(ResourceType::Group, "g", PatternType::Literal)));
        QVERIFY(!groups.matches(topic("g")));
    }

    void literalAndPrefixedFiltersMatchExactlyThatPattern()
    {
        const auto literal = nameFilter("orders", PatternType::Literal);
        QVERIFY(literal.matches(topic("orders")));
        QVERIFY(!literal.matches(topic("orders", PatternType::Prefixed)));
        QVERIFY(!literal.matches(topic("*")));
        QVERIFY(!literal.matches(topic("order", PatternType::Prefixed)));

        const auto prefixed = nameFilter("orders-", PatternType::Prefixed);
        QVERIFY(prefixed.matches(topic("orders-", PatternType::Prefixed)));
        QVERIFY(!prefixed.matches(topic("orders-")));
        QVERIFY(!prefixed.matches(topic("orders", PatternType::Prefixed)));

        // A literal "*" filter finds the wildcard ACL only.
        const auto wildcard = nameFilter("*", PatternType::Literal);
        QVERIFY(wildcard.matches(topic("*")));
        QVERIFY(!wildcard.matches(topic("orders")));
    }

    void anyPatternTypeWithNameMatchesThatNameInEitherType()
    {
        const auto any = nameFilter("orders", PatternType::Any);
        QVERIFY(any.matches(topic("orders")));
        QVERIFY(any.matches(topic("orders", PatternType::Prefixed)));
        QVERIFY(!any.matches(topic("*")));
        QVERIFY(!any.matches(topic("ord", PatternType::Prefixed)));
    }

    void matchFindsEveryPatternThatAppliesToTheName()
    {
        const auto match = nameFilter("orders-eu", PatternType::Match);
        QVERIFY(match.matches(topic("orders-eu")));
        QVERIFY(match.matches(topic("*")));
        QVERIFY(match.matches(topic("orders-", PatternType::Prefixed)));
        QVERIFY(match.matches(topic("orders-eu", PatternType::Prefixed)));
        QVERIFY(!match.matches(topic("orders")));
        QVERIFY(!match.matches(topic("orders-eu-west", PatternType::Prefixed)));
        QVERIFY(!match.matches(topic("*", PatternType::Prefixed)));
        QVERIFY(!match.matches(binding(ResourceType::Group, "orders-eu", PatternType::Literal)));

        const auto matchAll = nameFilter(std::nullopt, PatternType::Match);
        QVERIFY(matchAll.matches(topic("anything")));
        QVERIFY(matchAll.matches(topic("x", PatternType::Prefixed)));
    }

    void entryFieldsMatchExactlyOrAll()
    {
        const auto acl = binding(ResourceType::Topic, "t", PatternType::Literal, "User:alice",
                                 AclOperation::Write, AclPermission::Deny, "10.0.0.1");
        AclBindingFilter filter;
        filter.principal = "User:alice";
        filter.host = "10.0.0.1";
        filter.operation = AclOperation::Write;
        filter.permission = AclPermission::Deny;
        QVERIFY(filter.matches(acl));

        // No wildcard semantics in a filter: "User:*" finds the ACLs of User:* only.
        auto other = filter;
        other.principal = "User:*";
        QVERIFY(!other.matches(acl));
        other = filter;
        other.host = "*";
        QVERIFY(!other.matches(acl));
        other = filter;
        other.operation = AclOperation::All;
        QVERIFY(!other.matches(acl));
        other = filter;
        other.permission = AclPermission::Allow;
        QVERIFY(!other.matches(acl));
    }

    void filtersWithUnknownValuesAreRefused()
    {
        QVERIFY(validateAclFilter(AclBindingFilter{}).isOk());
        AclBindingFilter filter;
        filter.resourceType = ResourceType::Unknown;
        QCOMPARE(validateAclFilter(filter).message(), "Unknown patternFilter.");
        filter = {};
        filter.patternType = PatternType::Unknown;
        QCOMPARE(validateAclFilter(filter).message(), "Unknown patternFilter.");
        filter = {};
        filter.operation = AclOperation::Unknown;
        QCOMPARE(validateAclFilter(filter).message(), "Unknown entryFilter.");
        filter = {};
        filter.permission = AclPermission::Unknown;
        QCOMPARE(validateAclFilter(filter).message(), "Unknown entryFilter.");
    }

    void describeReadsLikeKafkaAcls()
    {
        QCOMPARE(
            describeAcl(topic("orders")),
            "User:alice has Allow permission for operations: Read from hosts: * on Topic:LITERAL:orders");
        QCOMPARE(describeAcl(binding(ResourceType::TransactionalId, "tx-", PatternType::Prefixed, "User:bob",
                                     AclOperation::IdempotentWrite, AclPermission::Deny, "10.1.2.3")),
                 "User:bob has Deny permission for operations: IdempotentWrite from hosts: 10.1.2.3 on "
                 "TransactionalId:PREFIXED:tx-");
    }
};

QTEST_GUILESS_MAIN(TestAcl)
#include "test_acl.moc"
