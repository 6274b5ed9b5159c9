#pragma once

// Every request handler, declared once; each group is defined in the file named above it.

#include "cluster/broker.h"
#include "server/handler_registry.h"

namespace es::server {

// api_versions_handler.cpp
struct ApiVersionsHandler : Handler<protocol::ApiVersionsApi> {
    static void handle(RequestContext ctx, protocol::ApiVersionsRequest request,
                       Respond<protocol::ApiVersionsResponse> respond);
};

// sasl_handlers.cpp
struct SaslHandshakeHandler : Handler<protocol::SaslHandshakeApi> {
    static void handle(RequestContext ctx, protocol::SaslHandshakeRequest request,
                       Respond<protocol::SaslHandshakeResponse> respond);
};
struct SaslAuthenticateHandler : Handler<protocol::SaslAuthenticateApi> {
    static void handle(RequestContext ctx, protocol::SaslAuthenticateRequest request,
                       Respond<protocol::SaslAuthenticateResponse> respond);
};

// produce_handlers.cpp
struct ProduceHandler : Handler<protocol::ProduceApi> {
    static void handle(RequestContext ctx, protocol::ProduceRequest request,
                       Respond<protocol::ProduceResponse> respond);
};
struct InitProducerIdHandler : Handler<protocol::InitProducerIdApi> {
    static void handle(RequestContext ctx, protocol::InitProducerIdRequest request,
                       Respond<protocol::InitProducerIdResponse> respond);
};

// fetch_handlers.cpp
struct FetchHandler : Handler<protocol::FetchApi> {
    static void handle(RequestContext ctx, protocol::FetchRequest request,
                       Respond<protocol::FetchResponse> respond);
};
struct ListOffsetsHandler : Handler<protocol::ListOffsetsApi> {
    static void handle(RequestContext ctx, protocol::ListOffsetsRequest request,
                       Respond<protocol::ListOffsetsResponse> respond);
};
struct OffsetForLeaderEpochHandler : Handler<protocol::OffsetForLeaderEpochApi> {
    static void handle(RequestContext ctx, protocol::OffsetForLeaderEpochRequest request,
                       Respond<protocol::OffsetForLeaderEpochResponse> respond);
};

// metadata_handlers.cpp
struct MetadataHandler : Handler<protocol::MetadataApi> {
    static void handle(RequestContext ctx, protocol::MetadataRequest request,
                       Respond<protocol::MetadataResponse> respond);
};
struct DescribeClusterHandler : Handler<protocol::DescribeClusterApi> {
    static void handle(RequestContext ctx, protocol::DescribeClusterRequest request,
                       Respond<protocol::DescribeClusterResponse> respond);
};

// group_handlers.cpp
struct FindCoordinatorHandler : Handler<protocol::FindCoordinatorApi> {
    static void handle(RequestContext ctx, protocol::FindCoordinatorRequest request,
                       Respond<protocol::FindCoordinatorResponse> respond);
};
struct JoinGroupHandler : Handler<protocol::JoinGroupApi> {
    static void handle(RequestContext ctx, protocol::JoinGroupRequest request,
                       Respond<protocol::JoinGroupResponse> respond);
};
struct SyncGroupHandler : Handler<protocol::SyncGroupApi> {
    static void handle(RequestContext ctx, protocol::SyncGroupRequest request,
                       Respond<protocol::SyncGroupResponse> respond);
};
struct HeartbeatHandler : Handler<protocol::HeartbeatApi> {
    static void handle(RequestContext ctx, protocol::HeartbeatRequest request,
                       Respond<protocol::HeartbeatResponse> respond);
};
struct LeaveGroupHandler : Handler<protocol::LeaveGroupApi> {
    static void handle(RequestContext ctx, protocol::LeaveGroupRequest request,
                       Respond<protocol::LeaveGroupResponse> respond);
};

// group_admin_handlers.cpp
struct DescribeGroupsHandler : Handler<protocol::DescribeGroupsApi> {
    static void handle(RequestContext ctx, protocol::DescribeGroupsRequest request,
                       Respond<protocol::DescribeGroupsResponse> respond);
};
struct ListGroupsHandler : Handler<protocol::ListGroupsApi> {
    static void handle(RequestContext ctx, protocol::ListGroupsRequest request,
                       Respond<protocol::ListGroupsResponse> respond);
};
struct DeleteGroupsHandler : Handler<protocol::DeleteGroupsApi> {
    static void handle(RequestContext ctx, protocol::DeleteGroupsRequest request,
                       Respond<protocol::DeleteGroupsResponse> respond);
};

// offset_handlers.cpp
struct OffsetCommitHandler : Handler<protocol::OffsetCommitApi> {
    static void handle(RequestContext ctx, protocol::OffsetCommitRequest request,
                       Respond<protocol::OffsetCommitResponse> respond);
};
struct OffsetFetchHandler : Handler<protocol::OffsetFetchApi> {
    static void handle(RequestContext ctx, protocol::OffsetFetchRequest request,
                       Respond<protocol::OffsetFetchResponse> respond);
};
struct OffsetDeleteHandler : Handler<protocol::OffsetDeleteApi> {
    static void handle(RequestContext ctx, protocol::OffsetDeleteRequest request,
                       Respond<protocol::OffsetDeleteResponse> respond);
};

// topic_handlers.cpp
struct CreateTopicsHandler : Handler<protocol::CreateTopicsApi> {
    static void handle(RequestContext ctx, protocol::CreateTopicsRequest request,
                       Respond<protocol::CreateTopicsResponse> respond);
};
struct DeleteTopicsHandler : Handler<protocol::DeleteTopicsApi> {
    static void handle(RequestContext ctx, protocol::DeleteTopicsRequest request,
                       Respond<protocol::DeleteTopicsResponse> respond);
};
struct CreatePartitionsHandler : Handler<protocol::CreatePartitionsApi> {
    static void handle(RequestContext ctx, protocol::CreatePartitionsRequest request,
                       Respond<protocol::CreatePartitionsResponse> respond);
};
struct DeleteRecordsHandler : Handler<protocol::DeleteRecordsApi> {
    static void handle(RequestContext ctx, protocol::DeleteRecordsRequest request,
                       Respond<protocol::DeleteRecordsResponse> respond);
};

// acl_handlers.cpp
struct DescribeAclsHandler : Handler<protocol::DescribeAclsApi> {
    static void handle(RequestContext ctx, protocol::DescribeAclsRequest request,
                       Respond<protocol::DescribeAclsResponse> respond);
};
struct CreateAclsHandler : Handler<protocol::CreateAclsApi> {
    static void handle(RequestContext ctx, protocol::CreateAclsRequest request,
                       Respond<protocol::CreateAclsResponse> respond);
};
struct DeleteAclsHandler : Handler<protocol::DeleteAclsApi> {
    static void handle(RequestContext ctx, protocol::DeleteAclsRequest request,
                       Respond<protocol::DeleteAclsResponse> respond);
};

// scram_handlers.cpp
struct DescribeUserScramCredentialsHandler : Handler<protocol::DescribeUserScramCredentialsApi> {
    static void handle(RequestContext ctx, protocol::DescribeUserScramCredentialsRequest request,
                       Respond<protocol::DescribeUserScramCredentialsResponse> respond);
};
struct AlterUserScramCredentialsHandler : Handler<protocol::AlterUserScramCredentialsApi> {
    static void handle(RequestContext ctx, protocol::AlterUserScramCredentialsRequest request,
                       Respond<protocol::AlterUserScramCredentialsResponse> respond);
};

// config_handlers.cpp
struct DescribeConfigsHandler : Handler<protocol::DescribeConfigsApi> {
    static void handle(RequestContext ctx, protocol::DescribeConfigsRequest request,
                       Respond<protocol::DescribeConfigsResponse> respond);
};
struct AlterConfigsHandler : Handler<protocol::AlterConfigsApi> {
    static void handle(RequestContext ctx, protocol::AlterConfigsRequest request,
                       Respond<protocol::AlterConfigsResponse> respond);
};
struct IncrementalAlterConfigsHandler : Handler<protocol::IncrementalAlterConfigsApi> {
    static void handle(RequestContext ctx, protocol::IncrementalAlterConfigsRequest request,
                       Respond<protocol::IncrementalAlterConfigsResponse> respond);
};

// replica_admin_handlers.cpp
struct DescribeLogDirsHandler : Handler<protocol::DescribeLogDirsApi> {
    static void handle(RequestContext ctx, protocol::DescribeLogDirsRequest request,
                       Respond<protocol::DescribeLogDirsResponse> respond);
};
struct ElectLeadersHandler : Handler<protocol::ElectLeadersApi> {
    static void handle(RequestContext ctx, protocol::ElectLeadersRequest request,
                       Respond<protocol::ElectLeadersResponse> respond);
};

// reassignment_handlers.cpp
struct AlterPartitionReassignmentsHandler : Handler<protocol::AlterPartitionReassignmentsApi> {
    static void handle(RequestContext ctx, protocol::AlterPartitionReassignmentsRequest request,
                       Respond<protocol::AlterPartitionReassignmentsResponse> respond);
};
struct ListPartitionReassignmentsHandler : Handler<protocol::ListPartitionReassignmentsApi> {
    static void handle(RequestContext ctx, protocol::ListPartitionReassignmentsRequest request,
                       Respond<protocol::ListPartitionReassignmentsResponse> respond);
};

// transaction_handlers.cpp
struct AddPartitionsToTxnHandler : Handler<protocol::AddPartitionsToTxnApi> {
    static void handle(RequestContext ctx, protocol::AddPartitionsToTxnRequest request,
                       Respond<protocol::AddPartitionsToTxnResponse> respond);
};
struct AddOffsetsToTxnHandler : Handler<protocol::AddOffsetsToTxnApi> {
    static void handle(RequestContext ctx, protocol::AddOffsetsToTxnRequest request,
                       Respond<protocol::AddOffsetsToTxnResponse> respond);
};
struct EndTxnHandler : Handler<protocol::EndTxnApi> {
    static void handle(RequestContext ctx, protocol::EndTxnRequest request,
                       Respond<protocol::EndTxnResponse> respond);
};
struct TxnOffsetCommitHandler : Handler<protocol::TxnOffsetCommitApi> {
    static void handle(RequestContext ctx, protocol::TxnOffsetCommitRequest request,
                       Respond<protocol::TxnOffsetCommitResponse> respond);
};
struct DescribeTransactionsHandler : Handler<protocol::DescribeTransactionsApi> {
    static void handle(RequestContext ctx, protocol::DescribeTransactionsRequest request,
                       Respond<protocol::DescribeTransactionsResponse> respond);
};
struct ListTransactionsHandler : Handler<protocol::ListTransactionsApi> {
    static void handle(RequestContext ctx, protocol::ListTransactionsRequest request,
                       Respond<protocol::ListTransactionsResponse> respond);
};
// describe_producers_handler.cpp
struct DescribeProducersHandler : Handler<protocol::DescribeProducersApi> {
    static void handle(RequestContext ctx, protocol::DescribeProducersRequest request,
                       Respond<protocol::DescribeProducersResponse> respond);
};
// InitProducerId with a transactional id, which InitProducerIdHandler passes on.
void initTransactionalProducer(RequestContext ctx, const protocol::InitProducerIdRequest &request,
                               Respond<protocol::InitProducerIdResponse> respond);

} // namespace es::server
