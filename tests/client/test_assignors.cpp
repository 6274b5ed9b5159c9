// QTest first: moc cannot parse <compare> when it is the first standard header it meets.
#include <QTest>

#include "client/assignors/partition_assignor.h"
#include "cluster/group/consumer_protocol.h"

#include <algorithm>
#include <random>
#include <set>

using es::Bytes;
using es::GroupAssignment;
using es::MemberSubscription;
using es::PartitionCounts;
using es::TopicPartition;

namespace {

MemberSubscription member(std::string id, std::vector<std::string> topics,
                          std::vector<TopicPartition> owned = {}, std::int32_t generation = -1)
{
    return {std::move(id), std::move(topics), std::move(owned), generation};
}

// "t0-0 t0-1 t1-0": readable in a failed comparison.
QString str(const std::vector<TopicPartition> &partitions)
{
    QStringList parts;
    for (const TopicPartition &tp : partitions)
        parts << QString::fromStdString(tp.toString());
    return parts.join(' ');
}

GroupAssignment run(std::string_view assignor, const PartitionCounts &counts,
                    const std::vector<MemberSubscription> &members)
{
    es::Result<GroupAssignment> result = es::assignPartitions(assignor, counts, members);
    if (!result) {
        qWarning("%s", result.status().toString().c_str());
        return {};
    }
    return std::move(*result);
}

bool holds(const std::vector<TopicPartition> &partitions, const TopicPartition &tp)
{
    return std::find(partitions.begin(), partitions.end(), tp) != partitions.end();
}

// Empty when each partition of a subscribed topic goes to exactly one member that
// subscribes to its topic; otherwise what is wrong.
std::string checkComplete(const PartitionCounts &counts, const std::vector<MemberSubscription> &members,
                          const GroupAssignment &assignment)
{
    std::set<std::string> subscribed;
    std::map<TopicPartition, int> times;
    for (const MemberSubscription &m : members) {
        subscribed.insert(m.topics.begin(), m.topics.end());
        if (!assignment.contains(m.memberId))
            return m.memberId + " has no entry";
        for (const TopicPartition &tp : assignment.at(m.memberId)) {
            if (std::find(m.topics.begin(), m.topics.end(), tp.topic) == m.topics.end())
                return m.memberId + " got " + tp.toString() + " without subscribing to it";
            ++times[tp];
        }
    }
    for (const std::string &topic : subscribed)
        for (std::int32_t p = 0; counts.contains(topic) && p < counts.at(topic); ++p)
            if (times[{topic, p}] != 1)
                return TopicPartition{topic, p}.toString() + " assigned " +
                       std::to_string(times[{topic, p}]) + " times";
    return {};
}

std::size_t spread(const GroupAssignment &assignment)
{
    std::size_t least = SIZE_MAX, most = 0;
    for (const auto &[id, partitions] : assignment) {
        least = std::min(least, partitions.size());
        most = std::max(most, partitions.size());
    }
    return most - least;
}

// With equal subscriptions, the most owned partitions any balanced assignment keeps: each
// member up to the floor quota, and the members owning more fill the quota's remainder.
std::size_t mostKeepable(const PartitionCounts &counts, const std::vector<MemberSubscription> &members)
{
    std::size_t total = 0;
    for (const auto &[topic, n] : counts)
        total += static_cast<std::size_t>(n);
    const std::size_t quota = total / members.size();
    std::size_t kept = 0, above = 0;
    for (const MemberSubscription &m : members) {
        kept += std::min(m.owned.size(), quota);
        above += m.owned.size() > quota ? 1 : 0;
    }
    return kept + std::min(above, total % members.size());
}

std::size_t keptCount(const std::vector<MemberSubscription> &members, const GroupAssignment &assignment)
{
    std::size_t kept = 0;
    for (const MemberSubscription &m : members)
        for (const TopicPartition &tp : assignment.at(m.memberId))
            kept += holds(m.owned, tp) ? 1 : 0;
    return kept;
}

struct Settled {
    GroupAssignment assignment;
    int rounds = 0;
    std::string violation; // a partition handed over while another member still owned it
};

// Cooperative-sticky rebalances as members run them: each round's assignment becomes what
// they own in the next generation, and they rejoin while any of them revoked something.
Settled settle(const PartitionCounts &counts, std::vector<MemberSubscription> &members,
               std::int32_t generation)
{
    Settled s;
    while (s.rounds < 10) {
        ++s.rounds;
        s.assignment = run(es::kCooperativeStickyAssignor, counts, members);
        bool revoked = false;
        for (MemberSubscription &m : members) {
            const std::vector<TopicPartition> &mine = s.assignment[m.memberId];
            for (const TopicPartition &tp : mine)
                for (const MemberSubscription &other : members)
                    if (!holds(m.owned, tp) && other.memberId != m.memberId && holds(other.owned, tp))
                        s.violation = tp.toString() + " went to " + m.memberId + " while " + other.memberId +
                                      " owned it";
            for (const TopicPartition &tp : m.owned)
                revoked = revoked || !holds(mine, tp);
        }
        ++generation;
        for (MemberSubscription &m : members) {
            m.owned = s.assignment[m.memberId];
            m.generation = generation;
        }
        if (!revoked)
            break;
    }
    return s;
}

} // namespace

class TestAssignors : public QObject {
    Q_OBJECT

private slots:
    void namesAndProtocols()
    {
        QCOMPARE(es::findAssignor("range")->protocol(), es::RebalanceProtocol::Eager);
        QCOMPARE(es::findAssignor("roundrobin")->protocol(), es::RebalanceProtocol::Eager);
        QCOMPARE(es::findAssignor("cooperative-sticky")->protocol(), es::RebalanceProtocol::Cooperative);
        QCOMPARE(es::findAssignor("cooperative-sticky")->name(), std::string_view("cooperative-sticky"));
        QVERIFY(es::findAssignor("sticky") == nullptr);
    }

    void badInputIsRefused()
    {
        const PartitionCounts counts{{"t0", 1}};
        QCOMPARE(es::assignPartitions("nope", counts, {member("C0", {"t0"})}).status().code(),
                 es::StatusCode::NotFound);
        QCOMPARE(es::assignPartitions("range", counts, {member("C0", {"t0"}), member("C0", {"t0"})})
                     .status()
                     .code(),
                 es::StatusCode::InvalidArgument);
        QCOMPARE(es::assignPartitions("range", {{"t0", -1}}, {member("C0", {"t0"})}).status().code(),
                 es::StatusCode::InvalidArgument);
    }

    // Kafka's RangeAssignor documentation: C0, C1 on t0, t1 with three partitions each.
    void rangeKafkaExample()
    {
        GroupAssignment a =
            run("range", {{"t0", 3}, {"t1", 3}}, {member("C1", {"t0", "t1"}), member("C0", {"t0", "t1"})});
        QCOMPARE(str(a["C0"]), QString("t0-0 t0-1 t1-0 t1-1"));
        QCOMPARE(str(a["C1"]), QString("t0-2 t1-2"));
    }

    // Kafka's RoundRobinAssignor documentation, the same group.
    void roundRobinKafkaExample()
    {
        GroupAssignment a = run("roundrobin", {{"t0", 3}, {"t1", 3}},
                                {member("C1", {"t0", "t1"}), member("C0", {"t0", "t1"})});
        QCOMPARE(str(a["C0"]), QString("t0-0 t0-2 t1-1"));
        QCOMPARE(str(a["C1"]), QString("t0-1 t1-0 t1-2"));
    }

    // Kafka's RoundRobinAssignor documentation: C0 on t0, C1 on t0 and t1, C2 on all three.
    void roundRobinUnevenSubscriptions()
    {
        const PartitionCounts counts{{"t0", 1}, {"t1", 2}, {"t2", 3}};
        const std::vector<MemberSubscription> members{member("C0", {"t0"}), member("C1", {"t0", "t1"}),
                                                      member("C2", {"t0", "t1", "t2"})};
        GroupAssignment a = run("roundrobin", counts, members);
        QCOMPARE(str(a["C0"]), QString("t0-0"));
        QCOMPARE(str(a["C1"]), QString("t1-0"));
        QCOMPARE(str(a["C2"]), QString("t1-1 t2-0 t2-1 t2-2"));
        QCOMPARE(checkComplete(counts, members, a), std::string());
    }

    void rangeUnevenSubscriptions()
    {
        const PartitionCounts counts{{"t0", 3}, {"t1", 2}, {"t2", 4}};
        const std::vector<MemberSubscription> members{member("C0", {"t0"}), member("C1", {"t0", "t1"}),
                                                      member("C2", {"gone"})};
        GroupAssignment a = run("range", counts, members);
        QCOMPARE(str(a["C0"]), QString("t0-0 t0-1"));
        QCOMPARE(str(a["C1"]), QString("t0-2 t1-0 t1-1"));
        QCOMPARE(str(a["C2"]), QString()); // an entry, empty: its topic has no metadata
        QCOMPARE(checkComplete(counts, members, a), std::string());
    }

    void moreMembersThanPartitions()
    {
        const PartitionCounts counts{{"t0", 2}};
        const std::vector<MemberSubscription> members{member("C0", {"t0"}), member("C1", {"t0"}),
                                                      member("C2", {"t0"})};
        for (std::string_view name :
             {es::kRangeAssignor, es::kRoundRobinAssignor, es::kCooperativeStickyAssignor}) {
            GroupAssignment a = run(name, counts, members);
            QCOMPARE(a.size(), std::size_t{3});
            QCOMPARE(checkComplete(counts, members, a), std::string());
            QCOMPARE(spread(a), std::size_t{1});
        }
        GroupAssignment range = run("range", counts, members);
        QCOMPARE(str(range["C0"]), QString("t0-0"));
        QCOMPARE(str(range["C1"]), QString("t0-1"));
        QVERIFY(range["C2"].empty());
    }

    void noMembersNoAssignment()
    {
        for (std::string_view name :
             {es::kRangeAssignor, es::kRoundRobinAssignor, es::kCooperativeStickyAssignor})
            QVERIFY(run(name, {{"t0", 4}}, {}).empty());
    }

    void stickyFirstAssignmentIsBalanced()
    {
        const PartitionCounts counts{{"t0", 4}, {"t1", 3}};
        std::vector<MemberSubscription> members{member("C0", {"t0", "t1"}), member("C1", {"t0", "t1"}),
                                                member("C2", {"t0", "t1"})};
        Settled s = settle(counts, members, 0);
        QCOMPARE(s.rounds, 1); // nothing was owned, nothing to revoke
        QCOMPARE(checkComplete(counts, members, s.assignment), std::string());
        QCOMPARE(spread(s.assignment), std::size_t{1});
    }

    // A fourth member joins three that own four partitions each: each gives up exactly one,
    // revoked in the first round and handed over in the second.
    void stickyJoinMovesFewestPartitionsInTwoRounds()
    {
        const PartitionCounts counts{{"t0", 6}, {"t1", 6}};
        const std::vector<std::string> topics{"t0", "t1"};
        std::vector<MemberSubscription> members{member("C0", topics), member("C1", topics),
                                                member("C2", topics)};
        settle(counts, members, 0);
        const std::vector<MemberSubscription> before = members;
        members.push_back(member("C3", topics));

        GroupAssignment first = run("cooperative-sticky", counts, members);
        QVERIFY(first["C3"].empty());
        for (const MemberSubscription &m : before) {
            QCOMPARE(first[m.memberId].size(), std::size_t{3});
            for (const TopicPartition &tp : first[m.memberId])
                QVERIFY(holds(m.owned, tp));
        }

        Settled s = settle(counts, members, 1);
        QCOMPARE(s.rounds, 2);
        QCOMPARE(s.violation, std::string());
        QCOMPARE(checkComplete(counts, members, s.assignment), std::string());
        QCOMPARE(str(s.assignment["C3"]).count(' '), 2); // three partitions
        for (const MemberSubscription &m : before)
            QCOMPARE(s.assignment[m.memberId], first[m.memberId]);
    }

    // A member leaves: the others keep all they own and share its partitions at once.
    void stickyLeaveKeepsOwnedPartitions()
    {
        const PartitionCounts counts{{"t0", 6}};
        std::vector<MemberSubscription> members{member("C0", {"t0"}), member("C1", {"t0"}),
                                                member("C2", {"t0"})};
        settle(counts, members, 0);
        members.pop_back();
        const std::vector<MemberSubscription> before = members;

        Settled s = settle(counts, members, 1);
        QCOMPARE(s.rounds, 1);
        QCOMPARE(checkComplete(counts, members, s.assignment), std::string());
        QCOMPARE(spread(s.assignment), std::size_t{0});
        for (const MemberSubscription &m : before)
            for (const TopicPartition &tp : m.owned)
                QVERIFY(holds(s.assignment[m.memberId], tp));
    }

    // The newest generation's claim wins; two claims in one generation both lapse.
    void stickyResolvesConflictingClaimsByGeneration()
    {
        const PartitionCounts counts{{"t0", 2}};
        GroupAssignment a =
            run("cooperative-sticky", counts,
                {member("A", {"t0"}, {{"t0", 0}}, 2), member("B", {"t0"}, {{"t0", 0}, {"t0", 1}}, 1)});
        QCOMPARE(str(a["A"]), QString("t0-0"));
        QCOMPARE(str(a["B"]), QString("t0-1"));

        // X and Y both claim t0-1 in generation 3: neither keeps it on that claim. It goes to
        // the least loaded member, X, which owns it and so has it at once; Y revokes it.
        a = run("cooperative-sticky", counts,
                {member("X", {"t0"}, {{"t0", 1}}, 3), member("Y", {"t0"}, {{"t0", 1}}, 3),
                 member("Z", {"t0"}, {{"t0", 0}}, 3)});
        QCOMPARE(str(a["X"]), QString("t0-1"));
        QVERIFY(a["Y"].empty());
        QCOMPARE(str(a["Z"]), QString("t0-0"));
    }

    // Members that owned partitions of a topic they dropped revoke them before anyone else
    // gets them.
    void stickyUnsubscribedPartitionsAreRevokedFirst()
    {
        const PartitionCounts counts{{"t0", 2}, {"t1", 2}};
        std::vector<MemberSubscription> members{member("C0", {"t0"}, {{"t1", 0}, {"t1", 1}}, 1),
                                                member("C1", {"t0", "t1"}, {{"t0", 0}, {"t0", 1}}, 1)};
        Settled s = settle(counts, members, 1);
        QCOMPARE(s.violation, std::string());
        QCOMPARE(s.rounds, 2);
        QCOMPARE(checkComplete(counts, members, s.assignment), std::string());
    }

    // Random groups that change between rebalances: joins, leaves, new partitions, uneven
    // subscriptions. Once members settle, every partition has exactly one owner; no round
    // hands over a partition its owner still holds; equal subscriptions keep as many owned
    // partitions as balance allows and end balanced.
    void stickySettlesCompleteAndBalanced()
    {
        std::mt19937 random(20240601);
        auto below = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
        for (int scenario = 0; scenario < 200; ++scenario) {
            const bool equal = scenario % 2 == 0;
            PartitionCounts counts;
            std::vector<std::string> topics;
            for (int t = 0; t < 1 + below(4); ++t) {
                topics.push_back("t" + std::to_string(t));
                counts[topics.back()] = below(9);
            }
            auto newMember = [&](int id) {
                std::vector<std::string> mine;
                for (const std::string &t : topics)
                    if (equal || below(2) == 0)
                        mine.push_back(t);
                return member("m" + std::to_string(id), mine);
            };
            std::vector<MemberSubscription> members;
            int nextId = 0;
            for (int i = 0; i < 1 + below(5); ++i)
                members.push_back(newMember(nextId++));
            std::int32_t generation = 0;
            for (int change = 0; change < 4; ++change) {
                if (equal)
                    QCOMPARE(keptCount(members, run(es::kCooperativeStickyAssignor, counts, members)),
                             mostKeepable(counts, members));
                Settled s = settle(counts, members, generation);
                generation += s.rounds;
                QVERIFY2(s.rounds <= 2,
                         qPrintable(QString("scenario %1: %2 rounds").arg(scenario).arg(s.rounds)));
                QVERIFY2(s.violation.empty(), s.violation.c_str());
                const std::string complete = checkComplete(counts, members, s.assignment);
                QVERIFY2(complete.empty(), complete.c_str());
                if (equal)
                    QVERIFY(spread(s.assignment) <= 1);
                switch (below(3)) {
                case 0: members.push_back(newMember(nextId++)); break;
                case 1:
                    if (members.size() > 1)
                        members.erase(members.begin() + below(static_cast<int>(members.size())));
                    break;
                default:
                    counts[topics[static_cast<std::size_t>(below(static_cast<int>(topics.size())))]] += 2;
                }
            }
        }
    }

    // ConsumerProtocolSubscription v0: version, topics ["t0", "t1"], null user data.
    void subscriptionV0GoldenBytes()
    {
        const Bytes golden{0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x02, 't',
                           '0',  0x00, 0x02, 't',  '1',  0xff, 0xff, 0xff, 0xff};
        es::ConsumerSubscription s;
        s.version = 0;
        s.topics = {"t0", "t1"};
        QCOMPARE(*es::encodeSubscription(s), golden);
        es::Result<es::ConsumerSubscription> decoded = es::decodeSubscription(golden);
        QVERIFY(decoded.isOk());
        QVERIFY(*decoded == s);
        QCOMPARE(*es::subscriptionTopics(golden), (std::vector<std::string>{"t0", "t1"}));
    }

    // ConsumerProtocolAssignment v0: version, [{t0, [0, 2]}], null user data.
    void assignmentV0GoldenBytes()
    {
        const Bytes golden{0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x02, 't',  '0',  0x00, 0x00, 0x00,
                           0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0xff, 0xff, 0xff, 0xff};
        const es::ConsumerAssignment a{0, {{"t0", {0, 2}}}, std::nullopt};
        QCOMPARE(*es::encodeAssignment(a), golden);
        es::Result<es::ConsumerAssignment> decoded = es::decodeAssignment(golden);
        QVERIFY(decoded.isOk());
        QVERIFY(*decoded == a);
    }

    void roundTripsEveryVersion()
    {
        for (std::int16_t version = 0; version <= 3; ++version) {
            es::ConsumerSubscription s{
                version, {"orders", "t"},      Bytes{1, 2, 3}, {{"orders", {0, 5}}, {"t", {}}},
                7,       std::string("rack-a")};
            es::ConsumerSubscription expected = s;
            if (version < 1)
                expected.ownedPartitions.clear();
            if (version < 2)
                expected.generationId = -1;
            if (version < 3)
                expected.rackId.reset();
            es::Result<es::ConsumerSubscription> decoded = es::decodeSubscription(*es::encodeSubscription(s));
            QVERIFY2(decoded.isOk(), decoded.status().toString().c_str());
            QVERIFY(*decoded == expected);

            const es::ConsumerAssignment a{version, {{"orders", {1}}, {"t", {0, 3}}}, Bytes{}};
            es::Result<es::ConsumerAssignment> back = es::decodeAssignment(*es::encodeAssignment(a));
            QVERIFY2(back.isOk(), back.status().toString().c_str());
            QVERIFY(*back == a);
        }
    }

    // Kafka reads a newer version as its highest one and ignores the fields it adds.
    void newerVersionsReadAsVersion3()
    {
        es::ConsumerSubscription s{3, {"t0"}, std::nullopt, {{"t0", {1}}}, 4, std::nullopt};
        Bytes bytes = *es::encodeSubscription(s);
        bytes[1] = 5;
        bytes.insert(bytes.end(), {0xde, 0xad});
        es::Result<es::ConsumerSubscription> decoded = es::decodeSubscription(bytes);
        QVERIFY(decoded.isOk());
        QVERIFY(*decoded == s);
    }

    void malformedInputFailsCleanly()
    {
        const es::ConsumerSubscription s{3, {"t0"}, Bytes{9}, {{"t0", {1, 2}}}, 4, std::string("r")};
        const Bytes full = *es::encodeSubscription(s);
        for (std::size_t n = 0; n < full.size(); ++n) {
            const Bytes prefix(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(n));
            QCOMPARE(es::decodeSubscription(prefix).status().code(), es::StatusCode::Corruption);
            QVERIFY(!es::subscriptionTopics(prefix));
        }
        const Bytes assignment = *es::encodeAssignment({1, {{"t0", {1, 2}}}, Bytes{9}});
        for (std::size_t n = 0; n < assignment.size(); ++n) {
            const Bytes prefix(assignment.begin(), assignment.begin() + static_cast<std::ptrdiff_t>(n));
            QCOMPARE(es::decodeAssignment(prefix).status().code(), es::StatusCode::Corruption);
        }

        const Bytes negativeVersion{0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff};
        const Bytes negativeCount{0x00, 0x00, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff, 0xff};
        const Bytes hugeCount{0x00, 0x00, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
        const Bytes nullTopic{0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
        const Bytes badUserData{0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xfe};
        for (const Bytes &bad : {negativeVersion, negativeCount, hugeCount, nullTopic, badUserData}) {
            QCOMPARE(es::decodeSubscription(bad).status().code(), es::StatusCode::Corruption);
            QCOMPARE(es::decodeAssignment(bad).status().code(), es::StatusCode::Corruption);
        }
        // An assignment whose partition array claims more than is left.
        const Bytes hugePartitions{0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00,
                                   0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
        QCOMPARE(es::decodeAssignment(hugePartitions).status().code(), es::StatusCode::Corruption);
    }

    void encodingRefusesWhatItCannotWrite()
    {
        es::ConsumerSubscription s;
        s.version = 4;
        QCOMPARE(es::encodeSubscription(s).status().code(), es::StatusCode::InvalidArgument);
        s.version = 0;
        s.topics = {std::string(40000, 'x')};
        QCOMPARE(es::encodeSubscription(s).status().code(), es::StatusCode::InvalidArgument);
        QCOMPARE(es::encodeAssignment({-1, {}, std::nullopt}).status().code(),
                 es::StatusCode::InvalidArgument);
    }

    void memberSubscriptionFromTheWire()
    {
        const es::ConsumerSubscription v3{3, {"t0"}, std::nullopt, {{"t0", {2, 0}}}, 9, std::nullopt};
        const MemberSubscription m = es::memberSubscription("C0", v3);
        QCOMPARE(m.memberId, std::string("C0"));
        QCOMPARE(m.topics, std::vector<std::string>{"t0"});
        QCOMPARE(str(m.owned), QString("t0-2 t0-0"));
        QCOMPARE(m.generation, 9);
        // Before version 2 cooperative-sticky members put their generation in user_data.
        const es::ConsumerSubscription v1{1, {"t0"}, Bytes{0, 0, 0, 4}, {}, -1, std::nullopt};
        QCOMPARE(es::memberSubscription("C1", v1).generation, 4);
        QCOMPARE(es::memberSubscription("C2", {0, {"t0"}, std::nullopt, {}, -1, std::nullopt}).generation,
                 -1);
    }

    void groupsAndFlattensPartitions()
    {
        const std::vector<es::TopicPartitions> grouped =
            es::groupByTopic({{"b", 1}, {"a", 3}, {"b", 0}, {"a", 1}});
        QCOMPARE(grouped.size(), std::size_t{2});
        QVERIFY(grouped[0] == (es::TopicPartitions{"a", {1, 3}}));
        QVERIFY(grouped[1] == (es::TopicPartitions{"b", {0, 1}}));
        QCOMPARE(str(es::flatten(grouped)), QString("a-1 a-3 b-0 b-1"));
    }
};

QTEST_GUILESS_MAIN(TestAssignors)
#include "test_assignors.moc"
