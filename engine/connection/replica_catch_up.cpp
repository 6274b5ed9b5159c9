#include "connection/replica_catch_up.h"

#include <algorithm>

namespace es {

std::optional<ReplicaCatchUp> catchUpOf(const PartitionSnapshot &p, std::int32_t broker)
{
    const auto r = std::find_if(p.replicas.begin(), p.replicas.end(),
                                [broker](const ReplicaSnapshot &s) { return s.broker == broker; });
    const std::int64_t start = std::max<std::int64_t>(0, p.logStartOffset);
    const std::int64_t total = p.logEndOffset - start;
    if (r == p.replicas.end() || r->logEndOffset < 0 || total <= 0)
        return std::nullopt;
    return ReplicaCatchUp{std::clamp<std::int64_t>(r->logEndOffset - start, 0, total), total};
}

} // namespace es
