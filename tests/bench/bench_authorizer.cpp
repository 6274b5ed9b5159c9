// Authorizer benchmark: how long AclIndex::authorize() takes for one decision with 1,000
// ACLs, the cost every request pays once per resource it names. Not a test (CTest does
// not run it): run it on demand after changing engine/security's authorizer.
//
//   bench_authorizer [--quick]
//
// The ACLs: 500 topics ("team-T.topic-NNN", 10 teams) and 50 principals; 800 literal ACLs
// (Read/Write allows, one in 20 a deny), 150 prefixed ones on two prefix lengths
// ("team-T." and "team-T.topic-N"), 50 on the wildcard topic "*"; allow.everyone.if.no.acl.found
// is off, one super user. Each case asks 1,024 different questions round-robin, checked once
// for the expected answer before it is timed.

#include "bench_table.h"
#include "security/authorizer.h"

#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

using namespace es::security;

namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr int kTopics = 500;
constexpr int kTeams = 10;
constexpr int kPrincipals = 50;
constexpr int kQuestions = 1024;

[[noreturn]] void die(const std::string &what) { throw std::runtime_error(what); }

std::string principalName(int p) { return "User:app-" + std::to_string(p); }
std::string teamPrefix(int t) { return "team-" + std::to_string(t) + "."; }
std::string topicName(int n)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "topic-%03d", n);
    return teamPrefix(n % kTeams) + buf;
}

AclBinding acl(std::string name, PatternType patternType, int principal, AclOperation operation,
               AclPermission permission)
{
    return AclBinding{ResourcePattern{ResourceType::Topic, std::move(name), patternType},
                      AccessControlEntry{principalName(principal), "*", operation, permission}};
}

// Literal i: topic i % 500 for principal i % 50, so principal p holds topics p, p+50, ...
// Prefixed: "team-T." for principals 0..9 (Read), "team-T.topic-N" for principals 10..49 (Write).
std::vector<AclBinding> makeAcls()
{
    std::vector<AclBinding> acls;
    for (int i = 0; i < 800; ++i) {
        const auto permission = i % 20 == 19 ? AclPermission::Deny : AclPermission::Allow;
        acls.push_back(acl(topicName(i % kTopics), PatternType::Literal, i % kPrincipals,
                           i % 2 == 0 ? AclOperation::Read : AclOperation::Write, permission));
    }
    for (int i = 0; i < 150; ++i) {
        if (i < 50)
            acls.push_back(acl(teamPrefix(i % kTeams), PatternType::Prefixed, i % kTeams, AclOperation::Read,
                               AclPermission::Allow));
        else
            acls.push_back(acl(teamPrefix(i % kTeams) + "topic-" + std::to_string(i % 5),
                               PatternType::Prefixed, 10 + i % 40, AclOperation::Write,
                               AclPermission::Allow));
    }
    for (int i = 0; i < 50; ++i)
        acls.push_back(acl("*", PatternType::Literal, i, AclOperation::Describe,
                           i % 10 == 9 ? AclPermission::Deny : AclPermission::Allow));
    return acls;
}

struct Question {
    RequestPrincipal who;
    AuthorizationAction action;
};

struct Case {
    const char *figure;
    std::vector<Question> questions;
    bool expectAllowed;
};

Question question(int principal, AclOperation operation, std::string name,
                  ResourceType type = ResourceType::Topic)
{
    return Question{RequestPrincipal{principalName(principal), "10.0.0.1", "CLIENT"},
                    AuthorizationAction{operation, type, std::move(name)}};
}

// Literal ACL i allows Read when i is even; when i % 20 == 19 it denies Write.
std::vector<Case> makeCases()
{
    std::vector<Case> cases(5);
    cases[0] = {"allowed by a literal ACL", {}, true};
    cases[1] = {"allowed by a prefixed ACL", {}, true};
    cases[2] = {"no allow among the topic's ACLs", {}, false};
    cases[3] = {"no ACL on the resource (a group)", {}, false};
    cases[4] = {"denied by a literal ACL", {}, false};
    for (int q = 0; q < kQuestions; ++q) {
        const int even = (q * 2) % kTopics;
        cases[0].questions.push_back(question(even % kPrincipals, AclOperation::Read, topicName(even)));
        // Topics whose literal ACLs are not the team's principal's, so the prefix decides.
        const int prefixed = 50 * (q % 10) + 10 + (q / 10) % 40;
        cases[1].questions.push_back(question(prefixed % kTeams, AclOperation::Read, topicName(prefixed)));
        cases[2].questions.push_back(question(49 - q % 9, AclOperation::Alter, topicName(q % kTopics)));
        cases[3].questions.push_back(
            question(q % kPrincipals, AclOperation::Read, "other-" + std::to_string(q), ResourceType::Group));
        const int denied = 19 + 40 * (q % 12);
        cases[4].questions.push_back(question(denied % kPrincipals, AclOperation::Write, topicName(denied)));
    }
    return cases;
}

// Nanoseconds per decision over `rounds` passes through the case's questions.
double measure(const AclIndex &index, const Case &c, int rounds)
{
    for (const Question &q : c.questions)
        if (index.authorize(q.who, q.action).allowed != c.expectAllowed)
            die(std::string("unexpected decision in case: ") + c.figure + " for " + q.who.principal + " on " +
                q.action.resourceName);
    std::size_t allowed = 0;
    const auto start = SteadyClock::now();
    for (int r = 0; r < rounds; ++r)
        for (const Question &q : c.questions)
            allowed += index.authorize(q.who, q.action).allowed ? 1 : 0;
    const double ns = std::chrono::duration<double, std::nano>(SteadyClock::now() - start).count();
    if (allowed != (c.expectAllowed ? c.questions.size() * static_cast<std::size_t>(rounds) : 0))
        die("decisions changed while timing");
    return ns / static_cast<double>(c.questions.size() * static_cast<std::size_t>(rounds));
}

} // namespace

int main(int argc, char **argv)
{
    const bool quick = argc > 1 && std::string_view(argv[1]) == "--quick";
    if (argc > 1 && !quick) {
        std::printf("usage: bench_authorizer [--quick]\n"
                    "  --quick  a tenth of the rounds, for a smoke run\n");
        return std::string_view(argv[1]) == "--help" ? 0 : 2;
    }
    const int rounds = quick ? 100 : 1000;
    try {
        std::vector<AclBinding> acls = makeAcls();
        const std::size_t count = acls.size();
        const AclIndex index(std::move(acls), AclIndex::Options{{"User:admin"}, false});
        const std::vector<Case> cases = makeCases();

        using es::bench::Target;
        std::printf("%zu ACLs, %d topics, %d principals; %d questions per case, %d rounds\n", count, kTopics,
                    kPrincipals, kQuestions, rounds);
        es::bench::printHeader();
        for (const Case &c : cases) {
            const double ns = measure(index, c, rounds);
            es::bench::printRow(std::string(c.figure) + ": ns/decision", es::bench::formatNumber(ns, "ns", 0),
                                ns, Target{Target::Kind::AtMost, 1000}, "<= 1000 ns");
            es::bench::printRow(std::string(c.figure) + ": decisions/s",
                                es::bench::formatNumber(1e3 / ns, "M/s", 2));
        }
        Case super{"super user", {}, true};
        for (int q = 0; q < kQuestions; ++q)
            super.questions.push_back(
                {RequestPrincipal{"User:admin", "10.0.0.1", "CLIENT"},
                 AuthorizationAction{AclOperation::Write, ResourceType::Topic, topicName(q % kTopics)}});
        const double ns = measure(index, super, rounds);
        es::bench::printRow("super user: ns/decision", es::bench::formatNumber(ns, "ns", 0), ns,
                            Target{Target::Kind::AtMost, 1000}, "<= 1000 ns");
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_authorizer: %s\n", e.what());
        return 1;
    }
    return 0;
}
