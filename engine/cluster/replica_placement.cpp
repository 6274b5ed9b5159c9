#include "cluster/replica_placement.h"

#include <algorithm>
#include <string>

namespace es {

namespace {

int replicaIndex(int firstReplicaIndex, int secondReplicaShift, int replicaIndex, int n)
{
    const int shift = 1 + (secondReplicaShift + replicaIndex) % (n - 1);
    return (firstReplicaIndex + shift) % n;
}

} // namespace

Result<std::vector<std::vector<std::int32_t>>> assignReplicas(const std::vector<std::int32_t> &brokers,
                                                              int partitions, int replicationFactor,
                                                              int startIndex, int shift, int firstPartition)
{
    const int n = static_cast<int>(brokers.size());
    if (partitions < 1)
        return Status::invalidArgument("the number of partitions must be at least 1");
    if (replicationFactor < 1)
        return Status::invalidArgument("the replication factor must be at least 1");
    if (replicationFactor > n)
        return Status::invalidArgument("the replication factor " + std::to_string(replicationFactor) +
                                       " is larger than the " + std::to_string(n) + " available broker(s)");
    std::vector<std::vector<std::int32_t>> out;
    out.reserve(static_cast<std::size_t>(partitions));
    int currentShift = shift;
    int current = (firstPartition > 0) ? firstPartition : 0;
    for (int p = 0; p < partitions; ++p, ++current) {
        if (current > 0 && current % n == 0)
            ++currentShift;
        const int first = (current + startIndex) % n;
        std::vector<std::int32_t> replicas{brokers[static_cast<std::size_t>(first)]};
        for (int j = 0; j < replicationFactor - 1; ++j)
            replicas.push_back(brokers[static_cast<std::size_t>(replicaIndex(first, currentShift, j, n))]);
        out.push_back(std::move(replicas));
    }
    return out;
}

Result<std::vector<std::vector<std::int32_t>>> assignReplicas(const std::vector<std::int32_t> &brokers,
                                                              int partitions, int replicationFactor,
                                                              std::mt19937 &rng, int firstPartition)
{
    const int n = std::max<int>(1, static_cast<int>(brokers.size()));
    std::uniform_int_distribution<int> pick(0, n - 1);
    return assignReplicas(brokers, partitions, replicationFactor, pick(rng), pick(rng), firstPartition);
}

Status checkManualAssignment(const std::vector<std::vector<std::int32_t>> &assignment,
                             const std::set<std::int32_t> &registered, std::optional<int> replicationFactor,
                             int firstPartition)
{
    int partition = firstPartition;
    for (const auto &replicas : assignment) {
        const std::string which = "the assignment of partition " + std::to_string(partition++);
        if (replicas.empty())
            return Status::invalidArgument(which + " has no replicas");
        for (auto it = replicas.begin(); it != replicas.end(); ++it) {
            if (std::find(replicas.begin(), it, *it) != it)
                return Status::invalidArgument(which + " names broker " + std::to_string(*it) + " twice");
            if (!registered.contains(*it))
                return Status::invalidArgument(which + " names broker " + std::to_string(*it) +
                                               ", but no such broker is registered");
        }
        const int rf = static_cast<int>(replicas.size());
        if (replicationFactor && rf != *replicationFactor)
            return Status::invalidArgument(which + " has " + std::to_string(rf) +
                                           " replica(s), but the others have " +
                                           std::to_string(*replicationFactor));
        replicationFactor = rf;
    }
    return Status::ok();
}

} // namespace es
