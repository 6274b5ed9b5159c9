#pragma once

#include <cstdint>
#include <limits>
#include <string_view>

namespace es::protocol {

// Kafka API keys: the first field of every request header. Only the APIs Eventscope
// decodes are named; a frame may carry any int16 (see api_registry.h for the lookup).
enum class ApiKey : std::int16_t {
    Produce = 0,
    Fetch = 1,
    ListOffsets = 2,
    Metadata = 3,
    OffsetCommit = 8,
    OffsetFetch = 9,
    FindCoordinator = 10,
    JoinGroup = 11,
    Heartbeat = 12,
    LeaveGroup = 13,
    SyncGroup = 14,
    DescribeGroups = 15,
    ListGroups = 16,
    SaslHandshake = 17,
    ApiVersions = 18,
    CreateTopics = 19,
    DeleteTopics = 20,
    DeleteRecords = 21,
    InitProducerId = 22,
    OffsetForLeaderEpoch = 23,
    AddPartitionsToTxn = 24,
    AddOffsetsToTxn = 25,
    EndTxn = 26,
    WriteTxnMarkers = 27,
    TxnOffsetCommit = 28,
    DescribeAcls = 29,
    CreateAcls = 30,
    DeleteAcls = 31,
    DescribeConfigs = 32,
    AlterConfigs = 33,
    DescribeLogDirs = 35,
    SaslAuthenticate = 36,
    CreatePartitions = 37,
    DeleteGroups = 42,
    ElectLeaders = 43,
    IncrementalAlterConfigs = 44,
    AlterPartitionReassignments = 45,
    ListPartitionReassignments = 46,
    OffsetDelete = 47,
    DescribeUserScramCredentials = 50,
    AlterUserScramCredentials = 51,
    DescribeCluster = 60,
    DescribeProducers = 61,
    DescribeTransactions = 65,
    ListTransactions = 66,
};

// The "authorized operations" bitfields when they were not requested (Kafka's INT32_MIN).
inline constexpr std::int32_t kNoAuthorizedOperations = std::numeric_limits<std::int32_t>::min();

// firstFlexibleVersion of an API whose versions are all classic (Kafka's "none").
inline constexpr std::int16_t kNeverFlexible = std::numeric_limits<std::int16_t>::max();

// The header versions an API version uses. Requests: v1 (classic) or v2 (flexible, with
// tagged fields); responses: v0 or v1 (flexible). ApiVersions answers always use response
// header v0 so that a client that does not know the broker yet can parse the answer.
// Versions above the maximum follow the flexible rule too (Kafka's "N+" ranges are open),
// which is what lets a broker read the header of an ApiVersions request it cannot parse.
constexpr std::int16_t requestHeaderVersion(std::int16_t apiVersion, std::int16_t firstFlexibleVersion)
{
    return apiVersion >= firstFlexibleVersion ? 2 : 1;
}

constexpr std::int16_t responseHeaderVersion(ApiKey key, std::int16_t apiVersion,
                                             std::int16_t firstFlexibleVersion)
{
    if (key == ApiKey::ApiVersions)
        return 0;
    return apiVersion >= firstFlexibleVersion ? 1 : 0;
}

} // namespace es::protocol
