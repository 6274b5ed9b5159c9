#include "storage/transaction_index.h"

#include "common/byte_order.h"
#include "storage/file.h"
#include "storage/segment.h"

#include <algorithm>

namespace es {

namespace {

constexpr std::size_t kEntrySize = segfmt::kTransactionIndexEntrySize;

void encode(const AbortedTransaction &e, std::uint8_t *p)
{
    storeBigEndian<std::int16_t>(p, segfmt::kTransactionIndexVersion);
    storeBigEndian<std::int64_t>(p + 2, e.producerId);
    storeBigEndian<std::int64_t>(p + 10, e.firstOffset);
    storeBigEndian<std::int64_t>(p + 18, e.lastOffset);
    storeBigEndian<std::int64_t>(p + 26, e.lastStableOffset);
}

Bytes encodeFrom(const std::vector<AbortedTransaction> &entries, std::size_t first)
{
    Bytes out((entries.size() - first) * kEntrySize);
    for (std::size_t i = first; i < entries.size(); ++i)
        encode(entries[i], out.data() + (i - first) * kEntrySize);
    return out;
}

} // namespace

std::filesystem::path TransactionIndex::pathFor(const std::filesystem::path &dir, std::int64_t baseOffset)
{
    return LogSegment::fileName(dir, baseOffset, segfmt::kTransactionIndexSuffix);
}

TransactionIndex::TransactionIndex(std::filesystem::path path) : m_file(std::move(path), kEntrySize) {}

Status TransactionIndex::load()
{
    m_entries.clear();
    m_unsynced = false;
    auto data = m_file.read();
    if (!data) {
        m_state = data.status().code() == StatusCode::NotFound ? FileState::Absent : FileState::Stale;
        return data.status();
    }
    m_state = FileState::Stale;
    const std::size_t n = data->size() / kEntrySize;
    std::vector<AbortedTransaction> entries;
    entries.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t *p = data->data() + i * kEntrySize;
        const auto version = loadBigEndian<std::int16_t>(p);
        const AbortedTransaction e{loadBigEndian<std::int64_t>(p + 2), loadBigEndian<std::int64_t>(p + 10),
                                   loadBigEndian<std::int64_t>(p + 18), loadBigEndian<std::int64_t>(p + 26)};
        std::string problem;
        if (version != segfmt::kTransactionIndexVersion)
            problem = "has unknown version " + std::to_string(version);
        else if (e.lastOffset < e.firstOffset)
            problem = "ends at " + std::to_string(e.lastOffset) + " before it starts at " +
                      std::to_string(e.firstOffset);
        else if (!entries.empty() && e.lastOffset <= entries.back().lastOffset)
            problem = "has last offset " + std::to_string(e.lastOffset) +
                      ", not after the previous entry's " + std::to_string(entries.back().lastOffset);
        if (!problem.empty())
            return Status::corruption("transaction index " + m_file.path().string() + " entry " +
                                      std::to_string(i) + " " + problem);
        entries.push_back(e);
    }
    m_entries = std::move(entries);
    m_file.markPersisted(n);
    m_state = FileState::Current;
    return Status::ok();
}

Status TransactionIndex::append(const AbortedTransaction &entry)
{
    if (entry.lastOffset < entry.firstOffset)
        return Status::invalidArgument("aborted transaction of producer " + std::to_string(entry.producerId) +
                                       " ends at " + std::to_string(entry.lastOffset) +
                                       " before it starts at " + std::to_string(entry.firstOffset));
    if (!m_entries.empty() && entry.lastOffset <= m_entries.back().lastOffset)
        return Status::invalidArgument("aborted transaction of producer " + std::to_string(entry.producerId) +
                                       " ends at " + std::to_string(entry.lastOffset) +
                                       ", not after the last one in " + m_file.path().string() + " (" +
                                       std::to_string(m_entries.back().lastOffset) + ")");
    m_entries.push_back(entry);
    return Status::ok();
}

Status TransactionIndex::flush(bool sync)
{
    switch (m_state) {
    case FileState::Unknown:
        if (!m_entries.empty())
            return replaceFile(sync);
        ES_RETURN_IF_ERROR(m_file.remove());
        m_state = FileState::Absent;
        return Status::ok();
    case FileState::Absent: return m_entries.empty() ? Status::ok() : replaceFile(sync);
    case FileState::Stale: return replaceFile(sync);
    case FileState::Current: break;
    }
    const std::size_t first = m_file.firstUnpersisted();
    if (first == m_entries.size()) {
        if (!sync || !m_unsynced)
            return Status::ok();
        // An earlier flush wrote (or renamed the file into place) without an fsync.
        ES_RETURN_IF_ERROR(m_file.write({}, true));
        ES_RETURN_IF_ERROR(syncDirectory(m_file.path().parent_path()));
        m_unsynced = false;
        return Status::ok();
    }
    ES_RETURN_IF_ERROR(m_file.write(encodeFrom(m_entries, first), sync));
    if (sync && m_unsynced)
        ES_RETURN_IF_ERROR(syncDirectory(m_file.path().parent_path()));
    m_unsynced = !sync;
    return Status::ok();
}

Status TransactionIndex::replaceFile(bool sync)
{
    ES_RETURN_IF_ERROR(writeFileAtomically(m_file.path(), encodeFrom(m_entries, 0),
                                           sync ? Durability::Synced : Durability::Deferred));
    m_file.markPersisted(m_entries.size());
    m_state = FileState::Current;
    m_unsynced = !sync;
    return Status::ok();
}

Status TransactionIndex::remove()
{
    ES_RETURN_IF_ERROR(m_file.remove());
    // A flush must not bring the file back (a segment deleted while a flush was under way).
    m_file.markPersisted(m_entries.size());
    m_state = m_entries.empty() ? FileState::Absent : FileState::Current;
    m_unsynced = false;
    return Status::ok();
}

Status TransactionIndex::truncateTo(std::int64_t offset)
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), offset,
                               [](const AbortedTransaction &e, std::int64_t o) { return e.lastOffset < o; });
    if (it == m_entries.end())
        return Status::ok();
    m_entries.erase(it, m_entries.end());
    return replaceFile(true);
}

void TransactionIndex::clear()
{
    m_entries.clear();
    if (m_state == FileState::Current)
        m_state = FileState::Stale;
}

AbortedTransactionSearch TransactionIndex::collect(std::int64_t fetchOffset,
                                                   std::int64_t upperBoundOffset) const
{
    AbortedTransactionSearch out;
    for (const AbortedTransaction &e : m_entries) {
        if (e.lastOffset >= fetchOffset && e.firstOffset < upperBoundOffset)
            out.transactions.push_back(e);
        if (e.lastStableOffset >= upperBoundOffset) {
            out.complete = true;
            break;
        }
    }
    return out;
}

std::vector<AbortedTransaction>
collectAbortedTransactions(std::span<const TransactionIndex *const> fromFetchSegment,
                           std::int64_t fetchOffset, std::int64_t upperBoundOffset)
{
    std::vector<AbortedTransaction> out;
    for (const TransactionIndex *index : fromFetchSegment) {
        AbortedTransactionSearch found = index->collect(fetchOffset, upperBoundOffset);
        out.insert(out.end(), found.transactions.begin(), found.transactions.end());
        if (found.complete)
            break;
    }
    return out;
}

} // namespace es
