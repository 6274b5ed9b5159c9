#include "cluster/group/consumer_protocol.h"

#include "common/classic_encoding.h"

#include <algorithm>

namespace es {
namespace {

constexpr std::size_t kMinStringBytes = 2;              // an empty string's length
constexpr std::size_t kMinTopicPartitionsBytes = 2 + 4; // empty topic, empty array

Status checkVersion(std::int16_t version)
{
    if (version < 0 || version > kConsumerProtocolMaxVersion)
        return Status::invalidArgument("consumer protocol version " + std::to_string(version) +
                                       " is not one of 0-3");
    return Status::ok();
}

Status checkString(std::string_view s, std::string_view what)
{
    if (s.size() > kMaxClassicStringBytes)
        return Status::invalidArgument(std::string(what) + " is longer than 32767 bytes");
    return Status::ok();
}

Status checkTopics(const std::vector<TopicPartitions> &grouped)
{
    for (const TopicPartitions &t : grouped)
        ES_RETURN_IF_ERROR(checkString(t.topic, "a topic name"));
    return Status::ok();
}

void putTopicPartitions(BufferWriter &out, const std::vector<TopicPartitions> &grouped)
{
    out.put<std::int32_t>(static_cast<std::int32_t>(grouped.size()));
    for (const TopicPartitions &t : grouped) {
        putString(out, t.topic);
        out.put<std::int32_t>(static_cast<std::int32_t>(t.partitions.size()));
        for (std::int32_t p : t.partitions)
            out.put<std::int32_t>(p);
    }
}

std::vector<std::string> getStrings(BufferReader &in)
{
    const std::size_t count = getArrayCount(in, kMinStringBytes);
    std::vector<std::string> strings;
    strings.reserve(count);
    for (std::size_t i = 0; i < count && in.ok(); ++i)
        strings.push_back(getString(in));
    return strings;
}

std::vector<TopicPartitions> getTopicPartitions(BufferReader &in)
{
    const std::size_t count = getArrayCount(in, kMinTopicPartitionsBytes);
    std::vector<TopicPartitions> grouped(count);
    for (std::size_t i = 0; i < count && in.ok(); ++i) {
        grouped[i].topic = getString(in);
        const std::size_t partitions = getArrayCount(in, sizeof(std::int32_t));
        grouped[i].partitions.reserve(partitions);
        for (std::size_t j = 0; j < partitions; ++j)
            grouped[i].partitions.push_back(in.get<std::int32_t>());
    }
    return grouped;
}

// The version a decoder reads with: Kafka reads a newer version as its highest known one.
Result<std::int16_t> readVersion(BufferReader &in, std::string_view what)
{
    const auto version = in.get<std::int16_t>();
    if (!in.ok())
        return Status::corruption(std::string(what) + " is shorter than its version");
    if (version < 0)
        return Status::corruption(std::string(what) + " has negative version " + std::to_string(version));
    return std::min(version, kConsumerProtocolMaxVersion);
}

Status finish(const BufferReader &in, std::string_view what)
{
    if (!in.ok())
        return Status::corruption(std::string(what) + " is truncated or malformed");
    return Status::ok();
}

} // namespace

Result<Bytes> encodeSubscription(const ConsumerSubscription &s)
{
    ES_RETURN_IF_ERROR(checkVersion(s.version));
    for (const std::string &topic : s.topics)
        ES_RETURN_IF_ERROR(checkString(topic, "a topic name"));
    ES_RETURN_IF_ERROR(checkTopics(s.ownedPartitions));
    if (s.rackId)
        ES_RETURN_IF_ERROR(checkString(*s.rackId, "the rack id"));

    Bytes bytes;
    BufferWriter out(bytes);
    out.put<std::int16_t>(s.version);
    out.put<std::int32_t>(static_cast<std::int32_t>(s.topics.size()));
    for (const std::string &topic : s.topics)
        putString(out, topic);
    putNullableBytes(out, s.userData);
    if (s.version >= 1)
        putTopicPartitions(out, s.ownedPartitions);
    if (s.version >= 2)
        out.put<std::int32_t>(s.generationId);
    if (s.version >= 3)
        putNullableString(out, s.rackId);
    return bytes;
}

Result<Bytes> encodeAssignment(const ConsumerAssignment &a)
{
    ES_RETURN_IF_ERROR(checkVersion(a.version));
    ES_RETURN_IF_ERROR(checkTopics(a.assignedPartitions));

    Bytes bytes;
    BufferWriter out(bytes);
    out.put<std::int16_t>(a.version);
    putTopicPartitions(out, a.assignedPartitions);
    putNullableBytes(out, a.userData);
    return bytes;
}

Result<ConsumerSubscription> decodeSubscription(ByteView bytes)
{
    constexpr std::string_view what = "consumer protocol subscription";
    BufferReader in(bytes);
    Result<std::int16_t> version = readVersion(in, what);
    if (!version)
        return version.status();
    ConsumerSubscription s;
    s.version = *version;
    s.topics = getStrings(in);
    s.userData = getNullableBytes(in);
    if (s.version >= 1)
        s.ownedPartitions = getTopicPartitions(in);
    if (s.version >= 2)
        s.generationId = in.get<std::int32_t>();
    if (s.version >= 3)
        s.rackId = getNullableString(in);
    ES_RETURN_IF_ERROR(finish(in, what));
    return s;
}

Result<ConsumerAssignment> decodeAssignment(ByteView bytes)
{
    constexpr std::string_view what = "consumer protocol assignment";
    BufferReader in(bytes);
    Result<std::int16_t> version = readVersion(in, what);
    if (!version)
        return version.status();
    ConsumerAssignment a;
    a.version = *version;
    a.assignedPartitions = getTopicPartitions(in);
    a.userData = getNullableBytes(in);
    ES_RETURN_IF_ERROR(finish(in, what));
    return a;
}

std::optional<std::vector<std::string>> subscriptionTopics(ByteView metadata)
{
    Result<ConsumerSubscription> s = decodeSubscription(metadata);
    if (!s)
        return std::nullopt;
    return std::move(s->topics);
}

std::vector<TopicPartitions> groupByTopic(std::vector<TopicPartition> partitions)
{
    std::sort(partitions.begin(), partitions.end());
    std::vector<TopicPartitions> grouped;
    for (TopicPartition &tp : partitions) {
        if (grouped.empty() || grouped.back().topic != tp.topic)
            grouped.push_back({std::move(tp.topic), {}});
        grouped.back().partitions.push_back(tp.partition);
    }
    return grouped;
}

std::vector<TopicPartition> assignedPartitionsOf(const Bytes &assignment)
{
    if (assignment.empty())
        return {};
    auto decoded = decodeAssignment(ByteView(assignment.data(), assignment.size()));
    if (!decoded)
        return {};
    std::vector<TopicPartition> partitions = flatten(decoded->assignedPartitions);
    std::sort(partitions.begin(), partitions.end());
    return partitions;
}

std::vector<TopicPartition> flatten(const std::vector<TopicPartitions> &grouped)
{
    std::vector<TopicPartition> partitions;
    for (const TopicPartitions &t : grouped)
        for (std::int32_t p : t.partitions)
            partitions.push_back({t.topic, p});
    return partitions;
}

} // namespace es
