#include "remote/remote_admin.h"

#include "remote/admin_call.h"
#include "remote/remote_reader.h"

#include <array>
#include <utility>

namespace es {

namespace {

AdminResult topicResult(const rd_kafka_topic_result_t **results, size_t count)
{
    for (size_t i = 0; i < count; ++i)
        if (const auto err = rd_kafka_topic_result_error(results[i]))
            return adminResult(err, rd_kafka_topic_result_error_string(results[i]));
    return {};
}

} // namespace

AdminResult remoteCreateTopic(rd_kafka_t *rk, const CreateTopicSpec &spec, int timeoutMs)
{
    std::array<char, 512> why{};
    rd_kafka_NewTopic_t *topic = rd_kafka_NewTopic_new(spec.name.c_str(), spec.partitions,
                                                       spec.replicationFactor, why.data(), why.size());
    if (!topic)
        return {ErrorCode::InvalidRequest, why.data()};
    for (const auto &[name, value] : spec.configs)
        rd_kafka_NewTopic_set_config(topic, name.c_str(), value.c_str());
    CommandAnswer answer = awaitCommand(
        rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS, timeoutMs);
            if (spec.validateOnly)
                rd_kafka_AdminOptions_set_validate_only(options.get(), 1, nullptr, 0);
            rd_kafka_CreateTopics(rk, &topic, 1, options.get(), queue);
        },
        timeoutMs);
    rd_kafka_NewTopic_destroy(topic);
    if (!answer.event)
        return answer.error;
    size_t count = 0;
    const auto **results =
        rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(answer.event.get()), &count);
    return topicResult(results, count);
}

AdminResult remoteDeleteTopic(rd_kafka_t *rk, const std::string &name, int timeoutMs)
{
    rd_kafka_DeleteTopic_t *topic = rd_kafka_DeleteTopic_new(name.c_str());
    CommandAnswer answer = awaitCommand(
        rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_DELETETOPICS, timeoutMs);
            rd_kafka_DeleteTopics(rk, &topic, 1, options.get(), queue);
        },
        timeoutMs);
    rd_kafka_DeleteTopic_destroy(topic);
    if (!answer.event)
        return answer.error;
    size_t count = 0;
    const auto **results =
        rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(answer.event.get()), &count);
    return topicResult(results, count);
}

AdminResult remoteCreatePartitions(rd_kafka_t *rk, const std::string &name, int totalCount, int timeoutMs)
{
    std::array<char, 512> why{};
    rd_kafka_NewPartitions_t *request = rd_kafka_NewPartitions_new(
        name.c_str(), static_cast<size_t>(std::max(0, totalCount)), why.data(), why.size());
    if (!request)
        return {ErrorCode::InvalidRequest, why.data()};
    CommandAnswer answer = awaitCommand(
        rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(rk, RD_KAFKA_ADMIN_OP_CREATEPARTITIONS, timeoutMs);
            rd_kafka_CreatePartitions(rk, &request, 1, options.get(), queue);
        },
        timeoutMs);
    rd_kafka_NewPartitions_destroy(request);
    if (!answer.event)
        return answer.error;
    size_t count = 0;
    const auto **results = rd_kafka_CreatePartitions_result_topics(
        rd_kafka_event_CreatePartitions_result(answer.event.get()), &count);
    return topicResult(results, count);
}

AdminResult remoteAlterTopicConfigs(rd_kafka_t *rk, const std::string &name,
                                    const std::map<std::string, std::optional<std::string>> &changes,
                                    int timeoutMs)
{
    auto current = readTopicConfigs(rk, {name}, timeoutMs);
    if (!current)
        return adminResult(current.status());
    auto it = current->find(name);
    if (it == current->end())
        return {ErrorCode::UnknownTopicOrPartition, "topic " + name + " does not exist"};
    std::map<std::string, std::string> overrides;
    for (const auto &entry : it->second)
        if (!entry.isDefault)
            overrides[entry.name] = entry.value;
    return alterWholeConfigSet(rk, RD_KAFKA_RESOURCE_TOPIC, name, std::move(overrides), changes, false,
                               timeoutMs);
}

} // namespace es
