#include "cluster/txn/transaction_status.h"

namespace es {

std::string_view transactionStateName(TransactionState state)
{
    switch (state) {
    case TransactionState::Empty: return "Empty";
    case TransactionState::Ongoing: return "Ongoing";
    case TransactionState::PrepareCommit: return "PrepareCommit";
    case TransactionState::PrepareAbort: return "PrepareAbort";
    case TransactionState::CompleteCommit: return "CompleteCommit";
    case TransactionState::CompleteAbort: return "CompleteAbort";
    case TransactionState::Dead: return "Dead";
    case TransactionState::PrepareEpochFence: return "PrepareEpochFence";
    }
    return "Unknown";
}

std::optional<TransactionState> transactionStateFromId(std::int8_t id)
{
    if (id < 0 || id > static_cast<std::int8_t>(TransactionState::PrepareEpochFence))
        return std::nullopt;
    return static_cast<TransactionState>(id);
}

bool isValidTransition(TransactionState from, TransactionState to)
{
    using S = TransactionState;
    switch (to) {
    case S::Empty: return from == S::Empty || from == S::CompleteCommit || from == S::CompleteAbort;
    case S::Ongoing:
        return from == S::Ongoing || from == S::Empty || from == S::CompleteCommit ||
               from == S::CompleteAbort;
    case S::PrepareCommit: return from == S::Ongoing;
    case S::PrepareAbort: return from == S::Ongoing || from == S::PrepareEpochFence;
    case S::CompleteCommit: return from == S::PrepareCommit;
    case S::CompleteAbort: return from == S::PrepareAbort;
    case S::Dead: return isExpirationAllowed(from);
    case S::PrepareEpochFence: return from == S::Ongoing;
    }
    return false;
}

bool isExpirationAllowed(TransactionState state)
{
    return state == TransactionState::Empty || state == TransactionState::CompleteCommit ||
           state == TransactionState::CompleteAbort;
}

} // namespace es
