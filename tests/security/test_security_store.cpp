#include "security/security_store.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace es::security;
using es::Status;
using es::StatusCode;

namespace {

AclBinding readTopic(const std::string &principal, const std::string &topic)
{
    return AclBinding{
        .pattern = {.type = ResourceType::Topic, .name = topic, .patternType = PatternType::Literal},
        .entry = {.principal = principal,
                  .host = "*",
                  .operation = AclOperation::Read,
                  .permission = AclPermission::Allow}};
}

ScramCredential credentialOf(const std::string &password, ScramMechanism mechanism = ScramMechanism::Sha512)
{
    auto made = makeScramCredential(mechanism, password, kMinScramIterations);
    if (!made)
        qFatal("cannot make a credential: %s", made.status().toString().c_str());
    return *made;
}

// A Persist that records what it saw and fails while `failing` is set.
struct FakeDisk {
    std::vector<SecurityState> saved;
    bool failing = false;
    SecurityStore::Persist persist()
    {
        return [this](const SecurityState &state) {
            if (failing)
                return Status::ioError("disk full");
            saved.push_back(state);
            return Status::ok();
        };
    }
};

} // namespace

class TestSecurityStore : public QObject {
    Q_OBJECT

private slots:
    void startsFromTheInitialState()
    {
        SecurityState initial;
        initial.acls = {readTopic("User:alice", "orders")};
        initial.options.superUsers = {"User:admin"};
        initial.users["alice"][ScramMechanism::Sha512] = credentialOf("secret");
        const SecurityStore store(initial);
        QVERIFY(store.state() == initial);
        QCOMPARE(store.acls()->acls().size(), std::size_t(1));
        QVERIFY(store.acls()->options().superUsers.contains("User:admin"));
        QVERIFY(store.credential("alice", ScramMechanism::Sha512).has_value());
        QVERIFY(!store.credential("alice", ScramMechanism::Sha256).has_value());
        QVERIFY(!store.credential("bob", ScramMechanism::Sha512).has_value());
    }

    void createAclsValidatesEachAndAddsDuplicatesOnce()
    {
        FakeDisk disk;
        SecurityStore store({}, disk.persist());
        AclBinding bad = readTopic("alice", "orders"); // no "User:" type
        const auto results =
            store.createAcls({readTopic("User:alice", "orders"), bad, readTopic("User:alice", "orders")});
        QCOMPARE(results.size(), std::size_t(3));
        QVERIFY(results[0].isOk());
        QCOMPARE(results[1].code(), StatusCode::InvalidArgument);
        QVERIFY(results[2].isOk()); // Kafka answers success for an ACL that exists
        QCOMPARE(store.state().acls.size(), std::size_t(1));
        QCOMPARE(disk.saved.size(), std::size_t(1)); // one save per call
        QVERIFY(store.createAcls({readTopic("User:alice", "orders")})[0].isOk());
        QCOMPARE(store.state().acls.size(), std::size_t(1));
        QCOMPARE(disk.saved.size(), std::size_t(1)); // nothing changed, nothing saved
    }

    void theAuthorizerSeesNewAcls()
    {
        SecurityStore store;
        store.setOptions({.superUsers = {}, .allowEveryoneIfNoAclFound = false});
        const RequestPrincipal alice{.principal = "User:alice", .host = "10.0.0.1", .listener = "SASL_SSL"};
        const AuthorizationAction read{
            .operation = AclOperation::Read, .resourceType = ResourceType::Topic, .resourceName = "orders"};
        QVERIFY(!store.acls()->authorize(alice, read).allowed);
        store.createAcls({readTopic("User:alice", "orders")});
        QVERIFY(store.acls()->authorize(alice, read).allowed);
    }

    void aBindingSeveralFiltersRemoveIsReportedByTheFirst()
    {
        FakeDisk disk;
        SecurityStore store({}, disk.persist());
        store.createAcls({readTopic("User:alice", "orders"), readTopic("User:bob", "orders"),
                          readTopic("User:alice", "payments")});
        AclBindingFilter alices;
        alices.principal = "User:alice";
        AclBindingFilter orders;
        orders.resourceName = "orders";
        const auto removed = store.deleteAcls({alices, orders});
        QCOMPARE(removed.size(), std::size_t(2));
        QCOMPARE(removed[0].size(), std::size_t(2));
        QCOMPARE(removed[1].size(), std::size_t(1));
        QCOMPARE(removed[1][0].entry.principal, std::string("User:bob"));
        QVERIFY(store.state().acls.empty());
        QCOMPARE(disk.saved.size(), std::size_t(2)); // the create, then the delete
    }

    void describeFilters()
    {
        SecurityStore store;
        store.createAcls({readTopic("User:alice", "orders"), readTopic("User:bob", "payments")});
        AclBindingFilter bobs;
        bobs.principal = "User:bob";
        const auto found = store.describeAcls(bobs);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].pattern.name, std::string("payments"));
        QCOMPARE(store.describeAcls({}).size(), std::size_t(2));
    }

    void aChangeThatCannotBeSavedIsNotApplied()
    {
        FakeDisk disk;
        SecurityStore store({}, disk.persist());
        QVERIFY(store.createAcls({readTopic("User:alice", "orders")})[0].isOk());
        QVERIFY(store.upsertCredential("alice", credentialOf("old")).isOk());
        const SecurityState before = store.state();
        const std::uint64_t version = store.version();
        disk.failing = true;

        const auto created = store.createAcls({readTopic("User:bob", "orders")});
        QCOMPARE(created[0].code(), StatusCode::IOError);
        QVERIFY(created[0].message().find("disk full") != std::string::npos);

        Status failure;
        AclBindingFilter all;
        const auto removed = store.deleteAcls({all}, &failure);
        QCOMPARE(failure.code(), StatusCode::IOError);
        QVERIFY(removed[0].empty());

        QCOMPARE(store.upsertCredential("alice", credentialOf("new")).code(), StatusCode::IOError);
        QCOMPARE(store.deleteCredential("alice", ScramMechanism::Sha512).code(), StatusCode::IOError);
        QCOMPARE(store.setOptions({.superUsers = {"User:x"}, .allowEveryoneIfNoAclFound = false}).code(),
                 StatusCode::IOError);

        QVERIFY(store.state() == before);
        QCOMPARE(store.version(), version);
        QCOMPARE(store.acls()->acls().size(), std::size_t(1));
        QVERIFY(scramPasswordMatches(*store.credential("alice", ScramMechanism::Sha512), "old"));
    }

    void credentialsAreReplacedAndDeleted()
    {
        SecurityStore store;
        QVERIFY(store.upsertCredential("alice", credentialOf("one")).isOk());
        QVERIFY(store.upsertCredential("alice", credentialOf("two")).isOk());
        QVERIFY(store.upsertCredential("alice", credentialOf("two", ScramMechanism::Sha256)).isOk());
        QVERIFY(scramPasswordMatches(*store.credential("alice", ScramMechanism::Sha512), "two"));
        QVERIFY(store.deleteCredential("alice", ScramMechanism::Sha512).isOk());
        QVERIFY(!store.credential("alice", ScramMechanism::Sha512));
        QVERIFY(store.credential("alice", ScramMechanism::Sha256));
        QCOMPARE(store.deleteCredential("alice", ScramMechanism::Sha512).code(), StatusCode::NotFound);
        QVERIFY(store.deleteCredential("alice", ScramMechanism::Sha256).isOk());
        QVERIFY(store.state().users.empty()); // a user without credentials is gone
    }

    void badCredentialsAreRefused()
    {
        SecurityStore store;
        QCOMPARE(store.upsertCredential("", credentialOf("x")).code(), StatusCode::InvalidArgument);
        ScramCredential few = credentialOf("x");
        few.iterations = kMinScramIterations - 1;
        QCOMPARE(store.upsertCredential("alice", few).code(), StatusCode::InvalidArgument);
        QVERIFY(store.state().users.empty());
    }

    void versionGrowsWithEachChange()
    {
        SecurityStore store;
        const std::uint64_t v0 = store.version();
        store.createAcls({readTopic("User:alice", "orders")});
        QVERIFY(store.version() > v0);
        const std::uint64_t v1 = store.version();
        QVERIFY(store.setOptions(store.state().options).isOk()); // no change
        QCOMPARE(store.version(), v1);
    }

    void denialsKeepTheNewest()
    {
        SecurityStore store;
        for (std::size_t i = 0; i < SecurityStore::kMaxDenials + 5; ++i)
            store.recordDenial({.timeMs = static_cast<std::int64_t>(i),
                                .who = {},
                                .action = {},
                                .decidingAcl = std::nullopt,
                                .api = "Produce"});
        const auto denials = store.recentDenials();
        QCOMPARE(denials.size(), SecurityStore::kMaxDenials);
        QCOMPARE(denials.front().timeMs, std::int64_t(5));
        QCOMPARE(denials.back().timeMs, std::int64_t(SecurityStore::kMaxDenials + 4));
    }

    void readersSeeWholeSnapshotsWhileWritersChange()
    {
        SecurityStore store;
        std::atomic<bool> done{false};
        std::atomic<bool> torn{false};
        std::thread reader([&] {
            while (!done.load()) {
                // Every snapshot is one whole state: its ACLs are those of one commit.
                const auto index = store.acls();
                const std::size_t n = index->acls().size();
                for (std::size_t i = 0; i < n; ++i)
                    if (index->acls()[i].pattern.name != "t" + std::to_string(i))
                        torn = true;
            }
        });
        for (int i = 0; i < 200; ++i)
            store.createAcls({readTopic("User:alice", "t" + std::to_string(i))});
        done = true;
        reader.join();
        QVERIFY(!torn.load());
        QCOMPARE(store.acls()->acls().size(), std::size_t(200));
    }
};

QTEST_GUILESS_MAIN(TestSecurityStore)
#include "test_security_store.moc"
