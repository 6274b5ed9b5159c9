#pragma once

// What a leader appended and its in-sync followers have not all fetched yet: the produced
// batches themselves, kept in memory after they were written so that a follower fetching
// from exactly their first offset gets the same bytes without reading the log file. Only
// the leader's broker thread touches it. Chunks leave when the high watermark passes them
// (every in-sync follower has them), when the cache holds more than its own byte budget or
// the broker's caches together more than theirs (a follower that lags reads the file
// instead), and all at once on a role change or a truncation.

#include "common/buffer.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>

namespace es {

// The bytes all of one broker's RecentAppends may hold together; used on its thread only.
struct RecentAppendsBudget {
    static constexpr std::size_t kDefaultLimit = 64u << 20;
    std::size_t limit = kDefaultLimit;
    std::size_t used = 0;
};

class RecentAppends {
public:
    static constexpr std::size_t kDefaultBudget = 4u << 20;

    explicit RecentAppends(std::size_t budgetBytes = kDefaultBudget, RecentAppendsBudget *shared = nullptr)
        : m_budget(budgetBytes), m_shared(shared)
    {
    }
    ~RecentAppends() { clear(); }
    RecentAppends(const RecentAppends &) = delete;
    RecentAppends &operator=(const RecentAppends &) = delete;

    // The batches for offsets [baseOffset, nextOffset), exactly as appended.
    void add(std::int64_t baseOffset, std::int64_t nextOffset, std::shared_ptr<const Bytes> batches);
    // The chunk that starts at `offset`, if there is one of at most `maxBytes`.
    [[nodiscard]] std::shared_ptr<const Bytes> startingAt(std::int64_t offset, std::size_t maxBytes) const;
    // Forgets the chunks that end at or below `offset`.
    void dropBelow(std::int64_t offset);
    void clear();

    [[nodiscard]] std::size_t bytes() const { return m_bytes; }
    [[nodiscard]] std::size_t chunks() const { return m_chunks.size(); }

private:
    struct Chunk {
        std::int64_t base;
        std::int64_t next;
        std::shared_ptr<const Bytes> batches;
    };
    void popOldest();
    [[nodiscard]] bool overBudget(std::size_t adding) const;

    std::deque<Chunk> m_chunks; // in offset order
    std::size_t m_bytes = 0;
    std::size_t m_budget;
    RecentAppendsBudget *m_shared;
};

} // namespace es
