// AclIndex::authorize() against Kafka's StandardAuthorizer rules: which ACLs apply to a
// resource, deny over allow, implied operations, super users and the no-ACL default.

#include "security/authorizer.h"

#include <QTest>

using namespace es::security;
using Reason = AuthorizationDecision::Reason;

namespace {

struct Acl {
    std::string name;
    PatternType patternType = PatternType::Literal;
    std::string principal = "User:alice";
    AclOperation operation = AclOperation::Read;
    AclPermission permission = AclPermission::Allow;
    std::string host = "*";
    ResourceType type = ResourceType::Topic;

    operator AclBinding() const // NOLINT: implicit, for lists of ACLs in a line each
    {
        return AclBinding{ResourcePattern{type, name, patternType},
                          AccessControlEntry{principal, host, operation, permission}};
    }
};

AclIndex makeIndex(std::vector<AclBinding> acls, bool allowEveryoneIfNoAclFound = false,
                   std::set<std::string> superUsers = {})
{
    return AclIndex(std::move(acls), AclIndex::Options{std::move(superUsers), allowEveryoneIfNoAclFound});
}

const RequestPrincipal kAlice{"User:alice", "10.0.0.1", "CLIENT"};
const RequestPrincipal kBob{"User:bob", "10.0.0.2", "CLIENT"};

AuthorizationDecision ask(const AclIndex &acls, const RequestPrincipal &who, AclOperation operation,
                          std::string topic, ResourceType type = ResourceType::Topic)
{
    return acls.authorize(who, AuthorizationAction{operation, type, std::move(topic)});
}

bool allowed(const AclIndex &acls, const RequestPrincipal &who, AclOperation operation, std::string topic)
{
    return ask(acls, who, operation, std::move(topic)).allowed;
}

} // namespace

class TestAuthorizer : public QObject {
    Q_OBJECT

private slots:
    void literalAclAppliesToItsNameOnly()
    {
        const auto acls = makeIndex({Acl{"orders"}});
        const auto decision = ask(acls, kAlice, AclOperation::Read, "orders");
        QVERIFY(decision.allowed);
        QCOMPARE(decision.reason, Reason::AllowedByAcl);
        QCOMPARE(decision.decidingAcl, std::optional<AclBinding>(Acl{"orders"}));
        QVERIFY(!allowed(acls, kAlice, AclOperation::Read, "orders-eu"));
        QVERIFY(!allowed(acls, kAlice, AclOperation::Read, "order"));
        QVERIFY(!allowed(acls, kAlice, AclOperation::Write, "orders"));
        QVERIFY(!allowed(acls, kBob, AclOperation::Read, "orders"));
        // The same name under another resource type is another resource.
        QVERIFY(!ask(acls, kAlice, AclOperation::Read, "orders", ResourceType::Group).allowed);
    }

    void wildcardResourceAppliesToEveryName()
    {
        const auto acls = makeIndex({Acl{"*"}});
        QVERIFY(allowed(acls, kAlice, AclOperation::Read, "orders"));
        QVERIFY(allowed(acls, kAlice, AclOperation::Read, "anything-at-all"));
        QVERIFY(!ask(acls, kAlice, AclOperation::Read, "g", ResourceType::Group).allowed);
    }

    void prefixedAclAllowsExactlyItsPrefix()
    {
        const auto acls = makeIndex({Acl{"orders-", PatternType::Prefixed}});
        QVERIFY(allowed(acls, kAlice, AclOperation::Read, "orders-eu"));
        QVERIFY(allowed(acls, kAlice, AclOperation::Read, "orders-"));
        QVERIFY(!allowed(acls, kAlice, AclOperation::Read, "order"));
        QVERIFY(!allowed(acls, kAlice, AclOperation::Read, "orders"));
        QVERIFY(!allowed(acls, kAlice, AclOperation::Read, "xorders-eu"));
    }

    void prefixedStarIsNotTheWildcard()
    {
        const auto acls = makeIndex({Acl{"*", PatternType::Prefixed}});
        QVERIFY(!allowed(acls, kAlice, AclOperation::Read, "orders"));
        QVERIFY(allowed(acls, kAlice, AclOperation::Read, "*orders"));
    }

    void severalPrefixLengthsAreAllFound()
    {
        const auto acls = makeIndex({
            Acl{"a", PatternType::Prefixed, "User:alice", AclOperation::Write},
            Acl{"ab", PatternType::Prefixed, "User:alice", AclOperation::Create},
            Acl{"abcd", PatternType::Prefixed, "User:alice", AclOperation::Delete},
            Acl{"abce", PatternType::Prefixed, "User:alice", AclOperation::Read},
        });
        QVERIFY(allowed(acls, kAlice, AclOperation::Write, "abcdef"));
        QVERIFY(allowed(acls, kAlice, AclOperation::Create, "abcdef"));
        QVERIFY(allowed(acls, kAlice, AclOperation::Delete, "abcdef"));
        QVERIFY(!allowed(acls, kAlice, AclOperation::Read, "abcdef"));
        QVERIFY(!allowed(acls, kAlice, AclOperation::Delete, "abc"));
    }

    void denyBeatsAllow()
    {
        const Acl deny{"orders", PatternType::Literal, "User:alice", AclOperation::Read, AclPermission::Deny};
        const auto acls = makeIndex({Acl{"orders"}, deny, Acl{"*"}});
        const auto decision = ask(acls, kAlice, AclOperation::Read, "orders");
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.reason, Reason::DeniedByAcl);
        QCOMPARE(decision.decidingAcl, std::optional<AclBinding>(deny));
    }

    void prefixedDenyBeatsLiteralAllow()
    {
        const Acl deny{"orders-", PatternType::Prefixed, "User:alice", AclOperation::Write,
                       AclPermission::Deny};
        const auto acls =
            makeIndex({Acl{"orders-eu", PatternType::Literal, "User:alice", AclOperation::Write}, deny});
        const auto decision = ask(acls, kAlice, AclOperation::Write, "orders-eu");
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.decidingAcl, std::optional<AclBinding>(deny));
        // The deny is Alice's and Write's only.
        QVERIFY(!allowed(acls, kBob, AclOperation::Write, "orders-eu"));
        QCOMPARE(ask(acls, kBob, AclOperation::Write, "orders-eu").reason, Reason::NoMatchingAllow);
    }

    void wildcardDenyBeatsLiteralAllow()
    {
        const Acl deny{"*", PatternType::Literal, "User:*", AclOperation::All, AclPermission::Deny};
        const auto acls = makeIndex({Acl{"orders"}, deny});
        QCOMPARE(ask(acls, kAlice, AclOperation::Read, "orders").decidingAcl,
                 std::optional<AclBinding>(deny));
    }

    void wildcardPrincipalAppliesToEveryone()
    {
        const auto acls = makeIndex({Acl{"orders", PatternType::Literal, "User:*"}});
        QVERIFY(allowed(acls, kAlice, AclOperation::Read, "orders"));
        QVERIFY(allowed(acls, kBob, AclOperation::Read, "orders"));
        QVERIFY(allowed(acls, RequestPrincipal{"User:ANONYMOUS", "127.0.0.1", "PLAINTEXT"},
                        AclOperation::Read, "orders"));
    }

    void hostMustMatchUnlessWildcard()
    {
        const auto acls = makeIndex({Acl{"orders", PatternType::Literal, "User:alice", AclOperation::Read,
                                         AclPermission::Allow, "10.0.0.1"}});
        QVERIFY(allowed(acls, kAlice, AclOperation::Read, "orders"));
        QVERIFY(!allowed(acls, RequestPrincipal{"User:alice", "10.0.0.9", "CLIENT"}, AclOperation::Read,
                         "orders"));
    }

    void readWriteDeleteAlterImplyDescribe()
    {
        for (const auto operation : {AclOperation::Read, AclOperation::Write, AclOperation::Delete,
                                     AclOperation::Alter, AclOperation::Describe}) {
            const auto acls = makeIndex({Acl{"orders", PatternType::Literal, "User:alice", operation}});
            QVERIFY(allowed(acls, kAlice, AclOperation::Describe, "orders"));
        }
        for (const auto operation :
             {AclOperation::Create, AclOperation::AlterConfigs, AclOperation::IdempotentWrite}) {
            const auto acls = makeIndex({Acl{"orders", PatternType::Literal, "User:alice", operation}});
            QVERIFY(!allowed(acls, kAlice, AclOperation::Describe, "orders"));
        }
        // Describe implies nothing back.
        const auto describeOnly =
            makeIndex({Acl{"orders", PatternType::Literal, "User:alice", AclOperation::Describe}});
        QVERIFY(!allowed(describeOnly, kAlice, AclOperation::Read, "orders"));
    }

    void alterConfigsImpliesDescribeConfigs()
    {
        const auto acls =
            makeIndex({Acl{"orders", PatternType::Literal, "User:alice", AclOperation::AlterConfigs}});
        QVERIFY(allowed(acls, kAlice, AclOperation::DescribeConfigs, "orders"));
        QVERIFY(!allowed(acls, kAlice, AclOperation::Describe, "orders"));
        const auto write =
            makeIndex({Acl{"orders", PatternType::Literal, "User:alice", AclOperation::Write}});
        QVERIFY(!allowed(write, kAlice, AclOperation::DescribeConfigs, "orders"));
    }

    void impliedOperationsDoNotApplyToDenies()
    {
        const auto acls = makeIndex({
            Acl{"orders", PatternType::Literal, "User:alice", AclOperation::All},
            Acl{"orders", PatternType::Literal, "User:alice", AclOperation::Read, AclPermission::Deny},
            Acl{"orders", PatternType::Literal, "User:alice", AclOperation::AlterConfigs,
                AclPermission::Deny},
        });
        QVERIFY(!allowed(acls, kAlice, AclOperation::Read, "orders"));
        QVERIFY(allowed(acls, kAlice, AclOperation::Describe, "orders"));
        QVERIFY(!allowed(acls, kAlice, AclOperation::AlterConfigs, "orders"));
        QVERIFY(allowed(acls, kAlice, AclOperation::DescribeConfigs, "orders"));
    }

    void allAllowsAndDeniesEveryOperation()
    {
        const auto allowAll =
            makeIndex({Acl{"orders", PatternType::Literal, "User:alice", AclOperation::All}});
        for (const auto operation : {AclOperation::Read, AclOperation::Write, AclOperation::Describe,
                                     AclOperation::AlterConfigs, AclOperation::IdempotentWrite})
            QVERIFY(allowed(allowAll, kAlice, operation, "orders"));

        const auto denyAll = makeIndex({
            Acl{"orders", PatternType::Literal, "User:alice", AclOperation::Write},
            Acl{"orders", PatternType::Literal, "User:alice", AclOperation::All, AclPermission::Deny},
        });
        QVERIFY(!allowed(denyAll, kAlice, AclOperation::Write, "orders"));
        QVERIFY(!allowed(denyAll, kAlice, AclOperation::Describe, "orders"));
    }

    void superUserIsAllowedEverything()
    {
        const auto acls =
            makeIndex({Acl{"orders", PatternType::Literal, "User:*", AclOperation::All, AclPermission::Deny}},
                      false, {"User:admin"});
        const auto decision =
            ask(acls, RequestPrincipal{"User:admin", "10.0.0.1", "CLIENT"}, AclOperation::Write, "orders");
        QVERIFY(decision.allowed);
        QCOMPARE(decision.reason, Reason::SuperUser);
        QCOMPARE(decision.decidingAcl, std::nullopt);
        QVERIFY(!allowed(acls, kAlice, AclOperation::Write, "orders"));
    }

    void noAclOnTheResourceFollowsTheOption()
    {
        const std::vector<AclBinding> acls{Acl{"orders"}};
        const auto open = makeIndex(acls, true);
        const auto closed = makeIndex(acls, false);

        // No ACL on "payments": the option decides.
        const auto openDecision = ask(open, kBob, AclOperation::Write, "payments");
        QVERIFY(openDecision.allowed);
        QCOMPARE(openDecision.reason, Reason::NoAclAllowEveryone);
        QCOMPARE(openDecision.decidingAcl, std::nullopt);
        const auto closedDecision = ask(closed, kBob, AclOperation::Write, "payments");
        QVERIFY(!closedDecision.allowed);
        QCOMPARE(closedDecision.reason, Reason::NoMatchingAllow);

        // An ACL on "orders", even Alice's Read only, means Bob's Write there needs an allow.
        const auto bobOnOrders = ask(open, kBob, AclOperation::Write, "orders");
        QVERIFY(!bobOnOrders.allowed);
        QCOMPARE(bobOnOrders.reason, Reason::NoMatchingAllow);
        QCOMPARE(bobOnOrders.decidingAcl, std::nullopt);

        // A prefixed or wildcard ACL counts as an ACL on the resource too.
        const auto prefixed = makeIndex({Acl{"pay", PatternType::Prefixed}}, true);
        QVERIFY(!allowed(prefixed, kBob, AclOperation::Write, "payments"));
        QVERIFY(allowed(prefixed, kBob, AclOperation::Write, "orders"));
        const auto wildcard = makeIndex({Acl{"*"}}, true);
        QVERIFY(!allowed(wildcard, kBob, AclOperation::Write, "payments"));

        const auto empty = makeIndex({}, true);
        QVERIFY(allowed(empty, kBob, AclOperation::Write, "payments"));
        QVERIFY(!allowed(makeIndex({}, false), kBob, AclOperation::Write, "payments"));
    }

    void aCopyOutlivesItsOriginal()
    {
        std::optional<AclIndex> copy;
        {
            const auto original =
                makeIndex({Acl{"orders", PatternType::Literal, "User:alice-with-a-long-name"}});
            copy = original;
        }
        QVERIFY(copy->authorize(RequestPrincipal{"User:alice-with-a-long-name", "h", "l"},
                                AuthorizationAction{AclOperation::Read, ResourceType::Topic, "orders"})
                    .allowed);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizer)
#include "test_authorizer.moc"
