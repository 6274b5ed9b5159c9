#pragma once

#include <cstdint>
#include <string_view>

namespace es {

// Kafka's wire error codes: what a broker answers and what clients recover from. The
// cluster speaks these to in-process clients too, so both see the same failures.
enum class ErrorCode : std::int16_t {
    UnknownServerError = -1,         // an unexpected failure on the broker
    None = 0,                        // success
    OffsetOutOfRange = 1,            // fetch offset below the log start or above the log end
    CorruptMessage = 2,              // a record failed its CRC or is malformed
    UnknownTopicOrPartition = 3,     // no such topic or partition on this broker
    InvalidFetchSize = 4,            // the requested fetch size is invalid
    LeaderNotAvailable = 5,          // the partition has no leader right now (election running)
    NotLeaderOrFollower = 6,         // this broker does not lead (or replicate) the partition
    RequestTimedOut = 7,             // the request did not finish in its timeout
    BrokerNotAvailable = 8,          // the broker is not alive
    ReplicaNotAvailable = 9,         // a replica is not available
    MessageTooLarge = 10,            // a batch is larger than max.message.bytes
    StaleControllerEpoch = 11,       // a controller request from an old controller
    OffsetMetadataTooLarge = 12,     // commit metadata is too long
    NetworkException = 13,           // the connection broke
    CoordinatorLoadInProgress = 14,  // the group coordinator is still loading its state
    CoordinatorNotAvailable = 15,    // the group coordinator is not available
    NotCoordinator = 16,             // this broker is not the group's coordinator
    InvalidTopicException = 17,      // the topic name is invalid or internal
    RecordListTooLarge = 18,         // the produce request is larger than allowed
    NotEnoughReplicas = 19,          // fewer in-sync replicas than min.insync.replicas
    NotEnoughReplicasAfterAppend = 20, // written, but the ISR shrank below the minimum
    InvalidRequiredAcks = 21,        // acks is not -1, 0 or 1
    IllegalGeneration = 22,          // the group generation is not current
    InconsistentGroupProtocol = 23,  // the member's protocols do not match the group's
    InvalidGroupId = 24,             // the group id is empty or invalid
    UnknownMemberId = 25,            // the member id is not in the group
    InvalidSessionTimeout = 26,      // the session timeout is outside the broker's range
    RebalanceInProgress = 27,        // the group is rebalancing: rejoin
    InvalidCommitOffsetSize = 28,    // the committed offset metadata is too large
    TopicAuthorizationFailed = 29,   // not authorised for the topic
    GroupAuthorizationFailed = 30,   // not authorised for the group
    ClusterAuthorizationFailed = 31, // not authorised for the cluster
    InvalidTimestamp = 32,           // a record timestamp is out of the accepted range
    UnsupportedSaslMechanism = 33,   // the SASL mechanism is not supported
    IllegalSaslState = 34,           // a SASL request out of order
    UnsupportedVersion = 35,         // the API version is not supported
    TopicAlreadyExists = 36,         // a topic of that name exists
    InvalidPartitions = 37,          // the partition count is invalid
    InvalidReplicationFactor = 38,   // the replication factor is invalid (too many or < 1)
    InvalidReplicaAssignment = 39,   // the replica assignment is invalid
    InvalidConfig = 40,              // a config name or value is invalid
    NotController = 41,              // this broker is not the controller
    InvalidRequest = 42,             // the request is malformed or inconsistent
    UnsupportedForMessageFormat = 43, // not supported by the message format
    PolicyViolation = 44,            // refused by a broker policy
    OutOfOrderSequenceNumber = 45,   // an idempotent producer's sequence skipped ahead
    DuplicateSequenceNumber = 46,    // an idempotent producer's batch was already written
    InvalidProducerEpoch = 47,       // the producer epoch is fenced
    InvalidTxnState = 48,            // the transaction is in the wrong state
    InvalidProducerIdMapping = 49,   // the producer id is unknown to the coordinator
    InvalidTransactionTimeout = 50,  // the transaction timeout is out of range
    ConcurrentTransactions = 51,     // another transaction is in progress
    TransactionCoordinatorFenced = 52, // the transaction coordinator is fenced
    TransactionalIdAuthorizationFailed = 53, // not authorised for the transactional id
    SecurityDisabled = 54,           // security features are disabled
    OperationNotAttempted = 55,      // not attempted because another part failed
    KafkaStorageError = 56,          // a disk error on the broker
    LogDirNotFound = 57,             // the log directory does not exist
    SaslAuthenticationFailed = 58,   // SASL authentication failed
    UnknownProducerId = 59,          // the producer's state was lost (e.g. by retention)
    ReassignmentInProgress = 60,     // a partition reassignment is running
    DelegationTokenAuthDisabled = 61,
    DelegationTokenNotFound = 62,
    DelegationTokenOwnerMismatch = 63,
    DelegationTokenRequestNotAllowed = 64,
    DelegationTokenAuthorizationFailed = 65,
    DelegationTokenExpired = 66,
    InvalidPrincipalType = 67,
    NonEmptyGroup = 68,              // the group still has members
    GroupIdNotFound = 69,            // no such group
    FetchSessionIdNotFound = 70,     // the fetch session is unknown
    InvalidFetchSessionEpoch = 71,   // the fetch session epoch is wrong
    ListenerNotFound = 72,           // no such listener on the leader
    TopicDeletionDisabled = 73,      // topic deletion is disabled
    FencedLeaderEpoch = 74,          // the leader epoch in the request is older than the broker's
    UnknownLeaderEpoch = 75,         // the leader epoch in the request is newer than the broker's
    UnsupportedCompressionType = 76, // the compression codec is not supported here
    StaleBrokerEpoch = 77,           // the broker epoch is stale
    OffsetNotAvailable = 78,         // the offset is not available yet (HW not known)
    MemberIdRequired = 79,           // rejoin with the member id this error carries
    PreferredLeaderNotAvailable = 80, // the preferred leader is not available
    GroupMaxSizeReached = 81,        // the group is full
    FencedInstanceId = 82,           // a static member with this instance id replaced this one
    EligibleLeadersNotAvailable = 83,
    ElectionNotNeeded = 84,
    NoReassignmentInProgress = 85,
    GroupSubscribedToTopic = 86,     // the group still subscribes to the topic
    InvalidRecord = 87,              // a record broke a rule (e.g. no key on a compacted topic)
    UnstableOffsetCommit = 88,       // pending transactional offsets
    ThrottlingQuotaExceeded = 89,
    ProducerFenced = 90,
    ResourceNotFound = 91,
    DuplicateResource = 92,
    UnacceptableCredential = 93,
    InconsistentVoterSet = 94,
    InvalidUpdateVersion = 95,
    FeatureUpdateFailed = 96,
    PrincipalDeserializationFailure = 97,
    SnapshotNotFound = 98,
    PositionOutOfRange = 99,
    UnknownTopicId = 100,
    DuplicateBrokerRegistration = 101,
    BrokerIdNotRegistered = 102,
    InconsistentTopicId = 103,
    InconsistentClusterId = 104,
    TransactionalIdNotFound = 105,
    FetchSessionTopicIdError = 106,
    IneligibleReplica = 107,
    NewLeaderElected = 108,
};

// The Kafka name of a code (e.g. "NOT_LEADER_OR_FOLLOWER").
std::string_view errorName(ErrorCode code);
// One sentence a user can read.
std::string_view errorMessage(ErrorCode code);
// Whether a client should retry the request (possibly after refreshing metadata).
bool isRetriable(ErrorCode code);

} // namespace es
