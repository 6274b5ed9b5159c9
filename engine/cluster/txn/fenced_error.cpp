#include "cluster/txn/fenced_error.h"

namespace es {

ErrorCode fencedErrorForVersion(ErrorCode error, TransactionApi api, std::int16_t version)
{
    if (error != ErrorCode::ProducerFenced)
        return error;
    const std::int16_t firstVersionWithFenced = api == TransactionApi::InitProducerId ? 4 : 2;
    return version >= firstVersionWithFenced ? error : ErrorCode::InvalidProducerEpoch;
}

} // namespace es
