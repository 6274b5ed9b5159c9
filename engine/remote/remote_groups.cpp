#include "cluster/group/consumer_protocol.h"
#include "cluster/partition_lag.h"
#include "remote/admin_call.h"
#include "remote/remote_reader.h"

#include <algorithm>
#include <unordered_map>

namespace es {

namespace {

GroupState stateOf(rd_kafka_consumer_group_state_t state)
{
    switch (state) {
    case RD_KAFKA_CONSUMER_GROUP_STATE_PREPARING_REBALANCE: return GroupState::PreparingRebalance;
    case RD_KAFKA_CONSUMER_GROUP_STATE_COMPLETING_REBALANCE: return GroupState::CompletingRebalance;
    case RD_KAFKA_CONSUMER_GROUP_STATE_STABLE: return GroupState::Stable;
    case RD_KAFKA_CONSUMER_GROUP_STATE_DEAD: return GroupState::Dead;
    default: return GroupState::Empty;
    }
}

std::vector<TopicPartition> partitionsOf(const rd_kafka_topic_partition_list_t *partitions)
{
    std::vector<TopicPartition> out;
    if (partitions)
        for (int i = 0; i < partitions->cnt; ++i)
            out.push_back({partitions->elems[i].topic, partitions->elems[i].partition});
    std::sort(out.begin(), out.end());
    return out;
}

void describeInto(const rd_kafka_ConsumerGroupDescription_t *d, RemoteGroup &out)
{
    GroupSnapshot &g = out.group;
    g.state = stateOf(rd_kafka_ConsumerGroupDescription_state(d));
    const bool simple = rd_kafka_ConsumerGroupDescription_is_simple_consumer_group(d) != 0;
    g.protocolType = simple ? "" : std::string(kConsumerProtocolType);
    if (const char *assignor = rd_kafka_ConsumerGroupDescription_partition_assignor(d))
        g.protocol = assignor;
    if (const rd_kafka_Node_t *node = rd_kafka_ConsumerGroupDescription_coordinator(d))
        out.coordinator = rd_kafka_Node_id(node);
    const size_t members = rd_kafka_ConsumerGroupDescription_member_count(d);
    for (size_t i = 0; i < members; ++i) {
        const rd_kafka_MemberDescription_t *m = rd_kafka_ConsumerGroupDescription_member(d, i);
        GroupMemberSnapshot member;
        member.memberId = rd_kafka_MemberDescription_consumer_id(m);
        member.clientId = rd_kafka_MemberDescription_client_id(m);
        member.clientHost = rd_kafka_MemberDescription_host(m);
        if (const char *instance = rd_kafka_MemberDescription_group_instance_id(m))
            member.groupInstanceId = instance;
        const rd_kafka_MemberAssignment_t *assignment = rd_kafka_MemberDescription_assignment(m);
        member.assignedPartitions =
            partitionsOf(assignment ? rd_kafka_MemberAssignment_partitions(assignment) : nullptr);
        g.members.push_back(std::move(member));
    }
}

void offsetsInto(const rd_kafka_group_result_t *result, GroupSnapshot &g)
{
    const rd_kafka_topic_partition_list_t *partitions = rd_kafka_group_result_partitions(result);
    if (!partitions)
        return;
    for (int i = 0; i < partitions->cnt; ++i) {
        const auto &p = partitions->elems[i];
        if (p.err != RD_KAFKA_RESP_ERR_NO_ERROR || p.offset < 0)
            continue;
        CommittedOffset committed;
        committed.offset = p.offset;
        if (p.metadata && p.metadata_size > 0)
            committed.metadata.assign(static_cast<const char *>(p.metadata), p.metadata_size);
        g.offsets[TopicPartition{p.topic, p.partition}] = std::move(committed);
    }
}

} // namespace

Result<std::vector<RemoteGroup>> readGroups(rd_kafka_t *rk, int timeoutMs)
{
    auto listed = awaitAdmin(
        rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS, timeoutMs);
            rd_kafka_ListConsumerGroups(rk, options.get(), queue);
        },
        timeoutMs);
    if (!listed)
        return listed.status();
    const auto *listResult = rd_kafka_event_ListConsumerGroups_result(listed->get());
    size_t count = 0;
    const rd_kafka_ConsumerGroupListing_t **listings =
        rd_kafka_ListConsumerGroups_result_valid(listResult, &count);
    std::vector<RemoteGroup> groups(count);
    std::unordered_map<std::string, std::size_t> byId;
    std::vector<const char *> ids;
    for (size_t i = 0; i < count; ++i) {
        groups[i].group.groupId = rd_kafka_ConsumerGroupListing_group_id(listings[i]);
        groups[i].group.state = stateOf(rd_kafka_ConsumerGroupListing_state(listings[i]));
        byId[groups[i].group.groupId] = i;
    }
    for (const auto &g : groups)
        ids.push_back(g.group.groupId.c_str());
    if (groups.empty())
        return groups;

    // Descriptions in one call; committed offsets one group per call (librdkafka 2.0 asks
    // for one at a time), all under way at once.
    auto described = awaitAdmin(
        rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS, timeoutMs);
            rd_kafka_DescribeConsumerGroups(rk, ids.data(), ids.size(), options.get(), queue);
        },
        timeoutMs);
    if (described) {
        size_t n = 0;
        const auto **descriptions = rd_kafka_DescribeConsumerGroups_result_groups(
            rd_kafka_event_DescribeConsumerGroups_result(described->get()), &n);
        for (size_t i = 0; i < n; ++i) {
            if (rd_kafka_ConsumerGroupDescription_error(descriptions[i]))
                continue;
            auto it = byId.find(rd_kafka_ConsumerGroupDescription_group_id(descriptions[i]));
            if (it != byId.end())
                describeInto(descriptions[i], groups[it->second]);
        }
    }

    const auto answers = awaitAdminAll(
        rk, groups.size(),
        [&](std::size_t i, rd_kafka_queue_t *queue) {
            rd_kafka_ListConsumerGroupOffsets_t *request =
                rd_kafka_ListConsumerGroupOffsets_new(groups[i].group.groupId.c_str(), nullptr);
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS, timeoutMs);
            rd_kafka_ListConsumerGroupOffsets(rk, &request, 1, options.get(), queue);
            rd_kafka_ListConsumerGroupOffsets_destroy(request);
        },
        timeoutMs);
    for (const auto &event : answers) {
        if (rd_kafka_event_error(event.get()))
            continue;
        size_t n = 0;
        const rd_kafka_group_result_t **results = rd_kafka_ListConsumerGroupOffsets_result_groups(
            rd_kafka_event_ListConsumerGroupOffsets_result(event.get()), &n);
        for (size_t i = 0; i < n; ++i) {
            if (rd_kafka_group_result_error(results[i]))
                continue;
            auto it = byId.find(rd_kafka_group_result_name(results[i]));
            if (it != byId.end())
                offsetsInto(results[i], groups[it->second].group);
        }
    }
    std::sort(groups.begin(), groups.end(),
              [](const auto &a, const auto &b) { return a.group.groupId < b.group.groupId; });
    return groups;
}

std::vector<GroupView> groupViews(std::vector<RemoteGroup> groups, const ClusterSnapshot &snapshot)
{
    std::unordered_map<TopicPartition, const PartitionSnapshot *> partitions;
    for (const auto &t : snapshot.topics)
        for (const auto &p : t.partitions)
            partitions[TopicPartition{t.name, p.partition}] = &p;
    std::vector<GroupView> views;
    views.reserve(groups.size());
    for (auto &g : groups) {
        GroupView view;
        view.coordinator = g.coordinator;
        for (const auto &[tp, committed] : g.group.offsets) {
            auto p = partitions.find(tp);
            const PartitionLag lag = partitionLag(tp, committed, p != partitions.end() ? p->second : nullptr);
            view.totalLag += lag.lag;
            view.lag.push_back(lag);
        }
        view.group = std::move(g.group);
        views.push_back(std::move(view));
    }
    return views;
}

} // namespace es
