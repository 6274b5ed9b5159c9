#include "storage/transaction_aborted_batches.h"

#include "storage/record_batch_reader.h"

#include <algorithm>

namespace es {

AbortedBatches::AbortedBatches(std::vector<AbortedTransaction> aborted) : m_aborted(std::move(aborted))
{
    std::sort(m_aborted.begin(), m_aborted.end(),
              [](const AbortedTransaction &a, const AbortedTransaction &b) {
                  return a.firstOffset < b.firstOffset;
              });
}

bool AbortedBatches::isAborted(const BatchHeader &header)
{
    // A producer's transactions do not overlap: the one reached last replaces its earlier one.
    for (; m_next < m_aborted.size() && m_aborted[m_next].firstOffset <= header.lastOffset(); ++m_next) {
        const AbortedTransaction &a = m_aborted[m_next];
        m_current.insert_or_assign(a.producerId, Span{a.firstOffset, a.lastOffset});
    }
    if (!header.isTransactional() || header.isControl())
        return false;
    auto it = m_current.find(header.producerId);
    return it != m_current.end() && header.baseOffset >= it->second.firstOffset &&
           header.baseOffset < it->second.markerOffset;
}

} // namespace es
