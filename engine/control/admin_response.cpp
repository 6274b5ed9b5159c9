#include "control/admin_response.h"

namespace es::control {

namespace {

int httpStatusOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::UnknownTopicOrPartition: return 404;
    case ErrorCode::TopicAlreadyExists:
    case ErrorCode::TopicDeletionDisabled: return 409;
    case ErrorCode::InvalidTopicException:
    case ErrorCode::InvalidPartitions:
    case ErrorCode::InvalidReplicationFactor:
    case ErrorCode::InvalidConfig:
    case ErrorCode::InvalidRequest:
    case ErrorCode::PolicyViolation: return 400;
    // The cluster cannot answer now (no controller, a timeout): worth trying again.
    case ErrorCode::NotController:
    case ErrorCode::RequestTimedOut:
    case ErrorCode::KafkaStorageError: return 503;
    default: return 500;
    }
}

} // namespace

ApiResponse adminError(const AdminResult &result)
{
    std::string message = result.message.empty() ? std::string(errorMessage(result.error)) : result.message;
    message += " (" + std::string(errorName(result.error)) + ")";
    return ApiResponse::error(httpStatusOf(result.error), std::move(message));
}

} // namespace es::control
