#pragma once

// WriteTxnMarkers (key 27), versions 0-1, flexible from 1. Broker to broker: a
// transaction coordinator asks each partition leader to append the COMMIT or ABORT
// control record that ends a producer's transaction there. The coordinator epoch lets a
// leader refuse markers from a coordinator that has since lost its transaction-log
// partition. (v2 adds a per-marker transaction version for KIP-890 and Kafka 4.0 drops
// v0; both are left out until the coordinator writes KIP-890 transactions.)

#include "common/error_code.h"
#include "common/status.h"
#include "protocol/api_key.h"
#include "protocol/protocol_reader.h"
#include "protocol/protocol_writer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace es::protocol {

struct WriteTxnMarkersApi;

struct WriteTxnMarkersRequest {
    using Api = WriteTxnMarkersApi;
    struct Topic {
        std::string name;
        std::vector<std::int32_t> partitionIndexes;
        bool operator==(const Topic &) const = default;
    };
    struct Marker {
        std::int64_t producerId = 0;
        std::int16_t producerEpoch = 0;
        bool transactionResult = false; // true = COMMIT, false = ABORT
        std::vector<Topic> topics;
        std::int32_t coordinatorEpoch = 0;
        bool operator==(const Marker &) const = default;
    };

    std::vector<Marker> markers;

    bool operator==(const WriteTxnMarkersRequest &) const = default;
};

struct WriteTxnMarkersResponse {
    using Api = WriteTxnMarkersApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        ErrorCode errorCode = ErrorCode::None;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };
    struct Marker {
        std::int64_t producerId = 0;
        std::vector<Topic> topics;
        bool operator==(const Marker &) const = default;
    };

    std::vector<Marker> markers;

    bool operator==(const WriteTxnMarkersResponse &) const = default;
};

struct WriteTxnMarkersApi {
    static constexpr ApiKey kKey = ApiKey::WriteTxnMarkers;
    static constexpr std::string_view kName = "WriteTxnMarkers";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 1;
    static constexpr std::int16_t kFirstFlexibleVersion = 1;
    using Request = WriteTxnMarkersRequest;
    using Response = WriteTxnMarkersResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
