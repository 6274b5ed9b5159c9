#pragma once

// Which error tells a transactional client it has been fenced. The coordinator decides in
// PRODUCER_FENCED (KIP-588); request versions from before that error existed get
// INVALID_PRODUCER_EPOCH in its place, which clients of that age treat as fatal too.

#include "common/error_code.h"

#include <cstdint>

namespace es {

// The transaction coordinator's APIs that can answer PRODUCER_FENCED.
enum class TransactionApi : std::uint8_t {
    InitProducerId,     // PRODUCER_FENCED from v4
    AddPartitionsToTxn, // from v2
    AddOffsetsToTxn,    // from v2
    EndTxn,             // from v2
};

// `error` as a client speaking `version` of `api` understands it: PRODUCER_FENCED becomes
// INVALID_PRODUCER_EPOCH for older versions; every other code is returned unchanged.
ErrorCode fencedErrorForVersion(ErrorCode error, TransactionApi api, std::int16_t version);

} // namespace es
