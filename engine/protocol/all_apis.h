#pragma once

// Every Kafka API Eventscope decodes, listed once. The registry, the request and response
// variants and the frame dispatch all derive from AllApis; adding an API is adding its
// header here and its type to the list (kept in api-key order).

#include "protocol/api/add_offsets_to_txn.h"
#include "protocol/api/add_partitions_to_txn.h"
#include "protocol/api/alter_configs.h"
#include "protocol/api/alter_partition_reassignments.h"
#include "protocol/api/alter_user_scram_credentials.h"
#include "protocol/api/api_versions.h"
#include "protocol/api/create_acls.h"
#include "protocol/api/create_partitions.h"
#include "protocol/api/create_topics.h"
#include "protocol/api/delete_acls.h"
#include "protocol/api/delete_groups.h"
#include "protocol/api/delete_records.h"
#include "protocol/api/delete_topics.h"
#include "protocol/api/describe_acls.h"
#include "protocol/api/describe_cluster.h"
#include "protocol/api/describe_configs.h"
#include "protocol/api/describe_groups.h"
#include "protocol/api/describe_log_dirs.h"
#include "protocol/api/describe_producers.h"
#include "protocol/api/describe_transactions.h"
#include "protocol/api/describe_user_scram_credentials.h"
#include "protocol/api/elect_leaders.h"
#include "protocol/api/end_txn.h"
#include "protocol/api/fetch.h"
#include "protocol/api/find_coordinator.h"
#include "protocol/api/heartbeat.h"
#include "protocol/api/incremental_alter_configs.h"
#include "protocol/api/init_producer_id.h"
#include "protocol/api/join_group.h"
#include "protocol/api/leave_group.h"
#include "protocol/api/list_groups.h"
#include "protocol/api/list_offsets.h"
#include "protocol/api/list_partition_reassignments.h"
#include "protocol/api/list_transactions.h"
#include "protocol/api/metadata.h"
#include "protocol/api/offset_commit.h"
#include "protocol/api/offset_delete.h"
#include "protocol/api/offset_fetch.h"
#include "protocol/api/offset_for_leader_epoch.h"
#include "protocol/api/produce.h"
#include "protocol/api/sasl_authenticate.h"
#include "protocol/api/sasl_handshake.h"
#include "protocol/api/sync_group.h"
#include "protocol/api/txn_offset_commit.h"

#include <variant>

namespace es::protocol {

template <typename... Apis>
struct ApiList {};

using AllApis =
    ApiList<ProduceApi, FetchApi, ListOffsetsApi, MetadataApi, OffsetCommitApi, OffsetFetchApi,
            FindCoordinatorApi, JoinGroupApi, HeartbeatApi, LeaveGroupApi, SyncGroupApi, DescribeGroupsApi,
            ListGroupsApi, SaslHandshakeApi, ApiVersionsApi, CreateTopicsApi, DeleteTopicsApi,
            DeleteRecordsApi, InitProducerIdApi, OffsetForLeaderEpochApi, AddPartitionsToTxnApi,
            AddOffsetsToTxnApi, EndTxnApi, TxnOffsetCommitApi, DescribeAclsApi, CreateAclsApi,
            DeleteAclsApi, DescribeConfigsApi, AlterConfigsApi, DescribeLogDirsApi, SaslAuthenticateApi,
            CreatePartitionsApi, DeleteGroupsApi, ElectLeadersApi, IncrementalAlterConfigsApi,
            AlterPartitionReassignmentsApi, ListPartitionReassignmentsApi, OffsetDeleteApi,
            DescribeUserScramCredentialsApi, AlterUserScramCredentialsApi, DescribeClusterApi,
            DescribeProducersApi, DescribeTransactionsApi, ListTransactionsApi>;

namespace detail {

template <typename List>
struct Variants;

template <typename... Apis>
struct Variants<ApiList<Apis...>> {
    using Request = std::variant<typename Apis::Request...>;
    using Response = std::variant<typename Apis::Response...>;
};

} // namespace detail

// One decoded request or response body of any API; each alternative's Api names its key.
using AnyRequest = detail::Variants<AllApis>::Request;
using AnyResponse = detail::Variants<AllApis>::Response;

inline ApiKey apiKeyOf(const AnyRequest &request)
{
    return std::visit([](const auto &r) { return std::decay_t<decltype(r)>::Api::kKey; }, request);
}

inline ApiKey apiKeyOf(const AnyResponse &response)
{
    return std::visit([](const auto &r) { return std::decay_t<decltype(r)>::Api::kKey; }, response);
}

} // namespace es::protocol
