// Cluster::replicaLogDigests: every running broker's replica of a partition, read on that
// broker's loop, for comparing replicas after faults (the control API's replicas route).

#include "cluster/broker.h"
#include "cluster/cluster.h"

#include <future>

namespace es {

Result<std::vector<ReplicaLogDigest>> Cluster::replicaLogDigests(const TopicPartition &tp,
                                                                 std::chrono::milliseconds timeout)
{
    if (metadata()->partition(tp) == nullptr)
        return Status::notFound("there is no partition " + tp.toString());
    using Answer = std::promise<Result<ReplicaLogDigest>>;
    struct Asked {
        std::int32_t broker;
        std::shared_ptr<Answer> answer; // shared with the loop: it may answer after we gave up
        std::future<Result<ReplicaLogDigest>> future;
    };
    std::vector<Asked> asked;
    {
        std::lock_guard lock(m_brokersMutex);
        for (auto &[id, slot] : m_brokers) {
            // A paused loop would not answer until resumed; a stopped or crashed broker
            // holds no replica in memory.
            if (slot.state != BrokerState::Running)
                continue;
            auto answer = std::make_shared<Answer>();
            asked.push_back({id, answer, answer->get_future()});
            Broker &broker = *slot.broker;
            // A broker stopped before this runs destroys it unrun (EventLoop::stop), and
            // the broker with it: the wait below then times out for that broker alone.
            broker.loop().post([answer, &broker, tp] { answer->set_value(digestReplicaLog(broker, tp)); });
        }
    }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::vector<ReplicaLogDigest> digests;
    for (auto &a : asked) {
        if (a.future.wait_until(deadline) != std::future_status::ready)
            return Status::timedOut("broker " + std::to_string(a.broker) + " did not answer within " +
                                    std::to_string(timeout.count()) + " ms");
        Result<ReplicaLogDigest> digest = a.future.get();
        if (digest.isOk())
            digests.push_back(std::move(digest).value());
        else if (digest.status().code() != StatusCode::NotFound)
            return digest.status();
    }
    return digests;
}

} // namespace es
