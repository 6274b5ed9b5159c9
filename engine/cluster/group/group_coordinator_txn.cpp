// Offsets committed inside a producer's transaction (TxnOffsetCommit), as Kafka's
// GroupCoordinator.handleTxnCommitOffsets and GroupMetadataManager.handleTxnCompletion do:
// written as the producer's transactional batch, pending until its marker.

#include "cluster/group/group.h"
#include "cluster/group/group_coordinator.h"
#include "cluster/group/group_records.h"
#include "common/logging.h"

#include <utility>

namespace es {

void GroupCoordinator::commitTransactionalOffsets(TxnOffsetCommitRequest request, CommitCallback done)
{
    CallScope scope(*this);
    auto failAll = [&](ErrorCode error) {
        OffsetCommitResult result;
        for (const OffsetCommitPartition &p : request.partitions)
            result.push_back({{p.topic, p.partition}, error});
        post([done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
    };
    // Unlike OffsetCommit, Kafka refuses an empty group id here.
    if (request.groupId.empty())
        return failAll(ErrorCode::InvalidGroupId);
    if (ErrorCode error = coordinatorError(request.groupId); error != ErrorCode::None)
        return failAll(error);
    // Without a producer the batch could not be transactional, and no marker would end it.
    if (request.producerId < 0)
        return failAll(ErrorCode::InvalidProducerIdMapping);
    std::shared_ptr<Group> group = findGroup(request.groupId);
    if (group && group->is(GroupState::Dead))
        return failAll(ErrorCode::CoordinatorNotAvailable);
    // A producer that names the consumer it commits for (TxnOffsetCommit v3+, KIP-447) must be
    // committing for the group's current member and generation, so a zombie that lost its
    // partitions in a rebalance cannot commit over the new owner. Without them anyone may.
    if (request.generationId >= 0 || !request.memberId.empty() || request.groupInstanceId) {
        if (!group)
            return failAll(ErrorCode::UnknownMemberId);
        if (ErrorCode error = validateCurrentMember(*group, request.memberId, request.groupInstanceId);
            error != ErrorCode::None)
            return failAll(error);
        if (request.generationId != group->generation())
            return failAll(ErrorCode::IllegalGeneration);
    }
    if (!group)
        group = createGroup(request.groupId);
    storeOffsets(*group, request.partitions, -1,
                 TransactionalProducer{request.producerId, request.producerEpoch}, std::move(done));
}

void GroupCoordinator::completeTransaction(std::int32_t offsetsPartition, std::int64_t producerId,
                                           bool commit)
{
    CallScope scope(*this);
    auto owned = m_partitions.find(offsetsPartition);
    if (owned == m_partitions.end())
        return;
    if (owned->second.status == PartitionStatus::Loading) {
        // The owner calls this right after appending the marker, so the marker lies past
        // everything the load has read: it is the next entry to replay.
        owned->second.loader->add(GroupLogEntry::marker(producerId, commit));
        return;
    }
    for (const auto &[id, group] : m_groups) {
        if (group->offsetsPartition() != offsetsPartition || !group->offsets().hasTransactionFrom(producerId))
            continue;
        const std::size_t unwritten = group->offsets().completeTransaction(producerId, commit);
        if (unwritten > 0)
            logger("group")->warn(
                "group {}: the {} marker of producer {} came before {} of its offset commits "
                "were written; they are dropped",
                id, commit ? "commit" : "abort", producerId, unwritten);
        logger("group")->debug("group {}: transactional offsets of producer {} {}", id, producerId,
                               commit ? "committed" : "aborted");
    }
}

} // namespace es
