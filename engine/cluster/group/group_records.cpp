#include "cluster/group/group_records.h"

#include "common/classic_encoding.h"

namespace es {
namespace {

Status finish(const BufferReader &in, std::string_view what)
{
    if (!in.ok())
        return Status::corruption(std::string(what) + " is truncated or malformed");
    if (in.remaining() != 0)
        return Status::corruption(std::string(what) + " has " + std::to_string(in.remaining()) +
                                  " trailing bytes");
    return Status::ok();
}

} // namespace

Bytes encodeOffsetCommitKey(const OffsetCommitKey &key)
{
    Bytes bytes;
    BufferWriter out(bytes);
    out.put<std::int16_t>(kOffsetCommitKeyVersion);
    putString(out, key.group);
    putString(out, key.topic);
    out.put<std::int32_t>(key.partition);
    return bytes;
}

Bytes encodeGroupMetadataKey(const GroupMetadataKey &key)
{
    Bytes bytes;
    BufferWriter out(bytes);
    out.put<std::int16_t>(kGroupMetadataKeyVersion);
    putString(out, key.group);
    return bytes;
}

Bytes encodeOffsetCommitValue(const OffsetCommitValue &value)
{
    Bytes bytes;
    BufferWriter out(bytes);
    if (value.expireTimestampMs) {
        out.put<std::int16_t>(kOffsetCommitValueVersionWithExpiry);
        out.put<std::int64_t>(value.offset);
        putString(out, value.metadata);
        out.put<std::int64_t>(value.commitTimestampMs);
        out.put<std::int64_t>(*value.expireTimestampMs);
        return bytes;
    }
    out.put<std::int16_t>(kOffsetCommitValueVersion);
    out.put<std::int64_t>(value.offset);
    out.put<std::int32_t>(value.leaderEpoch);
    putString(out, value.metadata);
    out.put<std::int64_t>(value.commitTimestampMs);
    return bytes;
}

Bytes encodeGroupMetadataValue(const GroupMetadataValue &value)
{
    Bytes bytes;
    BufferWriter out(bytes);
    out.put<std::int16_t>(kGroupMetadataValueVersion);
    putString(out, value.protocolType);
    out.put<std::int32_t>(value.generation);
    putNullableString(out, value.protocol);
    putNullableString(out, value.leader);
    out.put<std::int64_t>(value.currentStateTimestampMs);
    out.put<std::int32_t>(static_cast<std::int32_t>(value.members.size()));
    for (const MemberMetadataValue &m : value.members) {
        putString(out, m.memberId);
        putNullableString(out, m.groupInstanceId);
        putString(out, m.clientId);
        putString(out, m.clientHost);
        out.put<std::int32_t>(m.rebalanceTimeoutMs);
        out.put<std::int32_t>(m.sessionTimeoutMs);
        putBytesField(out, m.subscription);
        putBytesField(out, m.assignment);
    }
    return bytes;
}

Result<GroupRecordKey> decodeGroupRecordKey(ByteView bytes)
{
    BufferReader in(bytes);
    const auto version = in.get<std::int16_t>();
    if (!in.ok())
        return Status::corruption("__consumer_offsets key is shorter than its version");
    if (version == 0 || version == 1) {
        OffsetCommitKey key;
        key.group = getString(in);
        key.topic = getString(in);
        key.partition = in.get<std::int32_t>();
        ES_RETURN_IF_ERROR(finish(in, "offset commit key"));
        return GroupRecordKey(std::move(key));
    }
    if (version == 2) {
        GroupMetadataKey key;
        key.group = getString(in);
        ES_RETURN_IF_ERROR(finish(in, "group metadata key"));
        return GroupRecordKey(std::move(key));
    }
    return Status::unsupported("__consumer_offsets key version " + std::to_string(version));
}

Result<OffsetCommitValue> decodeOffsetCommitValue(ByteView bytes)
{
    BufferReader in(bytes);
    const auto version = in.get<std::int16_t>();
    if (!in.ok())
        return Status::corruption("offset commit value is shorter than its version");
    if (version < 0 || version > 3)
        return Status::unsupported("offset commit value version " + std::to_string(version));
    OffsetCommitValue value;
    value.offset = in.get<std::int64_t>();
    if (version >= 3)
        value.leaderEpoch = in.get<std::int32_t>();
    value.metadata = getString(in);
    value.commitTimestampMs = in.get<std::int64_t>();
    if (version == 1)
        value.expireTimestampMs = in.get<std::int64_t>();
    ES_RETURN_IF_ERROR(finish(in, "offset commit value"));
    return value;
}

Result<GroupMetadataValue> decodeGroupMetadataValue(ByteView bytes)
{
    BufferReader in(bytes);
    const auto version = in.get<std::int16_t>();
    if (!in.ok())
        return Status::corruption("group metadata value is shorter than its version");
    if (version < 0 || version > 3)
        return Status::unsupported("group metadata value version " + std::to_string(version));
    GroupMetadataValue value;
    value.protocolType = getString(in);
    value.generation = in.get<std::int32_t>();
    value.protocol = getNullableString(in);
    value.leader = getNullableString(in);
    if (version >= 2)
        value.currentStateTimestampMs = in.get<std::int64_t>();
    const auto count = in.get<std::int32_t>();
    // Each member takes at least 18 bytes (version 0): a bound that keeps a corrupt count from allocating.
    if (count < 0 || static_cast<std::size_t>(count) > in.remaining() / 18)
        in.fail();
    for (std::int32_t i = 0; i < count && in.ok(); ++i) {
        MemberMetadataValue m;
        m.memberId = getString(in);
        if (version >= 3)
            m.groupInstanceId = getNullableString(in);
        m.clientId = getString(in);
        m.clientHost = getString(in);
        if (version >= 1)
            m.rebalanceTimeoutMs = in.get<std::int32_t>();
        m.sessionTimeoutMs = in.get<std::int32_t>();
        if (version == 0)
            m.rebalanceTimeoutMs = m.sessionTimeoutMs;
        m.subscription = getBytesField(in);
        m.assignment = getBytesField(in);
        value.members.push_back(std::move(m));
    }
    ES_RETURN_IF_ERROR(finish(in, "group metadata value"));
    return value;
}

} // namespace es
