#pragma once

// The record formats of the internal compacted topic __consumer_offsets, byte for byte as
// Kafka writes them (GroupMetadataManager), so a log written here reads like Kafka's.
// group_records.md describes the layouts.

#include "common/buffer.h"
#include "common/status.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace es {

inline constexpr std::string_view kOffsetsTopic = "__consumer_offsets";

// Key versions say what a record is: 0 and 1 an offset commit, 2 a group's metadata.
inline constexpr std::int16_t kOffsetCommitKeyVersion = 1;
inline constexpr std::int16_t kGroupMetadataKeyVersion = 2;
// Value versions written: offset commits v3, or v1 when the commit carries its own expiry
// (OffsetCommit v2-v4 retention time), as Kafka does; group metadata v3. Reading accepts 0-3.
inline constexpr std::int16_t kOffsetCommitValueVersion = 3;
inline constexpr std::int16_t kOffsetCommitValueVersionWithExpiry = 1;
inline constexpr std::int16_t kGroupMetadataValueVersion = 3;

struct OffsetCommitKey {
    std::string group;
    std::string topic;
    std::int32_t partition = 0;

    bool operator==(const OffsetCommitKey &) const = default;
};

struct GroupMetadataKey {
    std::string group;

    bool operator==(const GroupMetadataKey &) const = default;
};

using GroupRecordKey = std::variant<OffsetCommitKey, GroupMetadataKey>;

struct OffsetCommitValue {
    std::int64_t offset = -1;
    std::int32_t leaderEpoch = -1; // -1 when unknown (and in versions before 3)
    std::string metadata;
    std::int64_t commitTimestampMs = -1;
    std::optional<std::int64_t> expireTimestampMs; // only version 1 carries it

    bool operator==(const OffsetCommitValue &) const = default;
};

struct MemberMetadataValue {
    std::string memberId;
    std::optional<std::string> groupInstanceId; // static membership (version 3+)
    std::string clientId;
    std::string clientHost;
    std::int32_t rebalanceTimeoutMs = 0; // version 0 has none: the session timeout stands in
    std::int32_t sessionTimeoutMs = 0;
    Bytes subscription; // the member's metadata for the group's chosen protocol
    Bytes assignment;

    bool operator==(const MemberMetadataValue &) const = default;
};

struct GroupMetadataValue {
    std::string protocolType; // "" for a group that only stores offsets
    std::int32_t generation = 0;
    std::optional<std::string> protocol;
    std::optional<std::string> leader;
    std::int64_t currentStateTimestampMs = -1; // version 2+
    std::vector<MemberMetadataValue> members;

    bool operator==(const GroupMetadataValue &) const = default;
};

// Encoders. Strings longer than 32767 bytes cannot be represented (int16 lengths); callers
// keep them shorter (the coordinator's inputs arrive as int16-length wire strings).
Bytes encodeOffsetCommitKey(const OffsetCommitKey &key);
Bytes encodeGroupMetadataKey(const GroupMetadataKey &key);
Bytes encodeOffsetCommitValue(const OffsetCommitValue &value);
Bytes encodeGroupMetadataValue(const GroupMetadataValue &value);

// Decoders. Corruption for truncated or malformed input or trailing bytes; Unsupported for a
// version this code does not read (newer Kafka record types share the topic).
Result<GroupRecordKey> decodeGroupRecordKey(ByteView bytes);
Result<OffsetCommitValue> decodeOffsetCommitValue(ByteView bytes);
Result<GroupMetadataValue> decodeGroupMetadataValue(ByteView bytes);

} // namespace es
