#include "api_samples.h"

#include <stdexcept>

namespace es::protocol::samples {

namespace {

ApiVersionsRequest apiVersions(std::int16_t v)
{
    ApiVersionsRequest r;
    if (v >= 3) {
        r.clientSoftwareName = "librdkafka";
        r.clientSoftwareVersion = "2.0.2";
    }
    return r;
}

ProduceRequest produce(std::int16_t v)
{
    ProduceRequest r;
    r.transactionalId = since<std::string>(v, 3, "txn-1");
    r.acks = -1;
    r.timeoutMs = 30000;
    r.topicData = {{"orders", {{0, bytesOf("batch-0")}, {1, std::nullopt}, {7, Bytes{}}}}, {"empty", {}}};
    return r;
}

FetchRequest fetch(std::int16_t v)
{
    FetchRequest r;
    r.clusterId = since<std::string>(v, 12, "cluster-a");
    r.replicaId = -1;
    r.maxWaitMs = 500;
    r.minBytes = 1;
    if (v >= 3)
        r.maxBytes = 52428800;
    if (v >= 4)
        r.isolationLevel = 1;
    if (v >= 7) {
        r.sessionId = 12;
        r.sessionEpoch = 3;
        r.forgottenTopicsData = {{"gone", {1, 2, 3}}, {"gone-too", {}}};
    }
    FetchRequest::FetchPartition p0{0, -1, 100, -1, -1, 1048576};
    FetchRequest::FetchPartition p2{2, -1, 0, -1, -1, 65536};
    for (auto *p : {&p0, &p2}) {
        if (v >= 9)
            p->currentLeaderEpoch = 5;
        if (v >= 12)
            p->lastFetchedEpoch = 4;
        if (v >= 5)
            p->logStartOffset = 10;
    }
    r.topics = {{"orders", {p0, p2}}, {"other", {}}};
    if (v >= 11)
        r.rackId = "rack-1";
    return r;
}

ListOffsetsRequest listOffsets(std::int16_t v)
{
    ListOffsetsRequest r;
    r.replicaId = -1;
    if (v >= 2)
        r.isolationLevel = 1;
    ListOffsetsRequest::Partition p0{0, -1, -2, 1};
    ListOffsetsRequest::Partition p1{1, -1, 1700000000000, 1};
    for (auto *p : {&p0, &p1}) {
        if (v >= 4)
            p->currentLeaderEpoch = 3;
        if (v == 0)
            p->maxNumOffsets = 5;
    }
    r.topics = {{"orders", {p0, p1}}, {"empty", {}}};
    return r;
}

MetadataRequest metadata(std::int16_t v)
{
    MetadataRequest r;
    std::vector<MetadataRequest::Topic> topics = {{Uuid{}, "orders"}, {Uuid{}, "payments"}};
    if (v >= 10)
        topics.push_back({uuidOf(1), std::nullopt});
    r.topics = std::move(topics);
    if (v >= 4)
        r.allowAutoTopicCreation = false;
    if (v >= 8 && v <= 10)
        r.includeClusterAuthorizedOperations = true;
    if (v >= 8)
        r.includeTopicAuthorizedOperations = true;
    return r;
}

OffsetCommitRequest offsetCommit(std::int16_t v)
{
    OffsetCommitRequest r;
    r.groupId = "billing";
    if (v >= 1) {
        r.generationId = 7;
        r.memberId = "member-1";
    }
    r.groupInstanceId = since<std::string>(v, 7, "instance-1");
    if (v >= 2 && v <= 4)
        r.retentionTimeMs = 86400000;
    OffsetCommitRequest::Partition p0{0, 42, -1, -1, "meta"};
    OffsetCommitRequest::Partition p1{1, 43, -1, -1, std::nullopt};
    for (auto *p : {&p0, &p1}) {
        if (v >= 6)
            p->committedLeaderEpoch = 3;
        if (v == 1)
            p->commitTimestamp = 1700000000000;
    }
    r.topics = {{"orders", {p0, p1}}, {"empty", {}}};
    return r;
}

OffsetFetchRequest offsetFetch(std::int16_t v)
{
    OffsetFetchRequest r;
    if (v <= 7) {
        r.groupId = "billing";
        r.topics = std::vector<OffsetFetchRequest::Topic>{{"orders", {0, 1, 2}}, {"payments", {}}};
    } else {
        r.groups = {{"billing", std::vector<OffsetFetchRequest::Topic>{{"orders", {0, 1}}}},
                    {"audit", std::nullopt}};
    }
    r.requireStable = v >= 7;
    return r;
}

FindCoordinatorRequest findCoordinator(std::int16_t v)
{
    FindCoordinatorRequest r;
    if (v <= 3)
        r.key = "billing";
    if (v >= 1)
        r.keyType = 1;
    if (v >= 4)
        r.coordinatorKeys = {"billing", "audit", ""};
    return r;
}

JoinGroupRequest joinGroup(std::int16_t v)
{
    JoinGroupRequest r;
    r.groupId = "billing";
    r.sessionTimeoutMs = 45000;
    if (v >= 1)
        r.rebalanceTimeoutMs = 300000;
    r.memberId = "member-1";
    r.groupInstanceId = since<std::string>(v, 5, "instance-1");
    r.protocolType = "consumer";
    r.protocols = {{"range", bytesOf(std::string_view("\0\1\0\0\0\1\0\6orders", 14))},
                   {"cooperative-sticky", {}}};
    r.reason = since<std::string>(v, 8, "rebalance needed");
    return r;
}

HeartbeatRequest heartbeat(std::int16_t v)
{
    return {"billing", 7, "member-1", since<std::string>(v, 3, "instance-1")};
}

LeaveGroupRequest leaveGroup(std::int16_t v)
{
    LeaveGroupRequest r;
    r.groupId = "billing";
    if (v <= 2)
        r.memberId = "member-1";
    else
        r.members = {{"member-1", std::nullopt, since<std::string>(v, 5, "bye")},
                     {"member-2", "instance-2", std::nullopt}};
    return r;
}

SyncGroupRequest syncGroup(std::int16_t v)
{
    SyncGroupRequest r;
    r.groupId = "billing";
    r.generationId = 7;
    r.memberId = "member-1";
    r.groupInstanceId = since<std::string>(v, 3, "instance-1");
    r.protocolType = since<std::string>(v, 5, "consumer");
    r.protocolName = since<std::string>(v, 5, "range");
    r.assignments = {{"member-1", bytesOf("assignment-1")}, {"member-2", {}}};
    return r;
}

DescribeGroupsRequest describeGroups(std::int16_t v) { return {{"billing", "audit"}, v >= 3}; }

ListGroupsRequest listGroups(std::int16_t v)
{
    ListGroupsRequest r;
    if (v >= 4)
        r.statesFilter = {"Stable", "Empty"};
    return r;
}

CreateTopicsRequest createTopics(std::int16_t v)
{
    CreateTopicsRequest r;
    r.topics = {{"orders", 3, 2, {}, {{"cleanup.policy", "compact"}, {"retention.ms", std::nullopt}}},
                {"manual", -1, -1, {{0, {1, 2}}, {1, {2, 3}}}, {}}};
    r.timeoutMs = 30000;
    r.validateOnly = v >= 1;
    return r;
}

DeleteTopicsRequest deleteTopics(std::int16_t v)
{
    DeleteTopicsRequest r;
    if (v >= 6)
        r.topics = {{"orders", Uuid{}}, {std::nullopt, uuidOf(7)}};
    else
        r.topicNames = {"orders", "payments"};
    r.timeoutMs = 15000;
    return r;
}

DeleteRecordsRequest deleteRecords(std::int16_t)
{
    return {{{"orders", {{0, 100}, {1, -1}}}, {"empty", {}}}, 5000};
}

InitProducerIdRequest initProducerId(std::int16_t v)
{
    InitProducerIdRequest r;
    r.transactionalId = "txn-1";
    r.transactionTimeoutMs = 60000;
    if (v >= 3) {
        r.producerId = 42;
        r.producerEpoch = 3;
    }
    return r;
}

OffsetForLeaderEpochRequest offsetForLeaderEpoch(std::int16_t v)
{
    OffsetForLeaderEpochRequest r;
    if (v >= 3)
        r.replicaId = -1;
    OffsetForLeaderEpochRequest::Partition p0{0, -1, 4};
    OffsetForLeaderEpochRequest::Partition p1{1, -1, 2};
    if (v >= 2) {
        p0.currentLeaderEpoch = 5;
        p1.currentLeaderEpoch = 5;
    }
    r.topics = {{"orders", {p0, p1}}, {"empty", {}}};
    return r;
}

DescribeConfigsRequest describeConfigs(std::int16_t v)
{
    DescribeConfigsRequest r;
    r.resources = {{2, "orders", std::vector<std::string>{"retention.ms", "cleanup.policy"}},
                   {4, "1", std::nullopt}};
    r.includeSynonyms = v >= 1;
    r.includeDocumentation = v >= 3;
    return r;
}

AlterConfigsRequest alterConfigs(std::int16_t)
{
    return {{{2, "orders", {{"retention.ms", "1000"}, {"cleanup.policy", std::nullopt}}}, {4, "1", {}}},
            true};
}

DescribeLogDirsRequest describeLogDirs(std::int16_t v)
{
    DescribeLogDirsRequest r;
    if (v % 2 == 0)
        r.topics = {{{"orders", {0, 1, 2}}, {"empty", {}}}};
    return r;
}

CreatePartitionsRequest createPartitions(std::int16_t)
{
    using A = CreatePartitionsRequest::Assignment;
    return {{{"orders", 6, std::vector<A>{{{1, 2}}, {{2, 3}}, {{3, 1}}}}, {"payments", 4, std::nullopt}},
            30000,
            true};
}

DeleteGroupsRequest deleteGroups(std::int16_t) { return {{"billing", "audit"}}; }

ElectLeadersRequest electLeaders(std::int16_t v)
{
    ElectLeadersRequest r;
    if (v >= 1)
        r.electionType = kUncleanElection;
    if (v != 1)
        r.topicPartitions = {{{"orders", {0, 2}}, {"empty", {}}}};
    r.timeoutMs = 15000;
    return r;
}

IncrementalAlterConfigsRequest incrementalAlterConfigs(std::int16_t)
{
    return {{{2, "orders", {{"retention.ms", 0, "1000"}, {"cleanup.policy", 1, std::nullopt}}}}, true};
}

AlterPartitionReassignmentsRequest alterPartitionReassignments(std::int16_t)
{
    using P = AlterPartitionReassignmentsRequest::Partition;
    AlterPartitionReassignmentsRequest r;
    r.timeoutMs = 30000;
    r.topics = {{"orders", {P{0, std::vector<std::int32_t>{2, 3, 4}}, P{1, std::nullopt}}}, {"empty", {}}};
    return r;
}

ListPartitionReassignmentsRequest listPartitionReassignments(std::int16_t)
{
    ListPartitionReassignmentsRequest r;
    r.timeoutMs = 15000;
    r.topics = {{{"orders", {0, 2}}, {"empty", {}}}};
    return r;
}

OffsetDeleteRequest offsetDelete(std::int16_t)
{
    return {"billing", {{"orders", {{0}, {1}}}, {"empty", {}}}};
}

DescribeClusterRequest describeCluster(std::int16_t) { return {true}; }

} // namespace

AnyRequest request(ApiKey key, std::int16_t v)
{
    switch (key) {
    case ApiKey::Produce: return produce(v);
    case ApiKey::Fetch: return fetch(v);
    case ApiKey::ListOffsets: return listOffsets(v);
    case ApiKey::Metadata: return metadata(v);
    case ApiKey::OffsetCommit: return offsetCommit(v);
    case ApiKey::OffsetFetch: return offsetFetch(v);
    case ApiKey::FindCoordinator: return findCoordinator(v);
    case ApiKey::JoinGroup: return joinGroup(v);
    case ApiKey::Heartbeat: return heartbeat(v);
    case ApiKey::LeaveGroup: return leaveGroup(v);
    case ApiKey::SyncGroup: return syncGroup(v);
    case ApiKey::DescribeGroups: return describeGroups(v);
    case ApiKey::ListGroups: return listGroups(v);
    case ApiKey::ApiVersions: return apiVersions(v);
    case ApiKey::CreateTopics: return createTopics(v);
    case ApiKey::DeleteTopics: return deleteTopics(v);
    case ApiKey::DeleteRecords: return deleteRecords(v);
    case ApiKey::InitProducerId: return initProducerId(v);
    case ApiKey::OffsetForLeaderEpoch: return offsetForLeaderEpoch(v);
    case ApiKey::DescribeConfigs: return describeConfigs(v);
    case ApiKey::AlterConfigs: return alterConfigs(v);
    case ApiKey::DescribeLogDirs: return describeLogDirs(v);
    case ApiKey::CreatePartitions: return createPartitions(v);
    case ApiKey::DeleteGroups: return deleteGroups(v);
    case ApiKey::ElectLeaders: return electLeaders(v);
    case ApiKey::IncrementalAlterConfigs: return incrementalAlterConfigs(v);
    case ApiKey::AlterPartitionReassignments: return alterPartitionReassignments(v);
    case ApiKey::ListPartitionReassignments: return listPartitionReassignments(v);
    case ApiKey::OffsetDelete: return offsetDelete(v);
    case ApiKey::DescribeCluster: return describeCluster(v);
    case ApiKey::AddPartitionsToTxn:
    case ApiKey::AddOffsetsToTxn:
    case ApiKey::EndTxn:
    case ApiKey::TxnOffsetCommit:
    case ApiKey::DescribeProducers:
    case ApiKey::DescribeTransactions:
    case ApiKey::ListTransactions: return transactionRequest(key, v);
    case ApiKey::SaslHandshake:
    case ApiKey::DescribeAcls:
    case ApiKey::CreateAcls:
    case ApiKey::DeleteAcls:
    case ApiKey::SaslAuthenticate:
    case ApiKey::DescribeUserScramCredentials:
    case ApiKey::AlterUserScramCredentials: return securityRequest(key, v);
    // WriteTxnMarkers has a codec but is not served (brokers send it to each other in-process).
    case ApiKey::WriteTxnMarkers: break;
    }
    throw std::invalid_argument("no sample request for this api key");
}

} // namespace es::protocol::samples
