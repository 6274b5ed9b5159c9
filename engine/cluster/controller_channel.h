#pragma once

#include "cluster/broker_api.h"
#include "cluster/metadata_image.h"

#include <cstdint>

namespace es {

struct RegistrationReply {
    ErrorCode error = ErrorCode::None;
    std::int64_t brokerEpoch = -1;
    MetadataImagePtr image;
};

struct HeartbeatReply {
    ErrorCode error = ErrorCode::None; // StaleBrokerEpoch: register again
    bool fenced = false;
};

struct AlterPartitionRequest {
    std::int32_t brokerId = 0;
    std::int64_t brokerEpoch = 0;
    TopicPartition tp;
    std::int32_t leaderEpoch = 0;
    std::int32_t partitionEpoch = 0;
    std::vector<std::int32_t> newIsr;
};

// How a broker reaches the controller. Replies arrive on the broker's own event loop,
// or never (a cut link, a stopped controller): callers keep their own timeouts.
class ControllerChannel {
public:
    virtual ~ControllerChannel() = default;
    // `incarnation` tells one run of a broker from the next: a registration retried by the
    // same run carries the same value, a restarted broker a new one.
    virtual void registerBroker(std::int32_t id, std::uint64_t incarnation, const std::string &host,
                                std::int32_t port, Reply<RegistrationReply> reply) = 0;
    // `wantFence`: the broker has not caught up yet, or is shutting down.
    virtual void heartbeat(std::int32_t id, std::int64_t epoch, bool wantFence, Reply<HeartbeatReply> reply) = 0;
    // Kafka's AlterPartition: every ISR change a leader has ready, in one request, so the
    // controller makes them one metadata change. One error per request, in order.
    virtual void alterPartitions(std::vector<AlterPartitionRequest> requests,
                                 Reply<std::vector<ErrorCode>> reply) = 0;
    virtual void controlledShutdown(std::int32_t id, std::int64_t epoch, Reply<ErrorCode> reply) = 0;
    // Kafka's AllocateProducerIds: `count` producer ids no one else gets, for the broker's
    // transaction coordinator; the reply is the first of them.
    virtual void allocateProducerIds(std::int32_t id, std::int32_t count, Reply<std::int64_t> reply) = 0;
};

} // namespace es
