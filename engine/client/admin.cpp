#include "client/admin.h"

#include "cluster/cluster.h"

#include <condition_variable>
#include <mutex>

namespace es {

Admin::Admin(Cluster &cluster, std::int64_t requestTimeoutMs)
    : m_cluster(cluster), m_timeoutMs(requestTimeoutMs), m_node(cluster, "admin")
{
}

Admin::~Admin() { m_node.shutdown(); }

template <typename R>
std::optional<R> Admin::callBroker(std::int32_t broker, std::function<void(Broker &, Reply<R>)> request,
                                   std::stop_token stop)
{
    // Shared with the answer, which may come after the caller stopped waiting.
    struct Answer {
        std::mutex mutex;
        std::condition_variable_any arrived;
        std::optional<std::optional<R>> value;
    };
    auto answer = std::make_shared<Answer>();
    m_node.loop().post([this, broker, request = std::move(request), answer]() mutable {
        m_node.call<R>(
            broker, std::move(request),
            [answer](std::optional<R> r) {
                {
                    std::lock_guard lock(answer->mutex);
                    answer->value = std::move(r);
                }
                answer->arrived.notify_all();
            },
            m_timeoutMs);
    });
    std::unique_lock lock(answer->mutex);
    if (!answer->arrived.wait(lock, stop, [&] { return answer->value.has_value(); }))
        return std::nullopt;
    return std::move(*answer->value);
}

AdminResult Admin::createTopic(const CreateTopicSpec &spec) { return m_cluster.createTopic(spec); }
AdminResult Admin::deleteTopic(const std::string &name) { return m_cluster.deleteTopic(name); }
AdminResult Admin::createPartitions(const std::string &name, int totalCount)
{
    return m_cluster.createPartitions(name, totalCount);
}
AdminResult Admin::alterTopicConfigs(const std::string &name,
                                     const std::map<std::string, std::optional<std::string>> &changes)
{
    return m_cluster.alterTopicConfigs(name, changes);
}

std::optional<std::vector<ConfigEntry>> Admin::describeTopicConfigs(const std::string &name) const
{
    auto image = m_cluster.metadata();
    const TopicInfo *t = image ? image->topic(name) : nullptr;
    if (!t)
        return std::nullopt;
    return t->config.describe();
}

Result<std::int64_t> Admin::deleteRecords(const TopicPartition &tp, std::int64_t offset)
{
    auto image = m_cluster.metadata();
    const PartitionInfo *p = image ? image->partition(tp) : nullptr;
    if (!p)
        return Status::notFound("there is no partition " + tp.toString());
    if (p->leader < 0)
        return Status::busy(tp.toString() + " has no leader right now");
    auto r = callBroker<std::vector<DeleteRecordsResult>>(
        p->leader, [req = std::vector<DeleteRecordsPartition>{{tp, offset}}](
                       Broker &b, Reply<std::vector<DeleteRecordsResult>> reply) { b.handleDeleteRecords(req, reply); });
    if (!r || r->empty())
        return Status::timedOut("the leader of " + tp.toString() + " did not answer");
    if (r->front().error != ErrorCode::None)
        return Status::invalidArgument(std::string(errorMessage(r->front().error)));
    return r->front().lowWatermark;
}

std::vector<GroupView> Admin::listGroups() const
{
    auto snap = m_cluster.snapshot();
    return snap ? snap->groups : std::vector<GroupView>{};
}

AdminResult Admin::resetGroupOffsets(const std::string &groupId,
                                     const std::map<TopicPartition, std::int64_t> &offsets,
                                     std::stop_token stop)
{
    if (!m_cluster.ensureOffsetsTopic().ok())
        return {ErrorCode::CoordinatorNotAvailable, "the offsets topic cannot be created"};
    const std::int32_t coordinator = m_cluster.coordinatorFor(groupId);
    if (coordinator < 0)
        return {ErrorCode::CoordinatorNotAvailable, "group " + groupId + " has no coordinator right now"};
    auto r = callBroker<ResetOffsetsResult>(
        coordinator,
        [groupId, offsets](Broker &b, Reply<ResetOffsetsResult> reply) {
            b.resetGroupOffsets(groupId, offsets, std::move(reply));
        },
        stop);
    if (!r && stop.stop_requested())
        return {ErrorCode::RequestTimedOut, "stopped before the group coordinator answered"};
    if (!r)
        return {ErrorCode::RequestTimedOut, "the group coordinator did not answer"};
    return {r->error, r->message};
}

AdminResult Admin::deleteGroupOffsets(const std::string &groupId,
                                      const std::vector<TopicPartition> &partitions)
{
    const std::int32_t coordinator = m_cluster.coordinatorFor(groupId);
    if (coordinator < 0)
        return {ErrorCode::CoordinatorNotAvailable, "group " + groupId + " has no coordinator right now"};
    auto r = callBroker<OffsetDeleteResult>(
        coordinator, [groupId, partitions](Broker &b, Reply<OffsetDeleteResult> reply) {
            b.groups().deleteOffsets(groupId, partitions, std::move(reply));
        });
    if (!r)
        return {ErrorCode::RequestTimedOut, "the group coordinator did not answer"};
    if (r->error != ErrorCode::None)
        return {r->error, std::string(errorMessage(r->error))};
    for (const PartitionErrorResult &p : r->partitions)
        if (p.error != ErrorCode::None)
            return {p.error, p.partition.topic + "-" + std::to_string(p.partition.partition) + ": " +
                                 std::string(errorMessage(p.error))};
    return {};
}

AdminResult Admin::deleteGroup(const std::string &groupId)
{
    const std::int32_t coordinator = m_cluster.coordinatorFor(groupId);
    if (coordinator < 0)
        return {ErrorCode::CoordinatorNotAvailable, "group " + groupId + " has no coordinator right now"};
    auto r = callBroker<std::vector<DeleteGroupResult>>(
        coordinator, [groupId](Broker &b, Reply<std::vector<DeleteGroupResult>> reply) {
            b.groups().deleteGroups({groupId}, std::move(reply));
        });
    if (!r || r->empty())
        return {ErrorCode::RequestTimedOut, "the group coordinator did not answer"};
    const ErrorCode e = r->front().error;
    return {e, e == ErrorCode::None ? std::string() : std::string(errorMessage(e))};
}

} // namespace es
