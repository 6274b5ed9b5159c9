#include "api_samples.h"

#include <stdexcept>

namespace es::protocol::samples {

namespace {

template <typename T>
T pick(std::int16_t v, std::int16_t first, T value, T otherwise)
{
    return v >= first ? value : otherwise;
}

ApiVersionsResponse apiVersions(std::int16_t v)
{
    ApiVersionsResponse r;
    r.apiKeys = {{0, 0, 9}, {1, 0, 12}, {18, 0, 3}};
    r.throttleTimeMs = pick(v, 1, 5, 0);
    if (v >= 3) {
        r.supportedFeatures = {{"metadata.version", 1, 14}, {"kraft.version", 0, 1}};
        r.finalizedFeaturesEpoch = 7;
        r.finalizedFeatures = {{"metadata.version", 14, 1}};
        r.zkMigrationReady = true;
    }
    return r;
}

ProduceResponse produce(std::int16_t v)
{
    ProduceResponse r;
    ProduceResponse::PartitionResponse p0{0, ErrorCode::None, 100, -1, -1, {}, std::nullopt};
    ProduceResponse::PartitionResponse p1{1, ErrorCode::NotLeaderOrFollower, -1, -1, -1, {}, std::nullopt};
    if (v >= 2)
        p0.logAppendTimeMs = 1700000000000;
    if (v >= 5)
        p0.logStartOffset = 10;
    if (v >= 8) {
        p0.recordErrors = {{3, "bad record"}, {4, std::nullopt}};
        p0.errorMessage = "partially rejected";
    }
    r.responses = {{"orders", {p0, p1}}, {"empty", {}}};
    r.throttleTimeMs = pick(v, 1, 10, 0);
    return r;
}

FetchResponse fetch(std::int16_t v)
{
    FetchResponse r;
    r.throttleTimeMs = pick(v, 1, 3, 0);
    if (v >= 7) {
        r.errorCode = ErrorCode::FetchSessionIdNotFound;
        r.sessionId = 12;
    }
    FetchResponse::PartitionData p0;
    p0.partitionIndex = 0;
    p0.highWatermark = 200;
    p0.records = bytesOf("record-batches");
    FetchResponse::PartitionData p1;
    p1.partitionIndex = 1;
    p1.errorCode = ErrorCode::OffsetOutOfRange;
    p1.highWatermark = -1;
    if (v >= 4) {
        p0.lastStableOffset = 200;
        p0.abortedTransactions = std::vector<FetchResponse::AbortedTransaction>{{42, 120}, {43, 150}};
        p1.abortedTransactions = std::vector<FetchResponse::AbortedTransaction>{};
    }
    if (v >= 5)
        p0.logStartOffset = 0;
    if (v >= 11)
        p0.preferredReadReplica = 2;
    if (v >= 12) {
        p0.divergingEpoch = FetchResponse::EpochEndOffset{5, 150};
        p0.currentLeader = FetchResponse::LeaderIdAndEpoch{2, 6};
        p1.snapshotId = FetchResponse::SnapshotId{-1, -1};
    }
    r.responses = {{"orders", {p0, p1}}, {"empty", {}}};
    return r;
}

ListOffsetsResponse listOffsets(std::int16_t v)
{
    ListOffsetsResponse r;
    r.throttleTimeMs = pick(v, 2, 4, 0);
    ListOffsetsResponse::Partition p0{0, ErrorCode::None, {}, -1, -1, -1};
    ListOffsetsResponse::Partition p1{1, ErrorCode::UnknownTopicOrPartition, {}, -1, -1, -1};
    if (v == 0)
        p0.oldStyleOffsets = {100, 0};
    if (v >= 1) {
        p0.timestamp = 1700000000000;
        p0.offset = 100;
    }
    if (v >= 4)
        p0.leaderEpoch = 3;
    r.topics = {{"orders", {p0, p1}}, {"empty", {}}};
    return r;
}

MetadataResponse metadata(std::int16_t v)
{
    MetadataResponse r;
    r.throttleTimeMs = pick(v, 3, 6, 0);
    r.brokers = {{1, "localhost", 9092, since<std::string>(v, 1, "rack-a")},
                 {2, "localhost", 9093, std::nullopt}};
    r.clusterId = since<std::string>(v, 2, "cluster-a");
    r.controllerId = pick(v, 1, 1, -1);
    MetadataResponse::Partition p0{ErrorCode::None, 0, 1, -1, {1, 2}, {1, 2}, {}};
    MetadataResponse::Partition p1{ErrorCode::LeaderNotAvailable, 1, -1, -1, {2, 3}, {}, {}};
    if (v >= 7)
        p0.leaderEpoch = 3;
    if (v >= 5)
        p1.offlineReplicas = {3};
    MetadataResponse::Topic orders;
    orders.name = "orders";
    orders.partitions = {p0, p1};
    MetadataResponse::Topic internal;
    internal.name = "__consumer_offsets";
    MetadataResponse::Topic missing;
    missing.errorCode = ErrorCode::UnknownTopicOrPartition;
    missing.name = v >= 12 ? std::nullopt : std::optional<std::string>("missing");
    if (v >= 1)
        internal.isInternal = true;
    if (v >= 10) {
        orders.topicId = uuidOf(1);
        internal.topicId = uuidOf(2);
        missing.topicId = uuidOf(3);
    }
    if (v >= 8)
        orders.topicAuthorizedOperations = 0x0f;
    r.topics = {orders, internal, missing};
    if (v >= 8 && v <= 10)
        r.clusterAuthorizedOperations = 0x07;
    return r;
}

OffsetCommitResponse offsetCommit(std::int16_t v)
{
    OffsetCommitResponse r;
    r.throttleTimeMs = pick(v, 3, 2, 0);
    r.topics = {{"orders", {{0, ErrorCode::None}, {1, ErrorCode::OffsetMetadataTooLarge}}}, {"empty", {}}};
    return r;
}

OffsetFetchResponse offsetFetch(std::int16_t v)
{
    OffsetFetchResponse r;
    r.throttleTimeMs = pick(v, 3, 2, 0);
    OffsetFetchResponse::Partition p0{0, 42, pick(v, 5, 3, -1), "meta", ErrorCode::None};
    OffsetFetchResponse::Partition p1{1, -1, -1, std::nullopt, ErrorCode::UnknownTopicOrPartition};
    const std::vector<OffsetFetchResponse::Topic> topics = {{"orders", {p0, p1}}, {"empty", {}}};
    if (v <= 7) {
        r.topics = topics;
        if (v >= 2)
            r.errorCode = ErrorCode::CoordinatorLoadInProgress;
    } else {
        r.groups = {{"billing", topics, ErrorCode::None}, {"audit", {}, ErrorCode::GroupAuthorizationFailed}};
    }
    return r;
}

FindCoordinatorResponse findCoordinator(std::int16_t v)
{
    FindCoordinatorResponse r;
    r.throttleTimeMs = pick(v, 1, 1, 0);
    if (v <= 3) {
        r.errorCode = ErrorCode::None;
        r.errorMessage = since<std::string>(v, 1, "NONE");
        r.nodeId = 2;
        r.host = "localhost";
        r.port = 9093;
    } else {
        r.coordinators = {{"billing", 2, "localhost", 9093, ErrorCode::None, std::nullopt},
                          {"audit", -1, "", -1, ErrorCode::CoordinatorNotAvailable, "not available"}};
    }
    return r;
}

JoinGroupResponse joinGroup(std::int16_t v)
{
    JoinGroupResponse r;
    r.throttleTimeMs = pick(v, 2, 1, 0);
    r.generationId = 3;
    r.protocolType = since<std::string>(v, 7, "consumer");
    r.protocolName = "range";
    r.leader = "member-1";
    r.skipAssignment = v >= 9;
    r.memberId = "member-1";
    r.members = {{"member-1", since<std::string>(v, 5, "instance-1"), bytesOf("subscription")},
                 {"member-2", std::nullopt, {}}};
    return r;
}

HeartbeatResponse heartbeat(std::int16_t v) { return {pick(v, 1, 1, 0), ErrorCode::RebalanceInProgress}; }

LeaveGroupResponse leaveGroup(std::int16_t v)
{
    LeaveGroupResponse r;
    r.throttleTimeMs = pick(v, 1, 1, 0);
    if (v >= 3)
        r.members = {{"member-1", std::nullopt, ErrorCode::None},
                     {"member-2", "instance-2", ErrorCode::UnknownMemberId}};
    return r;
}

SyncGroupResponse syncGroup(std::int16_t v)
{
    return {pick(v, 1, 1, 0), ErrorCode::None, since<std::string>(v, 5, "consumer"),
            since<std::string>(v, 5, "range"), bytesOf("assignment")};
}

DescribeGroupsResponse describeGroups(std::int16_t v)
{
    DescribeGroupsResponse r;
    r.throttleTimeMs = pick(v, 1, 1, 0);
    DescribeGroupsResponse::Group billing{ErrorCode::None,
                                          "billing",
                                          "Stable",
                                          "consumer",
                                          "range",
                                          {},
                                          pick(v, 3, 0x1f, kNoAuthorizedOperations)};
    billing.members = {{"member-1", since<std::string>(v, 4, "instance-1"), "rdkafka", "/127.0.0.1",
                        bytesOf("metadata"), bytesOf("assignment")},
                       {"member-2", std::nullopt, "", "", {}, {}}};
    DescribeGroupsResponse::Group dead{ErrorCode::None, "audit", "Dead", "", "", {}, kNoAuthorizedOperations};
    r.groups = {billing, dead};
    return r;
}

ListGroupsResponse listGroups(std::int16_t v)
{
    ListGroupsResponse r;
    r.throttleTimeMs = pick(v, 1, 1, 0);
    r.groups = {{"billing", "consumer", pick<std::string>(v, 4, "Stable", "")}, {"connect", "", ""}};
    return r;
}

CreateTopicsResponse createTopics(std::int16_t v)
{
    CreateTopicsResponse r;
    r.throttleTimeMs = pick(v, 2, 1, 0);
    CreateTopicsResponse::Topic orders;
    orders.name = "orders";
    CreateTopicsResponse::Topic dup;
    dup.name = "dup";
    dup.errorCode = ErrorCode::TopicAlreadyExists;
    dup.errorMessage = since<std::string>(v, 1, "Topic 'dup' already exists.");
    if (v >= 5) {
        orders.numPartitions = 3;
        orders.replicationFactor = 2;
        orders.configs = std::vector<CreateTopicsResponse::Config>{
            {"cleanup.policy", "compact", false, 5, false}, {"secret", std::nullopt, false, 5, true}};
        dup.topicConfigErrorCode = ErrorCode::TopicAuthorizationFailed;
    }
    if (v >= 7)
        orders.topicId = uuidOf(9);
    r.topics = {orders, dup};
    return r;
}

DeleteTopicsResponse deleteTopics(std::int16_t v)
{
    DeleteTopicsResponse r;
    r.throttleTimeMs = pick(v, 1, 1, 0);
    DeleteTopicsResponse::TopicResult orders{"orders", Uuid{}, ErrorCode::None, std::nullopt};
    DeleteTopicsResponse::TopicResult gone{"gone", Uuid{}, ErrorCode::UnknownTopicOrPartition, std::nullopt};
    if (v >= 5)
        gone.errorMessage = "This server does not host this topic.";
    if (v >= 6) {
        orders.topicId = uuidOf(4);
        gone.name = std::nullopt;
        gone.topicId = uuidOf(5);
    }
    r.responses = {orders, gone};
    return r;
}

DeleteRecordsResponse deleteRecords(std::int16_t)
{
    return {3,
            {{"orders", {{0, 100, ErrorCode::None}, {1, -1, ErrorCode::OffsetOutOfRange}}}, {"empty", {}}}};
}

InitProducerIdResponse initProducerId(std::int16_t) { return {2, ErrorCode::None, 1000, 1}; }

OffsetForLeaderEpochResponse offsetForLeaderEpoch(std::int16_t v)
{
    OffsetForLeaderEpochResponse r;
    r.throttleTimeMs = pick(v, 2, 1, 0);
    r.topics = {
        {"orders", {{ErrorCode::None, 0, pick(v, 1, 4, -1), 150}, {ErrorCode::FencedLeaderEpoch, 1, -1, -1}}},
        {"empty", {}}};
    return r;
}

DescribeConfigsResponse describeConfigs(std::int16_t v)
{
    DescribeConfigsResponse r;
    r.throttleTimeMs = 1;
    DescribeConfigsResponse::Config retention;
    retention.name = "retention.ms";
    retention.value = "604800000";
    retention.isDefault = v == 0;
    DescribeConfigsResponse::Config password;
    password.name = "ssl.key.password";
    password.readOnly = true;
    password.isSensitive = true;
    if (v >= 1) {
        retention.configSource = 5;
        password.configSource = 4;
        retention.synonyms = {{"log.retention.ms", "604800000", 4}, {"log.retention.hours", std::nullopt, 5}};
    }
    if (v >= 3) {
        retention.configType = 5;
        retention.documentation = "How long to keep a log segment.";
        password.configType = 7;
    }
    r.results = {{ErrorCode::None, std::nullopt, 2, "orders", {retention, password}},
                 {ErrorCode::UnknownTopicOrPartition, "no such topic", 2, "missing", {}}};
    return r;
}

AlterConfigsResponse alterConfigs(std::int16_t)
{
    return {1,
            {{ErrorCode::None, std::nullopt, 2, "orders"}, {ErrorCode::InvalidConfig, "bad value", 4, "1"}}};
}

DescribeLogDirsResponse describeLogDirs(std::int16_t v)
{
    DescribeLogDirsResponse r;
    r.throttleTimeMs = 4;
    if (v >= 3)
        r.errorCode = ErrorCode::ClusterAuthorizationFailed;
    DescribeLogDirsResponse::LogDir data;
    data.logDir = "/var/lib/eventscope/broker-1";
    data.topics = {{"orders", {{0, 123456, 0, false}, {2, 99, 7, true}}}, {"empty", {}}};
    if (v >= 4) {
        data.totalBytes = 1LL << 40;
        data.usableBytes = 1LL << 39;
    }
    DescribeLogDirsResponse::LogDir offline;
    offline.errorCode = ErrorCode::KafkaStorageError;
    offline.logDir = "/mnt/offline";
    r.results = {data, offline};
    return r;
}

CreatePartitionsResponse createPartitions(std::int16_t)
{
    return {
        1,
        {{"orders", ErrorCode::None, std::nullopt}, {"payments", ErrorCode::InvalidPartitions, "too few"}}};
}

DeleteGroupsResponse deleteGroups(std::int16_t)
{
    return {1, {{"billing", ErrorCode::None}, {"audit", ErrorCode::NonEmptyGroup}}};
}

ElectLeadersResponse electLeaders(std::int16_t v)
{
    ElectLeadersResponse r;
    r.throttleTimeMs = 6;
    if (v >= 1)
        r.errorCode = ErrorCode::ClusterAuthorizationFailed;
    r.replicaElectionResults = {
        {"orders",
         {{0, ErrorCode::None, std::nullopt},
          {2, ErrorCode::PreferredLeaderNotAvailable, "orders-2: broker 3 is not in sync"}}},
        {"empty", {}}};
    return r;
}

IncrementalAlterConfigsResponse incrementalAlterConfigs(std::int16_t)
{
    return {1,
            {{ErrorCode::None, std::nullopt, 2, "orders"}, {ErrorCode::InvalidConfig, "bad value", 4, "1"}}};
}

AlterPartitionReassignmentsResponse alterPartitionReassignments(std::int16_t)
{
    AlterPartitionReassignmentsResponse r;
    r.throttleTimeMs = 3;
    r.errorCode = ErrorCode::RequestTimedOut;
    r.errorMessage = "the controller did not answer in time";
    r.responses = {{"orders",
                    {{0, ErrorCode::None, std::nullopt},
                     {1, ErrorCode::NoReassignmentInProgress, "orders-1: no reassignment is in progress"}}},
                   {"empty", {}}};
    return r;
}

ListPartitionReassignmentsResponse listPartitionReassignments(std::int16_t)
{
    ListPartitionReassignmentsResponse r;
    r.throttleTimeMs = 5;
    r.topics = {{"orders", {{0, {2, 3, 4, 1}, {4}, {1}}, {2, {3, 1}, {}, {2}}}}, {"empty", {}}};
    return r;
}

OffsetDeleteResponse offsetDelete(std::int16_t)
{
    return {ErrorCode::None,
            4,
            {{"orders", {{0, ErrorCode::None}, {1, ErrorCode::GroupSubscribedToTopic}}}, {"empty", {}}}};
}

DescribeClusterResponse describeCluster(std::int16_t)
{
    return {1,
            ErrorCode::None,
            std::nullopt,
            "cluster-a",
            1,
            {{1, "localhost", 9092, "rack-a"}, {2, "localhost", 9093, std::nullopt}},
            0x3};
}

} // namespace

AnyResponse response(ApiKey key, std::int16_t v)
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
    case ApiKey::ListTransactions: return transactionResponse(key, v);
    case ApiKey::SaslHandshake:
    case ApiKey::DescribeAcls:
    case ApiKey::CreateAcls:
    case ApiKey::DeleteAcls:
    case ApiKey::SaslAuthenticate:
    case ApiKey::DescribeUserScramCredentials:
    case ApiKey::AlterUserScramCredentials: return securityResponse(key, v);
    // WriteTxnMarkers has a codec but is not served (brokers send it to each other in-process).
    case ApiKey::WriteTxnMarkers: break;
    }
    throw std::invalid_argument("no sample response for this api key");
}

} // namespace es::protocol::samples
