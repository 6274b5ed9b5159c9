#include "common/error_code.h"

namespace es {

std::string_view errorName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::UnknownServerError: return "UNKNOWN_SERVER_ERROR";
    case ErrorCode::None: return "NONE";
    case ErrorCode::OffsetOutOfRange: return "OFFSET_OUT_OF_RANGE";
    case ErrorCode::CorruptMessage: return "CORRUPT_MESSAGE";
    case ErrorCode::UnknownTopicOrPartition: return "UNKNOWN_TOPIC_OR_PARTITION";
    case ErrorCode::InvalidFetchSize: return "INVALID_FETCH_SIZE";
    case ErrorCode::LeaderNotAvailable: return "LEADER_NOT_AVAILABLE";
    case ErrorCode::NotLeaderOrFollower: return "NOT_LEADER_OR_FOLLOWER";
    case ErrorCode::RequestTimedOut: return "REQUEST_TIMED_OUT";
    case ErrorCode::BrokerNotAvailable: return "BROKER_NOT_AVAILABLE";
    case ErrorCode::ReplicaNotAvailable: return "REPLICA_NOT_AVAILABLE";
    case ErrorCode::MessageTooLarge: return "MESSAGE_TOO_LARGE";
    case ErrorCode::StaleControllerEpoch: return "STALE_CONTROLLER_EPOCH";
    case ErrorCode::OffsetMetadataTooLarge: return "OFFSET_METADATA_TOO_LARGE";
    case ErrorCode::NetworkException: return "NETWORK_EXCEPTION";
    case ErrorCode::CoordinatorLoadInProgress: return "COORDINATOR_LOAD_IN_PROGRESS";
    case ErrorCode::CoordinatorNotAvailable: return "COORDINATOR_NOT_AVAILABLE";
    case ErrorCode::NotCoordinator: return "NOT_COORDINATOR";
    case ErrorCode::InvalidTopicException: return "INVALID_TOPIC_EXCEPTION";
    case ErrorCode::RecordListTooLarge: return "RECORD_LIST_TOO_LARGE";
    case ErrorCode::NotEnoughReplicas: return "NOT_ENOUGH_REPLICAS";
    case ErrorCode::NotEnoughReplicasAfterAppend: return "NOT_ENOUGH_REPLICAS_AFTER_APPEND";
    case ErrorCode::InvalidRequiredAcks: return "INVALID_REQUIRED_ACKS";
    case ErrorCode::IllegalGeneration: return "ILLEGAL_GENERATION";
    case ErrorCode::InconsistentGroupProtocol: return "INCONSISTENT_GROUP_PROTOCOL";
    case ErrorCode::InvalidGroupId: return "INVALID_GROUP_ID";
    case ErrorCode::UnknownMemberId: return "UNKNOWN_MEMBER_ID";
    case ErrorCode::InvalidSessionTimeout: return "INVALID_SESSION_TIMEOUT";
    case ErrorCode::RebalanceInProgress: return "REBALANCE_IN_PROGRESS";
    case ErrorCode::InvalidCommitOffsetSize: return "INVALID_COMMIT_OFFSET_SIZE";
    case ErrorCode::TopicAuthorizationFailed: return "TOPIC_AUTHORIZATION_FAILED";
    case ErrorCode::GroupAuthorizationFailed: return "GROUP_AUTHORIZATION_FAILED";
    case ErrorCode::ClusterAuthorizationFailed: return "CLUSTER_AUTHORIZATION_FAILED";
    case ErrorCode::InvalidTimestamp: return "INVALID_TIMESTAMP";
    case ErrorCode::UnsupportedSaslMechanism: return "UNSUPPORTED_SASL_MECHANISM";
    case ErrorCode::IllegalSaslState: return "ILLEGAL_SASL_STATE";
    case ErrorCode::UnsupportedVersion: return "UNSUPPORTED_VERSION";
    case ErrorCode::TopicAlreadyExists: return "TOPIC_ALREADY_EXISTS";
    case ErrorCode::InvalidPartitions: return "INVALID_PARTITIONS";
    case ErrorCode::InvalidReplicationFactor: return "INVALID_REPLICATION_FACTOR";
    case ErrorCode::InvalidReplicaAssignment: return "INVALID_REPLICA_ASSIGNMENT";
    case ErrorCode::InvalidConfig: return "INVALID_CONFIG";
    case ErrorCode::NotController: return "NOT_CONTROLLER";
    case ErrorCode::InvalidRequest: return "INVALID_REQUEST";
    case ErrorCode::UnsupportedForMessageFormat: return "UNSUPPORTED_FOR_MESSAGE_FORMAT";
    case ErrorCode::PolicyViolation: return "POLICY_VIOLATION";
    case ErrorCode::OutOfOrderSequenceNumber: return "OUT_OF_ORDER_SEQUENCE_NUMBER";
    case ErrorCode::DuplicateSequenceNumber: return "DUPLICATE_SEQUENCE_NUMBER";
    case ErrorCode::InvalidProducerEpoch: return "INVALID_PRODUCER_EPOCH";
    case ErrorCode::InvalidTxnState: return "INVALID_TXN_STATE";
    case ErrorCode::InvalidProducerIdMapping: return "INVALID_PRODUCER_ID_MAPPING";
    case ErrorCode::InvalidTransactionTimeout: return "INVALID_TRANSACTION_TIMEOUT";
    case ErrorCode::ConcurrentTransactions: return "CONCURRENT_TRANSACTIONS";
    case ErrorCode::TransactionCoordinatorFenced: return "TRANSACTION_COORDINATOR_FENCED";
    case ErrorCode::TransactionalIdAuthorizationFailed: return "TRANSACTIONAL_ID_AUTHORIZATION_FAILED";
    case ErrorCode::SecurityDisabled: return "SECURITY_DISABLED";
    case ErrorCode::OperationNotAttempted: return "OPERATION_NOT_ATTEMPTED";
    case ErrorCode::KafkaStorageError: return "KAFKA_STORAGE_ERROR";
    case ErrorCode::LogDirNotFound: return "LOG_DIR_NOT_FOUND";
    case ErrorCode::SaslAuthenticationFailed: return "SASL_AUTHENTICATION_FAILED";
    case ErrorCode::UnknownProducerId: return "UNKNOWN_PRODUCER_ID";
    case ErrorCode::ReassignmentInProgress: return "REASSIGNMENT_IN_PROGRESS";
    case ErrorCode::DelegationTokenAuthDisabled: return "DELEGATION_TOKEN_AUTH_DISABLED";
    case ErrorCode::DelegationTokenNotFound: return "DELEGATION_TOKEN_NOT_FOUND";
    case ErrorCode::DelegationTokenOwnerMismatch: return "DELEGATION_TOKEN_OWNER_MISMATCH";
    case ErrorCode::DelegationTokenRequestNotAllowed: return "DELEGATION_TOKEN_REQUEST_NOT_ALLOWED";
    case ErrorCode::DelegationTokenAuthorizationFailed: return "DELEGATION_TOKEN_AUTHORIZATION_FAILED";
    case ErrorCode::DelegationTokenExpired: return "DELEGATION_TOKEN_EXPIRED";
    case ErrorCode::InvalidPrincipalType: return "INVALID_PRINCIPAL_TYPE";
    case ErrorCode::NonEmptyGroup: return "NON_EMPTY_GROUP";
    case ErrorCode::GroupIdNotFound: return "GROUP_ID_NOT_FOUND";
    case ErrorCode::FetchSessionIdNotFound: return "FETCH_SESSION_ID_NOT_FOUND";
    case ErrorCode::InvalidFetchSessionEpoch: return "INVALID_FETCH_SESSION_EPOCH";
    case ErrorCode::ListenerNotFound: return "LISTENER_NOT_FOUND";
    case ErrorCode::TopicDeletionDisabled: return "TOPIC_DELETION_DISABLED";
    case ErrorCode::FencedLeaderEpoch: return "FENCED_LEADER_EPOCH";
    case ErrorCode::UnknownLeaderEpoch: return "UNKNOWN_LEADER_EPOCH";
    case ErrorCode::UnsupportedCompressionType: return "UNSUPPORTED_COMPRESSION_TYPE";
    case ErrorCode::StaleBrokerEpoch: return "STALE_BROKER_EPOCH";
    case ErrorCode::OffsetNotAvailable: return "OFFSET_NOT_AVAILABLE";
    case ErrorCode::MemberIdRequired: return "MEMBER_ID_REQUIRED";
    case ErrorCode::PreferredLeaderNotAvailable: return "PREFERRED_LEADER_NOT_AVAILABLE";
    case ErrorCode::GroupMaxSizeReached: return "GROUP_MAX_SIZE_REACHED";
    case ErrorCode::FencedInstanceId: return "FENCED_INSTANCE_ID";
    case ErrorCode::EligibleLeadersNotAvailable: return "ELIGIBLE_LEADERS_NOT_AVAILABLE";
    case ErrorCode::ElectionNotNeeded: return "ELECTION_NOT_NEEDED";
    case ErrorCode::NoReassignmentInProgress: return "NO_REASSIGNMENT_IN_PROGRESS";
    case ErrorCode::GroupSubscribedToTopic: return "GROUP_SUBSCRIBED_TO_TOPIC";
    case ErrorCode::InvalidRecord: return "INVALID_RECORD";
    case ErrorCode::UnstableOffsetCommit: return "UNSTABLE_OFFSET_COMMIT";
    case ErrorCode::ThrottlingQuotaExceeded: return "THROTTLING_QUOTA_EXCEEDED";
    case ErrorCode::ProducerFenced: return "PRODUCER_FENCED";
    case ErrorCode::ResourceNotFound: return "RESOURCE_NOT_FOUND";
    case ErrorCode::DuplicateResource: return "DUPLICATE_RESOURCE";
    case ErrorCode::UnacceptableCredential: return "UNACCEPTABLE_CREDENTIAL";
    case ErrorCode::InconsistentVoterSet: return "INCONSISTENT_VOTER_SET";
    case ErrorCode::InvalidUpdateVersion: return "INVALID_UPDATE_VERSION";
    case ErrorCode::FeatureUpdateFailed: return "FEATURE_UPDATE_FAILED";
    case ErrorCode::PrincipalDeserializationFailure: return "PRINCIPAL_DESERIALIZATION_FAILURE";
    case ErrorCode::SnapshotNotFound: return "SNAPSHOT_NOT_FOUND";
    case ErrorCode::PositionOutOfRange: return "POSITION_OUT_OF_RANGE";
    case ErrorCode::UnknownTopicId: return "UNKNOWN_TOPIC_ID";
    case ErrorCode::DuplicateBrokerRegistration: return "DUPLICATE_BROKER_REGISTRATION";
    case ErrorCode::BrokerIdNotRegistered: return "BROKER_ID_NOT_REGISTERED";
    case ErrorCode::InconsistentTopicId: return "INCONSISTENT_TOPIC_ID";
    case ErrorCode::InconsistentClusterId: return "INCONSISTENT_CLUSTER_ID";
    case ErrorCode::TransactionalIdNotFound: return "TRANSACTIONAL_ID_NOT_FOUND";
    case ErrorCode::FetchSessionTopicIdError: return "FETCH_SESSION_TOPIC_ID_ERROR";
    case ErrorCode::IneligibleReplica: return "INELIGIBLE_REPLICA";
    case ErrorCode::NewLeaderElected: return "NEW_LEADER_ELECTED";
    }
    return "UNKNOWN";
}

std::string_view errorMessage(ErrorCode code)
{
    switch (code) {
    case ErrorCode::UnknownServerError: return "An unexpected failure on the broker.";
    case ErrorCode::None: return "Success.";
    case ErrorCode::OffsetOutOfRange: return "Fetch offset below the log start or above the log end.";
    case ErrorCode::CorruptMessage: return "A record failed its CRC or is malformed.";
    case ErrorCode::UnknownTopicOrPartition: return "No such topic or partition on this broker.";
    case ErrorCode::InvalidFetchSize: return "The requested fetch size is invalid.";
    case ErrorCode::LeaderNotAvailable: return "The partition has no leader right now (election running).";
    case ErrorCode::NotLeaderOrFollower: return "This broker does not lead (or replicate) the partition.";
    case ErrorCode::RequestTimedOut: return "The request did not finish in its timeout.";
    case ErrorCode::BrokerNotAvailable: return "The broker is not alive.";
    case ErrorCode::ReplicaNotAvailable: return "A replica is not available.";
    case ErrorCode::MessageTooLarge: return "A batch is larger than max.message.bytes.";
    case ErrorCode::StaleControllerEpoch: return "A controller request from an old controller.";
    case ErrorCode::OffsetMetadataTooLarge: return "Commit metadata is too long.";
    case ErrorCode::NetworkException: return "The connection broke.";
    case ErrorCode::CoordinatorLoadInProgress: return "The group coordinator is still loading its state.";
    case ErrorCode::CoordinatorNotAvailable: return "The group coordinator is not available.";
    case ErrorCode::NotCoordinator: return "This broker is not the group's coordinator.";
    case ErrorCode::InvalidTopicException: return "The topic name is invalid or internal.";
    case ErrorCode::RecordListTooLarge: return "The produce request is larger than allowed.";
    case ErrorCode::NotEnoughReplicas: return "Fewer in-sync replicas than min.insync.replicas.";
    case ErrorCode::NotEnoughReplicasAfterAppend: return "Written, but the ISR shrank below the minimum.";
    case ErrorCode::InvalidRequiredAcks: return "Acks is not -1, 0 or 1.";
    case ErrorCode::IllegalGeneration: return "The group generation is not current.";
    case ErrorCode::InconsistentGroupProtocol: return "The member's protocols do not match the group's.";
    case ErrorCode::InvalidGroupId: return "The group id is empty or invalid.";
    case ErrorCode::UnknownMemberId: return "The member id is not in the group.";
    case ErrorCode::InvalidSessionTimeout: return "The session timeout is outside the broker's range.";
    case ErrorCode::RebalanceInProgress: return "The group is rebalancing: rejoin.";
    case ErrorCode::InvalidCommitOffsetSize: return "The committed offset metadata is too large.";
    case ErrorCode::TopicAuthorizationFailed: return "Not authorised for the topic.";
    case ErrorCode::GroupAuthorizationFailed: return "Not authorised for the group.";
    case ErrorCode::ClusterAuthorizationFailed: return "Not authorised for the cluster.";
    case ErrorCode::InvalidTimestamp: return "A record timestamp is out of the accepted range.";
    case ErrorCode::UnsupportedSaslMechanism: return "The SASL mechanism is not supported.";
    case ErrorCode::IllegalSaslState: return "A SASL request out of order.";
    case ErrorCode::UnsupportedVersion: return "The API version is not supported.";
    case ErrorCode::TopicAlreadyExists: return "A topic of that name exists.";
    case ErrorCode::InvalidPartitions: return "The partition count is invalid.";
    case ErrorCode::InvalidReplicationFactor: return "The replication factor is invalid (too many or < 1).";
    case ErrorCode::InvalidReplicaAssignment: return "The replica assignment is invalid.";
    case ErrorCode::InvalidConfig: return "A config name or value is invalid.";
    case ErrorCode::NotController: return "This broker is not the controller.";
    case ErrorCode::InvalidRequest: return "The request is malformed or inconsistent.";
    case ErrorCode::UnsupportedForMessageFormat: return "Not supported by the message format.";
    case ErrorCode::PolicyViolation: return "Refused by a broker policy.";
    case ErrorCode::OutOfOrderSequenceNumber: return "An idempotent producer's sequence skipped ahead.";
    case ErrorCode::DuplicateSequenceNumber: return "An idempotent producer's batch was already written.";
    case ErrorCode::InvalidProducerEpoch: return "The producer epoch is fenced.";
    case ErrorCode::InvalidTxnState: return "The transaction is in the wrong state.";
    case ErrorCode::InvalidProducerIdMapping: return "The producer id is unknown to the coordinator.";
    case ErrorCode::InvalidTransactionTimeout: return "The transaction timeout is out of range.";
    case ErrorCode::ConcurrentTransactions: return "Another transaction is in progress.";
    case ErrorCode::TransactionCoordinatorFenced: return "The transaction coordinator is fenced.";
    case ErrorCode::TransactionalIdAuthorizationFailed: return "Not authorised for the transactional id.";
    case ErrorCode::SecurityDisabled: return "Security features are disabled.";
    case ErrorCode::OperationNotAttempted: return "Not attempted because another part failed.";
    case ErrorCode::KafkaStorageError: return "A disk error on the broker.";
    case ErrorCode::LogDirNotFound: return "The log directory does not exist.";
    case ErrorCode::SaslAuthenticationFailed: return "SASL authentication failed.";
    case ErrorCode::UnknownProducerId: return "The producer's state was lost (e.g. by retention).";
    case ErrorCode::ReassignmentInProgress: return "A partition reassignment is running.";
    case ErrorCode::DelegationTokenAuthDisabled: return "Delegation token auth disabled.";
    case ErrorCode::DelegationTokenNotFound: return "Delegation token not found.";
    case ErrorCode::DelegationTokenOwnerMismatch: return "Delegation token owner mismatch.";
    case ErrorCode::DelegationTokenRequestNotAllowed: return "Delegation token request not allowed.";
    case ErrorCode::DelegationTokenAuthorizationFailed: return "Delegation token authorization failed.";
    case ErrorCode::DelegationTokenExpired: return "Delegation token expired.";
    case ErrorCode::InvalidPrincipalType: return "Invalid principal type.";
    case ErrorCode::NonEmptyGroup: return "The group still has members.";
    case ErrorCode::GroupIdNotFound: return "No such group.";
    case ErrorCode::FetchSessionIdNotFound: return "The fetch session is unknown.";
    case ErrorCode::InvalidFetchSessionEpoch: return "The fetch session epoch is wrong.";
    case ErrorCode::ListenerNotFound: return "No such listener on the leader.";
    case ErrorCode::TopicDeletionDisabled: return "Topic deletion is disabled.";
    case ErrorCode::FencedLeaderEpoch: return "The leader epoch in the request is older than the broker's.";
    case ErrorCode::UnknownLeaderEpoch: return "The leader epoch in the request is newer than the broker's.";
    case ErrorCode::UnsupportedCompressionType: return "The compression codec is not supported here.";
    case ErrorCode::StaleBrokerEpoch: return "The broker epoch is stale.";
    case ErrorCode::OffsetNotAvailable: return "The offset is not available yet (HW not known).";
    case ErrorCode::MemberIdRequired: return "Rejoin with the member id this error carries.";
    case ErrorCode::PreferredLeaderNotAvailable: return "The preferred leader is not available.";
    case ErrorCode::GroupMaxSizeReached: return "The group is full.";
    case ErrorCode::FencedInstanceId: return "A static member with this instance id replaced this one.";
    case ErrorCode::EligibleLeadersNotAvailable: return "Eligible leaders not available.";
    case ErrorCode::ElectionNotNeeded: return "Election not needed.";
    case ErrorCode::NoReassignmentInProgress: return "No reassignment in progress.";
    case ErrorCode::GroupSubscribedToTopic: return "The group still subscribes to the topic.";
    case ErrorCode::InvalidRecord: return "A record broke a rule (e.g. no key on a compacted topic).";
    case ErrorCode::UnstableOffsetCommit: return "Pending transactional offsets.";
    case ErrorCode::ThrottlingQuotaExceeded: return "Throttling quota exceeded.";
    case ErrorCode::ProducerFenced: return "Producer fenced.";
    case ErrorCode::ResourceNotFound: return "Resource not found.";
    case ErrorCode::DuplicateResource: return "Duplicate resource.";
    case ErrorCode::UnacceptableCredential: return "Unacceptable credential.";
    case ErrorCode::InconsistentVoterSet: return "Inconsistent voter set.";
    case ErrorCode::InvalidUpdateVersion: return "Invalid update version.";
    case ErrorCode::FeatureUpdateFailed: return "Feature update failed.";
    case ErrorCode::PrincipalDeserializationFailure: return "Principal deserialization failure.";
    case ErrorCode::SnapshotNotFound: return "Snapshot not found.";
    case ErrorCode::PositionOutOfRange: return "Position out of range.";
    case ErrorCode::UnknownTopicId: return "Unknown topic id.";
    case ErrorCode::DuplicateBrokerRegistration: return "Duplicate broker registration.";
    case ErrorCode::BrokerIdNotRegistered: return "Broker id not registered.";
    case ErrorCode::InconsistentTopicId: return "Inconsistent topic id.";
    case ErrorCode::InconsistentClusterId: return "Inconsistent cluster id.";
    case ErrorCode::TransactionalIdNotFound: return "Transactional id not found.";
    case ErrorCode::FetchSessionTopicIdError: return "Fetch session topic id error.";
    case ErrorCode::IneligibleReplica: return "Ineligible replica.";
    case ErrorCode::NewLeaderElected: return "New leader elected.";
    }
    return "Unknown error.";
}

bool isRetriable(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BrokerNotAvailable:
    case ErrorCode::ConcurrentTransactions:
    case ErrorCode::CoordinatorLoadInProgress:
    case ErrorCode::CoordinatorNotAvailable:
    case ErrorCode::CorruptMessage:
    case ErrorCode::ElectionNotNeeded:
    case ErrorCode::EligibleLeadersNotAvailable:
    case ErrorCode::FencedLeaderEpoch:
    case ErrorCode::FetchSessionIdNotFound:
    case ErrorCode::FetchSessionTopicIdError:
    case ErrorCode::InconsistentTopicId:
    case ErrorCode::InvalidFetchSessionEpoch:
    case ErrorCode::KafkaStorageError:
    case ErrorCode::LeaderNotAvailable:
    case ErrorCode::ListenerNotFound:
    case ErrorCode::NetworkException:
    case ErrorCode::NotController:
    case ErrorCode::NotCoordinator:
    case ErrorCode::NotEnoughReplicas:
    case ErrorCode::NotEnoughReplicasAfterAppend:
    case ErrorCode::NotLeaderOrFollower:
    case ErrorCode::OffsetNotAvailable:
    case ErrorCode::PreferredLeaderNotAvailable:
    case ErrorCode::ReplicaNotAvailable:
    case ErrorCode::RequestTimedOut:
    case ErrorCode::ThrottlingQuotaExceeded:
    case ErrorCode::UnknownLeaderEpoch:
    case ErrorCode::UnknownTopicId:
    case ErrorCode::UnknownTopicOrPartition:
    case ErrorCode::UnstableOffsetCommit:
        return true;
    default:
        return false;
    }
}

} // namespace es
