#pragma once

// A group coordinator on its own, for the coordinator's tests: it owns every partition of
// __consumer_offsets, keeps them in memory and runs on a manual clock. Members join, sync,
// heartbeat and commit through the Fixture's calls; answers arrive in Replies.

#include "cluster/group/group_coordinator.h"
#include "cluster/group/group_records.h"
#include "common/clock.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace es {
// Readable QCOMPARE failures.
inline char *toString(ErrorCode e) { return qstrdup(std::string(errorName(e)).c_str()); }
inline char *toString(GroupState s) { return qstrdup(std::string(groupStateName(s)).c_str()); }
} // namespace es

namespace es::test {

inline constexpr std::int32_t kPartitions = 10;
inline constexpr std::int32_t kSessionMs = 10000;
inline constexpr std::int32_t kRebalanceMs = 30000;
inline constexpr std::int32_t kInitialDelayMs = 3000;

inline QString q(const std::string &s) { return QString::fromStdString(s); }

inline Bytes bytesOf(std::string_view s) { return Bytes(s.begin(), s.end()); }

// A ConsumerProtocolSubscription v0: version, topics, null user data.
inline Bytes subscription(const std::vector<std::string> &topics)
{
    Bytes out;
    BufferWriter w(out);
    w.put<std::int16_t>(0);
    w.put<std::int32_t>(static_cast<std::int32_t>(topics.size()));
    for (const std::string &t : topics) {
        w.put<std::int16_t>(static_cast<std::int16_t>(t.size()));
        w.putBytes(t);
    }
    w.put<std::int32_t>(-1);
    return out;
}

// __consumer_offsets in memory. Appends succeed at once unless told to fail or to hold them.
// A transactional append's records are logged as its producer's; markers are appended as
// the transaction coordinator would append them.
class MemoryGroupStore final : public GroupStore {
public:
    struct Held {
        std::int32_t partition;
        std::vector<GroupLogRecord> records;
        std::optional<TransactionalProducer> producer;
        std::function<void(ErrorCode)> done;
    };

    void append(std::int32_t partition, std::vector<GroupLogRecord> records,
                std::optional<TransactionalProducer> producer, std::function<void(ErrorCode)> done) override
    {
        if (hold) {
            held.push_back({partition, std::move(records), producer, std::move(done)});
            return;
        }
        if (failWith != ErrorCode::None) {
            done(failWith);
            return;
        }
        write(partition, records, producer);
        done(ErrorCode::None);
    }

    void release()
    {
        std::vector<Held> pending = std::move(held);
        held.clear();
        for (Held &h : pending) {
            write(h.partition, h.records, h.producer);
            h.done(ErrorCode::None);
        }
    }

    void appendMarker(std::int32_t partition, std::int64_t producerId, bool commit)
    {
        logs[partition].push_back(GroupLogEntry::marker(producerId, commit));
    }

    // The records of a partition's log, without their transactions and markers.
    std::vector<GroupLogRecord> records(std::int32_t partition) const
    {
        std::vector<GroupLogRecord> out;
        auto it = logs.find(partition);
        if (it != logs.end())
            for (const GroupLogEntry &e : it->second)
                if (e.kind == GroupLogEntry::Kind::Record || e.kind == GroupLogEntry::Kind::TransactionalRecord)
                    out.push_back(e.record);
        return out;
    }

    // The latest group metadata value written for `group`, if its latest record is not a tombstone.
    std::optional<GroupMetadataValue> groupRecord(const std::string &group) const
    {
        std::optional<GroupMetadataValue> latest;
        const Bytes key = encodeGroupMetadataKey({group});
        for (const auto &[p, log] : logs)
            for (const GroupLogRecord &r : records(p))
                if (r.key == key)
                    latest =
                        r.value ? std::optional(decodeGroupMetadataValue(*r.value).value()) : std::nullopt;
        return latest;
    }

    std::map<std::int32_t, std::vector<GroupLogEntry>> logs;
    ErrorCode failWith = ErrorCode::None;
    bool hold = false;
    std::vector<Held> held;

private:
    void write(std::int32_t partition, const std::vector<GroupLogRecord> &records,
               const std::optional<TransactionalProducer> &producer)
    {
        auto &log = logs[partition];
        for (const GroupLogRecord &r : records)
            log.push_back(producer ? GroupLogEntry::transactional(producer->producerId, r) : GroupLogEntry::plain(r));
    }
};

// A result that a callback fills in later. Shared, so a late answer never writes to a dead frame.
template <typename R>
class Reply {
public:
    auto callback()
    {
        return [slot = m_slot](R r) { *slot = std::move(r); };
    }
    [[nodiscard]] bool ready() const { return m_slot->has_value(); }
    const R &operator*() const { return **m_slot; }
    const R *operator->() const { return &**m_slot; }

private:
    std::shared_ptr<std::optional<R>> m_slot = std::make_shared<std::optional<R>>();
};

inline std::vector<GroupProtocol> protocols(const std::vector<std::string> &names,
                                            const std::vector<std::string> &topics = {"orders"})
{
    std::vector<GroupProtocol> out;
    for (const std::string &n : names)
        out.push_back({n, subscription(topics)});
    return out;
}

inline JoinGroupRequest joinRequest(const std::string &group, const std::string &memberId,
                                    const std::string &clientId,
                                    std::vector<GroupProtocol> protos = protocols({"range"}))
{
    JoinGroupRequest r;
    r.groupId = group;
    r.memberId = memberId;
    r.clientId = clientId;
    r.clientHost = "/127.0.0.1";
    r.sessionTimeoutMs = kSessionMs;
    r.rebalanceTimeoutMs = kRebalanceMs;
    r.protocolType = "consumer";
    r.protocols = std::move(protos);
    return r;
}

// A coordinator that owns every partition, a manual clock and an in-memory store.
struct Fixture {
    ManualClock clock{1'700'000'000'000};
    MemoryGroupStore store;
    std::unique_ptr<GroupCoordinator> coordinator;
    std::vector<GroupEvent> events;

    GroupCoordinatorConfig config = defaultConfig();

    Fixture() { start(); }
    explicit Fixture(GroupCoordinatorConfig c) : config(c) { start(); }

    static GroupCoordinatorConfig defaultConfig()
    {
        GroupCoordinatorConfig c;
        c.offsetsTopicPartitions = kPartitions;
        c.groupInitialRebalanceDelayMs = kInitialDelayMs;
        return c;
    }

    // A new coordinator that loads every partition from the store's log.
    void start()
    {
        coordinator.reset();
        coordinator = std::make_unique<GroupCoordinator>(config, store, clock);
        coordinator->setEventHook([this](const GroupEvent &e) { events.push_back(e); });
        for (std::int32_t p = 0; p < kPartitions; ++p)
            coordinator->loadPartition(p, store.logs[p]);
    }

    // Time passes as the broker's loop sees it: a tick every 100 ms.
    void advance(std::int64_t ms)
    {
        while (ms > 0) {
            const std::int64_t step = std::min<std::int64_t>(ms, 100);
            clock.advance(step);
            coordinator->tick(clock.nowMs());
            ms -= step;
        }
    }

    Reply<JoinGroupResult> join(JoinGroupRequest request)
    {
        Reply<JoinGroupResult> reply;
        coordinator->joinGroup(std::move(request), reply.callback());
        return reply;
    }

    Reply<SyncGroupResult> sync(const std::string &group, std::int32_t generation,
                                const std::string &memberId,
                                std::vector<SyncGroupAssignment> assignments = {})
    {
        SyncGroupRequest r;
        r.groupId = group;
        r.generationId = generation;
        r.memberId = memberId;
        r.assignments = std::move(assignments);
        Reply<SyncGroupResult> reply;
        coordinator->syncGroup(std::move(r), reply.callback());
        return reply;
    }

    ErrorCode heartbeat(const std::string &group, std::int32_t generation, const std::string &memberId)
    {
        return coordinator->heartbeat({group, generation, memberId, std::nullopt});
    }

    OffsetCommitResult commit(const std::string &group, std::int32_t generation, const std::string &memberId,
                              std::vector<OffsetCommitPartition> partitions)
    {
        OffsetCommitRequest r;
        r.groupId = group;
        r.generationId = generation;
        r.memberId = memberId;
        r.partitions = std::move(partitions);
        Reply<OffsetCommitResult> reply;
        coordinator->commitOffsets(std::move(r), reply.callback());
        return reply.ready() ? *reply : OffsetCommitResult{};
    }

    GroupDescription describe(const std::string &group) const
    {
        return coordinator->describeGroups({group}).front();
    }

    // Members join together; returns the joined results once the (initial) rebalance is over.
    std::vector<JoinGroupResult> joinAll(const std::string &group, const std::vector<std::string> &clients)
    {
        std::vector<Reply<JoinGroupResult>> replies;
        for (const std::string &c : clients)
            replies.push_back(join(joinRequest(group, "", c)));
        for (int i = 0;
             i < 1000 && !std::all_of(replies.begin(), replies.end(), [](auto &r) { return r.ready(); }); ++i)
            advance(100);
        std::vector<JoinGroupResult> out;
        for (auto &r : replies)
            out.push_back(*r);
        return out;
    }

    // A Stable group: joins, then the leader assigns "assignment-of-<member>" to each member.
    // Returns the member ids, leader first, and the generation.
    std::pair<std::vector<std::string>, std::int32_t> stableGroup(const std::string &group,
                                                                  const std::vector<std::string> &clients)
    {
        std::vector<JoinGroupResult> joined = joinAll(group, clients);
        const std::int32_t generation = joined.front().generationId;
        const std::string leader = joined.front().leaderId;
        std::vector<std::string> ids{leader};
        for (const JoinGroupResult &j : joined)
            if (j.memberId != leader)
                ids.push_back(j.memberId);
        std::vector<SyncGroupAssignment> assignments;
        for (const std::string &id : ids)
            assignments.push_back({id, bytesOf("assignment-of-" + id)});
        for (std::size_t i = 1; i < ids.size(); ++i)
            sync(group, generation, ids[i]);
        sync(group, generation, leader, assignments);
        return {ids, generation};
    }

    bool sawEvent(GroupEventKind kind, const std::string &memberId) const
    {
        return std::any_of(events.begin(), events.end(),
                           [&](const GroupEvent &e) { return e.kind == kind && e.memberId == memberId; });
    }
};

} // namespace es::test
