// Committed offsets: OffsetCommit, OffsetFetch, OffsetDelete, the GUI's reset, DeleteGroups,
// and the expiry of old offsets (offsets.retention.ms), as Kafka's GroupMetadataManager does.
// The writing of transactional offsets is shared with TxnOffsetCommit
// (group_coordinator_txn.cpp).

#include "cluster/group/group.h"
#include "cluster/group/group_coordinator.h"
#include "cluster/group/group_records.h"
#include "common/logging.h"

#include <utility>

namespace es {
namespace {

GroupLogRecord offsetRecord(const std::string &groupId, const TopicPartition &tp, const CommittedOffset &c)
{
    return {encodeOffsetCommitKey({groupId, tp.topic, tp.partition}),
            encodeOffsetCommitValue(
                {c.offset, c.leaderEpoch, c.metadata, c.commitTimestampMs, c.expireTimestampMs})};
}

GroupLogRecord offsetTombstone(const std::string &groupId, const TopicPartition &tp)
{
    return {encodeOffsetCommitKey({groupId, tp.topic, tp.partition}), std::nullopt};
}

GroupLogRecord groupTombstone(const std::string &groupId)
{
    return {encodeGroupMetadataKey({groupId}), std::nullopt};
}

} // namespace

void GroupCoordinator::commitOffsets(OffsetCommitRequest request, CommitCallback done)
{
    CallScope scope(*this);
    auto failAll = [&](ErrorCode error) {
        OffsetCommitResult result;
        for (const OffsetCommitPartition &p : request.partitions)
            result.push_back({{p.topic, p.partition}, error});
        post([done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
    };
    if (ErrorCode error = coordinatorError(request.groupId); error != ErrorCode::None)
        return failAll(error);
    std::shared_ptr<Group> group = findGroup(request.groupId);
    if (!group) {
        // Generation -1 is a consumer that only stores offsets here (or an admin); anything
        // else comes from a generation this coordinator does not know.
        if (request.generationId >= 0)
            return failAll(ErrorCode::IllegalGeneration);
        group = createGroup(request.groupId);
    } else if (request.generationId >= 0 || !group->is(GroupState::Empty)) {
        if (ErrorCode error = validateCurrentMember(*group, request.memberId, request.groupInstanceId);
            error != ErrorCode::None)
            return failAll(error);
        if (request.generationId != group->generation())
            return failAll(ErrorCode::IllegalGeneration);
        // The assignment of this generation is not known yet: the member's partitions may move.
        if (group->is(GroupState::CompletingRebalance))
            return failAll(ErrorCode::RebalanceInProgress);
        GroupMember &member = *group->member(request.memberId);
        scheduleHeartbeat(member, member.sessionTimeoutMs);
    }
    storeOffsets(*group, request.partitions, request.retentionTimeMs, std::nullopt, std::move(done));
}

void GroupCoordinator::storeOffsets(Group &group, const std::vector<OffsetCommitPartition> &partitions,
                                    std::int64_t retentionTimeMs, std::optional<TransactionalProducer> producer,
                                    CommitCallback done)
{
    struct Accepted {
        std::size_t index; // into the result
        CommittedOffset offset;
        WriteOrder order;
    };
    struct Pending {
        OffsetCommitResult result;
        std::vector<Accepted> accepted;
        CommitCallback done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    const std::int64_t t = now();
    std::vector<GroupLogRecord> records;
    for (const OffsetCommitPartition &p : partitions) {
        TopicPartition tp{p.topic, p.partition};
        if (p.metadata.size() > static_cast<std::size_t>(m_config.offsetMetadataMaxBytes)) {
            pending->result.push_back({std::move(tp), ErrorCode::OffsetMetadataTooLarge});
            continue;
        }
        CommittedOffset c{p.offset, p.leaderEpoch, p.metadata, t, std::nullopt};
        if (retentionTimeMs >= 0)
            c.expireTimestampMs = t + retentionTimeMs;
        records.push_back(offsetRecord(group.id(), tp, c));
        const WriteOrder order = m_nextWriteOrder++;
        if (producer)
            group.offsets().stageTransactional(producer->producerId, tp, c, order);
        else
            group.offsets().beginWrite(tp, order);
        pending->accepted.push_back({pending->result.size(), std::move(c), order});
        pending->result.push_back({std::move(tp), ErrorCode::None});
    }
    if (records.empty()) {
        post([pending] { pending->done(std::move(pending->result)); });
        return;
    }
    std::weak_ptr<Group> weak = findGroup(group.id());
    append(
        group.offsetsPartition(), std::move(records),
        [this, weak, pending, producer](ErrorCode error) {
            std::shared_ptr<Group> g = weak.lock();
            for (const Accepted &a : pending->accepted) {
                PartitionErrorResult &r = pending->result[a.index];
                r.error = offsetStoreError(error);
                if (!g)
                    continue;
                const bool written = error == ErrorCode::None && !g->is(GroupState::Dead);
                if (producer)
                    g->offsets().endTransactionalWrite(producer->producerId, r.partition, a.order, written);
                else
                    g->offsets().endWrite(r.partition, a.order, a.offset, written);
            }
            post([pending] { pending->done(std::move(pending->result)); });
        },
        [pending](ErrorCode error) {
            for (const Accepted &a : pending->accepted)
                pending->result[a.index].error = offsetStoreError(error);
            pending->done(std::move(pending->result));
        },
        producer);
}

OffsetFetchResult GroupCoordinator::fetchOffsets(const std::string &groupId,
                                                const std::optional<std::vector<TopicPartition>> &partitions,
                                                bool requireStable) const
{
    OffsetFetchResult result;
    result.error = coordinatorError(groupId);
    if (result.error != ErrorCode::None)
        return result;
    const std::shared_ptr<Group> group = findGroup(groupId);
    auto fetched = [&](const TopicPartition &tp) {
        FetchedOffset f;
        f.topic = tp.topic;
        f.partition = tp.partition;
        if (!group)
            return f;
        if (requireStable && group->offsets().isUnstable(tp)) {
            f.error = ErrorCode::UnstableOffsetCommit;
            return f;
        }
        if (const CommittedOffset *c = group->offsets().find(tp)) {
            f.offset = c->offset;
            f.leaderEpoch = c->leaderEpoch;
            f.metadata = c->metadata;
        }
        return f;
    };
    if (!partitions) {
        if (group)
            for (const auto &[tp, c] : group->offsets().committed())
                result.partitions.push_back(fetched(tp));
        return result;
    }
    for (const TopicPartition &tp : *partitions)
        result.partitions.push_back(fetched(tp));
    return result;
}

void GroupCoordinator::deleteOffsets(const std::string &groupId,
                                     const std::vector<TopicPartition> &partitions,
                                     DeleteOffsetsCallback done)
{
    CallScope scope(*this);
    auto result = std::make_shared<OffsetDeleteResult>();
    auto answer = [this, &done, result] {
        post([done = std::move(done), result] { done(std::move(*result)); });
    };
    result->error = coordinatorError(groupId);
    std::shared_ptr<Group> group = result->error == ErrorCode::None ? findGroup(groupId) : nullptr;
    if (result->error == ErrorCode::None && !group)
        result->error = ErrorCode::GroupIdNotFound;
    // A group with members keeps the offsets of the topics it consumes (for a consumer group
    // whose subscriptions we can read); any other group with members keeps them all.
    if (group && !group->is(GroupState::Empty) && !group->isConsumerGroup())
        result->error = ErrorCode::NonEmptyGroup;
    if (result->error != ErrorCode::None)
        return answer();

    std::vector<GroupLogRecord> records;
    for (const TopicPartition &tp : partitions) {
        if (!group->is(GroupState::Empty) && group->isSubscribedToTopic(tp.topic)) {
            result->partitions.push_back({tp, ErrorCode::GroupSubscribedToTopic});
            continue;
        }
        if (group->offsets().remove(tp))
            records.push_back(offsetTombstone(groupId, tp));
        result->partitions.push_back({tp, ErrorCode::None});
    }
    if (group->is(GroupState::Empty) && group->offsets().empty() && !group->hasPendingMembers()) {
        group->transitionTo(GroupState::Dead, now());
        records.push_back(groupTombstone(groupId));
        GroupEvent event = groupEvent(*group, GroupEventKind::GroupDeleted, {EventForm::LastOffsetsDeleted});
        event.oldState = GroupState::Empty;
        raiseEvent(std::move(event));
        eraseGroup(*group);
    }
    if (records.empty())
        return answer();
    auto finish = [result, done = std::move(done)](ErrorCode error) mutable {
        if (error != ErrorCode::None)
            result->error = groupStoreError(error);
        done(std::move(*result));
    };
    append(
        partitionFor(groupId), std::move(records),
        [this, finish](ErrorCode error) mutable { post([finish, error]() mutable { finish(error); }); },
        finish);
}

void GroupCoordinator::deleteGroups(const std::vector<std::string> &groupIds, DeleteGroupsCallback done)
{
    CallScope scope(*this);
    struct Pending {
        std::vector<DeleteGroupResult> results;
        std::size_t writesLeft = 0;
        DeleteGroupsCallback done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    std::map<std::int32_t, std::pair<std::vector<GroupLogRecord>, std::vector<std::size_t>>> writes;
    for (const std::string &id : groupIds) {
        const std::size_t index = pending->results.size();
        pending->results.push_back({id, coordinatorError(id)});
        if (pending->results.back().error != ErrorCode::None)
            continue;
        std::shared_ptr<Group> group = findGroup(id);
        if (!group) {
            pending->results.back().error = ErrorCode::GroupIdNotFound;
            continue;
        }
        if (!group->is(GroupState::Empty)) {
            pending->results.back().error = ErrorCode::NonEmptyGroup;
            continue;
        }
        // Pending transactional offsets and writes in flight get tombstones too: their records
        // are in the log, and a replay must not bring them back.
        auto &[records, indexes] = writes[group->offsetsPartition()];
        for (const TopicPartition &tp : group->offsets().partitions())
            records.push_back(offsetTombstone(id, tp));
        records.push_back(groupTombstone(id));
        indexes.push_back(index);
        group->transitionTo(GroupState::Dead, now());
        GroupEvent event = groupEvent(*group, GroupEventKind::GroupDeleted, {EventForm::GroupDeleted});
        event.oldState = GroupState::Empty;
        raiseEvent(std::move(event));
        logger("group")->info("group {} deleted", id);
        eraseGroup(*group);
    }
    if (writes.empty()) {
        post([pending] { pending->done(std::move(pending->results)); });
        return;
    }
    pending->writesLeft = writes.size();
    for (auto &[partition, write] : writes) {
        auto finish = [pending, indexes = write.second](ErrorCode error) {
            for (std::size_t i : indexes)
                pending->results[i].error = groupStoreError(error);
            return --pending->writesLeft == 0;
        };
        append(
            partition, std::move(write.first),
            [this, pending, finish](ErrorCode error) {
                if (finish(error))
                    post([pending] { pending->done(std::move(pending->results)); });
            },
            [pending, finish](ErrorCode error) {
                if (finish(error))
                    pending->done(std::move(pending->results));
            });
    }
}

void GroupCoordinator::resetOffsets(const std::string &groupId,
                                    const std::map<TopicPartition, std::int64_t> &offsets,
                                    ResetOffsetsCallback done)
{
    CallScope scope(*this);
    auto answer = [&](ErrorCode error, std::string message) {
        post([done = std::move(done), result = ResetOffsetsResult{error, std::move(message)}]() mutable {
            done(std::move(result));
        });
    };
    if (ErrorCode error = coordinatorError(groupId); error != ErrorCode::None)
        return answer(error, "group " + groupId + ": " + std::string(errorMessage(error)));
    for (const auto &[tp, offset] : offsets)
        if (offset < 0)
            return answer(ErrorCode::InvalidRequest,
                          "offset " + std::to_string(offset) + " for " + tp.toString() + " is negative");
    std::shared_ptr<Group> group = findGroup(groupId);
    if (group && !group->is(GroupState::Empty)) {
        // Members would overwrite the reset with their next commit: they must stop first.
        std::string message = "group " + groupId + " is " + std::string(groupStateName(group->state()));
        if (!group->members().empty()) {
            message += " with active members:";
            for (const GroupMember &m : group->members())
                message += " " + m.memberId + (&m == &group->members().back() ? "" : ",");
        }
        message += "; stop its consumers before resetting offsets";
        return answer(ErrorCode::NonEmptyGroup, std::move(message));
    }
    if (!group)
        group = createGroup(groupId);
    OffsetCommitRequest request;
    request.groupId = groupId;
    for (const auto &[tp, offset] : offsets)
        request.partitions.push_back({tp.topic, tp.partition, offset, -1, ""});
    std::weak_ptr<int> alive = m_lifetime;
    GroupEvent event = groupEvent(*group, GroupEventKind::OffsetsReset,
                                  {EventForm::OffsetsReset, {{"partitions", offsets.size()}}});
    storeOffsets(
        *group, request.partitions, -1, std::nullopt,
        [this, alive, event, done = std::move(done)](OffsetCommitResult result) mutable {
            ErrorCode error = ErrorCode::None;
            for (const PartitionErrorResult &r : result)
                if (r.error != ErrorCode::None)
                    error = r.error;
            if (error == ErrorCode::None && !alive.expired())
                raiseEvent(std::move(event));
            done(ResetOffsetsResult{error, error == ErrorCode::None ? "" : std::string(errorMessage(error))});
        });
}

void GroupCoordinator::expireOffsets(std::int64_t nowMs)
{
    std::map<std::int32_t, std::vector<GroupLogRecord>> tombstones;
    std::vector<std::shared_ptr<Group>> groups;
    for (const auto &[id, group] : m_groups)
        groups.push_back(group);
    for (const std::shared_ptr<Group> &group : groups) {
        // Kafka's rules: an empty group's offsets expire retention after it became empty; a
        // group that only stores offsets, and a stable consumer group for topics it no longer
        // consumes, retention after each commit. Commits with their own expiry keep to it.
        const bool simple = !group->protocolType();
        const bool emptyGroup = group->is(GroupState::Empty) && !simple;
        const bool stableConsumer = group->isConsumerGroup() && group->is(GroupState::Stable) &&
                                    group->subscribedTopics().has_value();
        if (!simple && !emptyGroup && !stableConsumer)
            continue;
        std::vector<TopicPartition> expired;
        for (const auto &[tp, c] : group->offsets().committed()) {
            // A partition whose commit is being written or pending in a transaction is not
            // old: its next offset is on its way (and a tombstone now would drop it on replay).
            if (group->offsets().isUnstable(tp) || (stableConsumer && group->isSubscribedToTopic(tp.topic)))
                continue;
            const std::int64_t base = emptyGroup && group->stateTimestampMs() >= 0 ? group->stateTimestampMs()
                                                                                   : c.commitTimestampMs;
            const bool due = c.expireTimestampMs ? nowMs >= *c.expireTimestampMs
                                                 : nowMs - base >= m_config.offsetsRetentionMs;
            if (due)
                expired.push_back(tp);
        }
        if (!expired.empty())
            logger("group")->info("group {}: {} committed offsets expired", group->id(), expired.size());
        dropOffsets(*group, expired, tombstones[group->offsetsPartition()]);
    }
    appendTombstones(std::move(tombstones), "expired offsets");
}

void GroupCoordinator::onTopicsDeleted(const std::set<std::string, std::less<>> &topics)
{
    if (topics.empty())
        return;
    CallScope scope(*this);
    std::map<std::int32_t, std::vector<GroupLogRecord>> tombstones;
    std::vector<std::shared_ptr<Group>> groups;
    for (const auto &[id, group] : m_groups)
        groups.push_back(group);
    for (const std::shared_ptr<Group> &group : groups) {
        std::vector<TopicPartition> deleted;
        for (const TopicPartition &tp : group->offsets().partitions())
            if (topics.contains(tp.topic))
                deleted.push_back(tp);
        if (deleted.empty())
            continue;
        logger("group")->info("group {}: {} offsets removed with their deleted topics", group->id(),
                              deleted.size());
        dropOffsets(*group, deleted, tombstones[group->offsetsPartition()]);
    }
    appendTombstones(std::move(tombstones), "offsets of deleted topics");
}

void GroupCoordinator::appendTombstones(std::map<std::int32_t, std::vector<GroupLogRecord>> records,
                                        std::string_view why)
{
    for (auto &[partition, batch] : records) {
        if (batch.empty())
            continue;
        append(partition, std::move(batch), [partition, what = std::string(why)](ErrorCode error) {
            if (error != ErrorCode::None)
                logger("group")->warn("{}-{}: writing tombstones for {} failed: {}", kOffsetsTopic, partition, what,
                                      errorName(error));
        });
    }
}

void GroupCoordinator::dropOffsets(Group &group, const std::vector<TopicPartition> &partitions,
                                   std::vector<GroupLogRecord> &records)
{
    for (const TopicPartition &tp : partitions) {
        group.offsets().remove(tp);
        records.push_back(offsetTombstone(group.id(), tp));
    }
    if (group.is(GroupState::Empty) && group.offsets().empty() && !group.hasPendingMembers()) {
        group.transitionTo(GroupState::Dead, now());
        records.push_back(groupTombstone(group.id()));
        GroupEvent event = groupEvent(group, GroupEventKind::GroupDeleted, {EventForm::GroupExpired});
        event.oldState = GroupState::Empty;
        raiseEvent(std::move(event));
        logger("group")->info("group {} removed: empty with no committed offsets left", group.id());
        eraseGroup(group);
    }
}

} // namespace es
