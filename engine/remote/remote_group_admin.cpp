// DeleteRecords and the consumer group commands through librdkafka's Admin API. Kafka
// answers them per partition and per group: the first failure is the command's.

#include "remote/admin_call.h"
#include "remote/remote_admin.h"

namespace es {

namespace {

using PartitionList = RdPtr<rd_kafka_topic_partition_list_t>;

PartitionList partitionList(const std::vector<TopicPartition> &partitions)
{
    PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(partitions.size())));
    for (const auto &tp : partitions)
        rd_kafka_topic_partition_list_add(list.get(), tp.topic.c_str(), tp.partition);
    return list;
}

AdminResult forGroup(const std::string &groupId, AdminResult result)
{
    if (!result.ok())
        result.message = "group " + groupId + ": " + result.message;
    return result;
}

// The first failure in a command's answers: the group's own error, else the first of its
// partitions', named.
AdminResult groupResult(const rd_kafka_group_result_t **results, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        if (const rd_kafka_error_t *error = rd_kafka_group_result_error(results[i]))
            return adminResult(rd_kafka_error_code(error), rd_kafka_error_string(error));
        const rd_kafka_topic_partition_list_t *partitions = rd_kafka_group_result_partitions(results[i]);
        for (int k = 0; partitions && k < partitions->cnt; ++k) {
            const rd_kafka_topic_partition_t &p = partitions->elems[k];
            if (p.err == RD_KAFKA_RESP_ERR_NO_ERROR)
                continue;
            AdminResult r = adminResult(p.err, nullptr);
            r.message = TopicPartition{p.topic, p.partition}.toString() + ": " + r.message;
            return r;
        }
    }
    if (count == 0)
        return {ErrorCode::UnknownServerError, "the cluster's answer named no group"};
    return {};
}

// "group G is Stable with active members: m (client c on host), ..." as far as the group's
// description can be read; "group G has active members" when it cannot.
std::string activeMembers(rd_kafka_t *rk, const std::string &groupId, int timeoutMs)
{
    const std::string unknown = "group " + groupId + " has active members";
    const char *ids[] = {groupId.c_str()};
    auto described = awaitAdmin(
        rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS, timeoutMs);
            rd_kafka_DescribeConsumerGroups(rk, ids, 1, options.get(), queue);
        },
        timeoutMs);
    if (!described)
        return unknown;
    size_t count = 0;
    const auto **groups = rd_kafka_DescribeConsumerGroups_result_groups(
        rd_kafka_event_DescribeConsumerGroups_result(described->get()), &count);
    if (count != 1 || rd_kafka_ConsumerGroupDescription_error(groups[0]))
        return unknown;
    const rd_kafka_ConsumerGroupDescription_t *group = groups[0];
    const size_t members = rd_kafka_ConsumerGroupDescription_member_count(group);
    if (members == 0)
        return unknown;
    std::string text = "group " + groupId + " is " +
                       rd_kafka_consumer_group_state_name(rd_kafka_ConsumerGroupDescription_state(group)) +
                       " with active members:";
    for (size_t i = 0; i < members; ++i) {
        const rd_kafka_MemberDescription_t *m = rd_kafka_ConsumerGroupDescription_member(group, i);
        text += std::string(i == 0 ? " " : ", ") + rd_kafka_MemberDescription_consumer_id(m) + " (client " +
                rd_kafka_MemberDescription_client_id(m) + " on " + rd_kafka_MemberDescription_host(m) + ")";
    }
    return text;
}

// Kafka refuses an admin's commit to a group with members as the commit of a member it
// does not know; newer coordinators say NON_EMPTY_GROUP.
bool refusedForMembers(ErrorCode error)
{
    return error == ErrorCode::NonEmptyGroup || error == ErrorCode::UnknownMemberId;
}

} // namespace

Result<std::int64_t> remoteDeleteRecords(rd_kafka_t *rk, const TopicPartition &tp, std::int64_t offset,
                                         int timeoutMs)
{
    if (offset < -1)
        return Status::invalidArgument("offset " + std::to_string(offset) + " for " + tp.toString() +
                                       " is negative (-1 alone stands for the high watermark)");
    const std::string what =
        offset < 0 ? "deleting the records of " + tp.toString()
                   : "deleting the records of " + tp.toString() + " below offset " + std::to_string(offset);
    PartitionList list = partitionList({tp});
    list->elems[0].offset = offset < 0 ? RD_KAFKA_OFFSET_END : offset;
    rd_kafka_DeleteRecords_t *request = rd_kafka_DeleteRecords_new(list.get());
    CommandAnswer answer = awaitCommand(
        rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_DELETERECORDS, timeoutMs);
            rd_kafka_DeleteRecords(rk, &request, 1, options.get(), queue);
        },
        timeoutMs);
    rd_kafka_DeleteRecords_destroy(request);
    // librdkafka asks the leaders first, and fails the whole call when none is known.
    if (answer.code == RD_KAFKA_RESP_ERR__NOENT)
        return Status::notFound(what + ": the cluster knows no leader of " + tp.toString() +
                                " (there is no such partition, or it has no leader right now)");
    if (!answer.event && answer.code == RD_KAFKA_RESP_ERR_NO_ERROR)
        return Status::timedOut(what + ": " + answer.error.message);
    if (!answer.event)
        return rdStatus(answer.code, what);
    const rd_kafka_topic_partition_list_t *offsets =
        rd_kafka_DeleteRecords_result_offsets(rd_kafka_event_DeleteRecords_result(answer.event.get()));
    for (int i = 0; offsets && i < offsets->cnt; ++i) {
        const rd_kafka_topic_partition_t &p = offsets->elems[i];
        if (tp.topic != p.topic || tp.partition != p.partition)
            continue;
        if (p.err != RD_KAFKA_RESP_ERR_NO_ERROR)
            return rdStatus(p.err, what);
        return std::int64_t{p.offset};
    }
    return Status::ioError(what + ": the cluster's answer did not name the partition");
}

AdminResult remoteResetGroupOffsets(rd_kafka_t *rk, const std::string &groupId,
                                    const std::map<TopicPartition, std::int64_t> &offsets, int timeoutMs,
                                    const std::stop_token &stop)
{
    for (const auto &[tp, offset] : offsets)
        if (offset < 0)
            return {ErrorCode::InvalidRequest,
                    "offset " + std::to_string(offset) + " for " + tp.toString() + " is negative"};
    if (offsets.empty())
        return {};
    PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(offsets.size())));
    for (const auto &[tp, offset] : offsets)
        rd_kafka_topic_partition_list_add(list.get(), tp.topic.c_str(), tp.partition)->offset = offset;
    // librdkafka 2.0 alters one group per call.
    rd_kafka_AlterConsumerGroupOffsets_t *request =
        rd_kafka_AlterConsumerGroupOffsets_new(groupId.c_str(), list.get());
    CommandAnswer answer = awaitCommand(
        rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS, timeoutMs);
            rd_kafka_AlterConsumerGroupOffsets(rk, &request, 1, options.get(), queue);
        },
        timeoutMs, stop);
    rd_kafka_AlterConsumerGroupOffsets_destroy(request);
    AdminResult result = std::move(answer.error);
    if (answer.event) {
        size_t count = 0;
        const auto **groups = rd_kafka_AlterConsumerGroupOffsets_result_groups(
            rd_kafka_event_AlterConsumerGroupOffsets_result(answer.event.get()), &count);
        result = groupResult(groups, count);
    }
    // Members would overwrite the reset with their next commit: they must stop first.
    if (refusedForMembers(result.error))
        return {ErrorCode::NonEmptyGroup,
                activeMembers(rk, groupId, timeoutMs) + "; stop its consumers before resetting offsets"};
    return forGroup(groupId, std::move(result));
}

AdminResult remoteDeleteGroupOffsets(rd_kafka_t *rk, const std::string &groupId,
                                     const std::vector<TopicPartition> &partitions, int timeoutMs)
{
    if (partitions.empty())
        return {};
    PartitionList list = partitionList(partitions);
    rd_kafka_DeleteConsumerGroupOffsets_t *request =
        rd_kafka_DeleteConsumerGroupOffsets_new(groupId.c_str(), list.get());
    CommandAnswer answer = awaitCommand(
        rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_DELETECONSUMERGROUPOFFSETS, timeoutMs);
            rd_kafka_DeleteConsumerGroupOffsets(rk, &request, 1, options.get(), queue);
        },
        timeoutMs);
    rd_kafka_DeleteConsumerGroupOffsets_destroy(request);
    if (!answer.event)
        return forGroup(groupId, std::move(answer.error));
    size_t count = 0;
    const auto **groups = rd_kafka_DeleteConsumerGroupOffsets_result_groups(
        rd_kafka_event_DeleteConsumerGroupOffsets_result(answer.event.get()), &count);
    return forGroup(groupId, groupResult(groups, count));
}

AdminResult remoteDeleteGroup(rd_kafka_t *rk, const std::string &groupId, int timeoutMs)
{
    rd_kafka_DeleteGroup_t *request = rd_kafka_DeleteGroup_new(groupId.c_str());
    CommandAnswer answer = awaitCommand(
        rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_DELETEGROUPS, timeoutMs);
            rd_kafka_DeleteGroups(rk, &request, 1, options.get(), queue);
        },
        timeoutMs);
    rd_kafka_DeleteGroup_destroy(request);
    AdminResult result = std::move(answer.error);
    if (answer.event) {
        size_t count = 0;
        const auto **groups = rd_kafka_DeleteGroups_result_groups(
            rd_kafka_event_DeleteGroups_result(answer.event.get()), &count);
        result = groupResult(groups, count);
    }
    if (result.error == ErrorCode::NonEmptyGroup)
        return {ErrorCode::NonEmptyGroup,
                activeMembers(rk, groupId, timeoutMs) + "; stop its consumers before deleting it"};
    return forGroup(groupId, std::move(result));
}

} // namespace es
