#include "cluster/txn/transaction_loader.h"

#include "common/logging.h"

#include <utility>

namespace es {

void TransactionLoader::add(const TransactionLogEntry &entry)
{
    ++m_recordsRead;
    std::optional<ByteView> value;
    if (entry.value)
        value = ByteView(*entry.value);
    Result<TransactionLogRecord> record = decodeTransactionLogRecord(entry.key, value);
    if (!record) {
        skip(record.status());
        return;
    }
    if (!record->value) {
        m_ids.erase(record->transactionalId);
        return;
    }
    const TransactionState state = record->value->status;
    if (state == TransactionState::Dead || state == TransactionState::PrepareEpochFence) {
        skip(Status::corruption("transactional id '" + record->transactionalId + "' is logged in state " +
                                std::string(transactionStateName(state)) + ", which is never written"));
        return;
    }
    m_ids.insert_or_assign(std::move(record->transactionalId),
                           TransactionMetadata::fromLogValue(*record->value));
}

std::map<std::string, TransactionMetadata> TransactionLoader::take()
{
    std::map<std::string, TransactionMetadata> out = std::move(m_ids);
    m_ids.clear();
    return out;
}

void TransactionLoader::skip(const Status &why)
{
    ++m_recordsSkipped;
    if (why.code() == StatusCode::Unsupported)
        logger("txn")->debug("{}-{}: skipping a record: {}", kTransactionStateTopic, m_statePartition,
                             why.message());
    else
        logger("txn")->warn("{}-{}: skipping a record: {}", kTransactionStateTopic, m_statePartition,
                            why.toString());
}

} // namespace es
